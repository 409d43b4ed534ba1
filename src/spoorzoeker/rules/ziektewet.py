"""Ziektewet: sickness benefit for vangnetters, under the no-riskpolis, and for sickness caused by pregnancy,
childbirth or organ donation (ZW art. 29, 29a, 29b)."""

from __future__ import annotations

import numpy as np

from ..engine import Keuzes, met_onbekend, regel
from ..errors import InvoerFout
from ..money import naar_centen
from ..tijd import plus_maanden
from .invoer import ZIEKTEOORZAKEN as OORZAKEN
from .reeksen import herzieningsfactor, op_datums
from .wia_dagloon import INDEXATIE

ZW = "https://wetten.overheid.nl/BWBR0001888"
DAGLOONBESLUIT = "https://wetten.overheid.nl/BWBR0033471"
WAZO = "https://wetten.overheid.nl/BWBR0013008"
DAGEN_PER_JAAR = 261.0  # Dagloonbesluit art. 12e lid 1: "D staat voor 261"


@regel(
    "datum", "Laatste dag van de referteperiode voor het Ziektewet-dagloon",
    bron="art. 12b lid 1 Dagloonbesluit werknemersverzekeringen: het jaar dat eindigt op de laatste dag van het"
         " tweede aangiftetijdvak vóór het aangiftetijdvak waarin de ongeschiktheid intrad (bij aangifte per maand:"
         " de laatste dag van de tweede maand vóór de maand van de eerste ziektedag)",
    url=f"{DAGLOONBESLUIT}#Artikel12b",
)
def ziektewet_einde_referteperiode(eerste_ziektedag):
    """Dagloonbesluit art. 12b lid 1 with monthly aangiftetijdvakken: sick in March -> the
    referteperiode ends on the last day of January. Four-weekly tijdvakken, or an employment
    that ended before that day (lid 2): the caller gives ``ziektewet_einde_referteperiode``."""
    d = np.asarray(eerste_ziektedag, dtype="datetime64[D]")
    uit = (d.astype("datetime64[M]") - np.timedelta64(1, "M")).astype("datetime64[D]") - np.timedelta64(1, "D")
    return np.where(np.isnat(d), np.datetime64("NaT"), uit)


@regel(
    "getal", "Aantal dagloondagen D voor het Ziektewet-dagloon: 261, of minder als de dienstbetrekking in de"
             " referteperiode begon", eenheid="dagen",
    bron="art. 12e lid 1 Dagloonbesluit werknemersverzekeringen (D is 261, of het aantal dagloondagen vanaf de"
         " eerste dag van de dienstbetrekking tot en met de laatste dag van de referteperiode) en lid 4 (begon de"
         " dienstbetrekking na de referteperiode: de dagloondagen tot de eerste ziektedag); dagloondagen zijn maandag"
         " tot en met vrijdag (art. 1 lid 2)",
    url=f"{DAGLOONBESLUIT}#Artikel12e",
)
def ziektewet_dagloondagen(datum_in_dienst, eerste_ziektedag, ziektewet_einde_referteperiode):
    """Dagloonbesluit art. 12e. D = 261 when the employment in which the employee fell sick
    started on or before the first day of the referteperiode; the weekdays from its first day up
    to and including the last day of the referteperiode when it started inside it (lid 1, the
    starter: 87 days instead of 261 triples the dagloon); the weekdays from its first day up to
    the first sick day when it started after the referteperiode (lid 4). Without the start date
    D is unknown: a silent 261 would give a starter a third of his dagloon. Zero dagloondagen
    (lid 6: the agreed wage of the tijdvak) is not modelled and stays unknown."""
    in_dienst = np.asarray(datum_in_dienst, dtype="datetime64[D]")
    ziek = np.asarray(eerste_ziektedag, dtype="datetime64[D]")
    einde = np.asarray(ziektewet_einde_referteperiode, dtype="datetime64[D]")
    onbekend = np.isnat(in_dienst) | np.isnat(einde)
    veilig_in = np.where(onbekend, np.datetime64("2000-01-03"), in_dienst)
    veilig_einde = np.where(onbekend, np.datetime64("2000-01-03"), einde)
    begin = plus_maanden(veilig_einde + np.timedelta64(1, "D"), -12)  # first day of the one-year period
    binnen = np.busday_count(veilig_in, veilig_einde + np.timedelta64(1, "D")).astype(np.float64)
    na_afloop = veilig_in > veilig_einde
    veilig_ziek = np.where(np.isnat(ziek), veilig_in, ziek)
    erna = np.busday_count(veilig_in, np.maximum(veilig_ziek, veilig_in)).astype(np.float64)
    erna = np.where(np.isnat(ziek) | (erna == 0), np.nan, erna)
    d = np.where(veilig_in <= begin, DAGEN_PER_JAAR, np.where(na_afloop, erna, binnen))
    return np.where(onbekend, np.nan, d)


