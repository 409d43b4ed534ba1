"""The typed requests for correcting recorded data (AVG art. 16), shared by the JSON API and the forms of
the case page, with Dutch descriptions for the OpenAPI document. What each does: ``handelingen.CORRECTIES``."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field

from ..cases import SoortOordeel, Spoor
from .fouten import LABELS, LABELS_PER_MODEL
from .modellen import Model

# the labels the error messages name these fields by (see fouten.validatie_tekst)
LABELS.setdefault("reden", "Reden van de correctie")
LABELS.setdefault("nummer", "Welk onderdeel")
LABELS.setdefault("versie", "Versie van het onderdeel")
LABELS.setdefault("intrekken", "Intrekken")
LABELS.setdefault("veld", "Welk gegeven")
LABELS.setdefault("waarde", "Nieuwe waarde")
LABELS_PER_MODEL.setdefault("StapCorrectie", {"datum": "Gedaan op"})
LABELS_PER_MODEL.setdefault("OordeelCorrectie", {"datum": "Datum van het oordeel"})
LABELS_PER_MODEL.setdefault("SpoorkeuzeCorrectie", {"datum_gesprek": "Datum van het gesprek", "keuze": "Keuze",
                                                   "motivatie": "Motivering van de keuze"})
LABELS_PER_MODEL.setdefault("RapportCorrectie", {"datum": "Datum van het rapport", "advies": "Advies"})
LABELS_PER_MODEL.setdefault("MedischCorrectie", {"datum": "Datum van de aantekening"})
LABELS_PER_MODEL.setdefault("GebeurtenisCorrectie", {"datum": "Datum (besluit, melding of begin verlof)"})

REDEN = Field(min_length=1, max_length=4000,
              description="Waarom de correctie nodig is. Verplicht: de reden komt met wie en wanneer in de "
                          "geschiedenis van het dossier, die de werknemer ook ziet.")
NUMMER = Field(ge=0, le=100_000, description="Welk onderdeel: de plaats in de lijst van het dossier, vanaf 0 "
                                             "(zoals GET /api/v1/dossiers/{id}/correcties ze noemt).")
VERSIE = Field(default=None, max_length=32,
               description="Optioneel: de 'versie' van het onderdeel uit GET /api/v1/dossiers/{id}/correcties. Is het "
                           "onderdeel sindsdien gewijzigd of ingetrokken, dan wordt de correctie geweigerd.")
INTREKKEN = Field(default=False, description="Trek het onderdeel in (per vergissing vastgelegd) in plaats van het te "
                                             "corrigeren. Het blijft als 'ingetrokken' in de geschiedenis staan.")


class Onderdeelcorrectie(Model):
    """Common to the corrections of a recorded part; the other fields are the new values (only those given
    change)."""

    nummer: int = NUMMER
    versie: str | None = VERSIE
    reden: str = REDEN
    intrekken: bool = INTREKKEN

    def wijziging(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.model_fields_set
                if k not in Onderdeelcorrectie.model_fields}


class StapCorrectie(Onderdeelcorrectie):
    code: str | None = Field(default=None, min_length=1, max_length=60, description="De juiste stap (code).")
    datum: dt.date | None = Field(default=None, description="De juiste datum waarop de stap is gedaan.")
    door: str | None = Field(default=None, max_length=200, description="Wie de stap deed.")
    document: str | None = Field(default=None, max_length=400, description="Welk document erbij hoort.")
    motivatie_afwijking: str | None = Field(default=None, max_length=4000,
                                            description="Waarom de stap buiten de voorkeursdatum of uiterste datum viel.")


class PlanCorrectie(Onderdeelcorrectie):
    opgesteld_op: dt.date | None = Field(default=None, description="De juiste datum van het plan of de bijstelling.")
    doel: str | None = Field(default=None, min_length=1, max_length=4000, description="Het juiste doel.")
    scholing_niet_passend: str | None = Field(default=None, max_length=4000,
                                              description="Waarom scholing niet past (als het plan geen scholing heeft).")
    is_bijstelling: bool | None = Field(default=None, description="Is dit een bijstelling van een eerder plan?")


class GebeurtenisCorrectie(Onderdeelcorrectie):
    datum: dt.date | None = Field(default=None, description="De juiste datum (besluit, melding of begin verlof).")
    tot: dt.date | None = Field(default=None, description="De juiste einddatum (leeg: geen).")
    weken: int | None = Field(default=None, ge=1, le=52, description="De juiste duur van een loonsanctie in weken.")
    besluit_op: dt.date | None = Field(default=None, description="De juiste datum van het besluit van het UWV.")
    uitkomst: bool | None = Field(default=None, description="Toegekend of hersteld (true), afgewezen (false), of nog "
                                                            "niet bekend (leeg).")


class NazorgCorrectie(Onderdeelcorrectie):
    gepland_op: dt.date | None = Field(default=None, description="De juiste geplande datum.")
    gedaan_op: dt.date | None = Field(default=None, description="De juiste datum waarop het gedaan is (leeg: nog niet).")
    notitie: str | None = Field(default=None, max_length=4000, description="De juiste notitie.")


class OordeelCorrectie(Onderdeelcorrectie):
    soort: SoortOordeel | None = Field(default=None, description="Probleemanalyse, bijstelling, actueel oordeel of advies.")
    datum: dt.date | None = Field(default=None, description="De juiste datum van het oordeel.")
    door: str | None = Field(default=None, min_length=1, max_length=200, description="Wie het oordeel gaf.")
    beperkingen: str | None = Field(default=None, min_length=1, max_length=4000,
                                    description="Beperkingen in werktermen (geen diagnose).")
    mogelijkheden: str | None = Field(default=None, min_length=1, max_length=4000,
                                      description="Mogelijkheden in werktermen.")
    advies: str | None = Field(default=None, max_length=4000, description="Het advies.")


class SpoorkeuzeCorrectie(Onderdeelcorrectie):
    datum_gesprek: dt.date | None = Field(default=None, description="De juiste datum van het gesprek over de spoorkeuze.")
    keuze: Spoor | None = Field(default=None, description="De juiste keuze: spoor 1, spoor 2 of beide (beide alleen op "
                                                          "advies van de arbeidsdeskundige).")
    motivatie: str | None = Field(default=None, min_length=1, max_length=4000, description="De juiste motivering.")


class RapportCorrectie(Onderdeelcorrectie):
    datum: dt.date | None = Field(default=None, description="De juiste datum van het rapport.")
    opgesteld_door: str | None = Field(default=None, min_length=1, max_length=200, description="Wie het rapport opstelde.")
    spoor1_realistisch: bool | None = Field(default=None, description="Is er een reële kans in spoor 1?")
    toelichting_spoor1: str | None = Field(default=None, max_length=4000, description="De toelichting bij spoor 1.")
    mogelijkheden_spoor2: str | None = Field(default=None, max_length=4000, description="De mogelijkheden in spoor 2.")
    advies: Spoor | None = Field(default=None, description="Het juiste advies: spoor 1, spoor 2 of beide.")


# A medical note: its number is its place among the notes of GET /api/v1/dossiers/{id}/medisch, from 0 (no
# docstring: it would become the schema's description in the OpenAPI document, which users read in Dutch).
class MedischCorrectie(Onderdeelcorrectie):
    datum: dt.date | None = Field(default=None, description="De juiste datum van de aantekening.")
    door: str | None = Field(default=None, min_length=1, max_length=200, description="Wie de aantekening maakte.")
    diagnose: str | None = Field(default=None, max_length=4000, description="De juiste diagnose.")
    beperkingen_toelichting: str | None = Field(default=None, max_length=4000,
                                                description="De juiste medische toelichting op de beperkingen.")
    prognose: str | None = Field(default=None, max_length=4000, description="De juiste prognose.")
    medische_notitie: str | None = Field(default=None, max_length=4000, description="De juiste notitie.")


class ZiekteperiodeIntrekken(Model):
    van: dt.date = Field(description="De eerste dag van de ziekteperiode die per vergissing is vastgelegd.")
    reden: str = REDEN


DossierVeld = Literal["eerste_ziektedag", "verwachte_duur_weken", "vangnet_van_toepassing", "arbeidsongeval",
                      "derde_aansprakelijk"]


class DossierCorrectie(Model):
    veld: DossierVeld = Field(description="Welk gegeven van het dossier.")
    waarde: str | int | bool | None = Field(
        description="De juiste waarde: een datum (JJJJ-MM-DD) voor de eerste ziektedag, een aantal weken voor de "
                    "verwachte duur, ja of nee (true of false) voor de andere; leeg (null) is onbekend.")
    reden: str = REDEN


class WerknemerCorrectie(Model):
    veld: Literal["naam", "functie", "telefoon", "verpleegadres"] = Field(description="Welk gegeven van de werknemer.")
    waarde: str = Field(max_length=300, description="De juiste waarde.")
    reden: str = REDEN
