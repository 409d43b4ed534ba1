"""The Poortwachter timeline: sick-period bookkeeping and every step of the first two sick years,
with its preferred date, its deadline, its source and its status (docs/tijdlijn.md).

* :func:`bereken_tijdlijn` - one case, JSON in and out (the ``spoorzoeker tijdlijn`` command).
* :func:`stappen.bereken` on :class:`stappen.Gevallen` - many cases at once, as numpy columns;
  the single case above is a batch of one through the same function.

Pure: no I/O and no clock ("vandaag" is an argument).
"""

from .invoer import bereken_tijdlijn, samentellen
from .stappen import STATUSSEN, Gevallen, Tijdlijnen, bereken
from .teksten import STAPPEN, VOORSTELLEN

__all__ = ["bereken_tijdlijn", "samentellen", "bereken", "Gevallen", "Tijdlijnen", "STATUSSEN", "STAPPEN",
           "VOORSTELLEN"]
