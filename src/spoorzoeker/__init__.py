"""Spoorzoeker: the Dutch sickness and work-disability system as executable, tested law.

``spoorzoeker.bereken(request)`` is the calculate interface; see ``interface.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import InvoerFout

if TYPE_CHECKING:
    from .interface import bereken

__all__ = ["bereken", "InvoerFout"]
__version__ = "0.1.0"


def __getattr__(naam: str) -> Any:
    """``bereken`` is imported on first use: importing a light module of the package (the command
    line's frame, the errors) then does not load every rule, numpy and pydantic."""
    if naam == "bereken":
        from .interface import bereken

        return bereken
    raise AttributeError(f"module 'spoorzoeker' has no attribute {naam!r}")
