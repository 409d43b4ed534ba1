"""dossier.versie: a number every write to a case raises by one, so a reader can tell in one query
whether the case it read before has changed (the storage keeps the last version of a case it read and
serves it again while the number stays the same).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("dossier", sa.Column("versie", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("dossier") as b:
        b.drop_column("versie")
