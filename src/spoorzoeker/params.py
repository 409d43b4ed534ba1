"""Dated parameters: load the YAML files and answer "value at date".

The files in ``spoorzoeker/parameters/`` use the OpenFisca parameter format (one topic a
file; ``description``, ``unit``, ``values`` keyed by ISO date, ``metadata.reference``), so
they also load in ``openfisca_core.parameters``. This module is our own small reader:

* :class:`Parameter` - one dated series; ``waarde_op(date)`` for one date, ``waarden_op(dates)``
  for a numpy array of dates.
* :class:`Schaal` - a bracket scale (thresholds with amounts), e.g. the VVU classes.
* :class:`ParameterNode` - a folder, a file or a group inside a file.
* :meth:`ParameterNode.op` - a read-only view of the whole tree at one date, which records
  every value read (with its source) so a calculation can explain itself.
* :class:`Doorgetrokken` - a value read after the date its series is known to: the law revises
  the amount every year or half year (``metadata.herziening``) and the next amount is not in the
  files yet, so the last known value is carried forward and the user is told so in Dutch.

Nothing here reads a clock: the caller always names the date.
"""

from __future__ import annotations

import bisect
import contextvars
import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from .errors import ParameterFout
from .tijd import datum_tekst

PARAMETER_MAP = Path(__file__).parent / "parameters"
# Series that rules read over a span of dates (history), not at the calculation date: their early
# values do not widen the range of calculation dates (e.g. the dagloon revisions since 2016).
REEKSEN = ("dagloon_indexatie.",)
# How often the law revises a series (``metadata.herziening``): the months in which a new value is due.
HERZIENINGEN = {"jaarlijks": (1,), "halfjaarlijks": (1, 7)}
# How long after the last known value a calculation may still run, carrying the last values forward (and
# saying so); later dates are refused. One year: the product keeps working while next year's amounts are
# not yet in the files, without pretending to know amounts further ahead.
VOORUIT_JAREN = 1
_LADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when libyaml is there: same result, faster
_GERESERVEERD = {"description", "metadata", "documentation", "unit", "reference"}


@dataclass(frozen=True)
class Bron:
    """A reference for a value: title and link (OpenFisca ``metadata.reference``)."""

    titel: str
    href: str | None = None

    def als_dict(self) -> dict[str, Any]:
        return {"titel": self.titel, "href": self.href}


def _bronnen(meta: Any) -> tuple[Bron, ...]:
    """Read ``reference`` from a metadata block: a list, a single dict, or a string."""
    if not meta:
        return ()
    ref = meta.get("reference") if isinstance(meta, dict) else None
    if ref is None:
        return ()
    if isinstance(ref, (str, dict)):
        ref = [ref]
    uit = []
    for r in ref:
        if isinstance(r, str):
            uit.append(Bron(r))
        elif isinstance(r, dict):
            uit.append(Bron(str(r.get("title", "")), r.get("href")))
    return tuple(uit)


def _als_datum(sleutel: Any, pad: str) -> dt.date:
    if isinstance(sleutel, dt.date):
        return sleutel
    try:
        return dt.date.fromisoformat(str(sleutel))
    except ValueError as e:  # pragma: no cover - guarded by the format test
        raise ParameterFout(f"{pad}: '{sleutel}' is geen datum") from e


