"""The web application (FastAPI + Jinja2): pages per role, the JSON API under ``/api/v1``, and
``spoorzoeker serve``. See docs/web.md."""

from .app import maak_app
from .instellingen import Instellingen

__all__ = ["maak_app", "Instellingen"]
