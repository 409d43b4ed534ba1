"""Successive contracts (BW 7:673 lid 4 b) as a list input of the calculate interface.

The engine works on columns of one number or date per person, so a list of contract periods
does not enter it. At the edge of the interface :func:`vouw_contractperiodes` checks the list
and reduces it to the existing columns:

* ``datum_in_dienst``: the first day of the first contract of the chain that ends with the last
  contract (a gap of more than six months breaks the chain: what lies before it does not count);
* ``datum_uit_dienst``: the end of the last contract;
* ``tussenpozen_maanden`` and ``tussenpozen_dagen``: the gaps inside the chain, which do not count,
  in whole calendar months and loose days (a gap from 1 January to 1 April is 3 months, not 90 days).

The rule ``transitievergoeding_begindatum`` moves the start by the gaps, so the vectorised rules
see one contract of the same total length. Each period is ``{"datum_in_dienst": ...,
"datum_uit_dienst": ...}`` with the meaning of the single fields (the second is the first day no
longer in service).
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

import numpy as np

from .errors import InvoerFout
from .tijd import als_datum, maanden_en_dagen_tussen

VELD = "contractperiodes"
OMSCHRIJVING = (
    "contractperiodes (invoer, lijst): opvolgende arbeidsovereenkomsten bij dezelfde werkgever (of opvolgende "
    "werkgevers), elk als {\"datum_in_dienst\": JJJJ-MM-DD, \"datum_uit_dienst\": JJJJ-MM-DD}. Overeenkomsten met "
    "tussenpozen van ten hoogste zes maanden tellen samen voor de transitievergoeding; de tussenpozen tellen niet "
    "mee. Spoorzoeker maakt er datum_in_dienst, datum_uit_dienst, tussenpozen_maanden en tussenpozen_dagen van; geef "
    "die dan niet zelf."
)
BRON = "art. 7:673 lid 4 onderdeel b BW (https://wetten.overheid.nl/BWBR0005290#Artikel673)"
_VERVANGT = ("datum_in_dienst", "datum_uit_dienst", "tussenpozen_maanden", "tussenpozen_dagen")


def _datum(waarde: Any, waar: str) -> dt.date:
    datum = als_datum(waarde) if isinstance(waarde, (str, dt.date)) else None
    if datum is not None:
        return datum
    raise InvoerFout(f"In '{VELD}' moet {waar} een datum zijn in de vorm JJJJ-MM-DD, niet '{waarde}'.", VELD)


def _zes_maanden_na(d: dt.date) -> dt.date:
    """The same day six calendar months later (clipped to the month's end)."""
    maand = d.month + 6
    jaar, maand = d.year + (maand - 1) // 12, (maand - 1) % 12 + 1
    volgende = dt.date(jaar + (maand == 12), maand % 12 + 1, 1)
    return dt.date(jaar, maand, min(d.day, (volgende - dt.timedelta(days=1)).day))


def keten(periodes: Any, persoon: int) -> tuple[dt.date, dt.date, int, int]:
    """(first day of the chain, end of the last contract, months and days of the gaps inside it)."""
    if not isinstance(periodes, (list, tuple)) or not periodes:
        raise InvoerFout(f"'{VELD}' van persoon {persoon} moet een lijst zijn met ten minste één periode.", VELD)
    lijst = []
    for i, periode in enumerate(periodes, start=1):
        if not isinstance(periode, dict) or set(periode) != {"datum_in_dienst", "datum_uit_dienst"}:
            raise InvoerFout(f"Periode {i} in '{VELD}' van persoon {persoon} moet precies 'datum_in_dienst' en "
                             "'datum_uit_dienst' hebben.", VELD)
        begin = _datum(periode["datum_in_dienst"], f"datum_in_dienst van periode {i}")
        einde = _datum(periode["datum_uit_dienst"], f"datum_uit_dienst van periode {i}")
        if einde <= begin:
            raise InvoerFout(f"Periode {i} in '{VELD}' van persoon {persoon} eindigt niet na haar begin.", VELD)
        lijst.append((begin, einde))
    lijst.sort()
    for (_, e1), (b2, _) in pairwise(lijst):
        if b2 < e1:
            raise InvoerFout(f"De perioden in '{VELD}' van persoon {persoon} overlappen ({b2} ligt vóór {e1}).", VELD)
    begin, einde = lijst[-1]
    maanden = dagen = 0
    for vorige_begin, vorige_einde in reversed(lijst[:-1]):
        if begin > _zes_maanden_na(vorige_einde):  # a gap of more than six months: the chain ends here
            break
        m, d = maanden_en_dagen_tussen(np.datetime64(vorige_einde, "D"), np.datetime64(begin, "D"))
        maanden, dagen = maanden + int(m), dagen + int(d)
        begin = vorige_begin
    return begin, einde, maanden, dagen


def vouw_contractperiodes(personen: Any) -> Any:
    """``personen`` (rows or columns) with ``contractperiodes`` replaced by the three columns."""
    if isinstance(personen, list):
        if not any(isinstance(p, dict) and VELD in p for p in personen):
            return personen
        uit = []
        for i, p in enumerate(personen, start=1):
            if not isinstance(p, dict) or VELD not in p:
                raise InvoerFout(f"Persoon {i} mist het veld '{VELD}', dat andere personen wel hebben; geef elke "
                                 "persoon dezelfde velden.", VELD)
            _geen_dubbel(p)
            begin, einde, maanden, dagen = keten(p[VELD], i)
            rij = {k: v for k, v in p.items() if k != VELD}
            rij.update(datum_in_dienst=begin.isoformat(), datum_uit_dienst=einde.isoformat(),
                       tussenpozen_maanden=maanden, tussenpozen_dagen=dagen)
            uit.append(rij)
        return uit
    if isinstance(personen, dict) and VELD in personen:
        _geen_dubbel(personen)
        kolom = personen[VELD]
        if not isinstance(kolom, (list, tuple)):
            raise InvoerFout(f"Kolom '{VELD}' moet een lijst zijn met per persoon een lijst van perioden.", VELD)
        ketens = [keten(k, i) for i, k in enumerate(kolom, start=1)]
        kolommen = {k: v for k, v in personen.items() if k != VELD}
        kolommen["datum_in_dienst"] = [k[0].isoformat() for k in ketens]
        kolommen["datum_uit_dienst"] = [k[1].isoformat() for k in ketens]
        kolommen["tussenpozen_maanden"] = [k[2] for k in ketens]
        kolommen["tussenpozen_dagen"] = [k[3] for k in ketens]
        return kolommen
    return personen


def _geen_dubbel(p: dict) -> None:
    dubbel = [k for k in _VERVANGT if k in p]
    if dubbel:
        raise InvoerFout(f"Geef '{VELD}' of '{dubbel[0]}', niet allebei: Spoorzoeker leidt '{dubbel[0]}' af uit "
                         f"'{VELD}'.", VELD)