@dataclass
class Parameter:
    """One dated series of numbers.

    A scenario that changes the series keeps the law's series in ``origineel`` and its own
    name in ``scenario``, so a calculation can say which value it replaced."""

    naam: str
    beschrijving: str
    eenheid: str | None
    datums: np.ndarray  # datetime64[D], ascending
    waarden: np.ndarray  # float64; NaN where a value was ended with ``null``
    bronnen: list[tuple[Bron, ...]]
    scenario: str | None = None
    origineel: Parameter | None = None
    scenario_vanaf: dt.date | None = None  # the first date of the scenario's own values
    herziening: str | None = None  # "jaarlijks" or "halfjaarlijks": the law sets a new value that often
    label: str | None = None  # Dutch name for users ("het maximumdagloon"), for a revised series
    eenheid_tekst: str | None = None  # Dutch words after the amount ("bruto per dag")
    _op_datum: dict = field(default_factory=dict, repr=False, compare=False)
    _dagnummers: list[int] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def uit_yaml(cls, naam: str, data: dict, erfbronnen: tuple[Bron, ...]) -> Parameter:
        eigen = _bronnen(data.get("metadata")) or _bronnen(data) or erfbronnen
        rijen = []
        for sleutel, inhoud in (data.get("values") or {}).items():
            datum = _als_datum(sleutel, naam)
            if isinstance(inhoud, dict):
                waarde = inhoud.get("value")
                bronnen = _bronnen(inhoud.get("metadata")) or eigen
            else:
                waarde, bronnen = inhoud, eigen
            if waarde is not None and not isinstance(waarde, (int, float)):
                raise ParameterFout(f"{naam} op {datum}: waarde '{waarde}' is geen getal")
            rijen.append((datum, np.nan if waarde is None else float(waarde), bronnen))
        if not rijen:
            raise ParameterFout(f"{naam}: geen waarden")
        rijen.sort(key=lambda r: r[0])
        meta: dict = data.get("metadata") or {}
        if not isinstance(meta, dict):
            meta = {}
        herziening = meta.get("herziening")
        if herziening is not None and (herziening not in HERZIENINGEN or not meta.get("label")):
            raise ParameterFout(f"{naam}: 'herziening' moet jaarlijks of halfjaarlijks zijn, met een 'label'")
        return cls(
            naam=naam,
            beschrijving=str(data.get("description", "")),
            eenheid=data.get("unit"),
            datums=np.array([r[0] for r in rijen], dtype="datetime64[D]"),
            waarden=np.array([r[1] for r in rijen], dtype=np.float64),
            bronnen=[r[2] for r in rijen],
            herziening=herziening,
            label=meta.get("label"),
            eenheid_tekst=meta.get("eenheid_tekst"),
        )

    @functools.cached_property
    def bekend_tot(self) -> dt.date | None:
        """The last day on which the last value is known to hold, for a series the law revises every year
        or half year: the day before its next revision date. None for a series that holds until the law
        itself changes (or was ended)."""
        if self.herziening is None or np.isnan(self.waarden[-1]):
            return None
        laatste = self.datums[-1].astype(dt.date)
        volgende = [m for m in HERZIENINGEN[self.herziening] if m > laatste.month]
        if volgende:
            return dt.date(laatste.year, volgende[0], 1) - dt.timedelta(days=1)
        return dt.date(laatste.year, 12, 31)

    @functools.cached_property
    def bekend_tot_dag(self) -> np.datetime64 | None:
        """:attr:`bekend_tot` as a numpy day, to compare with arrays of dates."""
        tot = self.bekend_tot
        return None if tot is None else np.datetime64(tot, "D")

    def _index(self, datum: dt.date) -> int:
        # Cached per leaf and date: a calculation reads the same leaf at the same date many times.
        i = self._op_datum.get(datum)
        if i is None:
            i = int(np.searchsorted(self.datums, np.datetime64(datum, "D"), side="right")) - 1
            if len(self._op_datum) < 4096:
                self._op_datum[datum] = i
        if i < 0 or np.isnan(self.waarden[i]):
            raise ParameterFout(f"Parameter {self.naam} heeft geen waarde op {datum}")
        return i

    def gewijzigd(self, waarden: dict[dt.date, tuple[float | None, tuple[Bron, ...]]], scenario: str) -> Parameter:
        """This series with ``waarden`` in force from each of their dates (a scenario's change).

        The law's values before the scenario's first date stay; from that date on only the
        scenario's values count (a later change in the law is replaced too)."""
        eerste = np.datetime64(min(waarden), "D")
        houden = self.datums < eerste
        nieuw = sorted(waarden.items())
        origineel = self.origineel or self
        return Parameter(
            naam=self.naam, beschrijving=self.beschrijving, eenheid=self.eenheid,
            datums=np.concatenate([self.datums[houden], np.array([d for d, _ in nieuw], dtype="datetime64[D]")]),
            waarden=np.concatenate([self.waarden[houden],
                                    np.array([np.nan if w is None else float(w) for _, (w, _) in nieuw])]),
            bronnen=[b for b, h in zip(self.bronnen, houden, strict=True) if h] + [b for _, (_, b) in nieuw],
            scenario=scenario, origineel=origineel, scenario_vanaf=min(waarden),
            herziening=self.herziening, label=self.label, eenheid_tekst=self.eenheid_tekst,
        )

    def oorspronkelijk_op(self, datum: dt.date) -> float | None:
        """The law's value on ``datum`` when a scenario changed this series (None if the law has none)."""
        if self.origineel is None:
            return None
        try:
            return self.origineel.waarde_op(datum)
        except ParameterFout:
            return None

    def waarde_op(self, datum: dt.date) -> float:
        """The value in force on ``datum``."""
        return float(self.waarden[self._index(datum)])

    def waarden_op(self, datums: np.ndarray) -> np.ndarray:
        """The values in force on each of ``datums`` (datetime64 array), vectorised."""
        d = np.asarray(datums, dtype="datetime64[D]")
        if d.shape == (1,) and not np.isnat(d[0]):
            # One date (the timeline of one case): a bisection on plain integers, not numpy's calls for
            # arrays, which cost more than the search itself; same answers and errors as below.
            if self._dagnummers is None:
                self._dagnummers = self.datums.astype(np.int64).tolist()
            i = bisect.bisect_right(self._dagnummers, int(d.view(np.int64)[0])) - 1
            if i < 0:
                raise ParameterFout(f"Parameter {self.naam} heeft geen waarde op {d[0]}")
            uit = self.waarden[i:i + 1].copy()
            if uit[0] != uit[0]:  # NaN: the series was ended
                raise ParameterFout(f"Parameter {self.naam} is beëindigd op een gevraagde datum")
            return uit
        idx = np.searchsorted(self.datums, d, side="right") - 1
        if (idx < 0).any():  # the array methods: np.any's wrapper costs more than the test on a few dates
            eerste = d[idx < 0].min()
            raise ParameterFout(f"Parameter {self.naam} heeft geen waarde op {eerste}")
        uit = self.waarden[idx]
        if np.isnan(uit).any():
            raise ParameterFout(f"Parameter {self.naam} is beëindigd op een gevraagde datum")
        return uit

    def geldig_vanaf(self, datum: dt.date) -> dt.date:
        return self.datums[self._index(datum)].astype(dt.date)

    def bronnen_op(self, datum: dt.date) -> tuple[Bron, ...]:
        return self.bronnen[self._index(datum)]


