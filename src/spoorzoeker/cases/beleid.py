"""Who may do what with a case file: the access policy as one table (R24).

Every service call in ``cases.service`` asks :func:`mag` before it touches the repository; no other
code decides access. The table is written out by hand, role by role, so that a jurist can check
it against its sources:

* AP, Beleidsregels "De zieke werknemer" (Stcrt. 2016, 21088), https://wetten.overheid.nl/BWBR0037896/2016-04-29
  - the employer may register the fact of the sick report, contact and care address, expected
    duration, ongoing appointments, whether (not which) a vangnet case applies, whether it is an
    occupational accident or a third party is liable, and the functional limitations and
    possibilities *as supplied by the bedrijfsarts*; never diagnosis, nature or cause of the illness,
    complaints, or a self-set AO-percentage, not even with the employee's consent (§1d of
    the AP's rules and NEN 7513);
  - health data is processed by the bedrijfsarts, or by a casemanager under taakdelegatie, who then
    works under the bedrijfsarts' responsibility (also NVAB Leidraad Casemanagement, 2009).
* AVG art. 15 and BW 7:456 (WGBO): the employee may see his own file, the medical part included.
* NEN 7513: each access is logged with who, when, which file and on whose behalf; the person the
  file is about can see who opened it; a designated log manager reads and checks the log.
* OWASP ASVS 5.0 V8.2.1-8.2.3 (function, data and field-level authorisation) and V8.4.1 (tenant
  isolation): scope is enforced server-side, per employer, before the table is even consulted.

The beheerder (technical administrator) manages accounts and assignments and is the NEN 7513 log
manager; he reads no case content (data minimisation, AVG art. 5 lid 1 sub c). The arbeidsdeskundige
and the spoor 2 coach get the process part and the bedrijfsarts' functional possibilities, which is
what they work from, but not the medical part: the AP rules name only the bedrijfsarts and his
delegated casemanager for that.
"""

from __future__ import annotations

from enum import Enum


class Rol(str, Enum):
    WERKNEMER = "werknemer"
    WERKGEVER = "werkgever"
    CASEMANAGER = "casemanager"
    # A casemanager acting in taakdelegatie for a bedrijfsarts: not a separate account type but the
    # role a casemanager account acts in when a bedrijfsarts has delegated to it (see Gebruiker).
    CASEMANAGER_TAAKDELEGATIE = "casemanager_taakdelegatie"
    BEDRIJFSARTS = "bedrijfsarts"
    ARBEIDSDESKUNDIGE = "arbeidsdeskundige"
    SPOOR2_COACH = "spoor2_coach"
    BEHEERDER = "beheerder"


class Operatie(str, Enum):
    """Every operation on a case file. Dutch names: they appear in the access log the employee reads."""

    DOSSIER_AANMAKEN = "dossier_aanmaken"
    DOSSIER_LEZEN = "dossier_lezen"                      # process part: no medical field exists in it
    DOSSIER_EXPORTEREN = "dossier_exporteren"            # medical part only for who may read it
    ZIEKTEPERIODE_VASTLEGGEN = "ziekteperiode_vastleggen"
    STAP_VASTLEGGEN = "stap_vastleggen"
    PLAN_VAN_AANPAK_VASTLEGGEN = "plan_van_aanpak_vastleggen"
    ARBEIDSDESKUNDIG_RAPPORT_VASTLEGGEN = "arbeidsdeskundig_rapport_vastleggen"
    SPOORKEUZE_VASTLEGGEN = "spoorkeuze_vastleggen"
    VRAAG_INDIENEN = "vraag_indienen"
    VRAAG_AFHANDELEN = "vraag_afhandelen"
    NAZORG_VASTLEGGEN = "nazorg_vastleggen"
    GEBEURTENIS_VASTLEGGEN = "gebeurtenis_vastleggen"    # UWV decisions, leave: what moves the timeline
    FUNCTIONELE_MOGELIJKHEDEN_VASTLEGGEN = "functionele_mogelijkheden_vastleggen"
    MEDISCH_LEZEN = "medisch_lezen"
    MEDISCH_VASTLEGGEN = "medisch_vastleggen"
    TOEGANGSLOG_LEZEN = "toegangslog_lezen"              # the whole log of a case (log manager)
    EIGEN_TOEGANGSLOG_LEZEN = "eigen_toegangslog_lezen"  # "wie heeft mijn dossier geopend"
    MENING_WERKNEMER_VASTLEGGEN = "mening_werknemer_vastleggen"  # his opinion for the re-integratieverslag
    MENING_WERKNEMER_LEZEN = "mening_werknemer_lezen"