def _zw_dagloon(a, b, c, d):
    return (a - b + c) / np.where(d > 0, d, np.nan)


@regel(
    "bedrag", "Ziektewet-dagloon vóór indexatie: (loon - uitbetaalde + opgebouwde vakantiebijslag) / dagloondagen",
    eenheid="euro per dag, bruto",
    bron="art. 15 ZW met art. 12c en 12e lid 1 Dagloonbesluit werknemersverzekeringen ((A - B + C) / D; alleen het"
         " loon uit de dienstbetrekking waaruit de werknemer ziek werd)",
    url=f"{DAGLOONBESLUIT}#Artikel12e",
)
def ziektewet_dagloon_ongeindexeerd(ziektewet_loon_referteperiode, ziektewet_vakantiebijslag_uitbetaald,
                                    ziektewet_vakantiebijslag_opgebouwd, ziektewet_dagloondagen):
    """Dagloonbesluit art. 12e lid 1: (A - B + C) / D, half up to the cent. A is only the wage
    from the employment in which the employee fell sick (art. 12c lid 1), in the ZW's own
    referteperiode (art. 12b); not the WIA's SV-loon of all employers."""
    return naar_centen(_zw_dagloon(ziektewet_loon_referteperiode, ziektewet_vakantiebijslag_uitbetaald,
                                   ziektewet_vakantiebijslag_opgebouwd, ziektewet_dagloondagen))


@regel(
    "getal", "Indexatiefactor van het Ziektewet-dagloon: de herzieningen van het minimumloon na de referteperiode"
             " tot de peildatum (1 als de eerste ziektedag onbekend is)", eenheid="factor",
    bron="art. 23 Dagloonbesluit werknemersverzekeringen (het dagloon volgt herzieningen van het minimumloon tussen"
         " het einde van de referteperiode en de eerste uitkeringsdag)",
    url=f"{DAGLOONBESLUIT}#Artikel23",
)
def ziektewet_dagloon_indexatiefactor(ziektewet_einde_referteperiode, dagloon_peildatum, p):
    """Dagloonbesluit art. 23: every minimum-wage revision after the referteperiode up to the
    peildatum, cumulative (the same series as the WIA dagloon). Spoorzoeker also applies the
    revisions during a running ZW benefit, as UWV revises all benefit daglonen on 1 January and
    1 July; the ZW text on that was not re-read (see the decisions)."""
    factor = herzieningsfactor(p, INDEXATIE, ziektewet_einde_referteperiode, dagloon_peildatum)
    return np.where(np.isnan(factor), 1.0, factor)


@regel(
    "bedrag", "Dagloon voor de Ziektewet (zonder maximum), geïndexeerd tot de peildatum",
    eenheid="euro per dag, bruto",
    bron="art. 15 ZW met hoofdstuk 2a (art. 12b-12f) en art. 23 Dagloonbesluit werknemersverzekeringen: eigen"
         " referteperiode, alleen het loon uit de dienstbetrekking waaruit de werknemer ziek werd, D = 261 of de"
         " dagloondagen sinds het begin van die dienstbetrekking",
    url=f"{DAGLOONBESLUIT}#Artikel12e",
)
def ziektewet_dagloon(ziektewet_loon_referteperiode, ziektewet_vakantiebijslag_uitbetaald,
                      ziektewet_vakantiebijslag_opgebouwd, ziektewet_dagloondagen, ziektewet_dagloon_indexatiefactor,
                      ziektewet_dagloon_ongeindexeerd):
    """Dagloonbesluit chapter 2a: (A - B + C) / D (art. 12e) times the revisions since the
    referteperiode (art. 23), rounded once, half up to the cent. A caller with the dagloon from
    UWV's decision gives ``ziektewet_dagloon`` itself. The maximum is applied where the benefit
    is computed (Wfsv art. 17). With only the unindexed dagloon given, that one is indexed."""
    dagloon = _zw_dagloon(ziektewet_loon_referteperiode, ziektewet_vakantiebijslag_uitbetaald,
                          ziektewet_vakantiebijslag_opgebouwd, ziektewet_dagloondagen)
    dagloon = np.where(np.isnan(dagloon), ziektewet_dagloon_ongeindexeerd, dagloon)
    return naar_centen(dagloon * ziektewet_dagloon_indexatiefactor)