@dataclass
class Schaal:
    """A bracket scale (OpenFisca ``single_amount``): the amount of the highest threshold reached."""

    naam: str
    beschrijving: str
    drempels: list[Parameter]
    bedragen: list[Parameter]

    @classmethod
    def uit_yaml(cls, naam: str, data: dict, erfbronnen: tuple[Bron, ...]) -> Schaal:
        eigen = _bronnen(data.get("metadata")) or erfbronnen
        drempels, bedragen = [], []
        for i, br in enumerate(data["brackets"]):
            drempels.append(Parameter.uit_yaml(f"{naam}[{i}].threshold", br["threshold"], eigen))
            sleutel = "amount" if "amount" in br else "rate"
            bedragen.append(Parameter.uit_yaml(f"{naam}[{i}].{sleutel}", br[sleutel], eigen))
        return cls(naam, str(data.get("description", "")), drempels, bedragen)

    def op(self, datum: dt.date) -> SchaalOpDatum:
        drempels = np.array([d.waarde_op(datum) for d in self.drempels])
        bedragen = np.array([b.waarde_op(datum) for b in self.bedragen])
        drempels.flags.writeable = bedragen.flags.writeable = False  # shared by every calculation at this date
        return SchaalOpDatum(drempels, bedragen)


@dataclass(frozen=True)
class SchaalOpDatum:
    drempels: np.ndarray
    bedragen: np.ndarray

    def klasse(self, x) -> np.ndarray:
        """Index of the bracket each ``x`` falls in (lower bound inclusive); -1 below the first."""
        return np.searchsorted(self.drempels, np.asarray(x, dtype=np.float64), side="right") - 1

    def bedrag(self, x) -> np.ndarray:
        """The amount of the bracket of ``x``; NaN where ``x`` is NaN or below the first threshold."""
        k = self.klasse(x)
        uit = self.bedragen[np.clip(k, 0, None)]
        return np.where((k < 0) | np.isnan(x), np.nan, uit)