# Operations that only read; the others write. The access log records which it was.
LEES_OPERATIES = frozenset({
    Operatie.DOSSIER_LEZEN, Operatie.DOSSIER_EXPORTEREN, Operatie.MEDISCH_LEZEN,
    Operatie.TOEGANGSLOG_LEZEN, Operatie.EIGEN_TOEGANGSLOG_LEZEN, Operatie.MENING_WERKNEMER_LEZEN,
})
# Operations that touch health data in the strict sense (diagnosis, medical detail).
MEDISCHE_OPERATIES = frozenset({Operatie.MEDISCH_LEZEN, Operatie.MEDISCH_VASTLEGGEN})

R, Op = Rol, Operatie

# role x operation -> allowed. One row a role; what is not listed is forbidden.
BELEID: dict[Rol, frozenset[Operatie]] = {
    # AVG art. 15 / BW 7:456: the employee sees his whole own file, medical part included, exports
    # it (AVG art. 20), raises questions and disputes (R11) and sees who opened it (NEN 7513).
    # His opinion for the re-integratieverslag (Regeling procesgang art. 6; UWV Werkwijzer
    # Poortwachter §3.2.8) is his alone to write and read: he hands it to UWV with his WIA
    # application (WIA art. 64), and nobody else needs it (AVG art. 5 lid 1 sub c).
    R.WERKNEMER: frozenset({
        Op.DOSSIER_LEZEN, Op.DOSSIER_EXPORTEREN, Op.MEDISCH_LEZEN, Op.VRAAG_INDIENEN,
        Op.EIGEN_TOEGANGSLOG_LEZEN, Op.MENING_WERKNEMER_VASTLEGGEN, Op.MENING_WERKNEMER_LEZEN,
    }),
    # AP Beleidsregels: the employer registers the sick report, recovery and the process (plan van
    # aanpak, steps, track choice, aftercare), and reads the functional possibilities the
    # bedrijfsarts supplies; never the medical part.
    # UWV's decisions (loonsanctie, uitstel, verkorte wachttijd) reach the employer, and he grants
    # the zwangerschaps- en bevallingsverlof (WAZO art. 3:1): process facts he may record.
    R.WERKGEVER: frozenset({
        Op.DOSSIER_AANMAKEN, Op.DOSSIER_LEZEN, Op.DOSSIER_EXPORTEREN, Op.ZIEKTEPERIODE_VASTLEGGEN,
        Op.STAP_VASTLEGGEN, Op.PLAN_VAN_AANPAK_VASTLEGGEN, Op.SPOORKEUZE_VASTLEGGEN,
        Op.VRAAG_INDIENEN, Op.NAZORG_VASTLEGGEN, Op.GEBEURTENIS_VASTLEGGEN,
    }),
    # The casemanager runs the process for the employer (Regeling procesgang art. 4: the plan van
    # aanpak names him) and is the entry point for questions and disputes (R11). Without
    # taakdelegatie he is on the employer's side of the line: no medical data.
    R.CASEMANAGER: frozenset({
        Op.DOSSIER_AANMAKEN, Op.DOSSIER_LEZEN, Op.DOSSIER_EXPORTEREN, Op.ZIEKTEPERIODE_VASTLEGGEN,
        Op.STAP_VASTLEGGEN, Op.PLAN_VAN_AANPAK_VASTLEGGEN, Op.SPOORKEUZE_VASTLEGGEN,
        Op.VRAAG_INDIENEN, Op.VRAAG_AFHANDELEN, Op.NAZORG_VASTLEGGEN, Op.GEBEURTENIS_VASTLEGGEN,
    }),
    # Under taakdelegatie (AP Beleidsregels; NVAB Leidraad Casemanagement) the casemanager also
    # processes health data, under the bedrijfsarts' responsibility; the log records on whose behalf.
    R.CASEMANAGER_TAAKDELEGATIE: frozenset({
        Op.DOSSIER_AANMAKEN, Op.DOSSIER_LEZEN, Op.DOSSIER_EXPORTEREN, Op.ZIEKTEPERIODE_VASTLEGGEN,
        Op.STAP_VASTLEGGEN, Op.PLAN_VAN_AANPAK_VASTLEGGEN, Op.SPOORKEUZE_VASTLEGGEN,
        Op.VRAAG_INDIENEN, Op.VRAAG_AFHANDELEN, Op.NAZORG_VASTLEGGEN, Op.GEBEURTENIS_VASTLEGGEN,
        Op.FUNCTIONELE_MOGELIJKHEDEN_VASTLEGGEN, Op.MEDISCH_LEZEN, Op.MEDISCH_VASTLEGGEN,
    }),
    # The bedrijfsarts: probleemanalyse and other steps, the functional possibilities for the
    # employer, and the medical part (AP Beleidsregels; Arbowet art. 14).
    R.BEDRIJFSARTS: frozenset({
        Op.DOSSIER_LEZEN, Op.DOSSIER_EXPORTEREN, Op.STAP_VASTLEGGEN,
        Op.FUNCTIONELE_MOGELIJKHEDEN_VASTLEGGEN, Op.MEDISCH_LEZEN, Op.MEDISCH_VASTLEGGEN,
    }),
    # The arbeidsdeskundige writes the report for the track choice (R9) and records his steps.
    R.ARBEIDSDESKUNDIGE: frozenset({
        Op.DOSSIER_LEZEN, Op.STAP_VASTLEGGEN, Op.ARBEIDSDESKUNDIG_RAPPORT_VASTLEGGEN,
    }),
    # The spoor 2 coach records his steps (inventory, placement) and the jobcoaching of aftercare.
    R.SPOOR2_COACH: frozenset({
        Op.DOSSIER_LEZEN, Op.STAP_VASTLEGGEN, Op.NAZORG_VASTLEGGEN,
    }),
    # The beheerder is the NEN 7513 log manager: he reads and verifies the log (which holds no
    # case content), nothing else of a case.
    R.BEHEERDER: frozenset({Op.TOEGANGSLOG_LEZEN}),
}

