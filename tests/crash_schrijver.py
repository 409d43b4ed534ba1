"""Writer process for the crash test (tests/test_storage_crash.py); not a test itself.

Usage: python crash_schrijver.py URL GEBRUIKER_ID DOSSIER_ID AANTAL

Commits AANTAL steps one transaction each, printing "KLAAR i" only after commit() returned; then
opens one more transaction with many steps, prints "MIDDEN" and waits to be killed.
"""

import datetime as dt
import sys
import time

from spoorzoeker.cases.logboek import nieuwe_regel
from spoorzoeker.cases.model import StapGedaan
from spoorzoeker.samenstelling import voor_database
from spoorzoeker.storage import open_database


def main() -> None:
    url, gebruiker, dossier, aantal = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    db = open_database(url)
    s = voor_database(db).dossiers()
    print("GESTART", flush=True)
    for i in range(aantal):
        # a real step (the service refuses codes that are no step); the number goes in the document
        s.leg_stap_vast(gebruiker, dossier, StapGedaan("evaluatie", dt.date(2026, 2, 1), "schrijver", f"stap_{i}"))
        print(f"KLAAR {i}", flush=True)
    with db.opslag() as uow:
        for j in range(200):
            uow.voeg_onderdeel_toe(dossier, StapGedaan("evaluatie", dt.date(2026, 2, 1), "schrijver", f"onaf_{j}"))
        uow.log_toevoegen(nieuwe_regel(
            tijdstip=dt.datetime.now(dt.UTC), gebruiker_id=gebruiker, gebruiker_naam="schrijver",
            rol="casemanager", namens=None, dossier_id=dossier, werknemer_id=None, operatie="stap_vastleggen",
            soort="schrijven", toegestaan=True))
        uow.session.flush()
        print("MIDDEN", flush=True)
        time.sleep(120)


if __name__ == "__main__":
    main()
