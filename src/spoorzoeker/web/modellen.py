"""The typed requests of the web API and of the forms (one model each, shared by both), with Dutch
descriptions for the OpenAPI document, and their translation to the case file's dataclasses."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..cases import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    FunctioneleMogelijkheden,
    Gebeurtenis,
    Interventie,
    MedischeAantekening,
    MeningWerknemer,
    Nazorgmoment,
    PlanVanAanpak,
    SoortGebeurtenis,
    SoortInterventie,
    SoortNazorg,
    SoortOordeel,
    SoortVraag,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    WiaPrognose,
    Ziekteperiode,
)
from ..errors import InvoerFout
from ..invoermodellen import eerste_jaar_buiten_werkzaam_leven
from .fouten import LABELS, LABELS_PER_MODEL

Tekst = Field(default="", max_length=4000)

# the labels the error messages name these fields by, as on the forms (see fouten.validatie_tekst); without
# one a message would show the internal key ('whk_loonsom')
LABELS.setdefault("ziekteoorzaak", "Is de ziekte het gevolg van zwangerschap of bevalling, of van orgaandonatie?")
LABELS.setdefault("bbl", "Werkt met een bbl-contract")
LABELS.setdefault("whk_loonsom", "Premieplichtige loonsom van het bedrijf")
LABELS.setdefault("start", "Begin")
LABELS.setdefault("eind", "Einde")
LABELS.setdefault("rol", "Rol van de deelnemer")
LABELS.setdefault("vraag_id", "Nummer van de vraag")  # in the address of a question's page
LABELS.setdefault("per_pagina", "Regels per pagina")
LABELS_PER_MODEL.setdefault("OverzichtIn", {"soort": "Voor wie is het overzicht?"})


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Fout(BaseModel):
    """Elke fout: één Nederlandse zin, en het veld waar die over gaat."""

    fout: str = Field(description="Wat er mis is, in één zin.")
    veld: str | None = Field(default=None, description="Het veld waar de fout over gaat, als er een is.")


class Aanmelden(Model):
    inlognaam: str = Field(min_length=1, max_length=200, description="Uw inlognaam.")
    wachtwoord: str = Field(min_length=1, max_length=1000, description="Uw wachtwoord.")
    totp_code: str | None = Field(default=None, max_length=12,
                                  description="De code uit uw authenticator-app (nodig voor rollen die medische "
                                              "gegevens kunnen zien).")


class NieuwDossier(Model):
    werknemer_id: str | None = Field(default=None, max_length=64,
                                     description="Een bestaande werknemer; of geef werkgever_id en naam voor een nieuwe.")
    werkgever_id: str | None = Field(default=None, max_length=64, description="De werkgever van een nieuwe werknemer.")
    naam: str | None = Field(default=None, max_length=200, description="Naam van een nieuwe werknemer.")
    functie: str = Field(default="", max_length=200, description="Functie van een nieuwe werknemer.")
    eerste_ziektedag: dt.date = Field(description="De eerste ziektedag (JJJJ-MM-DD).")
    verwachte_duur_weken: int | None = Field(default=None, ge=0, le=104,
                                             description="Verwachte duur van het verzuim, in weken.")


class Stap(Model):
    code: str = Field(min_length=1, max_length=60, description="De stap van de tijdlijn, bijvoorbeeld 'probleemanalyse'.")
    datum: dt.date = Field(description="Wanneer de stap is gedaan.")
    door: str = Field(default="", max_length=200, description="Wie de stap deed.")
    document: str = Field(default="", max_length=400, description="Welk document erbij hoort.")
    motivatie_afwijking: str = Field(default="", max_length=4000,
                                     description="Waarom de stap eerder dan de voorkeursdatum of na de uiterste datum is gedaan.")

    def naar_dossier(self) -> StapGedaan:
        return StapGedaan(self.code, self.datum, self.door, self.document, self.motivatie_afwijking)


class ZiekteperiodeIn(Model):
    van: dt.date = Field(description="Eerste dag van de periode (bij herstel: de begindatum van de lopende periode).")
    tot_en_met: dt.date | None = Field(default=None, description="Laatste ziektedag; leeg als de werknemer nog ziek is.")
    hervatting_percentage: int = Field(default=0, ge=0, le=100,
                                       description="Deel van de eigen uren dat de werknemer weer werkt (gedeeltelijk herstel).")

    def naar_dossier(self) -> Ziekteperiode:
        return Ziekteperiode(self.van, self.tot_en_met, self.hervatting_percentage)


class InterventieIn(Model):
    soort: SoortInterventie = Field(description="Soort interventie.")
    omschrijving: str = Field(min_length=1, max_length=1000, description="Wat er gebeurt, in werktermen.")
    start: dt.date | None = None
    eind: dt.date | None = None


class Plan(Model):
    opgesteld_op: dt.date = Field(description="Datum van het plan van aanpak of de bijstelling.")
    doel: str = Field(min_length=1, max_length=4000, description="Het doel: welk werk, wanneer.")
    interventies: list[InterventieIn] = Field(default_factory=list, max_length=50)
    scholing_niet_passend: str = Field(default="", max_length=4000,
                                       description="Waarom scholing niet past, als het plan geen scholing heeft.")
    is_bijstelling: bool = Field(default=False, description="Is dit een bijstelling van het plan?")

    def naar_dossier(self) -> PlanVanAanpak:
        return PlanVanAanpak(self.opgesteld_op, self.doel,
                             tuple(Interventie(i.soort, i.omschrijving, i.start, i.eind) for i in self.interventies),
                             self.scholing_niet_passend, self.is_bijstelling)


class Rapport(Model):
    datum: dt.date
    opgesteld_door: str = Field(min_length=1, max_length=200)
    spoor1_realistisch: bool = Field(description="Heeft terugkeer bij de eigen werkgever (spoor 1) een reële kans?")
    toelichting_spoor1: str = Field(default="", max_length=4000)
    mogelijkheden_spoor2: str = Field(default="", max_length=4000)
    wia_prognose: WiaPrognose = Field(description="Verwachte uitkomst van de WIA-beoordeling (een prognose, geen recht).")
    advies: Spoor = Field(description="Het advies: spoor 1, spoor 2 of beide.")

    def naar_dossier(self) -> ArbeidsdeskundigRapport:
        return ArbeidsdeskundigRapport(self.datum, self.opgesteld_door, self.spoor1_realistisch,
                                       self.toelichting_spoor1, self.mogelijkheden_spoor2, self.wia_prognose,
                                       self.advies)


class DeelnemerIn(Model):
    rol: str = Field(min_length=1, max_length=60, description="Rol in het gesprek, bijvoorbeeld 'werkgever'.")
    naam: str = Field(min_length=1, max_length=200)


class SpoorkeuzeIn(Model):
    datum_gesprek: dt.date = Field(description="Datum van het gesprek over de spoorkeuze.")
    deelnemers: list[DeelnemerIn] = Field(min_length=1, max_length=20,
                                          description="Wie deelnamen; werkgever en werknemer horen erbij.")
    keuze: Spoor = Field(description="De gekozen weg: spoor 1, spoor 2, of beide als de arbeidsdeskundige dat adviseert.")
    motivatie: str = Field(min_length=1, max_length=4000, description="Waarom deze keuze.")

    def naar_dossier(self) -> Spoorkeuze:
        return Spoorkeuze(self.datum_gesprek, tuple(Deelnemer(d.rol, d.naam) for d in self.deelnemers),
                          self.keuze, self.motivatie)


class VraagIn(Model):
    soort: SoortVraag = Field(default=SoortVraag.VRAAG, description="Vraag, deskundigenoordeel of second opinion.")
    onderwerp: str = Field(min_length=1, max_length=4000, description="Waar de vraag of het geschil over gaat (geen medische details).")
    ingediend_op: dt.date | None = Field(default=None, description="Datum; standaard vandaag.")


class VraagAfhandelen(Model):
    intake_op: dt.date | None = Field(default=None, description="De dag van de intake.")
    intake: str | None = Field(default=None, max_length=4000, description="Wat er bij de intake is afgesproken.")
    uitkomst_op: dt.date | None = Field(default=None, description="De dag van de uitkomst.")
    uitkomst: str | None = Field(default=None, max_length=4000, description="De uitkomst.")
    reden: str | None = Field(default=None, max_length=4000,
                              description="Verplicht als u iets wijzigt dat al was vastgelegd (een correctie): waarom. "
                                          "Het oude blijft met wie, wanneer en waarom zichtbaar in de geschiedenis.")
    versie: str | None = Field(default=None, max_length=32,
                               description="Optioneel: de versie van de vraag zoals u die zag (uit de pagina van de "
                                           "vraag). Is de vraag sindsdien bijgewerkt, dan wordt de wijziging geweigerd.")


class NazorgIn(Model):
    gepland_op: dt.date = Field(description="Datum van het nazorgmoment (binnen drie jaar na werkhervatting).")
    soort: SoortNazorg = SoortNazorg.NAZORG
    gedaan_op: dt.date | None = None
    notitie: str = Field(default="", max_length=4000)

    def naar_dossier(self) -> Nazorgmoment:
        return Nazorgmoment(self.gepland_op, self.soort, self.gedaan_op, self.notitie)


class GebeurtenisIn(Model):
    soort: SoortGebeurtenis = Field(description="Loonsanctie, uitstel WIA, herstelmelding, verkorte wachttijd, "
                                                "zwangerschaps- en bevallingsverlof of de dag waarop de werknemer "
                                                "de AOW-leeftijd bereikt.")
    datum: dt.date
    tot: dt.date | None = None
    weken: int | None = Field(default=None, ge=1, le=52, description="Duur van een loonsanctie in weken.")
    besluit_op: dt.date | None = None
    uitkomst: bool | None = None

    def naar_dossier(self) -> Gebeurtenis:
        return Gebeurtenis(self.soort, self.datum, self.tot, self.weken, self.besluit_op, self.uitkomst)


class OordeelIn(Model):
    datum: dt.date
    door: str = Field(min_length=1, max_length=200)
    beperkingen: str = Field(min_length=1, max_length=4000, description="Beperkingen in werktermen (geen diagnose).")
    mogelijkheden: str = Field(min_length=1, max_length=4000, description="Mogelijkheden in werktermen.")
    advies: str = Field(default="", max_length=4000)
    soort: SoortOordeel = SoortOordeel.ADVIES

    def naar_dossier(self) -> FunctioneleMogelijkheden:
        return FunctioneleMogelijkheden(self.datum, self.door, self.beperkingen, self.mogelijkheden, self.advies,
                                        self.soort)


class MedischIn(Model):
    datum: dt.date
    door: str = Field(min_length=1, max_length=200)
    diagnose: str = Field(default="", max_length=4000)
    beperkingen_toelichting: str = Field(default="", max_length=4000)
    prognose: str = Field(default="", max_length=4000)
    medische_notitie: str = Field(default="", max_length=4000)

    def naar_dossier(self) -> MedischeAantekening:
        return MedischeAantekening(self.datum, self.door, self.diagnose, self.beperkingen_toelichting,
                                   self.prognose, self.medische_notitie)


class MeningIn(Model):
    datum: dt.date | None = Field(default=None, description="Datum; standaard vandaag.")
    mening: str = Field(min_length=1, max_length=8000, description="Uw mening over de re-integratie.")
    eens_met_verslag: bool | None = Field(default=None, description="Bent u het eens met het re-integratieverslag?")

    def naar_dossier(self, vandaag: dt.date) -> MeningWerknemer:
        return MeningWerknemer(self.datum or vandaag, self.mening, self.eens_met_verslag)


CaoRegime = Literal["wettelijk", "exact_170", "boven_170_onvoorwaardelijk", "boven_170_voorwaardelijk", "onder_170"]


Ziekteoorzaak = Literal["andere", "zwangerschap_bevalling", "orgaandonatie"]


class OverzichtIn(Model):
    """Anonieme invoer voor het financieel overzicht: niets hiervan wordt bewaard."""

    soort: Literal["werknemer", "werkgever"] = Field(default="werknemer",
                                                     description="Voor de werknemer (inkomen) of de werkgever (kosten).")
    eerste_ziektedag: dt.date = Field(description="De eerste ziektedag.")
    bruto_maandloon: float = Field(ge=1, le=100000, description="Bruto maandloon in euro, zonder vakantiebijslag.")
    contracturen_per_week: float = Field(default=38.0, gt=0, le=60, description="Uren per week volgens het contract.")
    geboortedatum: dt.date = Field(description="Geboortedatum (voor de AOW-datum).")
    eerste_jaar_met_arbeid: int | None = Field(default=None, ge=1940, le=2100,
                                               description="Eerste kalenderjaar met werk (voor de duur van de WGA-loongerelateerde uitkering).")
    cao_regime: CaoRegime = Field(default="wettelijk", description="Wat de cao over loondoorbetaling zegt.")
    wga_hiaat_verzekering: bool = Field(default=False, description="Heeft u een WGA-hiaatverzekering?")
    ziekteoorzaak: Ziekteoorzaak = Field(
        default="andere", description="Is de ziekte het gevolg van zwangerschap of bevalling, of van orgaandonatie? "
        "Dan betaalt het UWV de werkgever een Ziektewet-uitkering van 100% van het dagloon (art. 29a en art. 29 lid 8 "
        "Ziektewet).")
    bbl: bool = Field(default=False, description="Werkt de werknemer (jonger dan 21) met een bbl-contract "
                      "(beroepsbegeleidende leerweg)? Dan geldt een lager minimumjeugdloon.")
    restverdiencapaciteit_laag: float | None = Field(default=None, ge=0, le=100000,
                                                     description="Lage schatting van wat u nog kunt verdienen, per maand (arbeidsdeskundige).")
    restverdiencapaciteit_hoog: float | None = Field(default=None, ge=0, le=100000,
                                                     description="Hoge schatting van wat u nog kunt verdienen, per maand.")
    reintegratiebudget: float = Field(default=0.0, ge=0, le=1_000_000, description="Werkgever: re-integratiebudget in euro.")
    datum_in_dienst: dt.date | None = Field(default=None, description="Werkgever: datum in dienst (transitievergoeding).")
    eigenrisicodrager: bool = Field(default=False, description="Werkgever: eigenrisicodrager voor de WGA?")
    whk_loonsom: float | None = Field(default=None, ge=0, le=100_000_000_000,
                                      description="Werkgever: premieplichtige loonsom van het bedrijf in euro per jaar "
                                                  "(voor de premie Werkhervattingskas).")

    @field_validator("eerste_ziektedag", "geboortedatum", "datum_in_dienst")
    @classmethod
    def _redelijk(cls, v: dt.date | None) -> dt.date | None:
        if v is not None and not dt.date(1900, 1, 1) <= v <= dt.date(2100, 12, 31):
            raise ValueError("datum buiten bereik")
        return v

    @model_validator(mode="after")
    def _samen(self) -> OverzichtIn:
        if self.eerste_ziektedag < dt.date(2020, 1, 1):
            raise InvoerFout("De eerste ziektedag ligt voor 2020; Spoorzoeker kent de regels vanaf 1 januari 2020.",
                             "eerste_ziektedag")
        if self.geboortedatum > self.eerste_ziektedag - dt.timedelta(days=15 * 365):
            raise InvoerFout("De geboortedatum moet minstens 15 jaar voor de eerste ziektedag liggen.", "geboortedatum")
        # Besluit minimumjeugdloon art. 3: the bbl youth wage exists only below 21 (art. 1: 15 up to 21).
        g, e = self.geboortedatum, self.eerste_ziektedag
        if self.bbl and e.year - g.year - ((e.month, e.day) < (g.month, g.day)) >= 21:
            raise InvoerFout("Een bbl-contract geeft alleen een lager minimumloon aan werknemers jonger dan 21 jaar; "
                             "zet 'bbl' uit.", "bbl")
        # Plausible work history (the check the command line shares): from the year of the 15th birthday up to
        # the year of the first sick day.
        grenzen = None if self.eerste_jaar_met_arbeid is None else eerste_jaar_buiten_werkzaam_leven(
            self.eerste_jaar_met_arbeid, self.geboortedatum, self.eerste_ziektedag)
        if grenzen is not None:
            van, tot = grenzen
            raise InvoerFout(f"Het eerste jaar waarin u werkte moet tussen {van} (het jaar waarin u 15 werd) en {tot} "
                             "(het jaar van de eerste ziektedag) liggen.", "eerste_jaar_met_arbeid")
        return self

    def naar_invoer(self, datum: dt.date) -> dict[str, Any]:
        persoon: dict[str, Any] = {
            "eerste_ziektedag": self.eerste_ziektedag.isoformat(), "bruto_maandloon": self.bruto_maandloon,
            "contracturen_per_week": self.contracturen_per_week, "geboortedatum": self.geboortedatum.isoformat(),
            "cao_regime": self.cao_regime, "wga_hiaat_verzekering": self.wga_hiaat_verzekering,
        }
        if self.ziekteoorzaak != "andere":
            persoon["ziekteoorzaak"] = self.ziekteoorzaak
        if self.bbl:
            persoon["bbl"] = True
        if self.eerste_jaar_met_arbeid is not None:
            persoon["eerste_jaar_met_arbeid"] = self.eerste_jaar_met_arbeid
        invoer: dict[str, Any] = {"datum": datum.isoformat(), "soort": self.soort, "persoon": persoon}
        if self.soort == "werknemer" and self.restverdiencapaciteit_laag is not None \
                and self.restverdiencapaciteit_hoog is not None:
            invoer["prognose"] = {"maatmanloon_per_maand": self.bruto_maandloon,
                                  "restverdiencapaciteit_laag": self.restverdiencapaciteit_laag,
                                  "restverdiencapaciteit_hoog": self.restverdiencapaciteit_hoog}
        if self.soort == "werkgever":
            wg: dict[str, Any] = {"reintegratiebudget": self.reintegratiebudget,
                                  "eigenrisicodrager": self.eigenrisicodrager}
            if self.datum_in_dienst is not None:
                wg["datum_in_dienst"] = self.datum_in_dienst.isoformat()
            if self.whk_loonsom is not None:
                wg["whk_loonsom"] = self.whk_loonsom
            invoer["werkgever"] = wg
        return invoer
