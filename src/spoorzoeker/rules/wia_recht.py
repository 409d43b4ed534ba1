"""The right to a WIA benefit: wachttijd, insured status and the exclusion grounds (WIA art. 23, 43, 44, 47, 54).

WIA art. 47 (IVA) and 54 (WGA): the right arises for the insured person who falls sick when he
has completed the wachttijd (art. 23: 104 weeks), is fully and durably (IVA) or partially (WGA)
disabled, and no exclusion ground of art. 43 applies; not before the first day after the
wachttijd, or after the loon period of BW 7:629 lid 11 (loonsanctie, postponement) when that
runs longer (art. 43 b, 47 lid 2, 54 lid 2). Law text read: toestand 2026-07-01.

``wia_uitkering_per_maand`` uses the result: it is 0 when it is known that there is no right,
and unchanged when the right is not asked about (the amount is the amount of someone who has
the right, as it always was).

Not modelled: the later start of a right that arises within five years (art. 48, 55), art. 43 a
1° (another WIA benefit), art. 44 lid 2 second sentence (detention while already excluded under
e), art. 45 lid 2 (AMvB exceptions for living abroad).
"""

from __future__ import annotations

import numpy as np

from ..engine import Keuzes, met_onbekend, regel
from ..tijd import plus_maanden
from .invoer import WIA_UITSLUITINGSGRONDEN as UITSLUITING
from .logica import en, gelijk, niet, vergelijk
from .wia_beoordeling import UITKOMSTEN

WIA = "https://wetten.overheid.nl/BWBR0019057"

REDENEN = Keuzes(
    "geen",                    # there is a right
    "niet_verzekerd",          # art. 47/54: only the insured person ('de verzekerde')
    "wachttijd_loopt",         # art. 47 lid 1 a / 54 lid 1 a
    "loondoorbetaling_loopt",  # art. 43 b with art. 47 lid 2 / 54 lid 2
    *[g for g in UITSLUITING if g != "geen"],  # art. 43 a 2°, c, d, e, f, h, i
    "aow_leeftijd",            # art. 43 g
    "minder_dan_35_procent",   # art. 5, 47 lid 1 b, 54 lid 1 b
)


@regel(
    "datum", "Laatste dag van de wachttijd van 104 weken",
    bron="art. 23 lid 1 en 2 WIA: de wachttijd is 104 weken en begint op de eerste dag van ongeschiktheid tot"
         " werken (dag 1); de laatste dag is dag 728",
    url=f"{WIA}#Artikel23",
)
def einde_wachttijd(eerste_dag_wachttijd, p):
    """WIA art. 23: 104 weeks from the first day of sickness, that day counted as day 1, so the
    last day is day 728 (first day + 727 days). Samentelling, pregnancy leave and a verkorte
    wachttijd move it: give ``einde_wachttijd`` from the timeline then."""
    dagen = int(7 * p.poortwachter.wachttijd_weken) - 1
    return eerste_dag_wachttijd + np.timedelta64(dagen, "D")


@regel(
    "datum", "Eerste dag waarop het recht op WIA-uitkering kan ingaan",
    bron="art. 47 lid 2 en 54 lid 2 WIA: niet eerder dan de eerste dag na de wachttijd, of na afloop van het"
         " verlengde loontijdvak (art. 43 b WIA met art. 7:629 lid 11 BW, art. 24 en 25 WIA)",
    url=f"{WIA}#Artikel47",
)
def wia_vroegste_ingangsdatum(einde_wachttijd, verlenging_loondoorbetaling_weken):
    """WIA art. 47 lid 2 / 54 lid 2: the day after the wachttijd; when the loon period is extended
    (loonsanctie or postponement, in weeks), the day after that extension."""
    weken = np.nan_to_num(verlenging_loondoorbetaling_weken).astype(np.int64)
    uit = einde_wachttijd + np.timedelta64(1, "D") + weken * np.timedelta64(7, "D")
    return np.where(np.isnan(verlenging_loondoorbetaling_weken), np.datetime64("NaT"), uit).astype("datetime64[D]")


@regel(
    "ja_nee", "Is de wachttijd doorlopen op de rekendatum?",
    bron="art. 47 lid 1 a en 54 lid 1 a WIA (de wachttijd van art. 23 is doorlopen)",
    url=f"{WIA}#Artikel23",
)
def wachttijd_doorlopen(einde_wachttijd, datum):
    """WIA art. 47/54 lid 1 a: the wachttijd is completed after its last day."""
    return vergelijk(datum, einde_wachttijd, ">")


def _uitsluiting_werkt(wia_uitsluitingsgrond, datum_vrijheidsontneming, wia_vroegste_ingangsdatum, datum):
    """1 where the exclusion ground given bars the right on ``datum``, 0 where there is none,
    unknown where that depends on a missing date.

    Art. 43 d (detention): a right that has not yet started does not arise (art. 47 lid 1 c,
    54 lid 1 c); a running benefit ends only once the person has been detained for one month
    (art. 44 lid 2 with art. 49 lid 1 b and 56 lid 1 b)."""
    uit = niet(gelijk(wia_uitsluitingsgrond, UITSLUITING["geen"]))
    detentie = np.asarray(wia_uitsluitingsgrond) == UITSLUITING["vrijheid_ontnomen"]
    if detentie.any():  # the date arithmetic only for the people it concerns
        begin = np.asarray(datum_vrijheidsontneming)[detentie]
        liep_al = vergelijk(np.asarray(wia_vroegste_ingangsdatum)[detentie], begin, "<")
        binnen_maand = vergelijk(datum, plus_maanden(begin, 1), "<")
        uit[detentie] = niet(en(liep_al, binnen_maand))
    return uit


