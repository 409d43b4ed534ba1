"""Population simulation: a synthetic population through Poortwachter and the WIA, under a scenario.

See docs/simulatie.md. Entry points: :func:`.uitvoering.voer_uit` with an :class:`.proces.Opdracht`;
the commands ``spoorzoeker simuleer`` and ``spoorzoeker toezicht`` (:mod:`.cli`).
"""

from .proces import Opdracht, simuleer_blok
from .scenario import Aanname, Scenario, laad_scenario, scenario_aannames
from .uitvoering import voer_uit

__all__ = ["Aanname", "Opdracht", "Scenario", "laad_scenario", "scenario_aannames", "simuleer_blok", "voer_uit"]
