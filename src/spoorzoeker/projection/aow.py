"""The date on which someone reaches the AOW age (AOW art. 7a), for the projection.

TEMPORARY (issue 4): there is no rule for the AOW date in ``rules/`` yet. This is date
arithmetic on the parameter ``aow`` (added with the projection); it belongs in a rule
``aow_datum(geboortedatum, datum, p)`` once the rules owner adds one, and the projection
should then ask the engine for it instead.

The AOW age is set per calendar year: someone reaches it in year Y when the birth date plus
the age of year Y falls in year Y. Years the law (art. 7a lid 1) or a published decision
(lid 2: five years ahead) does not yet cover keep the last known age; the law does not let
it fall once fixed, so this is a lower bound and is reported as an assumption.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from ..errors import ParameterFout
from ..params import GelezenParameter, ParameterNode, standaard_parameters
from ..tijd import kalenderjaar, plus_maanden


def aow_leeftijd_per_jaar(jaren, datum: dt.date, parameters: ParameterNode | None = None,
                          registratie: list | None = None) -> tuple[dict[int, float], int]:
    """AOW age in months for each calendar year in ``jaren``, as known on ``datum``.

    Returns the ages and the last calendar year that is fixed (later years are an assumption)."""
    aow = (parameters or standaard_parameters()).aow
    tabel = aow.leeftijd_maanden
    vastgesteld: dict[int, float] = {}
    for naam, par in aow.vastgesteld.kinderen.items():
        try:
            vastgesteld[int(naam.removeprefix("jaar_"))] = par.waarde_op(datum)
        except ParameterFout:
            continue  # not yet decided on the calculation date
        if registratie is not None:
            registratie.append(GelezenParameter(par.naam, par.waarde_op(datum), par.geldig_vanaf(datum),
                                                par.bronnen_op(datum)))
    eerste_tabel = int(tabel.datums[0].astype("datetime64[Y]").astype(int) + 1970)
    laatste_tabel = int(tabel.datums[-1].astype("datetime64[Y]").astype(int) + 1970)
    laatste_vast = max([laatste_tabel, *vastgesteld])
    uit: dict[int, float] = {}
    for jaar in sorted(set(int(j) for j in jaren)):
        if jaar in vastgesteld:
            uit[jaar] = vastgesteld[jaar]
        elif jaar <= laatste_tabel or not vastgesteld:
            peil = dt.date(max(jaar, eerste_tabel), 1, 1)
            uit[jaar] = tabel.waarde_op(peil)
            if registratie is not None:
                registratie.append(GelezenParameter(tabel.naam, uit[jaar], tabel.geldig_vanaf(peil),
                                                    tabel.bronnen_op(peil)))
        else:  # not yet fixed: the last fixed age (it cannot fall), reported as an assumption
            eerder = [j for j in vastgesteld if j <= jaar]
            uit[jaar] = vastgesteld[max(eerder)] if eerder else tabel.waarde_op(dt.date(laatste_tabel, 1, 1))
            if registratie is not None and not eerder:
                peil = dt.date(laatste_tabel, 1, 1)
                registratie.append(GelezenParameter(tabel.naam, uit[jaar], tabel.geldig_vanaf(peil),
                                                    tabel.bronnen_op(peil)))
    return uit, laatste_vast


def aow_datum(geboortedatum, datum: dt.date, parameters: ParameterNode | None = None,
              registratie: list | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The date each person reaches the AOW age, and whether that date rests on an assumed
    (not yet fixed) AOW age. NaT where the birth date is unknown."""
    geb = np.asarray(geboortedatum, dtype="datetime64[D]")
    bekend = ~np.isnat(geb)
    uit = np.full(geb.shape, np.datetime64("NaT"), dtype="datetime64[D]")
    aanname = np.zeros(geb.shape, dtype=bool)
    if not bekend.any():
        return uit, aanname
    geb_v = np.where(bekend, geb, np.datetime64("2000-01-01"))
    geboortejaar = kalenderjaar(geb_v).astype(np.int64)
    jaren = np.arange(geboortejaar.min() + 65, geboortejaar.max() + 70)
    leeftijden, laatste_vast = aow_leeftijd_per_jaar(jaren, datum, parameters, registratie)
    gevonden = np.zeros(geb.shape, dtype=bool)
    for jaar in jaren:  # a few dozen iterations, each vectorised over all people
        kandidaat = plus_maanden(geb_v, np.int64(leeftijden[int(jaar)]))
        past = (~gevonden) & (kalenderjaar(kandidaat) == jaar)
        uit = np.where(past, kandidaat, uit)
        aanname |= past & (jaar > laatste_vast)
        gevonden |= past
    uit = np.where(bekend, uit, np.datetime64("NaT"))
    return uit, aanname & bekend