@dataclass
class ParameterNode:
    naam: str
    beschrijving: str = ""
    kinderen: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def uit_map(cls, map_: Path) -> ParameterNode:
        wortel = cls("")
        for pad in sorted(map_.glob("*.yaml")):
            with pad.open(encoding="utf-8") as f:
                data = yaml.load(f, Loader=_LADER) or {}
            wortel.kinderen[pad.stem] = cls._bouw(pad.stem, data, ())
        return wortel

    @classmethod
    def _bouw(cls, naam: str, data: dict, erfbronnen: tuple[Bron, ...]):
        if not isinstance(data, dict):
            raise ParameterFout(f"{naam}: verwacht een blok met 'values', 'brackets' of onderdelen")
        if "values" in data:
            return Parameter.uit_yaml(naam, data, erfbronnen)
        if "brackets" in data:
            return Schaal.uit_yaml(naam, data, erfbronnen)
        bronnen = _bronnen(data.get("metadata")) or erfbronnen
        node = cls(naam, str(data.get("description", "")))
        for sleutel, inhoud in data.items():
            if sleutel in _GERESERVEERD:
                continue
            node.kinderen[str(sleutel)] = cls._bouw(f"{naam}.{sleutel}", inhoud, bronnen)
        return node

    def __getattr__(self, naam: str):
        try:
            return self.__dict__["kinderen"][naam]
        except KeyError:
            raise AttributeError(f"Onbekende parameter {self.naam}.{naam}".lstrip(".")) from None

    def vind(self, pad: str):
        node: Any = self
        for deel in pad.split("."):
            node = node.kinderen[deel] if isinstance(node, ParameterNode) else None
            if node is None:
                raise ParameterFout(f"Onbekende parameter {pad}")
        return node

    def met_wijziging(self, pad: str, nieuw: Parameter) -> ParameterNode:
        """A new tree with the leaf at ``pad`` replaced; every other node is shared, nothing is copied
        more than the path to the leaf (the tree itself is never changed)."""
        kop, _, rest = pad.partition(".")
        if kop not in self.kinderen:
            raise ParameterFout(f"Onbekende parameter {pad}")
        kinderen = dict(self.kinderen)
        if rest:
            kind = self.kinderen[kop]
            if not isinstance(kind, ParameterNode):
                raise ParameterFout(f"Onbekende parameter {pad}")
            kinderen[kop] = kind.met_wijziging(rest, nieuw)
        else:
            kinderen[kop] = nieuw
        return ParameterNode(self.naam, self.beschrijving, kinderen)

    def eerste_datum(self) -> dt.date:
        """The earliest date any parameter under this node has a value (kept: the tree never changes)."""
        cache = self.__dict__.get("_eerste_datum")
        if cache is None:
            cache = min(b.datums[0] for b in self.bladeren()).astype(dt.date)
            self.__dict__["_eerste_datum"] = cache
        return cache

    def wisseldatums(self) -> np.ndarray:
        """Every date on which any value changes, ascending (datetime64[D]): between two of them
        all parameters are constant, so rows of a calculation can be grouped by these periods."""
        cache = self.__dict__.get("_wisseldatums")
        if cache is None:
            # The first day after a revised series is known counts as a change too: rows dated after it then
            # read their carried-forward values in a period of their own, which says so (Doorgetrokken).
            onbekend = [np.datetime64(b.bekend_tot + dt.timedelta(days=1), "D") for b in self.bladeren()
                        if b.bekend_tot is not None]
            cache = np.unique(np.concatenate([b.datums for b in self.bladeren()]
                                             + [np.array(onbekend, dtype="datetime64[D]")]))
            self.__dict__["_wisseldatums"] = cache
        return cache

    def bladeren(self) -> Iterator[Parameter]:
        for kind in self.kinderen.values():
            if isinstance(kind, ParameterNode):
                yield from kind.bladeren()
            elif isinstance(kind, Schaal):
                yield from kind.drempels
                yield from kind.bedragen
            else:
                yield kind

    def bereik(self) -> tuple[dt.date, dt.date]:
        """The earliest date any parameter has a value, and the newest change date of any.

        A parameter that starts later (the hourly minimum wage exists only from 2024) is simply
        not read by the rules before its start; a rule that does read it there gets a
        :class:`ParameterFout`, which the interface reports as a Dutch error."""
        cache = self.__dict__.get("_bereik")  # asked on every request; the tree is not changed after loading
        if cache is None:
            bladeren = [b for b in self.bladeren() if not b.naam.startswith(REEKSEN)]
            cache = (min(b.datums[0] for b in bladeren).astype(dt.date),
                     max(b.datums[-1] for b in bladeren).astype(dt.date))
            self.__dict__["_bereik"] = cache
        return cache

    def rekenbereik(self) -> tuple[dt.date, dt.date, dt.date]:
        """The dates a calculation may ask: from the first value; the values are known up to the end of
        the half year of the newest change; up to :data:`VOORUIT_JAREN` later the last known values are
        carried forward (each such value read is a :class:`Doorgetrokken`, which the answer reports)."""
        cache = self.__dict__.get("_rekenbereik")  # asked on every request, like bereik()
        if cache is None:
            eerste, laatste = self.bereik()
            bekend = dt.date(laatste.year, 12, 31) if laatste.month > 6 else dt.date(laatste.year, 6, 30)
            cache = (eerste, bekend, dt.date(bekend.year + VOORUIT_JAREN, bekend.month, bekend.day))
            self.__dict__["_rekenbereik"] = cache
        return cache

    def op(self, datum: dt.date, registratie: list | None = None) -> ParametersOpDatum:
        return ParametersOpDatum(self, datum, registratie if registratie is not None else [])

    def _gelezen_op(self, datum: dt.date) -> dict[str, tuple[Any, GelezenParameter | None, Any]]:
        """This node's table of what each child gives at ``datum`` (filled by :class:`ParametersOpDatum`).

        The tree is never changed after it is built (a scenario builds new nodes on the changed path
        and shares the rest, whose tables stay true), so the tables never go stale."""
        tabellen = self.__dict__.get("_tabellen")
        if tabellen is None:
            tabellen = self.__dict__["_tabellen"] = {}
        tabel = tabellen.get(datum)
        if tabel is None:
            if len(tabellen) >= 4096:  # a long-running service that is asked many dates: start afresh
                tabellen.clear()
            tabel = tabellen[datum] = {}
        return tabel


