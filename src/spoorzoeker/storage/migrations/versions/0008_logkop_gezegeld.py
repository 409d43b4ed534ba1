"""logkop.gezegeld: which chain heads changed since the last checkpoint, so a checkpoint seals only those
(about 200 at most between two checkpoints) instead of every chain's head. With every head in every
checkpoint, a checkpoint grew with the number of cases: about 0.1 MB and 20 ms per 1,000 cases, every 200
records. Existing heads start unsealed, so the first checkpoint after this migration seals them all.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("logkop") as tabel:
        tabel.add_column(sa.Column("gezegeld", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index("ix_logkop_ongezegeld", "logkop", ["keten"], sqlite_where=sa.text("NOT gezegeld"),
                    postgresql_where=sa.text("NOT gezegeld"))


def downgrade() -> None:
    op.drop_index("ix_logkop_ongezegeld", table_name="logkop")
    with op.batch_alter_table("logkop") as tabel:
        tabel.drop_column("gezegeld")
