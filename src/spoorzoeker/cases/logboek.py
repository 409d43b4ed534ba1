"""The access log's chains and checkpoints (NEN 7513 integrity; OWASP ASVS 5.0 16.4.2-16.4.3). Pure functions.

* **A chain per case.** Every record belongs to a chain: its case, or ``g:<account>`` for events
  without a case (logging in, account management). It carries its number in that chain, the
  previous record's signature, and its own **HMAC-SHA256** over all its fields with the log key,
  which is kept outside the database (``storage.sleutels``). Without that key nobody can make a
  record that passes: a forged record, an edited one, one re-signed with a plain hash, or a chain
  re-numbered after a deletion all fail. Requests on different cases append to different chains
  and so never wait for each other.
* **Sealed checkpoints** (``Zegel``): now and then the head of every chain and the number of records
  are signed together, chained to the previous checkpoint, stored in the database and copied to an
  anchor file outside it. Cutting records off the end of a chain, wiping the log, or rewriting it
  from an older copy no longer gives a valid log: the checkpoint names heads that are gone.
* Times are set by storage from the database server's or the service's own clock, never by the
  caller; within a chain they never go back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import replace

from .model import Gebruiker, LogControle, LogRegel, Zegel

BEGIN_HASH = "0" * 64

# What each operation in the log means, in words for the person the file is about.
OMSCHRIJVING = {
    "dossier_aanmaken": "dossier geopend bij de ziekmelding",
    "dossier_lezen": "dossier bekeken",
    "werklijst_tonen": "zag uw naam in de werklijst (het dossier zelf werd niet geopend)",
    "verzuimcijfers_berekenen": "uw ziekteperiodes telden mee in de verzuimcijfers van uw werkgever",
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
    """A record without number, time of record, chain position and signature; storage completes it.
    ``tijdstip`` is only a fallback: storage stamps the record with its own clock."""
    return LogRegel(
        volgnummer=0, tijdstip=tijd_tekst(tijdstip),
        gebruiker_id=gebruiker_id, gebruiker_naam=gebruiker_naam, rol=rol,
        namens_id=namens.id if namens else None, namens_naam=namens.naam if namens else None,
        dossier_id=dossier_id, werknemer_id=werknemer_id, operatie=operatie, soort=soort,
        toegestaan=bool(toegestaan), gebruiker_big=gebruiker_big,
    )


def tijd_tekst(tijdstip: dt.datetime) -> str:
    utc = tijdstip.astimezone(dt.UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds") + "Z"


def ketennaam(regel: LogRegel) -> str:
    return regel.dossier_id if regel.dossier_id else f"g:{regel.gebruiker_id}"[:40]


def inhoud(r: LogRegel) -> str:
    """The signed text of a record: every field except its database number and its own signature."""
    return json.dumps([r.keten, r.ketennummer, r.tijdstip, r.gebruiker_id, r.gebruiker_naam, r.rol, r.namens_id,
                       r.namens_naam, r.dossier_id, r.werknemer_id, r.operatie, r.soort, bool(r.toegestaan),
                       r.gebruiker_big, r.vorige_hash], ensure_ascii=False, separators=(",", ":"))


def keten(regel: LogRegel, vorige: LogRegel | None, sleutels, *, volgnummer: int, tijdstip: str) -> LogRegel:
    """Give ``regel`` its number, time, chain position after ``vorige`` (None: the chain's first) and HMAC."""
    gekoppeld = replace(regel, volgnummer=volgnummer, tijdstip=tijdstip, keten=ketennaam(regel),
                        ketennummer=(vorige.ketennummer + 1) if vorige else 1,
                        vorige_hash=vorige.hash if vorige else BEGIN_HASH, hash="")
    return replace(gekoppeld, hash=sleutels.onderteken(inhoud(gekoppeld)))


def zegel_inhoud(z: Zegel) -> str:
    koppen = sorted((k, int(v[0]), str(v[1])) for k, v in z.koppen.items())
    return json.dumps([z.nummer, z.tijdstip, z.aantal, koppen, z.vorige_hash], separators=(",", ":"))


def maak_zegel(*, nummer: int, tijdstip: str, aantal: int, koppen: dict, vorige: Zegel | None, sleutels) -> Zegel:
    z = Zegel(nummer, tijdstip, aantal, {k: (int(v[0]), str(v[1])) for k, v in koppen.items()},
              vorige.hash if vorige else BEGIN_HASH, "")
    return replace(z, hash=sleutels.onderteken(zegel_inhoud(z)))


def _ketens(regels: list[LogRegel]) -> dict[str, list[LogRegel]]:
    uit: dict[str, list[LogRegel]] = {}
    for r in regels:
        uit.setdefault(r.keten, []).append(r)
    for lijst in uit.values():
        lijst.sort(key=lambda r: r.ketennummer)
    return uit


def _naam(keten_: str) -> str:
    return f"keten van account {keten_[2:]}" if keten_.startswith("g:") else f"keten van dossier {keten_}"


def controleer(regels: list[LogRegel], sleutels, *, zegels: Sequence[Zegel] = (), anker: Zegel | None = None,
               kop: str | None = None, ontbrekende_regels: tuple[str, ...] = ()) -> LogControle:
    """Check every chain, every checkpoint, the anchor kept outside the database (``anker``), a head the
    log manager wrote down (``kop``, 'number:hash'), and the database rules (``ontbrekende_regels``: the
    names of missing triggers). Returns every fault found, in Dutch."""
    fouten: list[str] = [f"De databaseregel '{n}' die het toegangslog beschermt ontbreekt." for n in ontbrekende_regels]
    opmerkingen: list[str] = []
    ketens = _ketens(regels)
    for naam, lijst in sorted(ketens.items()):
        vorige_hash, vorige_tijd = BEGIN_HASH, ""
        for verwacht, r in enumerate(lijst, start=1):
            if r.ketennummer != verwacht:
                fouten.append(f"In de {_naam(naam)} ontbreekt regel {verwacht} (volgende is {r.ketennummer}).")
            if r.vorige_hash != vorige_hash:
                fouten.append(f"Regel {r.ketennummer} van de {_naam(naam)} sluit niet aan op de vorige regel.")
            if not sleutels.klopt(inhoud(r), r.hash):
                fouten.append(f"Regel {r.ketennummer} van de {_naam(naam)} is vervalst of gewijzigd "
                              "(handtekening klopt niet).")
            if r.tijdstip < vorige_tijd:
                fouten.append(f"Regel {r.ketennummer} van de {_naam(naam)} is eerder gedateerd dan de regel ervoor.")
            vorige_hash, vorige_tijd = r.hash, r.tijdstip
            verwacht = r.ketennummer + 1
    index = {(r.keten, r.ketennummer): r.hash for r in regels}

    def zegel_aanwezig(z: Zegel, wat: str) -> None:
        weg = [k for k, (n, h) in z.koppen.items() if index.get((k, n)) != h]
        for k in sorted(weg)[:5]:
            fouten.append(f"{wat} {z.nummer} noemt regel {z.koppen[k][0]} van de {_naam(k)}, maar die regel "
                          "ontbreekt of is anders: er is aan het eind verwijderd of herschreven.")
        if len(weg) > 5:
            fouten.append(f"... en nog {len(weg) - 5} ketens met ontbrekende of herschreven regels.")
        if len(regels) < z.aantal:
            fouten.append(f"{wat} {z.nummer} telde {z.aantal} regels; nu zijn er {len(regels)}: er zijn regels "
                          "verwijderd.")

    # A checkpoint lists the heads of the chains that changed since the one before it (the first, or one
    # written before that rule, lists every chain): the heads as they were at checkpoint N are those of
    # checkpoints 1..N taken in order, later ones winning.
    vorige_zegel = BEGIN_HASH
    op_volgorde = sorted(zegels, key=lambda z: z.nummer)
    for z in op_volgorde:
        if not sleutels.klopt(zegel_inhoud(z), z.hash) or z.vorige_hash != vorige_zegel:
            fouten.append(f"Controlepunt {z.nummer} is vervalst, gewijzigd of niet aansluitend.")
        vorige_zegel = z.hash

    def met_alle_koppen(z: Zegel) -> Zegel:
        """``z`` with the head of every chain as it was then (from the checkpoints up to it, when the
        database holds that checkpoint unchanged; else only what ``z`` lists itself)."""
        in_db = next((d for d in op_volgorde if d.nummer == z.nummer), None)
        if in_db is None or in_db.hash != z.hash:
            return z
        koppen: dict[str, tuple[int, str]] = {}
        for eerder in op_volgorde:
            if eerder.nummer > z.nummer:
                break
            koppen.update(eerder.koppen)
        return replace(z, koppen=koppen)

    if zegels:
        zegel_aanwezig(met_alle_koppen(op_volgorde[-1]), "Controlepunt")
    if anker is not None:
        in_db = {z.nummer: z for z in zegels}
        if not sleutels.klopt(zegel_inhoud(anker), anker.hash):
            fouten.append("Het ankerbestand buiten de database is gewijzigd (handtekening klopt niet).")
        elif in_db.get(anker.nummer) is None or in_db[anker.nummer].hash != anker.hash:
            fouten.append(f"Controlepunt {anker.nummer} uit het ankerbestand ontbreekt in de database of is anders: "
                          "het log is gewist of teruggezet.")
        zegel_aanwezig(met_alle_koppen(anker), "Ankerbestand: controlepunt")
    elif zegels:
        opmerkingen.append("Er is geen ankerbestand op deze computer; alleen de controlepunten in de database "
                           "zijn gebruikt.")
    if kop is not None:
        nummer, _, hash_ = kop.partition(":")
        gevonden = next((z for z in zegels if str(z.nummer) == nummer.strip()), None)
        if gevonden is None or gevonden.hash != hash_.strip():
            fouten.append(f"De bewaarde kop {kop} staat niet (meer) in het log: het is ingekort, gewist of "
                          "herschreven.")
        else:
            zegel_aanwezig(met_alle_koppen(gevonden), "Bewaarde kop: controlepunt")
    kop_tekst = max(zegels, key=lambda z: z.nummer).kop if zegels else ""
    return LogControle(in_orde=not fouten, aantal=len(regels), kop_hash=kop_tekst, fouten=tuple(fouten),
                       opmerkingen=tuple(opmerkingen))
