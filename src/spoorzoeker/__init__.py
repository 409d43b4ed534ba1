"""Spoorzoeker: the Dutch sickness and work-disability system as executable, tested law.

``spoorzoeker.bereken(request)`` is the calculate interface; see ``interface.py``.
"""

from .errors import InvoerFout
from .interface import bereken

__all__ = ["bereken", "InvoerFout"]
__version__ = "0.1.0"
