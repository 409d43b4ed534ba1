"""Storage of the case file: SQLAlchemy tables, migrations, and the Opslag unit of work."""

from .database import OMGEVINGSVARIABELE, standaard_url
from .opslag import Database, SqlOpslag, open_database

__all__ = ["OMGEVINGSVARIABELE", "standaard_url", "Database", "SqlOpslag", "open_database"]