def _aow_bereikt(geboortedatum, aow_leeftijd_maanden, datum) -> np.ndarray:
    """AOW age reached on ``datum`` (art. 43 g): birth date + the AOW age in months, as the rule
    ``aow_datum`` computes it, only for the people whose birth date is known."""
    uit = np.full(np.shape(aow_leeftijd_maanden), np.nan)
    bekend = ~np.isnan(aow_leeftijd_maanden)
    if bekend.any():
        geb = np.asarray(geboortedatum, dtype="datetime64[D]")[bekend]
        aow = plus_maanden(geb, aow_leeftijd_maanden[bekend].astype(np.int64))
        uit[bekend] = vergelijk(datum, aow, ">=")
    return uit


@regel(
    "keuze", "Waarom er geen recht is op een WIA-uitkering (geen: er is recht)", keuzes=REDENEN,
    bron="art. 47 en 54 WIA (verzekerde, wachttijd doorlopen, volledig en duurzaam of gedeeltelijk"
         " arbeidsongeschikt, geen uitsluitingsgrond), art. 43 en 44 WIA (uitsluitingsgronden), art. 5 WIA",
    url=f"{WIA}#Artikel43",
)
def reden_geen_wia_uitkering(wia_verzekerd, wachttijd_doorlopen, wia_vroegste_ingangsdatum, wia_uitsluitingsgrond,
                             datum_vrijheidsontneming, geboortedatum, aow_leeftijd_maanden, wia_uitkomst, datum):
    """WIA art. 47 and 54, each condition in turn: the first one known to fail is the reason.
    If none is known to fail but one is unknown, the reason is unknown; 'geen' means there is a
    right. The AOW age (art. 43 g) comes from the birth date (AOW art. 7a)."""
    grond = np.nan_to_num(wia_uitsluitingsgrond).astype(np.int64)
    grond_code = np.array([REDENEN[g] if g != "geen" else np.nan for g in UITSLUITING])[grond]
    stappen = [  # (reason, 1 where it bars the right), in the order of the law's conditions
        (REDENEN["niet_verzekerd"], niet(wia_verzekerd)),
        (REDENEN["wachttijd_loopt"], niet(wachttijd_doorlopen)),
        (REDENEN["loondoorbetaling_loopt"], vergelijk(datum, wia_vroegste_ingangsdatum, "<")),
        (grond_code, _uitsluiting_werkt(wia_uitsluitingsgrond, datum_vrijheidsontneming, wia_vroegste_ingangsdatum,
                                        datum)),
        (REDENEN["aow_leeftijd"], _aow_bereikt(geboortedatum, aow_leeftijd_maanden, datum)),
        (REDENEN["minder_dan_35_procent"], gelijk(wia_uitkomst, UITKOMSTEN["geen"])),
    ]
    n = np.shape(wia_uitkomst)
    uit = np.full(n, np.nan)
    onbekend_ervoor = np.zeros(n, dtype=bool)
    beslist = np.zeros(n, dtype=bool)
    for code, blokkeert in stappen:
        b = np.broadcast_to(np.asarray(blokkeert, dtype=np.float64), n)
        nieuw = ~beslist & (b == 1)
        uit = np.where(nieuw, code, uit)
        beslist |= nieuw
        onbekend_ervoor |= np.isnan(b)
    # no condition fails: a right if all were known, unknown otherwise
    return np.where(beslist, uit, np.where(onbekend_ervoor, np.nan, REDENEN["geen"]))


@regel(
    "ja_nee", "Heeft de persoon op de rekendatum recht op een WIA-uitkering (IVA of WGA)?",
    bron="art. 47 lid 1 WIA (IVA) en art. 54 lid 1 WIA (WGA): verzekerde, wachttijd doorlopen, arbeidsongeschikt,"
         " geen uitsluitingsgrond (art. 43); niet eerder dan de dag na de wachttijd of het verlengde loontijdvak",
    url=f"{WIA}#Artikel47",
)
def recht_op_wia_uitkering(reden_geen_wia_uitkering):
    """WIA art. 47 and 54: a right when no condition fails (reason 'geen')."""
    return gelijk(reden_geen_wia_uitkering, REDENEN["geen"])


@regel(
    "ja_nee", "Heeft de persoon recht op een IVA-uitkering (volledig en duurzaam arbeidsongeschikt)?",
    bron="art. 47 lid 1 WIA met art. 4 WIA", url=f"{WIA}#Artikel47",
)
def recht_op_iva_uitkering(recht_op_wia_uitkering, wia_uitkomst):
    """WIA art. 47: the right to a WIA benefit with the IVA outcome (art. 4)."""
    return en(recht_op_wia_uitkering, gelijk(wia_uitkomst, UITKOMSTEN["iva"]))


@regel(
    "ja_nee", "Heeft de persoon recht op een WGA-uitkering (gedeeltelijk arbeidsgeschikt)?",
    bron="art. 54 lid 1 WIA met art. 5 WIA", url=f"{WIA}#Artikel54",
)
def recht_op_wga_uitkering(recht_op_wia_uitkering, wia_uitkomst):
    """WIA art. 54: the right to a WIA benefit with a WGA outcome (35-80% or 80-100% not durable)."""
    wga = met_onbekend(np.isin(wia_uitkomst, [UITKOMSTEN["wga_35_80"], UITKOMSTEN["wga_80_100"]]).astype(float),
                       wia_uitkomst)
    return en(recht_op_wia_uitkering, wga)
