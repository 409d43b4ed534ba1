"""The rules: one module a law or topic. Importing this package registers them all.

Every public function here is a rule: a pure, vectorised function whose argument names are
the variables it needs, and whose decorator names the article it implements.
"""

from . import (  # noqa: F401
    aow,
    arbeidsverleden,
    invoer,  # noqa: F401  (inputs first: rules refer to their names)
    iva,
    loondoorbetaling,
    minimumloon,
    noriskpolis,
    reintegratie_instrumenten,
    transitievergoeding,
    voorstellen,  # noqa: F401,E402  (rule variants of reform proposals; after the rules they vary)
    wga,
    whk,
    wia_beoordeling,
    wia_dagloon,
    wia_recht,
    wia_uitkering,
    ziektewet,
)
