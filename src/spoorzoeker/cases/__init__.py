"""The case file (R7-R14) and who may see what of it (R24). Plain Python: no SQL here.

``DossierService`` is the entry point; the composition root (``spoorzoeker.samenstelling.stel_samen(url).dossiers()``) gives it a database.
"""

from .beleid import BELEID, Operatie, Rol, mag
from .medisch import MedischDossier, MedischeAantekening
from .model import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    Dossier,
    DossierFout,
    DossierKop,
    FunctioneleMogelijkheden,
    Gebeurtenis,
    Gebruiker,
    GeenToegang,
    Interventie,
    Inzage,
    LogControle,
    LogRegel,
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
    VerslagGegevens,
    VraagOfGeschil,
    Werkgever,
    Werknemer,
    WiaPrognose,
    Ziekteperiode,
)
from .service import DossierService, naar_json
from .tijdlijn import tijdlijn_invoer, ziektegeval

__all__ = [
    "BELEID", "Operatie", "Rol", "mag", "MedischDossier", "MedischeAantekening", "ArbeidsdeskundigRapport",
    "Deelnemer", "Dossier", "DossierFout", "DossierKop", "FunctioneleMogelijkheden", "Gebeurtenis",
    "SoortGebeurtenis", "Gebruiker", "GeenToegang",
    "Interventie", "Inzage", "LogControle", "LogRegel", "MeningWerknemer", "Nazorgmoment", "PlanVanAanpak",
    "SoortInterventie", "SoortNazorg", "SoortOordeel", "SoortVraag", "VerslagGegevens", "Spoor", "Spoorkeuze",
    "StapGedaan", "VraagOfGeschil", "WiaPrognose", "Werkgever", "Werknemer", "Ziekteperiode", "DossierService",
    "naar_json", "tijdlijn_invoer", "ziektegeval",
]