# Which part of ZW art. 29a applies on the day the Ziektewet is computed for (rule ziektewet_zwangerschap_grond).
ZWANGERSCHAP_GRONDEN = Keuzes(
    "geen",                        # no right under art. 29a on this day: the usual rules of the Ziektewet
    "lid_1_voor_verlof",           # sick before the leave, caused by the pregnancy: the dagloon
    "lid_2_verlof_kon_ingaan",     # sick (any cause) in the weeks the leave could have started but had not
    "lid_3_tijdens_verlof",        # during the leave with its WAZO benefit: no ziekengeld
    "lid_4_na_verlof",             # sick right after the leave, caused by the childbirth or pregnancy
    "lid_4_na_104_weken",          # after the 104 aaneengesloten weken of lid 4: no ziekengeld
    "na_verlof_niet_aansluitend",  # sick after the leave, but not right after it: lid 4 does not apply
    "aangenomen_zonder_datums",    # pregnancy or childbirth given without the dates: taken as lid 1, 2 or 4
)
_NAT = np.datetime64("NaT")


def _dagen(n) -> np.ndarray:
    return np.asarray(np.nan_to_num(n), dtype=np.int64).astype("timedelta64[D]")


def _als_dagen(*datums) -> tuple[np.ndarray, ...]:
    """The date inputs as days (datetime64[D]), broadcast to one shape."""
    return np.broadcast_arrays(*(np.asarray(d, dtype="datetime64[D]") for d in datums))


@regel(
    "datum", "Eerste dag van de ziekteweek waarover de Ziektewet wordt berekend",
    bron="eerste ziektedag + 7 x (ziekteweek - 1); week 1 begint op de eerste dag van de ongeschiktheid tot werken"
         " (art. 29 lid 3 en 5 ZW)",
    url=f"{ZW}#Artikel29",
)
def ziektewet_dag(eerste_ziektedag, ziekteweek):
    """The first day of the sick week the Ziektewet is computed for. The rules that depend on a
    date (the leave of ZW art. 29a, the AOW age of art. 29 lid 4) look at this day; a caller who
    wants another day of the week gives ``ziektewet_dag`` itself."""
    e = np.asarray(eerste_ziektedag, dtype="datetime64[D]")
    w = np.asarray(ziekteweek, dtype=np.float64)
    onbekend = np.isnat(e) | np.isnan(w)
    dag = np.where(onbekend, np.datetime64("2000-01-03"), e) + _dagen(7.0 * (np.floor(w) - 1.0))
    return np.where(onbekend, _NAT, dag)


def _venster(bevalling, meerling, p, grens: str = "vanaf") -> np.ndarray:
    """The first day of the period in which the leave could start (WAZO art. 3:1 lid 2): six weeks, ten for more
    than one child, before the day after the expected date of delivery; NaT where that date is unknown. With
    ``grens="uiterlijk"`` the last day it can start: four weeks before that day, eight for more than one child."""
    zw = p.ziektewet
    een, meer = ((zw.zwangerschapsverlof_vanaf_weken, zw.zwangerschapsverlof_vanaf_weken_meerling) if grens == "vanaf"
                 else (zw.zwangerschapsverlof_uiterlijk_weken, zw.zwangerschapsverlof_uiterlijk_weken_meerling))
    weken = np.where(meerling == 1, meer, een)
    return np.where(np.isnat(bevalling), _NAT, bevalling + np.timedelta64(1, "D") - _dagen(7.0 * weken))


