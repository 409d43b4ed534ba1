"""UWV decisions and leave that move the timeline (loonsanctie, uitstel, herstelmelding, verkorte
wachttijd, zwangerschaps- en bevallingsverlof), so ``verslag`` and ``dossier tijdlijn-invoer`` see them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('dossier_gebeurtenis',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('dossier_id', sa.String(length=32), nullable=False),
    sa.Column('soort', sa.String(length=40), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('tot', sa.Date(), nullable=True),
    sa.Column('weken', sa.Integer(), nullable=True),
    sa.Column('besluit_op', sa.Date(), nullable=True),
    sa.Column('uitkomst', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_dossier_gebeurtenis_dossier_id_dossier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_gebeurtenis'))
    )
    with op.batch_alter_table('dossier_gebeurtenis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_gebeurtenis_dossier_id'), ['dossier_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('dossier_gebeurtenis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_gebeurtenis_dossier_id'))

    op.drop_table('dossier_gebeurtenis')