@dataclass(frozen=True)
class GelezenParameter:
    """A parameter value a rule read, for the explanation ("waarom dit bedrag?")."""

    naam: str
    waarde: Any
    geldig_vanaf: dt.date
    bronnen: tuple[Bron, ...]
    scenario: str | None = None  # set when a scenario changed this value
    oorspronkelijke_waarde: Any = None  # the law's value, when a scenario changed it

    def als_dict(self) -> dict[str, Any]:
        uit = {
            "naam": self.naam,
            "waarde": self.waarde,
            "geldig_vanaf": self.geldig_vanaf.isoformat(),
            "bronnen": [b.als_dict() for b in self.bronnen],
        }
        if self.scenario is not None:
            uit["scenario"] = self.scenario
            uit["oorspronkelijke_waarde"] = self.oorspronkelijke_waarde
        return uit


@dataclass(frozen=True)
class Doorgetrokken:
    """A value read after the last day its series is known to (:attr:`Parameter.bekend_tot`): the
    law sets a new value every year or half year and that value is not in the files yet, so the
    calculation carries the last known value forward. :meth:`melding` says so in plain Dutch."""

    naam: str
    label: str
    waarde: float
    eenheid: str | None
    eenheid_tekst: str | None
    geldig_vanaf: dt.date
    bekend_tot: dt.date
    gevraagd_op: dt.date  # the (latest) date it was read for

    def melding(self) -> str:
        """'Het maximumdagloon vanaf 1 januari 2027 is nog niet bekend; ...' for the user (one Dutch sentence)."""
        wat = self.label[0].upper() + self.label[1:]
        onbekend = datum_tekst(self.bekend_tot + dt.timedelta(days=1))
        vanaf = datum_tekst(self.geldig_vanaf)
        if self.naam.startswith(REEKSEN):  # a revision percentage: a missing revision is no revision
            return (f"{wat} vanaf {onbekend} is nog niet bekend; we rekenen zonder die herziening (de laatst "
                    f"bekende is die van {vanaf}).")
        eenheid = f" {self.eenheid_tekst}" if self.eenheid_tekst else ""
        soort = "het percentage" if self.eenheid == "/1" else "het bedrag"  # a share is no amount
        return (f"{wat} vanaf {onbekend} is nog niet bekend; we rekenen met {soort} dat geldt sinds {vanaf}: "
                f"{_bedrag_tekst(self.waarde, self.eenheid)}{eenheid}.")

    def als_dict(self) -> dict[str, Any]:
        return {"parameter": self.naam, "waarde": self.waarde, "geldig_vanaf": self.geldig_vanaf.isoformat(),
                "bekend_tot_en_met": self.bekend_tot.isoformat(), "gevraagd_op": self.gevraagd_op.isoformat(),
                "melding": self.melding()}