def controleer_zwangerschapsverlof(invoer: dict[str, np.ndarray], p) -> None:
    """Leave dates that cannot be true in a calculate request: one Dutch line naming the field (the first such
    person). The leave has a first and a last day, and starts "vanaf zes weken" and "uiterlijk vier weken" (ten and
    eight for more than one child) before the day after the expected date of delivery: WAZO art. 3:1 lid 2
    (https://wetten.overheid.nl/BWBR0013008#Artikel31). Called by the calculate interface on the caller's own
    input, not inside the rules: the interface recomputes a result with placeholder dates to find which missing
    input a result needs, and those must not be refused."""
    if "zwangerschapsverlof_van" not in invoer and "zwangerschapsverlof_tot_en_met" not in invoer:
        return
    n = len(next(iter(invoer.values())))

    def datums(naam: str) -> np.ndarray:
        return np.asarray(invoer.get(naam, np.full(n, _NAT)), dtype="datetime64[D]")

    van, tot, bevalling = datums("zwangerschapsverlof_van"), datums("zwangerschapsverlof_tot_en_met"), \
        datums("vermoedelijke_bevallingsdatum")
    alleen_van = ~np.isnat(van) & np.isnat(tot)
    alleen_tot = np.isnat(van) & ~np.isnat(tot)
    if alleen_van.any() or alleen_tot.any():
        i = int(np.argmax(alleen_van | alleen_tot))
        veld = "zwangerschapsverlof_tot_en_met" if alleen_van[i] else "zwangerschapsverlof_van"
        raise InvoerFout(f"Geef bij persoon {i + 1} ook '{veld}': het zwangerschaps- en bevallingsverlof heeft een "
                         "eerste en een laatste dag.", veld)
    omgekeerd = ~np.isnat(van) & ~np.isnat(tot) & (tot < van)
    if omgekeerd.any():
        i = int(np.argmax(omgekeerd))
        raise InvoerFout(f"'zwangerschapsverlof_tot_en_met' ({tot[i]}) ligt bij persoon {i + 1} vóór "
                         f"'zwangerschapsverlof_van' ({van[i]}): het verlof kan niet eindigen voordat het begint.",
                         "zwangerschapsverlof_tot_en_met")
    meerling = np.asarray(invoer.get("meerling", np.zeros(n)))
    vroegst, uiterlijk = _venster(bevalling, meerling, p), _venster(bevalling, meerling, p, "uiterlijk")
    buiten = ~np.isnat(van) & ~np.isnat(vroegst) & ((van < vroegst) | (van > uiterlijk))
    if buiten.any():
        i = int(np.argmax(buiten))
        raise InvoerFout(f"'zwangerschapsverlof_van' ({van[i]}) valt bij persoon {i + 1} buiten {vroegst[i]} tot en "
                         f"met {uiterlijk[i]}: het zwangerschapsverlof gaat in vanaf zes weken en uiterlijk vier weken (bij "
                         f"een meerling tien en acht) vóór de dag na de vermoedelijke bevallingsdatum ({bevalling[i]}) "
                         "(art. 3:1 lid 2 Wet arbeid en zorg).", "zwangerschapsverlof_van")


