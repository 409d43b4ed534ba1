"""The access log's hash chain (NEN 7513 integrity; OWASP ASVS 5.0 16.4.2-16.4.3). Pure functions.

Each record stores the hash of the previous record and its own hash over its fields and that
previous hash. Changing a field breaks the record's own hash; deleting or inserting a record
breaks the next record's link or the run of sequence numbers. Deleting records *at the end* leaves
a valid shorter chain: that is found by comparing ``LogControle.kop_hash`` with a head hash kept
elsewhere (``controleer(regels, verwachte_kop=...)``), as docs/privacy.md describes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace

from .model import Gebruiker, LogControle, LogRegel

BEGIN_HASH = "0" * 64

# What each operation in the log means, in words for the person the file is about.
OMSCHRIJVING = {
    "dossier_aanmaken": "dossier geopend bij de ziekmelding",
    "dossier_lezen": "dossier bekeken",
    "dossier_exporteren": "dossier opgevraagd (export)",
    "ziekteperiode_vastleggen": "ziekteperiode of herstel vastgelegd",
    "stap_vastleggen": "stap vastgelegd",
    "plan_van_aanpak_vastleggen": "plan van aanpak vastgelegd",
    "arbeidsdeskundig_rapport_vastleggen": "rapport van de arbeidsdeskundige vastgelegd",
    "spoorkeuze_vastleggen": "spoorkeuze vastgelegd",
    "vraag_indienen": "vraag of verschil van mening ingediend",
    "vraag_afhandelen": "vraag afgehandeld",
    "nazorg_vastleggen": "nazorg vastgelegd",
    "gebeurtenis_vastleggen": "besluit van UWV of verlof vastgelegd",
    "functionele_mogelijkheden_vastleggen": "oordeel van de bedrijfsarts in werktermen vastgelegd",
    "medisch_lezen": "medische gegevens gelezen",
    "medisch_vastleggen": "medische aantekening vastgelegd",
    "toegangslog_lezen": "toegangslog van het dossier gelezen",
    "eigen_toegangslog_lezen": "bekeken wie het dossier opende",
    "mening_werknemer_vastleggen": "eigen mening vastgelegd",
    "mening_werknemer_lezen": "eigen mening gelezen",
    "gegevens_corrigeren": "gegevens gecorrigeerd",
    "inzage_exporteren": "volledige inzage opgevraagd",
    "bewaartermijn_verwijderen": "gegevens verwijderd na afloop van de bewaartermijn",
    "gegevens_wissen": "gegevens gewist op verzoek",
}


def omschrijving(operatie: str) -> str:
    return OMSCHRIJVING.get(operatie, operatie.replace("_", " "))


def nieuwe_regel(*, tijdstip: dt.datetime, gebruiker_id: str, gebruiker_naam: str, rol: str,
                 namens: Gebruiker | None, dossier_id: str | None, werknemer_id: str | None,
                 operatie: str, soort: str, toegestaan: bool, gebruiker_big: str | None = None) -> LogRegel:
    """A record without sequence number and hashes; storage chains it on append."""
    utc = tijdstip.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return LogRegel(
        volgnummer=0, tijdstip=utc.isoformat(timespec="microseconds") + "Z",
        gebruiker_id=gebruiker_id, gebruiker_naam=gebruiker_naam, rol=rol,
        namens_id=namens.id if namens else None, namens_naam=namens.naam if namens else None,
        dossier_id=dossier_id, werknemer_id=werknemer_id, operatie=operatie, soort=soort,
        toegestaan=bool(toegestaan), gebruiker_big=gebruiker_big,
    )


def bereken_hash(r: LogRegel) -> str:
    inhoud = [r.volgnummer, r.tijdstip, r.gebruiker_id, r.gebruiker_naam, r.rol, r.namens_id,
              r.namens_naam, r.dossier_id, r.werknemer_id, r.operatie, r.soort, bool(r.toegestaan),
              r.vorige_hash]
    if r.gebruiker_big is not None:  # added with log-in (migration 0004); older records hash as before
        inhoud.append(r.gebruiker_big)
    tekst = json.dumps(inhoud, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(tekst.encode("utf-8")).hexdigest()


def keten(regel: LogRegel, vorige: LogRegel | None) -> LogRegel:
    """Give ``regel`` the next sequence number and chain it to ``vorige`` (None: the first record)."""
    gekoppeld = replace(regel, volgnummer=(vorige.volgnummer + 1) if vorige else 1,
                        vorige_hash=vorige.hash if vorige else BEGIN_HASH, hash="")
    return replace(gekoppeld, hash=bereken_hash(gekoppeld))


def controleer(regels: list[LogRegel], verwachte_kop: str | None = None) -> LogControle:
    """Check the whole chain, in sequence order. Returns every fault found, in Dutch."""
    fouten: list[str] = []
    vorige_hash = BEGIN_HASH
    verwacht_nummer = 1
    for r in sorted(regels, key=lambda r: r.volgnummer):
        if r.volgnummer != verwacht_nummer:
            fouten.append(f"Regel {verwacht_nummer} ontbreekt (volgende is {r.volgnummer}).")
        if r.vorige_hash != vorige_hash:
            fouten.append(f"Regel {r.volgnummer} sluit niet aan op de vorige regel.")
        if bereken_hash(r) != r.hash:
            fouten.append(f"Regel {r.volgnummer} is gewijzigd (hash klopt niet).")
        vorige_hash = r.hash
        verwacht_nummer = r.volgnummer + 1
    if verwachte_kop is not None and verwachte_kop != vorige_hash:
        fouten.append("De laatste regel is niet de verwachte: er zijn regels aan het eind verwijderd of toegevoegd.")
    return LogControle(in_orde=not fouten, aantal=len(regels), kop_hash=vorige_hash, fouten=tuple(fouten))
