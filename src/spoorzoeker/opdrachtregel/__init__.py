"""The command line: an adapter at the edge of the domain.

``app.app`` is the Typer root app (``spoorzoeker`` in ``[project.scripts]``); ``dossier``, ``scenario``
and ``simulatie`` are its sub-commands, ``invoer`` reads JSON requests, ``nederlands`` puts the
help and usage errors in Dutch, ``sessie`` keeps the log-in session, ``tabel`` and ``weergave``
print tables. Services come from the composition root (:mod:`spoorzoeker.samenstelling`); the
domain never imports this package.
"""