@regel(
    "keuze", "Welk deel van art. 29a ZW (ziekte en zwangerschap of bevalling) geldt op de dag van de berekening",
    keuzes=ZWANGERSCHAP_GRONDEN,
    bron="art. 29a ZW: lid 1 (vóór het verlof ziek door de zwangerschap: het dagloon), lid 2 (ziek in de weken waarin"
         " het verlof al had kunnen ingaan: het dagloon), lid 3 en art. 19 lid 3 ZW (geen ziekengeld tijdens het verlof"
         " met uitkering),"
         " lid 4 (aansluitend op het verlof ziek door de bevalling of zwangerschap: het dagloon, ten hoogste 104"
         " aaneengesloten weken); art. 3:1 lid 2 Wet arbeid en zorg (het verlof kan ingaan vanaf zes weken, bij een"
         " meerling tien, vóór de dag na de vermoedelijke bevallingsdatum). Zonder de data van het verlof neemt"
         " Spoorzoeker de opgegeven oorzaak zoals die is: ziek door zwangerschap of bevalling geldt dan als lid 1, 2"
         " of 4",
    url=f"{ZW}#Artikel29a",
)
def ziektewet_zwangerschap_grond(ziektewet_dag, eerste_ziektedag, ziekteoorzaak, vermoedelijke_bevallingsdatum,
                                 meerling, zwangerschapsverlof_van, zwangerschapsverlof_tot_en_met, p):
    """ZW art. 29a (https://wetten.overheid.nl/BWBR0001888#Artikel29a) on the day ``ziektewet_dag``:

    * lid 1: "De vrouwelijke verzekerde heeft, indien zij, voorafgaand aan de dag waarop zij recht heeft op
      uitkering op grond van artikel 3:7, eerste lid, ... van de Wet arbeid en zorg, ongeschikt wordt tot het
      verrichten van haar arbeid en die ongeschiktheid haar oorzaak vindt in de zwangerschap recht op ziekengeld
      ter hoogte van haar dagloon vanaf de eerste dag waarop die ongeschiktheid bestaat."
    * lid 2: "De vrouwelijke verzekerde die in de periode, waarin zij recht had kunnen hebben op uitkering op
      grond van artikel 3:7, eerste lid, ... doch die uitkering nog niet is aangevangen, wegens ziekte ongeschikt
      is tot het verrichten van haar arbeid, heeft recht op ziekengeld ter hoogte van haar dagloon." That period
      begins "zes weken voor de dag na de vermoedelijke datum van bevalling, of ... tien weken voor die dag
      indien het een zwangerschap van meer dan één kind betreft" (WAZO art. 3:1 lid 2,
      https://wetten.overheid.nl/BWBR0013008#Artikel31). Any cause of the sickness counts.
    * lid 3: "De vrouwelijke verzekerde heeft geen recht op ziekengeld over perioden waarover zij uitkering op
      grond van artikel 3:7, eerste lid, ... geniet." So no ziekengeld during the leave, whatever the cause;
      art. 19 lid 3 says the same ("geen recht op ziekengeld gedurende de periode dat zwangerschaps- of
      bevallingsverlof wordt genoten").
    * lid 4: "Nadat het recht op uitkering op grond van artikel 3:7, eerste lid, ... is geëindigd, heeft de
      vrouwelijke verzekerde, indien zij aansluitend ongeschikt is tot het verrichten van haar arbeid en die
      ongeschiktheid haar oorzaak vindt in de bevalling of de daaraan voorafgaande zwangerschap, recht op
      ziekengeld ter hoogte van haar dagloon, zolang die ongeschiktheid duurt, doch ten hoogste gedurende 104
      aaneengesloten weken." Aansluitend: the first sick day is at the latest the day after the leave. The 104
      weeks are one unbroken stretch from the day after the leave: a relapse after recovery is not aansluitend
      and gets no ziekengeld under lid 4 (the usual rules apply to it).

    Without both leave dates the leave is unknown: the cause ``zwangerschap_bevalling`` is then taken as
    given (``aangenomen_zonder_datums``), except on a day before the period of lid 2 (known from the expected
    date), which is certainly before the leave (lid 1). Lid 2 for another cause needs the expected date and the
    leave. Impossible dates (an end before the start, a start earlier or later than the law allows) are refused
    by the calculate interface (``controleer_zwangerschapsverlof``).
    """
    G = ZWANGERSCHAP_GRONDEN
    zw = p.ziektewet
    d, e, b, v, t = _als_dagen(ziektewet_dag, eerste_ziektedag, vermoedelijke_bevallingsdatum, zwangerschapsverlof_van,
                               zwangerschapsverlof_tot_en_met)
    venster = _venster(b, meerling, p)

    zwanger = ziekteoorzaak == OORZAKEN["zwangerschap_bevalling"]
    dag = ~np.isnat(d)
    uit = np.where(zwanger, G["aangenomen_zonder_datums"], G["geen"])
    verlof = ~np.isnat(v) & ~np.isnat(t) & (v <= t) & dag  # dates that cannot be true: refused by the interface
    # Only the expected date: a day before the period of lid 2 is certainly before the leave.
    voor_venster = ~verlof & dag & ~np.isnat(venster) & (d < venster)
    uit = np.where(voor_venster & zwanger, G["lid_1_voor_verlof"], uit)
    voor = verlof & (d < v)
    na = verlof & (d > t)
    uit = np.where(voor, np.where(zwanger, G["lid_1_voor_verlof"], G["geen"]), uit)
    uit = np.where(voor & ~np.isnat(venster) & (d >= venster), G["lid_2_verlof_kon_ingaan"], uit)
    uit = np.where(verlof & (d >= v) & (d <= t), G["lid_3_tijdens_verlof"], uit)
    laatste_lid_4 = t + _dagen(7.0 * zw.duur_weken_na_bevallingsverlof)
    aansluitend = ~np.isnat(e) & (e <= t + np.timedelta64(1, "D"))
    na_zwanger = na & zwanger & ~np.isnat(e)
    uit = np.where(na & ~zwanger, G["geen"], uit)
    uit = np.where(na_zwanger & ~aansluitend, G["na_verlof_niet_aansluitend"], uit)
    uit = np.where(na_zwanger & aansluitend,
                   np.where(d <= laatste_lid_4, G["lid_4_na_verlof"], G["lid_4_na_104_weken"]), uit)
    return met_onbekend(uit, ziekteoorzaak)


