"""For the re-integratieverslag (R13): the kind of a bedrijfsarts' oordeel in work terms, and the
employee's own opinion in a table of its own.

* ``functionele_mogelijkheden.soort``: probleemanalyse, bijstelling_probleemanalyse, actueel_oordeel
  or advies (existing rows become ``advies``).
* ``mening_werknemer``: written and read only by the employee (cases/beleid.py); no relationship
  leads here from ``dossier``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('functionele_mogelijkheden', schema=None) as batch_op:
        batch_op.add_column(sa.Column('soort', sa.String(length=40), server_default='advies', nullable=False))

    op.create_table('mening_werknemer',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('dossier_id', sa.String(length=32), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('mening', sa.Text(), nullable=False),
    sa.Column('eens_met_verslag', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_mening_werknemer_dossier_id_dossier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mening_werknemer'))
    )
    with op.batch_alter_table('mening_werknemer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mening_werknemer_dossier_id'), ['dossier_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('mening_werknemer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mening_werknemer_dossier_id'))
    op.drop_table('mening_werknemer')
    with op.batch_alter_table('functionele_mogelijkheden', schema=None) as batch_op:
        batch_op.drop_column('soort')
