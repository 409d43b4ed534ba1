"""WIA dagloon and maandloon (WIA art. 13-14, Dagloonbesluit werknemersverzekeringen, Wfsv art. 17)."""

from __future__ import annotations

import numpy as np

from ..engine import regel
from ..money import naar_centen
from .reeksen import eerste_datum, herzieningsfactor, op_datums

WIA = "https://wetten.overheid.nl/BWBR0019057"
DAGLOONBESLUIT = "https://wetten.overheid.nl/BWBR0033471#Artikel16"
INDEXATIE = "dagloon_indexatie.herzieningspercentage"
MAXIMUM = "maximumdagloon.maximumdagloon"


@regel(
    "datum", "Laatste dag van het refertejaar voor het WIA-dagloon",
    bron="art. 13 lid 1 Dagloonbesluit werknemersverzekeringen: het jaar dat eindigt op de laatste dag van het"
         " aangiftetijdvak vóór het aangiftetijdvak waarin de arbeidsongeschiktheid intrad (bij aangifte per maand:"
         " de laatste dag van de maand vóór de maand van de eerste ziektedag)",
    url="https://wetten.overheid.nl/BWBR0033471#Artikel13",
)
def einde_refertejaar(eerste_ziektedag):
    """Dagloonbesluit art. 13 lid 1 with a monthly aangiftetijdvak (the usual one): the last day
    of the month before the month in which the first sick day falls. An employer who files per
    four weeks has other tijdvakken; the caller then gives ``einde_refertejaar`` itself."""
    d = np.asarray(eerste_ziektedag, dtype="datetime64[D]")
    uit = d.astype("datetime64[M]").astype("datetime64[D]") - np.timedelta64(1, "D")
    return np.where(np.isnat(d), np.datetime64("NaT"), uit)


@regel(
    "datum", "Dag waarop het dagloon wordt bepaald (standaard de rekendatum)",
    bron="art. 14 lid 1 WIA en art. 23 Dagloonbesluit werknemersverzekeringen (het dagloon volgt elke herziening"
         " van het minimumloon tot de dag waarover wordt betaald)",
    url="https://wetten.overheid.nl/BWBR0019057#Artikel14",
)
def dagloon_peildatum(datum):
    """WIA art. 14 lid 1 (the dagloon is revised up to this day): The day for which the dagloon is asked: the calculation date, unless the caller gives
    another (for instance the first day of a benefit named in a UWV decision)."""
    return datum


@regel(
    "getal", "Indexatiefactor van het WIA-dagloon: alle herzieningen van het minimumloon na het refertejaar tot"
             " de peildatum (1 als het einde van het refertejaar onbekend is)", eenheid="factor",
    bron="art. 14 lid 1 WIA ('De daglonen worden herzien ... in de mate waarin het bedrag genoemd in artikel 8,"
         " eerste lid, onderdeel b, van de Wet minimumloon ... wordt herzien') en art. 23 Dagloonbesluit"
         " werknemersverzekeringen (herzieningen tussen het einde van de referteperiode en de eerste uitkeringsdag)",
    url="https://wetten.overheid.nl/BWBR0019057#Artikel14",
)
def wia_dagloon_indexatiefactor(einde_refertejaar, dagloon_peildatum, p):
    """Dagloonbesluit art. 23 (revisions between the end of the refertejaar and the first day of
    the benefit) and WIA art. 14 lid 1 (every later revision): the product of (1 + percentage)
    of every minimum-wage revision dated after the refertejaar and on or before the peildatum,
    cumulative and not rounded per step. Without a first sick day or an end of the refertejaar
    the SV-loon is taken as today's wage level: factor 1 (the explanation shows it)."""
    factor = herzieningsfactor(p, INDEXATIE, einde_refertejaar, dagloon_peildatum)
    return np.where(np.isnan(factor), 1.0, factor)


@regel(
    "bedrag", "WIA-dagloon vóór indexatie: het SV-loon van het refertejaar gedeeld door 261",
    eenheid="euro per dag, bruto",
    bron="art. 13 WIA met art. 16 lid 1 Dagloonbesluit werknemersverzekeringen ((A - B + C) / 261);"
         " bij loonloze maanden minder dagloondagen (CRvB 30-07-2024, ECLI:NL:CRVB:2024:1523)",
    url=DAGLOONBESLUIT,
)
def wia_dagloon_ongeindexeerd(sv_loon_refertejaar, dagloondagen_refertejaar):
    """Dagloonbesluit art. 16 lid 1: the SV-loon of the refertejaar / 261 (D = 261), rounded half
    up to the cent for display. The CRvB (2024:1523) requires the WW method when the refertejaar
    has wageless months: divide by the dagloondagen of the months with wage instead."""
    return naar_centen(sv_loon_refertejaar / dagloondagen_refertejaar)


