"""Alembic environment: always run programmatically with a connection (storage.database.migreer)."""

from alembic import context

from spoorzoeker.storage.tabellen import Basis

config = context.config
verbinding = config.attributes.get("connection")
if verbinding is None:  # e.g. `alembic revision --autogenerate` by a developer
    from spoorzoeker.storage.database import maak_engine

    engine = maak_engine(config.get_main_option("sqlalchemy.url") or None)
    with engine.begin() as verbinding:
        context.configure(connection=verbinding, target_metadata=Basis.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=verbinding, target_metadata=Basis.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
