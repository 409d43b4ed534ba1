"""A log that proves itself, data encrypted at rest, races closed by the database, and the AVG lifecycle.

* toegangslog: a chain per case (``keten``, ``ketennummer``, unique together), every record signed with
  HMAC-SHA256 with the log key outside the database; existing records are re-signed into their chains
  once, here. ``logzegel``: sealed checkpoints, append-only like the log. On PostgreSQL the record
  number comes from a sequence, so appends on different cases need no common lock.
* medische_aantekening (four text fields) and mening_werknemer.mening: encrypted with the encryption
  key outside the database (existing plain text is encrypted here).
* ziekteperiode: no two overlapping periods of one case, guarded by the database itself (PostgreSQL:
  an exclusion constraint with btree_gist; SQLite: triggers).
* werknemer.uit_dienst_op (start of the retention term), table ``correctie`` (AVG art. 16 history).

Needs the keys (storage.sleutels): the same environment or key file the application uses.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OVERLAP = "ziekteperiode_overlap: deze ziekteperiode overlapt met een andere"


def upgrade() -> None:
    from spoorzoeker.cases.logboek import BEGIN_HASH, inhoud
    from spoorzoeker.cases.model import LogRegel
    from spoorzoeker.storage import logbeveiliging
    from spoorzoeker.storage.sleutels import FERNET_BEGIN, laad_sleutels

    conn = op.get_bind()
    pg = conn.dialect.name == "postgresql"
    sleutels = laad_sleutels()

    # ---- the log: chains and signatures ------------------------------------------------------------
    op.add_column('toegangslog', sa.Column('keten', sa.String(length=40), nullable=True))
    op.add_column('toegangslog', sa.Column('ketennummer', sa.Integer(), nullable=True))
    velden = ("volgnummer", "tijdstip", "gebruiker_id", "gebruiker_naam", "rol", "namens_id", "namens_naam",
              "dossier_id", "werknemer_id", "operatie", "soort", "toegestaan", "vorige_hash", "hash", "gebruiker_big")
    rijen = conn.execute(sa.text(f"SELECT {', '.join(velden)} FROM toegangslog ORDER BY volgnummer")).all()
    if pg:
        conn.execute(sa.text("ALTER TABLE toegangslog DISABLE TRIGGER USER"))
    else:
        conn.execute(sa.text("DROP TRIGGER IF EXISTS toegangslog_geen_update"))
    koppen: dict[str, tuple[int, str]] = {}
    for rij in rijen:
        r = LogRegel(**dict(zip(velden, rij, strict=True)))
        keten = r.dossier_id if r.dossier_id else f"g:{r.gebruiker_id}"[:40]
        nummer, vorige = koppen.get(keten, (0, BEGIN_HASH))
        from dataclasses import replace
        r = replace(r, keten=keten, ketennummer=nummer + 1, vorige_hash=vorige, toegestaan=bool(r.toegestaan), hash="")
        handtekening = sleutels.onderteken(inhoud(r))
        conn.execute(sa.text("UPDATE toegangslog SET keten = :k, ketennummer = :n, vorige_hash = :v, hash = :h "
                             "WHERE volgnummer = :nr"),
                     {"k": keten, "n": nummer + 1, "v": vorige, "h": handtekening, "nr": r.volgnummer})
        koppen[keten] = (nummer + 1, handtekening)
    if pg:
        conn.execute(sa.text("ALTER TABLE toegangslog ENABLE TRIGGER USER"))
        op.alter_column('toegangslog', 'keten', nullable=False)
        op.alter_column('toegangslog', 'ketennummer', nullable=False)
        op.execute("CREATE SEQUENCE IF NOT EXISTS toegangslog_volgnummer_seq OWNED BY toegangslog.volgnummer")
        op.execute("SELECT setval('toegangslog_volgnummer_seq', COALESCE((SELECT MAX(volgnummer) FROM toegangslog), 0) + 1, false)")
        op.execute("ALTER TABLE toegangslog ALTER COLUMN volgnummer SET DEFAULT nextval('toegangslog_volgnummer_seq')")
    else:
        conn.execute(sa.text("DROP TRIGGER IF EXISTS toegangslog_geen_delete"))  # the rebuild below; restored after
        with op.batch_alter_table('toegangslog', schema=None) as b:
            b.alter_column('keten', existing_type=sa.String(length=40), nullable=False)
            b.alter_column('ketennummer', existing_type=sa.Integer(), nullable=False)
    op.create_index(op.f('ix_toegangslog_keten'), 'toegangslog', ['keten'], unique=False)
    op.create_index('uq_toegangslog_keten', 'toegangslog', ['keten', 'ketennummer'], unique=True)

    op.create_table(
        'logzegel',
        sa.Column('nummer', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('tijdstip', sa.String(length=40), nullable=False),
        sa.Column('aantal', sa.Integer(), nullable=False),
        sa.Column('koppen', sa.Text(), nullable=False),
        sa.Column('vorige_hash', sa.String(length=64), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('nummer', name=op.f('pk_logzegel')),
    )
    logbeveiliging.maak_alle(conn)

    # ---- encryption at rest --------------------------------------------------------------------------
    for tabel, kolommen in (("medische_aantekening", ("diagnose", "beperkingen_toelichting", "prognose",
                                                      "medische_notitie")),
                            ("mening_werknemer", ("mening",))):
        for rij in conn.execute(sa.text(f"SELECT id, {', '.join(kolommen)} FROM {tabel}")).all():
            nieuw = {k: (v if not v or v.startswith(FERNET_BEGIN) else sleutels.versleutel(v))
                     for k, v in zip(kolommen, rij[1:], strict=True)}
            if any(nieuw[k] != v for k, v in zip(kolommen, rij[1:], strict=True)):
                conn.execute(sa.text(f"UPDATE {tabel} SET {', '.join(f'{k} = :{k}' for k in kolommen)} WHERE id = :id"),
                             {**nieuw, "id": rij[0]})

    # ---- no overlapping sick periods, guarded by the database ---------------------------------------------
    if pg:
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute("ALTER TABLE ziekteperiode ADD CONSTRAINT ex_ziekteperiode_overlap EXCLUDE USING gist "
                   "(dossier_id WITH =, daterange(van, tot_en_met, '[]') WITH &&)")
    else:
        for actie, eigen in (("INSERT", "p.id IS NOT NEW.id"), ("UPDATE", "p.id <> NEW.id")):
            op.execute(f"""CREATE TRIGGER ziekteperiode_geen_overlap_{actie.lower()} BEFORE {actie} ON ziekteperiode
                BEGIN SELECT RAISE(ABORT, '{OVERLAP}') WHERE EXISTS (
                    SELECT 1 FROM ziekteperiode p WHERE p.dossier_id = NEW.dossier_id AND {eigen}
                    AND p.van <= COALESCE(NEW.tot_en_met, '9999-12-31')
                    AND NEW.van <= COALESCE(p.tot_en_met, '9999-12-31')); END""")

    # ---- the lifecycle ------------------------------------------------------------------------------
    op.add_column('werknemer', sa.Column('uit_dienst_op', sa.Date(), nullable=True))
    op.create_table(
        'correctie',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('dossier_id', sa.String(length=32), nullable=True),
        sa.Column('werknemer_id', sa.String(length=32), nullable=True),
        sa.Column('onderdeel', sa.String(length=60), nullable=False),
        sa.Column('veld', sa.String(length=60), nullable=False),
        sa.Column('oude_waarde', sa.Text(), nullable=False),
        sa.Column('nieuwe_waarde', sa.Text(), nullable=False),
        sa.Column('reden', sa.Text(), nullable=False),
        sa.Column('door', sa.String(length=32), nullable=False),
        sa.Column('tijdstip', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_correctie')),
    )
    op.create_index(op.f('ix_correctie_dossier_id'), 'correctie', ['dossier_id'], unique=False)
    op.create_index(op.f('ix_correctie_werknemer_id'), 'correctie', ['werknemer_id'], unique=False)


def downgrade() -> None:
    raise NotImplementedError("0005 re-signs the log and encrypts medical data; restore a backup instead.")