_VOLLE_DAGLOON = [ZWANGERSCHAP_GRONDEN[g] for g in ("lid_1_voor_verlof", "lid_2_verlof_kon_ingaan", "lid_4_na_verlof",
                                                       "aangenomen_zonder_datums")]


@regel(
    "ja_nee", "Betaalt de Ziektewet het volle dagloon op grond van de wet zelf (zwangerschap, bevalling of"
              " orgaandonatie), zonder de grens van het loon van de no-riskpolis?",
    bron="art. 29a lid 1, 2 en 4 ZW ('ziekengeld ter hoogte van haar dagloon') en art. 29 lid 8 ZW ('wordt gesteld"
         " op het dagloon'); de grens van art. 29b lid 6 ZW (niet meer dan het loon) hoort alleen bij de verhoging"
         " van de no-riskpolis",
    url=f"{ZW}#Artikel29a",
)
def ziektewet_volle_dagloon(ziektewet_zwangerschap_grond, ziekteoorzaak):
    """Whether the dagloon is paid because art. 29a (lid 1, 2 or 4, or the cause taken as given) or art. 29 lid 8
    says so. Those rights know no wage cap; the 100% of the no-riskpolis (art. 29b lid 6) does. A sickness caused
    by the childbirth that did not follow the leave directly is not one of them (the no-riskpolis cap applies to
    it again); a sickness of another cause in the weeks of lid 2 is."""
    volle = np.isin(ziektewet_zwangerschap_grond, _VOLLE_DAGLOON) | (ziekteoorzaak == OORZAKEN["orgaandonatie"])
    return met_onbekend(np.where(volle, 1.0, 0.0), ziekteoorzaak)


@regel(
    "datum", "Laatste dag waarover de Ziektewet bij deze ziekte kan betalen",
    bron="art. 29 lid 5 ZW (ten hoogste 104 weken vanaf de eerste dag van de ongeschiktheid; zes weken als de"
         " ziekte begon op of na de dag waarop de AOW-leeftijd werd bereikt, dertien als dat vóór 1 juli 2023 was);"
         " art. 29 lid 4 ZW (geen ziekengeld op en na de dag waarop de AOW-leeftijd wordt bereikt, als de ziekte"
         " daarvóór begon); art. 29a lid 4 en 5 ZW (na het bevallingsverlof ten hoogste 104 aaneengesloten weken"
         " vanaf de dag na het verlof; lid 2 loopt tot het verlof ingaat). Zonder geboortedatum is de AOW-leeftijd"
         " niet meegenomen",
    url=f"{ZW}#Artikel29",
)
def ziektewet_einddatum(eerste_ziektedag, aow_datum, ziektewet_zwangerschap_grond, zwangerschapsverlof_van,
                        zwangerschapsverlof_tot_en_met, p):
    """The last day the Ziektewet can pay for this sickness (https://wetten.overheid.nl/BWBR0001888#Artikel29).

    * Art. 29 lid 5: "Geen ziekengeld wordt uitgekeerd nadat een tijdvak van 104 weken van ongeschiktheid tot
      werken is verstreken, te rekenen vanaf de eerste dag van de ongeschiktheid tot werken met dien verstande dat
      het tijdvak zes weken bedraagt indien de eerste dag van de ongeschiktheid tot werken is gelegen op of na de
      dag dat de verzekerde de leeftijd, bedoeld in artikel 7, onderdeel a, van de Algemene Ouderdomswet heeft
      bereikt." Thirteen weeks for a sickness that began before 1 July 2023 (Stb. 2023, 169): the parameter
      ``ziektewet.duur_weken_aow`` is read at the first sick day.
    * Art. 29 lid 4: "Geen ziekengeld wordt uitgekeerd op en na de dag waarop de verzekerde de
      pensioengerechtigde leeftijd ... bereikt, indien de eerste dag van ongeschiktheid tot werken is gelegen voor
      die leeftijd". This holds for every ground, art. 29a and organ donation included (art. 29a lid 5 sets only
      lid 5 aside).
    * Art. 29a lid 5: "Artikel 29, vijfde lid, blijft buiten toepassing ten aanzien van de vrouwelijke verzekerde
      die, op grond van het tweede of vierde lid van dit artikel, recht heeft op ziekengeld ter hoogte van haar
      dagloon." Lid 4 has its own limit: 104 aaneengesloten weeks from the day after the leave; lid 1 and 2 end
      when the leave begins (lid 3).

    Separate sick periods are not added up here (art. 29 lid 5, second sentence): ``eerste_ziektedag`` is the
    first day of the (added-up) period, as the timeline computes it. Without a birth date the AOW age is unknown
    and not applied (the caller is taken to be younger).
    """
    G = ZWANGERSCHAP_GRONDEN
    zw = p.ziektewet
    e, a, v, t = _als_dagen(eerste_ziektedag, aow_datum, zwangerschapsverlof_van, zwangerschapsverlof_tot_en_met)
    grond = np.asarray(ziektewet_zwangerschap_grond)
    een_dag = np.timedelta64(1, "D")
    na_aow = ~np.isnat(a) & ~np.isnat(e) & (e >= a)
    aow_weken = op_datums(p, "ziektewet.duur_weken_aow", np.where(na_aow, e, _NAT))
    weken = np.where(na_aow, aow_weken, zw.duur_weken)
    einde = np.where(np.isnat(e), _NAT, e + _dagen(7.0 * weken) - een_dag)
    lid_4 = (grond == G["lid_4_na_verlof"]) | (grond == G["lid_4_na_104_weken"])
    einde = np.where(lid_4, t + _dagen(7.0 * zw.duur_weken_na_bevallingsverlof), einde)
    einde = np.where(grond == G["lid_2_verlof_kon_ingaan"], v - een_dag, einde)
    lid_1 = (grond == G["lid_1_voor_verlof"]) & ~np.isnat(v)
    einde = np.where(lid_1, np.minimum(einde, v - een_dag), einde)
    voor_aow = ~np.isnat(a) & ~np.isnat(e) & (e < a)
    return np.where(voor_aow & ~np.isnat(einde), np.minimum(einde, a - een_dag), einde)


