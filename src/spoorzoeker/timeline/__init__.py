"""The Poortwachter timeline: sick-period bookkeeping and every step of the first two sick years,
with its preferred date, its deadline, its source and its status (docs/tijdlijn.md).

* :func:`tijdlijn_van` - one sick case (:class:`spoorzoeker.ziektegeval.Ziektegeval`) to its typed
  :class:`Tijdlijn`; :func:`bereken_tijdlijn` is the same with JSON in and out (the ``spoorzoeker
  tijdlijn`` command and the web API), :func:`lees_verzoek` reads that JSON into the sick case.
* :func:`tijdlijnen_van` - many sick cases (a work list), each answer the same as :func:`tijdlijn_van`'s,
  their step dates computed together.
* :func:`stappen.bereken` on :class:`stappen.Gevallen` - many cases at once, as numpy columns;
  the single case above is a batch of one through the same function.

Pure: no I/O and no clock ("vandaag" is an argument).
"""

from ..stapteksten import STAPPEN, VOORSTELLEN
from .invoer import bereken_tijdlijn, lees_verzoek, samentellen, tijdlijn_uit_verzoek, tijdlijn_van, tijdlijnen_van
from .stappen import STATUSSEN, Gevallen, Tijdlijnen, bereken
from .uitkomst import Tijdlijn, TijdlijnStap

__all__ = ["bereken_tijdlijn", "lees_verzoek", "tijdlijn_van", "tijdlijnen_van", "tijdlijn_uit_verzoek", "Tijdlijn", "TijdlijnStap", "samentellen", "bereken", "Gevallen", "Tijdlijnen", "STATUSSEN", "STAPPEN",
           "VOORSTELLEN"]
