"""``python -m spoorzoeker.opdrachtregel``: the same as the ``spoorzoeker`` command."""

from .app import main

main()
