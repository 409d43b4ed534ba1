"""The keys of the case file, kept outside the database (NEN 7510; AVG art. 32; OWASP ASVS 5.0 V11, V13.3).

Two kinds of key:

* **encryption keys** (Fernet: AES-128-CBC with HMAC-SHA256, from ``cryptography``) for the medical
  fields, the employee's own opinion and the TOTP secrets. A list, newest first
  (``MultiFernet``): the newest encrypts, all decrypt, so a key can be rotated without downtime
  (``roteer``) and the old one dropped once every row is re-encrypted;
* the **log key**: an HMAC-SHA256 key that signs every access-log record and every checkpoint of
  the log, so that someone who can write to the database but not read this key cannot forge,
  rewrite or re-chain records.

Where they come from, in this order:

1. ``SPOORZOEKER_SLEUTELS``: the key file's JSON itself in an environment variable (containers);
2. ``SPOORZOEKER_SLEUTELBESTAND``: path of a key file;
3. ``sleutels.json`` in the user's data folder (``storage.database.data_map``), created with fresh
   random keys on first use, mode 0600 in a 0700 folder.

A key file that others may read (group or world bits set) is refused: one Dutch line says how to
fix it. Nothing here is ever written into the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from ..errors import SpoorzoekerFout

SLEUTELS_VAR = "SPOORZOEKER_SLEUTELS"
SLEUTELBESTAND_VAR = "SPOORZOEKER_SLEUTELBESTAND"
FERNET_BEGIN = "gAAAAA"  # every Fernet token starts so (version byte 0x80, base64)


class SleutelFout(SpoorzoekerFout, RuntimeError):
    """The keys cannot be loaded or used; one Dutch line."""


def maak_map_privé(map_: Path) -> None:
    """Create ``map_`` (and parents) and make it 0700: only the owner may list or enter it."""
    map_.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(map_, 0o700)


def schrijf_privé(pad: Path, inhoud: str) -> None:
    """Write a file that only its owner may read (0600), atomically (temporary file, then rename)."""
    maak_map_privé(pad.parent)
    tijdelijk = pad.with_name(f".{pad.name}.{secrets.token_hex(4)}")
    fd = os.open(tijdelijk, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(inhoud)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tijdelijk, pad)
    except BaseException:
        tijdelijk.unlink(missing_ok=True)
        raise


def controleer_privé(pad: Path, wat: str) -> None:
    """Refuse a file that group or others may read or write (POSIX)."""
    if os.name != "posix":
        return
    modus = stat.S_IMODE(pad.stat().st_mode)
    if modus & 0o077:
        raise SleutelFout(f"{wat} '{pad}' is leesbaar voor anderen (rechten {modus:04o}); "
                          f"zet de rechten op 0600 met: chmod 600 '{pad}'.")


@dataclass
class Sleutels:
    """The loaded keys. ``versleutel``/``ontsleutel`` for fields, ``onderteken`` for the log."""

    versleutelingssleutels: list[str]
    logsleutel: bytes
    bestand: Path | None = None

    def __post_init__(self) -> None:
        try:
            self._fernet = MultiFernet([Fernet(k.encode("ascii")) for k in self.versleutelingssleutels])
        except (ValueError, TypeError) as e:
            raise SleutelFout("Een versleutelingssleutel is ongeldig (verwacht een Fernet-sleutel).") from e

    # ---- fields ------------------------------------------------------------------------------------

    def versleutel(self, tekst: str) -> str:
        if tekst == "":
            return ""  # an empty field stays empty: nothing to hide, and it keeps 'is it filled?' cheap
        return self._fernet.encrypt(tekst.encode("utf-8")).decode("ascii")

    def ontsleutel(self, opgeslagen: str | None) -> str:
        if not opgeslagen:
            return ""
        try:
            return self._fernet.decrypt(opgeslagen.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeEncodeError) as e:
            raise SleutelFout("Een versleuteld veld kan niet worden gelezen: de sleutel ontbreekt of het veld is "
                              "gewijzigd buiten Spoorzoeker.") from e

    def herversleutel(self, opgeslagen: str) -> str:
        """Re-encrypt a token with the newest key (key rotation)."""
        if not opgeslagen:
            return opgeslagen
        return self._fernet.rotate(opgeslagen.encode("ascii")).decode("ascii")

    # ---- the log -----------------------------------------------------------------------------------

    def onderteken(self, tekst: str) -> str:
        return hmac.new(self.logsleutel, tekst.encode("utf-8"), hashlib.sha256).hexdigest()

    def klopt(self, tekst: str, handtekening: str) -> bool:
        return hmac.compare_digest(self.onderteken(tekst), handtekening or "")

    # ---- storing -----------------------------------------------------------------------------------

    def als_json(self) -> str:
        return json.dumps({"versleuteling": self.versleutelingssleutels,
                           "log": base64.urlsafe_b64encode(self.logsleutel).decode("ascii")}, indent=2)


def nieuwe_sleutels(bestand: Path | None = None) -> Sleutels:
    return Sleutels([Fernet.generate_key().decode("ascii")], secrets.token_bytes(32), bestand)


def _uit_json(tekst: str, bron: str, bestand: Path | None) -> Sleutels:
    try:
        data = json.loads(tekst)
        versleuteling = data["versleuteling"]
        log = base64.urlsafe_b64decode(data["log"])
        if not isinstance(versleuteling, list) or not versleuteling or len(log) < 32:
            raise ValueError
    except (ValueError, KeyError, TypeError) as e:
        raise SleutelFout(f"{bron} is geen geldig sleutelbestand (verwacht 'versleuteling' en 'log').") from e
    return Sleutels([str(k) for k in versleuteling], log, bestand)


def standaard_bestand() -> Path:
    from .database import data_map

    pad = os.environ.get(SLEUTELBESTAND_VAR, "").strip()
    return Path(pad) if pad else data_map() / "sleutels.json"


def laad_sleutels() -> Sleutels:
    """The keys from the environment or the key file; a missing key file is created with new keys."""
    tekst = os.environ.get(SLEUTELS_VAR, "").strip()
    if tekst:
        return _uit_json(tekst, SLEUTELS_VAR, None)
    pad = standaard_bestand()
    if not pad.exists():
        sleutels = nieuwe_sleutels(pad)
        try:
            maak_map_privé(pad.parent)
            fd = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it just now: use that one
            return laad_sleutels()
        except OSError as e:
            raise SleutelFout(f"Kan het sleutelbestand '{pad}' niet aanmaken ({e.__class__.__name__}).") from e
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(sleutels.als_json())
            f.flush()
            os.fsync(f.fileno())
        return sleutels
    try:
        controleer_privé(pad, "Het sleutelbestand")
        return _uit_json(pad.read_text(encoding="utf-8"), f"'{pad}'", pad)
    except OSError as e:
        raise SleutelFout(f"Kan het sleutelbestand '{pad}' niet lezen ({e.__class__.__name__}).") from e


def voeg_nieuwe_sleutel_toe(sleutels: Sleutels) -> Sleutels:
    """Step 1 of a rotation: a new newest encryption key, the old ones kept for reading. Saved to the
    key file (not possible for keys from the environment: then print and set them yourself)."""
    nieuw = Sleutels([Fernet.generate_key().decode("ascii"), *sleutels.versleutelingssleutels],
                     sleutels.logsleutel, sleutels.bestand)
    if sleutels.bestand is not None:
        schrijf_privé(sleutels.bestand, nieuw.als_json())
    return nieuw


def laat_oude_sleutels_vallen(sleutels: Sleutels) -> Sleutels:
    """Step 3 of a rotation, after every row is re-encrypted: keep only the newest key."""
    nieuw = Sleutels(sleutels.versleutelingssleutels[:1], sleutels.logsleutel, sleutels.bestand)
    if sleutels.bestand is not None:
        schrijf_privé(sleutels.bestand, nieuw.als_json())
    return nieuw