@regel(
    "ja_nee", "Betaalt de Ziektewet over deze ziekteweek (binnen de duur, niet tijdens het zwangerschapsverlof)?",
    bron="art. 29 lid 4 en 5 ZW en art. 29a lid 3, 4 en 5 ZW (zie de laatste dag waarover de Ziektewet kan betalen);"
         " zonder eerste ziektedag telt de ziekteweek: ten hoogste week 104; zonder ziekteweek neemt Spoorzoeker aan"
         " dat de week binnen de duur valt",
    url=f"{ZW}#Artikel29",
)
def ziektewet_betaalt_in_week(ziektewet_dag, ziektewet_einddatum, ziektewet_zwangerschap_grond, ziekteweek, p):
    """Whether the Ziektewet pays on ``ziektewet_dag``: on or before ``ziektewet_einddatum`` and not during the
    leave with its WAZO benefit (art. 29a lid 3). With only the sick week known, art. 29 lid 5 as a number of
    weeks (week 104 is the last); with neither, the week is taken to lie within the duration (the amount of the
    benefit is what the caller asks for then)."""
    G = ZWANGERSCHAP_GRONDEN
    d, einde = _als_dagen(ziektewet_dag, ziektewet_einddatum)
    w = np.asarray(ziekteweek, dtype=np.float64)
    op_datum = ~np.isnat(d) & ~np.isnat(einde)
    binnen = np.where(op_datum, d <= einde, np.where(np.isnan(w), True, w <= p.ziektewet.duur_weken))
    grond = np.asarray(ziektewet_zwangerschap_grond)
    geen = (grond == G["lid_3_tijdens_verlof"]) | (grond == G["lid_4_na_104_weken"])
    return np.where(binnen & ~geen, 1.0, 0.0)


