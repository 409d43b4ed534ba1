"""The case file (R7-R14) and who may see what of it (R24). Plain Python: no SQL here.

``DossierService`` is the entry point; ``storage.open_opslag`` gives it a database.
"""

from .beleid import BELEID, Operatie, Rol, mag
from .medisch import MedischDossier, MedischeAantekening
from .model import *  # noqa: F401,F403 - the dataclasses are the public vocabulary
from .model import DossierFout, GeenToegang
from .service import DossierService, naar_json

__all__ = ["BELEID", "Operatie", "Rol", "mag", "MedischDossier", "MedischeAantekening", "DossierFout",
           "GeenToegang", "DossierService", "naar_json"]
