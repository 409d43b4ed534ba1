"""Errors that reach a user: one Dutch sentence naming the field."""


class InvoerFout(ValueError):
    """Bad input for a calculation. ``veld`` names the field the message is about."""

    def __init__(self, bericht: str, veld: str | None = None):
        super().__init__(bericht)
        self.bericht = bericht
        self.veld = veld

    def __str__(self) -> str:  # one line, always
        return " ".join(self.bericht.split())


class ParameterFout(LookupError):
    """A parameter has no value at the requested date, or its file is malformed."""