def _bedrag_tekst(waarde: float, eenheid: str | None) -> str:
    """€ 1.234,56, or a fraction as a percentage (0,96%)."""
    if eenheid == "/1":
        return f"{waarde * 100:.2f}%".replace(".", ",")
    return "€ " + f"{waarde:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def doorgetrokken_bij(kind: Parameter, datum: dt.date) -> Doorgetrokken | None:
    """The record of reading ``kind`` at ``datum`` when that is after the last day its value is known
    to; None otherwise."""
    tot = kind.bekend_tot
    if tot is None or datum <= tot:
        return None
    i = kind._index(datum)
    return Doorgetrokken(kind.naam, str(kind.label), float(kind.waarden[i]), kind.eenheid, kind.eenheid_tekst,
                         kind.datums[i].astype(dt.date), tot, datum)


def doorgetrokken_na(kind: Parameter, datums: np.ndarray) -> Doorgetrokken | None:
    """The record for reading ``kind`` at the latest of ``datums`` (a non-empty datetime64 array) when that is
    after the last day its value is known to; None otherwise (the common case costs a comparison)."""
    grens = kind.bekend_tot_dag
    if grens is None:
        return None
    laatste = datums[0] if datums.size == 1 else datums.max()
    if not laatste > grens:
        return None
    return doorgetrokken_bij(kind, laatste.astype("datetime64[D]").item())


def uniek_doorgetrokken(lijst) -> list[Doorgetrokken]:
    """One record per series (the latest date asked), in the order first read."""
    if not lijst:
        return []
    per_naam: dict[str, Doorgetrokken] = {}
    for d in lijst:
        eerder = per_naam.get(d.naam)
        if eerder is None or d.gevraagd_op > eerder.gevraagd_op:
            per_naam[d.naam] = d
    volgorde = list(dict.fromkeys(d.naam for d in lijst))
    return [per_naam[n] for n in volgorde]