@regel(
    "bedrag", "WIA-dagloon zonder maximum, geïndexeerd tot de peildatum", eenheid="euro per dag, bruto",
    bron="art. 13 en 14 lid 1 WIA met art. 16 lid 1 en art. 23 Dagloonbesluit werknemersverzekeringen: SV-loon van"
         " het refertejaar / 261, herzien met het minimumloon (CRvB ECLI:NL:CRVB:2019:3495: 30.199,58 / 261,"
         " geïndexeerd 117,76)",
    url="https://wetten.overheid.nl/BWBR0019057#Artikel14",
)
def wia_dagloon_ongemaximeerd(sv_loon_refertejaar, dagloondagen_refertejaar, wia_dagloon_indexatiefactor,
                              wia_dagloon_ongeindexeerd):
    """(A - B + C) / D (Dagloonbesluit art. 16 lid 1) times the indexation factor (WIA art. 14,
    Dagloonbesluit art. 23), rounded once, half up to the cent: the unrounded quotient is
    indexed, as UWV's decision in CRvB 2019:3495 shows (30.199,58 / 261 x 1,0083 x 1,0094 =
    117,764 -> 117,76). A caller who has only the unindexed dagloon (an earlier decision) gives
    ``wia_dagloon_ongeindexeerd``; it is indexed the same way."""
    onafgerond = sv_loon_refertejaar / dagloondagen_refertejaar
    basis = np.where(np.isnan(onafgerond), wia_dagloon_ongeindexeerd, onafgerond)
    return naar_centen(basis * wia_dagloon_indexatiefactor)


@regel(
    "bedrag", "WIA-dagloon (ten hoogste het maximumdagloon)", eenheid="euro per dag, bruto",
    bron="art. 13 WIA met art. 17 lid 1 Wfsv (het maximumdagloon van de peildatum)",
    url="https://wetten.overheid.nl/BWBR0017745#Artikel17",
    wettelijk_maximum=lambda p: p.maximumdagloon.maximumdagloon, boven_maximum="begrenzen",
    maximum_uitleg="het maximumdagloon, art. 17 lid 1 Wfsv; het opgegeven bedrag geldt als dagloon zonder maximum",
    ongemaximeerd_als=("wia_dagloon_ongemaximeerd", lambda p: 1.0),
)
def wia_dagloon(wia_dagloon_ongemaximeerd, dagloon_peildatum, datum, p):
    """Wfsv art. 17 lid 1: the dagloon is at most the maximumdagloon - the one in force on the
    day the dagloon is asked for (the peildatum, by default the calculation date). A peildatum
    before the first known maximumdagloon (2020) takes the calculation date's."""
    eerste = eerste_datum(p, MAXIMUM)
    peil = np.asarray(dagloon_peildatum, dtype="datetime64[D]")
    dag = np.where(np.isnat(peil) | (peil < eerste), np.asarray(datum, dtype="datetime64[D]"), peil)
    maximum = op_datums(p, MAXIMUM, np.broadcast_to(dag, np.shape(wia_dagloon_ongemaximeerd)))
    return np.minimum(wia_dagloon_ongemaximeerd, maximum)


@regel(
    "bedrag", "WIA-maandloon: dagloon x 21,75", eenheid="euro per maand, bruto, inclusief vakantiebijslag",
    bron="art. 13 lid 4 WIA (maandloon = dagloon x 21,75); rijksoverheid.nl 'Hoe hoog is mijn WIA-uitkering?'",
    url=f"{WIA}#Artikel13",
    wettelijk_maximum=lambda p: float(naar_centen(p.maximumdagloon.maximumdagloon * p.wia.dagen_per_maand)),
    boven_maximum="begrenzen",
    maximum_uitleg="het maximumdagloon x 21,75, art. 13 WIA met art. 17 lid 1 Wfsv; het opgegeven bedrag geldt als"
                   " maandloon zonder maximum",
    ongemaximeerd_als=("wia_dagloon_ongemaximeerd", lambda p: 1.0 / p.wia.dagen_per_maand),
)
def wia_maandloon(wia_dagloon, p):
    """WIA art. 13: maandloon = dagloon x 21,75 (Rijksoverheid: 'Vermenigvuldig ... met 21,75'),
    half up to the cent."""
    return naar_centen(wia_dagloon * p.wia.dagen_per_maand)


@regel(
    "getal", "Verhouding gemaximeerd / ongemaximeerd dagloon (C/D in art. 61 WIA)", eenheid="fractie",
    bron="art. 61 lid 1 WIA: B x C/D, inkomsten tellen mee naar de verhouding tussen het"
         " gemaximeerde en het ongemaximeerde dagloon",
    url=f"{WIA}#Artikel61",
)
def dagloon_verhouding(wia_dagloon, wia_dagloon_ongemaximeerd):
    """WIA art. 61 lid 1 (and art. 52 for IVA): earnings are deducted after multiplying by
    C/D, the capped over the uncapped dagloon, so that someone above the maximum is not
    deducted more than proportionally. Where the uncapped dagloon is unknown (the caller gave
    only a maandloon) C/D is taken as 1: the maandloon is then assumed not to be capped."""
    verhouding = wia_dagloon / np.where(wia_dagloon_ongemaximeerd > 0, wia_dagloon_ongemaximeerd, np.nan)
    return np.where(np.isnan(verhouding), 1.0, verhouding)
