"""Log-in: accounts get an inlognaam, an argon2id password hash, an encrypted TOTP secret, lock-out
counters, a BIG number and four-eyes approval for medical accounts, and revocation; sessions are
stored by the hash of their token; at most one 'first beheerder' (a constraint closes the race).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # plain ADD COLUMN (no table rebuild on SQLite: other tables refer to gebruiker)
    for kolom in _kolommen():
        op.add_column('gebruiker', kolom)
    op.create_index(op.f('ix_gebruiker_inlognaam'), 'gebruiker', ['inlognaam'], unique=True)
    # the access log names a medical account's BIG number (ADD COLUMN fires no row trigger)
    op.add_column('toegangslog', sa.Column('gebruiker_big', sa.String(length=11), nullable=True))

    op.create_table(
        'eerste_beheerder',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('gebruiker_id', sa.String(length=32), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_eerste_beheerder_een')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_eerste_beheerder')),
    )
    # an existing database with accounts already has its first beheerder
    op.execute("INSERT INTO eerste_beheerder (id, gebruiker_id) "
               "SELECT 1, (SELECT MIN(id) FROM gebruiker WHERE rol = 'beheerder') "
               "WHERE EXISTS (SELECT 1 FROM gebruiker WHERE rol = 'beheerder')")

    op.create_table(
        'sessie',
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('gebruiker_id', sa.String(length=32), nullable=False),
        sa.Column('aangemaakt_op', sa.String(length=40), nullable=False),
        sa.Column('laatst_gebruikt', sa.String(length=40), nullable=False),
        sa.Column('verloopt_om', sa.String(length=40), nullable=False),
        sa.Column('ingetrokken', sa.Boolean(), nullable=False),
        sa.Column('bron', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['gebruiker_id'], ['gebruiker.id'], name=op.f('fk_sessie_gebruiker_id_gebruiker')),
        sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_sessie')),
    )
    with op.batch_alter_table('sessie', schema=None) as b:
        b.create_index(b.f('ix_sessie_gebruiker_id'), ['gebruiker_id'], unique=False)


def _kolommen() -> list:
    return [
        sa.Column('inlognaam', sa.String(length=64), nullable=True),
        sa.Column('wachtwoord_hash', sa.String(length=200), nullable=True),
        sa.Column('totp_geheim', sa.Text(), nullable=True),
        sa.Column('totp_bevestigd', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('totp_laatste_stap', sa.Integer(), nullable=True),
        sa.Column('mislukte_pogingen', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('geblokkeerd_tot', sa.String(length=40), nullable=True),
        sa.Column('big_nummer', sa.String(length=11), nullable=True),
        sa.Column('aangemaakt_door', sa.String(length=32), nullable=True),
        sa.Column('goedkeuring_nodig', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('goedgekeurd_door', sa.String(length=32), nullable=True),
        sa.Column('ingetrokken_op', sa.String(length=40), nullable=True),
    ]


def downgrade() -> None:
    with op.batch_alter_table('toegangslog', schema=None) as b:
        b.drop_column('gebruiker_big')
    with op.batch_alter_table('sessie', schema=None) as b:
        b.drop_index(b.f('ix_sessie_gebruiker_id'))
    op.drop_table('sessie')
    op.drop_table('eerste_beheerder')
    op.drop_index(op.f('ix_gebruiker_inlognaam'), table_name='gebruiker')
    with op.batch_alter_table('gebruiker', schema=None) as b:
        for kolom in ('ingetrokken_op', 'goedgekeurd_door', 'goedkeuring_nodig', 'aangemaakt_door', 'big_nummer',
                      'geblokkeerd_tot', 'mislukte_pogingen', 'totp_laatste_stap', 'totp_bevestigd', 'totp_geheim',
                      'wachtwoord_hash', 'inlognaam'):
            b.drop_column(kolom)