@regel(
    "getal", "Percentage van het dagloon dat de Ziektewet betaalt", eenheid="fractie", minimum=0, maximum=1,
    bron="art. 29 lid 7 ZW (70%); art. 29a lid 1, 2 en 4 ZW (ziekte door zwangerschap of bevalling: 'ziekengeld"
         " ter hoogte van haar dagloon'); art. 29 lid 2 onderdeel e en lid 8 ZW (orgaandonatie: 'wordt gesteld op"
         " het dagloon'); art. 29b lid 6 ZW (no-riskpolis: op verzoek tot 100% in de eerste 52 weken, niet meer"
         " dan het loon)",
    url=f"{ZW}#Artikel29a",
)
def ziektewet_percentage(no_risk_percentage, ziekteweek, ziekteoorzaak, ziektewet_zwangerschap_grond, p):
    """The share of the dagloon the Ziektewet pays.

    * ZW art. 29 lid 7: "Het ziekengeld, bedoeld in het tweede lid, onderdelen a tot en met c, en
      onderdeel d, onder 2°, bedraagt 70% van het dagloon van verzekerde."
    * ZW art. 29a lid 1 (https://wetten.overheid.nl/BWBR0001888#Artikel29a): a woman who, before
      her pregnancy leave, falls sick "en die ongeschiktheid haar oorzaak vindt in de zwangerschap
      recht op ziekengeld ter hoogte van haar dagloon"; lid 2: sick (any cause) in the weeks in
      which her leave could already have started, "recht op ziekengeld ter hoogte van haar
      dagloon"; lid 4: sick right after the leave because of the childbirth or pregnancy, the
      same, "doch ten hoogste gedurende 104 aaneengesloten weken".
    * ZW art. 29 lid 8 (https://wetten.overheid.nl/BWBR0001888#Artikel29): "Het ziekengeld,
      bedoeld in het tweede lid, onderdeel e, wordt gesteld op het dagloon" (lid 2 e: "de
      verzekerde die wegens orgaandonatie ongeschikt is tot het verrichten van zijn arbeid").
    * ZW art. 29b lid 6 (no-riskpolis): the employer may ask for up to 100% in the first 52
      weeks; from week 53 it is 70% again. Without a ``ziekteweek`` the given percentage is used
      as it is.

    Which part of art. 29a applies on the day comes from ``ziektewet_zwangerschap_grond``: lid 1,
    2 and 4 (and the cause given without the leave dates) pay the dagloon; a sickness after the
    leave that did not follow it directly, or after the 104 weeks of lid 4, gets the usual
    percentage (whether anything is paid at all is ``ziektewet_betaalt_in_week``).

    The pregnancy and organ-donation rights are their own grounds (art. 29 lid 2 e and f) and
    pay the full dagloon in every week, so they win over the 70% of the vangnet (lid 2 a-d; lid 13
    says so for the unemployed of lid 2 d) and over the no-riskpolis, whose 100% is capped at
    the wage and limited to 52 weeks. The dagloon itself is capped at the maximumdagloon where
    the benefit is computed (``ziektewet_uitkering_per_dag``), so the maximum applies here too.
    """
    zw = p.ziektewet
    na_eerste_jaar = ziekteweek > zw.no_risk_verhoogd_weken
    gewoon = np.where(na_eerste_jaar, np.minimum(no_risk_percentage, zw.percentage), no_risk_percentage)
    volle = np.isin(ziektewet_zwangerschap_grond, _VOLLE_DAGLOON)
    uit = np.where(volle, zw.percentage_zwangerschap_bevalling,
                   np.where(ziekteoorzaak == OORZAKEN["orgaandonatie"], zw.percentage_orgaandonatie, gewoon))
    return met_onbekend(uit, ziekteoorzaak)


@regel(
    "bedrag", "Ziektewetuitkering per dag", eenheid="euro per dag, bruto",
    bron="art. 29 lid 7 ZW; dagloon ten hoogste het maximumdagloon (art. 17 Wfsv); 0 in een week waarover de Ziektewet"
         " niet betaalt (art. 29 lid 4 en 5, art. 29a lid 3 en 4 ZW)",
    url=f"{ZW}#Artikel29",
)
def ziektewet_uitkering_per_dag(ziektewet_dagloon, ziektewet_percentage, ziektewet_betaalt_in_week, p):
    """ZW art. 29 lid 7: the percentage of the dagloon, the dagloon capped at the
    maximumdagloon (Wfsv art. 17 lid 1), to the cent; 0 in a week the Ziektewet does not pay
    (after its duration, on and after the AOW date, during the leave of art. 29a lid 3)."""
    dagloon = np.minimum(ziektewet_dagloon, p.maximumdagloon.maximumdagloon)
    return np.where(ziektewet_betaalt_in_week == 1, naar_centen(ziektewet_percentage * dagloon), 0.0)


@regel(
    "bedrag", "Ziektewetuitkering per maand (21,75 uitkeringsdagen)", eenheid="euro per maand, bruto",
    bron="art. 29 lid 2 ZW (uitkering over ten hoogste vijf dagen per week); 21,75 dagen per maand",
    url=f"{ZW}#Artikel29",
)
def ziektewet_uitkering_per_maand(ziektewet_uitkering_per_dag, p):
    """ZW art. 29 lid 2 pays for at most five days a week; an average month has 21,75 such
    days (261 / 12), the same factor the WIA uses for the maandloon."""
    return naar_centen(ziektewet_uitkering_per_dag * p.wia.dagen_per_maand)
