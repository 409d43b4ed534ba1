"""Running a simulation: block by block, locally or on a Dask cluster, with identical results.

The population is cut into fixed blocks (``Opdracht.blokgrootte`` people); every block draws from
its own random stream (:func:`~.proces.generator`), and its weighted sums are added up in block
order. A chunk or a Dask partition is just a list of blocks, so neither the number of partitions
nor the number of workers changes a single number. Memory is bounded by one block per worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from ..errors import InvoerFout
from .proces import Opdracht, simuleer_blok


def tel_op(delen: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Add block results in the order given (the caller sorts them by block)."""
    totaal: dict[str, Any] = {}
    for deel in delen:
        for k, v in deel.items():
            if k == "werkgevers":
                continue
            totaal[k] = totaal[k] + v if k in totaal else (v.copy() if isinstance(v, np.ndarray) else v)
    return totaal


def _partitie(opdracht: Opdracht, replicatie: int, blokken: Sequence[int], jaar: int = 0,
              per_werkgever: bool = False) -> list[tuple[int, dict[str, Any]]]:
    return [(b, simuleer_blok(opdracht, replicatie, b, jaar, per_werkgever)) for b in blokken]


def verdeel(aantal: int, partities: int) -> list[list[int]]:
    """Blocks 0..aantal-1 in ``partities`` contiguous groups (some may be empty)."""
    return [list(g) for g in np.array_split(np.arange(aantal), max(1, partities)) if len(g)]


def open_dask(adres: str | None) -> Any:
    """A Dask client: ``tcp://host:port`` connects to a running scheduler, 'lokaal' starts two local
    worker processes. Errors are one Dutch line."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - pinned dependency
        raise InvoerFout("Dask (distributed) is niet geïnstalleerd.", "dask") from e
    if adres in (None, "", "lokaal"):
        import dask

        # The workers' sampling profiler costs CPU time on every task; our tasks are few and long.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    if not adres.startswith("tcp://"):
        raise InvoerFout(f"'--dask' verwacht 'lokaal' of een adres als tcp://host:poort, niet '{adres}'.", "dask")
    try:
        return Client(adres, timeout="10s")
    except OSError as e:
        raise InvoerFout(f"Kan de Dask-scheduler op {adres} niet bereiken.", "dask") from e


def sluit_dask(client: Any) -> None:
    """Close a client from :func:`open_dask`, and the local cluster it started."""
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None and type(cluster).__name__ == "LocalCluster":
        cluster.close()


def voer_uit(opdracht: Opdracht, replicaties: int = 1, *, client: Any = None, partities: int | None = None,
             voortgang: Callable[[int], None] | None = None, jaar: int = 0,
             per_werkgever: bool = False) -> list[dict[str, Any]]:
    """One summed result per replicate. ``client``: a Dask client (None: in this process).
    ``voortgang(k)`` is called with the number of blocks just finished."""
    uit: list[dict[str, Any]] = []
    for r in range(replicaties):
        resultaten: list[tuple[int, dict[str, Any]]] = []
        if client is None:
            for b in range(opdracht.blokken):
                resultaten.append((b, simuleer_blok(opdracht, r, b, jaar, per_werkgever)))
                if voortgang:
                    voortgang(1)
        else:
            from distributed import as_completed

            groepen = verdeel(opdracht.blokken, partities or opdracht.blokken)
            futures = [client.submit(_partitie, opdracht, r, g, jaar, per_werkgever, pure=False) for g in groepen]
            for fut in as_completed(futures):
                deel = fut.result()
                resultaten.extend(deel)
                if voortgang:
                    voortgang(len(deel))
        resultaten.sort(key=lambda t: t[0])
        totaal = tel_op([d for _, d in resultaten])
        if per_werkgever:
            totaal["werkgevers"] = [d["werkgevers"] for _, d in resultaten]
        uit.append(totaal)
    return uit


def blokken_totaal(opdracht: Opdracht, replicaties: int, jaren: Iterable[int] = (0,)) -> int:
    return opdracht.blokken * replicaties * len(list(jaren))
