"""Errors that reach a user: one Dutch sentence naming the field.

Every error a person can cause is a :class:`SpoorzoekerFout`; the edges (command line, web) turn it
into one Dutch line (exit code 2) or a JSON error with the field.
"""


class SpoorzoekerFout(Exception):
    """The family of errors a person can cause. ``veld`` names the field the message is about."""

    def __init__(self, bericht: str, veld: str | None = None):
        super().__init__(bericht)
        self.bericht = bericht
        self.veld = veld

    def __str__(self) -> str:  # one line, always
        return " ".join(self.bericht.split())


class InvoerFout(SpoorzoekerFout, ValueError):
    """Bad input for a calculation."""


class ParameterFout(LookupError):
    """A parameter has no value at the requested date, or its file is malformed."""
