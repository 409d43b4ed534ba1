"""Retention terms of the case file, from ``parameters/bewaartermijnen.yaml`` (dated values with their
sources): the employer's verzuim data two years after the employment ended (AP); the bedrijfsarts'
medical notes twenty years after they were made (WGBO, BW 7:454 lid 3)."""

from __future__ import annotations

import datetime as dt


def bewaartermijnen(op: dt.date) -> tuple[int, int]:
    """(years after the end of employment for verzuim data, years for medical notes), in force on ``op``."""
    from ..params import standaard_parameters

    p = standaard_parameters()
    return (int(p.vind("bewaartermijnen.verzuimgegevens_jaren_na_uitdienst").waarden_op(op)),
            int(p.vind("bewaartermijnen.medisch_dossier_jaren").waarden_op(op)))
