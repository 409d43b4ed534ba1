"""Failed log-ins counted in the database, per inlognaam (known and unknown names alike) and per source
address, so that every server process sees the same counts: with several processes the lock-out and the
limit per source held per process for unknown names and sources. Names and sources only as keyed hashes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'aanmeld_naam',
        sa.Column('sleutel', sa.String(length=64), nullable=False),
        sa.Column('mislukt', sa.Integer(), server_default='0', nullable=False),
        sa.Column('geblokkeerd_tot', sa.String(length=40), nullable=True),
        sa.Column('laatst', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('sleutel', name=op.f('pk_aanmeld_naam')),
    )
    op.create_index(op.f('ix_aanmeld_naam_laatst'), 'aanmeld_naam', ['laatst'], unique=False)
    op.create_table(
        'aanmeld_bron',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('sleutel', sa.String(length=64), nullable=False),
        sa.Column('tijdstip', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aanmeld_bron')),
    )
    op.create_index('ix_aanmeld_bron_sleutel_tijdstip', 'aanmeld_bron', ['sleutel', 'tijdstip'], unique=False)
    op.create_index(op.f('ix_aanmeld_bron_tijdstip'), 'aanmeld_bron', ['tijdstip'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_aanmeld_bron_tijdstip'), table_name='aanmeld_bron')
    op.drop_index('ix_aanmeld_bron_sleutel_tijdstip', table_name='aanmeld_bron')
    op.drop_table('aanmeld_bron')
    op.drop_index(op.f('ix_aanmeld_naam_laatst'), table_name='aanmeld_naam')
    op.drop_table('aanmeld_naam')