class ParametersOpDatum:
    """The parameter tree at one date. Reading a leaf gives a float and records it.

    What a leaf gives at a date (its value and the record of it) is worked out once per node and
    date and kept in a table on the node (:meth:`ParameterNode._gelezen_op`): a calculation reads
    about a hundred leaves, and a warm request then pays a dictionary look-up for each."""

    __slots__ = ("_node", "_datum", "_registratie", "_tabel")

    def __init__(self, node: ParameterNode, datum: dt.date, registratie: list):
        self._node = node
        self._datum = datum
        self._registratie = registratie
        self._tabel = node._gelezen_op(datum)

    def __getattr__(self, naam: str):
        regel = self._tabel.get(naam)
        if regel is None:
            regel = self._lees(naam)
        waarde, gelezen, door = regel
        if gelezen is None:  # a group: a view on it at the same date, recording into the same list
            return ParametersOpDatum(waarde, self._datum, self._registratie)
        self._registratie.append(gelezen)
        if door is not None:
            meld_doorgetrokken(door)
        return waarde

    def _lees(self, naam: str) -> tuple[Any, GelezenParameter | None, Doorgetrokken | None]:
        """Work out what leaf or group ``naam`` gives at this date, and keep it in the node's table.
        A leaf without a value at the date raises :class:`ParameterFout` and is not kept."""
        kind = getattr(self._node, naam)
        regel: tuple[Any, GelezenParameter | None, Doorgetrokken | None]
        if isinstance(kind, ParameterNode):
            regel = (kind, None, None)
        elif isinstance(kind, Schaal):
            waarde = kind.op(self._datum)
            vanaf = max(p.geldig_vanaf(self._datum) for p in kind.drempels + kind.bedragen)
            bronnen = kind.bedragen[0].bronnen_op(self._datum)
            tekst = [[float(d), float(b)] for d, b in zip(waarde.drempels, waarde.bedragen, strict=True)]
            regel = (waarde, GelezenParameter(kind.naam, tekst, vanaf, bronnen), None)
        else:
            w = kind.waarde_op(self._datum)
            if kind.scenario is None:
                gelezen = GelezenParameter(kind.naam, w, kind.geldig_vanaf(self._datum), kind.bronnen_op(self._datum))
            else:
                gelezen = GelezenParameter(kind.naam, w, kind.geldig_vanaf(self._datum), kind.bronnen_op(self._datum),
                                           kind.scenario, kind.oorspronkelijk_op(self._datum))
            regel = (w, gelezen, doorgetrokken_bij(kind, self._datum))
        self._tabel[naam] = regel
        return regel


# Every attribute of a ParametersOpDatum is a parameter name, so what other modules need of it besides
# the values is offered by these two functions rather than by attributes.
def boom_van(p: ParametersOpDatum) -> ParameterNode:
    """The parameter tree behind ``p`` (its whole series and its children)."""
    return p._node


def noteer(p: ParametersOpDatum, gelezen: GelezenParameter, doorgetrokken: Doorgetrokken | None = None) -> None:
    """Put a value that was read from a whole series (not by attribute) in ``p``'s trace, and, when it was
    read past the date its series is known to, in the list of carried-forward values."""
    p._registratie.append(gelezen)
    if doorgetrokken is not None:
        meld_doorgetrokken(doorgetrokken)


# The carried-forward values read while a caller collects them (``verzamel_doorgetrokken``): the calculate
# interface and the overview wrap their whole calculation, so every rule, timeline and engine call inside it
# reports what it carried forward without passing a list through all of them. Only a carried-forward read
# (rare: a date after the known values) pays for the look-up.
_VERZAMELAAR: contextvars.ContextVar[list[Doorgetrokken] | None] = contextvars.ContextVar(
    "spoorzoeker_doorgetrokken", default=None)


def meld_doorgetrokken(door: Doorgetrokken) -> None:
    """Report a carried-forward value to the caller that collects them (if any)."""
    lijst = _VERZAMELAAR.get()
    if lijst is not None:
        lijst.append(door)


class verzamel_doorgetrokken:  # noqa: N801 - used as a function: ``with verzamel_doorgetrokken() as lijst``
    """Collect every value read inside the ``with`` block after the date its series is known to. The list
    may hold a series more than once; :func:`uniek_doorgetrokken` keeps one record per series. (A class,
    not a generator: it wraps every calculate request, and this costs a fraction of a microsecond.)"""

    __slots__ = ("lijst", "_teken")

    def __enter__(self) -> list[Doorgetrokken]:
        self.lijst: list[Doorgetrokken] = []
        self._teken = _VERZAMELAAR.set(self.lijst)
        return self.lijst

    def __exit__(self, *fout: object) -> None:
        _VERZAMELAAR.reset(self._teken)


@functools.lru_cache(maxsize=1)
def standaard_parameters() -> ParameterNode:
    """The parameters shipped with Spoorzoeker (current law), loaded once."""
    return ParameterNode.uit_map(PARAMETER_MAP)