del R, Op

# Fields of the process part that a reader of the case sees only with one more right (ASVS 5.0 8.2.3,
# field-level authorisation): (list of the ``Dossier``, field) -> the operation a role needs for it.
# ``DossierService`` blanks such a field (None) for every other role, on every read path, so the pages,
# the JSON, the export and the reports show the same. The arbeidsdeskundige's WIA prognosis is an
# expected degree of disability: the AP's rules keep an arbeidsongeschiktheidspercentage from the
# employer (it is reserved to the bedrijfsarts and UWV), so only the roles that may read the medical part
# see it.
AFGESCHERMDE_VELDEN: dict[tuple[str, str], Operatie] = {
    ("arbeidsdeskundige_rapporten", "wia_prognose"): Operatie.MEDISCH_LEZEN,
}


def mag(rol: Rol, operatie: Operatie) -> bool:
    """True if the policy table allows ``rol`` to do ``operatie`` (scope is checked separately)."""
    return operatie in BELEID.get(Rol(rol), frozenset())


def mag_veld(rol: Rol, onderdeel: str, veld: str) -> bool:
    """True if ``rol`` may see ``veld`` of the records in ``onderdeel`` (see ``AFGESCHERMDE_VELDEN``)."""
    nodig = AFGESCHERMDE_VELDEN.get((onderdeel, veld))
    return nodig is None or mag(rol, nodig)
