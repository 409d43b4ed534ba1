"""One contract for every implementation of ``cases.poorten.Opslag``: the in-memory store the service
tests run on (``storage.geheugen``), SQLite and PostgreSQL (``storage.opslag``). The same checks run on
all three, so the in-memory store cannot drift from the databases. Every expected value is written out
by hand below; nothing is taken from one store to check another. All people are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dossierhulp import opslag_db  # noqa: F401 - fixture: every kind of store
from sqlalchemy.exc import IntegrityError

from spoorzoeker.cases.aanmelden import SessieGegevens
from spoorzoeker.cases.logboek import nieuwe_regel
from spoorzoeker.cases.medisch import MedischeAantekening
from spoorzoeker.cases.model import (
    ArbeidsdeskundigRapport,
    Deelnemer,
    Dossier,
    DossierFout,
    DossierKop,
    FunctioneleMogelijkheden,
    Gebeurtenis,
    Gebruiker,
    Interventie,
    MeningWerknemer,
    Nazorgmoment,
    PlanVanAanpak,
    Rol,
    SoortGebeurtenis,
    SoortInterventie,
    SoortVraag,
    Spoor,
    Spoorkeuze,
    StapGedaan,
    VraagOfGeschil,
    Werkgever,
    Werknemer,
    WiaPrognose,
    Ziekteperiode,
)

D = dt.date
WG = Werkgever("wg1", "Voorbeeld Bakkerij BV", 12)
WN = Werknemer("wn1", "wg1", "Jan Fictief", "bakker", "0600000001", "")
WN2 = Werknemer("wn2", "wg1", "Els Verzonnen", "verkoper")


def _stamgegevens(db) -> None:
    with db.opslag() as uow:
        uow.voeg_werkgever_toe(WG)
        uow.voeg_werknemer_toe(WN)
        uow.voeg_werknemer_toe(WN2)
        uow.commit()


def _dossier(db, dossier_id="d1", werknemer=WN, eerste=D(2026, 1, 5), **kw) -> None:
    with db.opslag() as uow:
        uow.voeg_dossier_toe(Dossier(dossier_id, WG, werknemer, eerste, ziekteperiodes=(Ziekteperiode(eerste),), **kw))
        uow.commit()


def _regel(dossier_id: str | None, gebruiker_id: str = "u1", operatie: str = "dossier_lezen"):
    return nieuwe_regel(tijdstip=dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC), gebruiker_id=gebruiker_id,
                        gebruiker_naam="Carla Casemanager", rol="casemanager", namens=None, dossier_id=dossier_id,
                        werknemer_id="wn1" if dossier_id else None, operatie=operatie, soort="lezen",
                        toegestaan=True)


def test_niets_blijft_zonder_commit(opslag_db):
    db = opslag_db
    with db.opslag() as uow:
        uow.voeg_werkgever_toe(WG)
        assert uow.werkgever("wg1") == WG  # the transaction sees its own work
    with db.opslag() as uow:
        assert uow.werkgever("wg1") is None  # left without commit: gone
        uow.voeg_werkgever_toe(WG)
        uow.rollback()
        assert uow.werkgever("wg1") is None
        uow.voeg_werkgever_toe(WG)
        uow.commit()
        uow.voeg_werkgever_toe(Werkgever("wg2", "Proef Logistiek BV", 140))  # after the commit, not committed
    with db.opslag() as uow:
        assert uow.werkgever("wg1") == WG and uow.werkgever("wg2") is None


def test_een_fout_in_de_transactie_bewaart_niets(opslag_db):
    db = opslag_db
    with pytest.raises(RuntimeError), db.opslag() as uow:
        uow.voeg_werkgever_toe(WG)
        raise RuntimeError("afgebroken")
    with db.opslag() as uow:
        assert uow.werkgever("wg1") is None


def test_eerste_beheerder_kan_maar_een_keer(opslag_db):
    db = opslag_db
    with db.opslag() as uow:
        assert not uow.heeft_gebruikers()
        uow.voeg_gebruiker_toe(Gebruiker("b1", "Bea Beheer", Rol.BEHEERDER, inlognaam="bea"))
        uow.zet_eerste_beheerder("b1")
        uow.commit()
    with pytest.raises(IntegrityError), db.opslag() as uow:  # the clash may come only at commit
        uow.voeg_gebruiker_toe(Gebruiker("b2", "Bob Tweede", Rol.BEHEERDER))
        uow.zet_eerste_beheerder("b2")
        uow.commit()
    with db.opslag() as uow:
        assert uow.heeft_gebruikers() and uow.gebruiker("b2") is None
        with pytest.raises(DossierFout, match="inlognaam"):
            uow.voeg_gebruiker_toe(Gebruiker("b3", "Bea Dubbel", Rol.BEHEERDER, inlognaam="bea"))


def test_gebruikers_toewijzingen_en_status(opslag_db):
    db = opslag_db
    _stamgegevens(db)
    with db.opslag() as uow:
        uow.voeg_werkgever_toe(Werkgever("wg2", "Proef Logistiek BV", 140))
        uow.voeg_gebruiker_toe(Gebruiker("c1", "Carla Casemanager", Rol.CASEMANAGER, frozenset({"wg1"})))
        uow.voeg_gebruiker_toe(Gebruiker("a1", "Dr. Anna Arts", Rol.BEDRIJFSARTS, frozenset({"wg1"}),
                                         big_nummer="19012345601", goedgekeurd=False))
        uow.voeg_gebruiker_toe(Gebruiker("w1", "Jan Fictief", Rol.WERKNEMER, werknemer_id="wn1"))
        uow.commit()
    with db.opslag() as uow:
        assert uow.gebruiker("a1") == Gebruiker("a1", "Dr. Anna Arts", Rol.BEDRIJFSARTS, frozenset({"wg1"}),
                                                big_nummer="19012345601", goedgekeurd=False)
        assert not uow.gebruiker("a1").actief
        uow.werk_gebruiker_bij("a1", goedkeuring_nodig=False, goedgekeurd_door="b1")
        uow.voeg_toewijzing_toe("c1", "wg2")
        assert uow.trek_toewijzing_in("c1", "wg1") is True
        assert uow.trek_toewijzing_in("c1", "wg1") is False
        uow.commit()
    with db.opslag() as uow:
        assert uow.gebruiker("a1").actief
        assert uow.gebruiker("c1").werkgever_ids == frozenset({"wg2"})
        # ordered by role value, then name
        assert [g.id for g in uow.gebruikers()] == ["a1", "c1", "w1"]


def test_account_en_sessies(opslag_db):
    db = opslag_db
    with db.opslag() as uow:
        uow.voeg_gebruiker_toe(Gebruiker("c1", "Carla Casemanager", Rol.CASEMANAGER, inlognaam="carla"))
        uow.werk_account_bij("c1", wachtwoord_hash="$argon2id$x", totp_geheim="JBSWY3DPEHPK3PXP")
        assert uow.verhoog_mislukte_pogingen("c1") == 1
        assert uow.verhoog_mislukte_pogingen("c1") == 2
        uow.voeg_sessie_toe(SessieGegevens("h1", "c1", "2026-03-02T09:00:00", "2026-03-02T09:00:00",
                                           "2026-03-02T17:00:00"))
        uow.voeg_sessie_toe(SessieGegevens("h2", "c1", "2026-03-02T09:00:00", "2026-03-02T09:00:00",
                                           "2026-03-02T17:00:00", bron="web"))
        uow.commit()
    with db.opslag() as uow:
        account = uow.account_op_inlognaam("carla")
        assert account is not None and account.gebruiker.id == "c1"
        assert (account.wachtwoord_hash, account.totp_geheim, account.mislukte_pogingen) == (
            "$argon2id$x", "JBSWY3DPEHPK3PXP", 2)
        assert uow.account_op_inlognaam("niemand") is None and uow.account("x") is None
        uow.werk_sessie_bij("h1", laatst_gebruikt="2026-03-02T10:00:00")
        uow.commit()
    with db.opslag() as uow:
        assert uow.sessie("h1") == SessieGegevens("h1", "c1", "2026-03-02T09:00:00", "2026-03-02T10:00:00",
                                                  "2026-03-02T17:00:00", False, "")
        uow.trek_sessies_in("c1")
        uow.commit()
    with db.opslag() as uow:
        assert uow.sessie("h1").ingetrokken and uow.sessie("h2").ingetrokken and uow.sessie("h3") is None


def test_een_dossier_komt_terug_zoals_het_is_opgeslagen(opslag_db):
    db = opslag_db
    _stamgegevens(db)
    _dossier(db, verwachte_duur_weken=8, vangnet_van_toepassing=False, arbeidsongeval=True)
    fm = FunctioneleMogelijkheden(D(2026, 1, 20), "Dr. Anna Arts", "Niet tillen boven 5 kg", "Licht werk")
    plan = PlanVanAanpak(D(2026, 2, 1), "Terug in eigen werk", (
        Interventie(SoortInterventie.AANGEPAST_WERK, "halve dagen", D(2026, 2, 2), D(2026, 3, 1)),
        Interventie(SoortInterventie.SCHOLING, "cursus")))
    rapport = ArbeidsdeskundigRapport(D(2026, 9, 1), "Ad Deskundige", False, "geen passend werk", "logistiek",
                                      WiaPrognose.WGA_35_80, Spoor.SPOOR2)
    keuze = Spoorkeuze(D(2026, 9, 10), (Deelnemer("werkgever", "Wim"), Deelnemer("werknemer", "Jan")),
                       Spoor.SPOOR2, "advies gevolgd")
    nazorg = Nazorgmoment(D(2027, 1, 1))
    loonsanctie = Gebeurtenis(SoortGebeurtenis.LOONSANCTIE, D(2027, 12, 1), weken=12)
    with db.opslag() as uow:
        # a period with the same first day replaces the first one: its end is now known
        uow.voeg_onderdeel_toe("d1", Ziekteperiode(D(2026, 1, 5), D(2026, 3, 31), 50))
        uow.voeg_onderdeel_toe("d1", Ziekteperiode(D(2026, 6, 1), D(2026, 6, 10)))
        uow.voeg_onderdeel_toe("d1", fm)
        uow.voeg_onderdeel_toe("d1", StapGedaan("probleemanalyse", D(2026, 2, 1), "Dr. Anna Arts"))
        uow.voeg_onderdeel_toe("d1", StapGedaan("plan_van_aanpak", D(2026, 2, 8), "Wim Werkgever", "pva.pdf"))
        uow.voeg_onderdeel_toe("d1", plan)
        uow.voeg_onderdeel_toe("d1", rapport)
        uow.voeg_onderdeel_toe("d1", keuze)
        vraag_id = uow.voeg_onderdeel_toe("d1", VraagOfGeschil(0, SoortVraag.DESKUNDIGENOORDEEL, D(2026, 4, 1),
                                                               "werknemer", "passend werk?"))
        uow.voeg_onderdeel_toe("d1", nazorg)
        uow.voeg_onderdeel_toe("d1", loonsanctie)
        uow.commit()
    with db.opslag() as uow:
        uow.werk_vraag_bij("d1", vraag_id, intake_op=D(2026, 4, 3), intake="ontvangen")
        with pytest.raises(DossierFout, match="hoort niet bij dit dossier"):
            uow.werk_vraag_bij("ander", vraag_id, uitkomst="x")
        uow.commit()
    with db.opslag() as uow:
        d = uow.dossier("d1")
        assert uow.dossier_kop("d1") == DossierKop("d1", "wg1", "wn1") and uow.dossier_kop("dx") is None
    assert d == Dossier(
        "d1", WG, WN, D(2026, 1, 5), 8, False, True, None,
        ziekteperiodes=(Ziekteperiode(D(2026, 1, 5), D(2026, 3, 31), 50), Ziekteperiode(D(2026, 6, 1), D(2026, 6, 10))),
        functionele_mogelijkheden=(fm,),
        stappen=(StapGedaan("probleemanalyse", D(2026, 2, 1), "Dr. Anna Arts"),
                 StapGedaan("plan_van_aanpak", D(2026, 2, 8), "Wim Werkgever", "pva.pdf")),
        plannen_van_aanpak=(plan,), arbeidsdeskundige_rapporten=(rapport,), spoorkeuzes=(keuze,),
        vragen=(VraagOfGeschil(vraag_id, SoortVraag.DESKUNDIGENOORDEEL, D(2026, 4, 1), "werknemer", "passend werk?",
                               D(2026, 4, 3), "ontvangen"),),
        nazorg=(nazorg,), gebeurtenissen=(loonsanctie,))


def test_overzichten_van_dossiers(opslag_db):
    db = opslag_db
    _stamgegevens(db)
    _dossier(db, "d2", WN2, D(2026, 2, 2))
    _dossier(db, "d1", WN, D(2026, 1, 5))
    with db.opslag() as uow:
        uow.voeg_onderdeel_toe("d2", Ziekteperiode(D(2026, 2, 2), D(2026, 2, 20)))
        assert uow.dossier_koppen(werkgever_ids=["wg1"]) == [DossierKop("d1", "wg1", "wn1"),
                                                             DossierKop("d2", "wg1", "wn2")]
        assert uow.dossier_koppen(werknemer_id="wn2") == [DossierKop("d2", "wg1", "wn2")]
        assert uow.dossier_koppen() == []
        # by first sick day; d1 is still open, d2 ended
        assert uow.dossier_samenvattingen(["d2", "d1"]) == [
            {"dossier": "d1", "werkgever": "Voorbeeld Bakkerij BV", "werknemer": "Jan Fictief",
             "eerste_ziektedag": "2026-01-05", "ziek": True},
            {"dossier": "d2", "werkgever": "Voorbeeld Bakkerij BV", "werknemer": "Els Verzonnen",
             "eerste_ziektedag": "2026-02-02", "ziek": False}]
        assert uow.dossier_samenvattingen([]) == []


def test_meerdere_dossiers_tegelijk(opslag_db):
    """Several cases read at once (the work list) are each exactly their own, with their own parts; the
    second read (from the cache where there is one) is the same; a case that does not exist is an error."""
    db = opslag_db
    _stamgegevens(db)
    _dossier(db, "d1", WN, D(2026, 1, 5))
    _dossier(db, "d2", WN2, D(2026, 2, 2))
    plan = PlanVanAanpak(D(2026, 2, 10), "Eigen werk", (Interventie(SoortInterventie.SCHOLING, "cursus"),))
    with db.opslag() as uow:
        uow.voeg_onderdeel_toe("d2", Ziekteperiode(D(2026, 2, 2), D(2026, 2, 20)))
        uow.voeg_onderdeel_toe("d2", plan)
        uow.voeg_onderdeel_toe("d1", StapGedaan("probleemanalyse", D(2026, 2, 1), "Dr. Anna Arts"))
        uow.commit()
    verwacht = {
        "d1": Dossier("d1", WG, WN, D(2026, 1, 5), ziekteperiodes=(Ziekteperiode(D(2026, 1, 5)),),
                      stappen=(StapGedaan("probleemanalyse", D(2026, 2, 1), "Dr. Anna Arts"),)),
        "d2": Dossier("d2", WG, WN2, D(2026, 2, 2), ziekteperiodes=(Ziekteperiode(D(2026, 2, 2), D(2026, 2, 20)),),
                      plannen_van_aanpak=(plan,)),
    }
    lezen = getattr(db, "lees_opslag", db.opslag)  # the databases' read transactions fill the cache
    for _ in range(2):
        with lezen() as uow:
            uow.dossier_koppen(werkgever_ids=["wg1"])
            assert uow.dossiers(["d2", "d1"]) == verwacht
    with db.opslag() as uow, pytest.raises(Exception):  # noqa: B017 - each store raises its own kind
        uow.dossiers(["d1", "bestaat-niet"])


def test_medisch_en_mening_apart_en_de_avg_levensloop(opslag_db):
    db = opslag_db
    _stamgegevens(db)
    _dossier(db, "d1", WN, D(2026, 1, 5))
    _dossier(db, "d2", WN2, D(2026, 2, 2))
    oud = MedischeAantekening(D(2026, 1, 20), "Dr. Anna Arts", diagnose="verzonnen", prognose="goed")
    nieuw = MedischeAantekening(D(2026, 3, 1), "Dr. Anna Arts", medische_notitie="controle")
    with db.opslag() as uow:
        uow.voeg_medische_aantekening_toe("d1", oud)
        uow.voeg_medische_aantekening_toe("d1", nieuw)
        uow.voeg_mening_werknemer_toe("d2", MeningWerknemer(D(2026, 3, 1), "ik ben het eens", True))
        uow.voeg_correctie_toe(dossier_id="d2", werknemer_id="wn2", onderdeel="dossier", veld="arbeidsongeval",
                               oud=None, nieuw=True, reden="verkeerd ingevuld", door="c1", tijdstip="2026-03-02T09:00")
        uow.werk_dossier_bij("d2", arbeidsongeval=True)
        uow.voeg_onderdeel_toe("d2", Ziekteperiode(D(2026, 2, 2), D(2026, 2, 20)))
        uow.voeg_onderdeel_toe("d2", StapGedaan("probleemanalyse", D(2026, 2, 10), "Dr. Anna Arts"))
        uow.werk_werknemer_bij("wn2", uit_dienst_op=D(2026, 4, 30))
        uow.commit()
    with db.opslag() as uow:
        assert uow.medisch("d1").aantekeningen == (oud, nieuw) and uow.medisch("d2").aantekeningen == ()
        assert uow.mening_werknemer("d2") == (MeningWerknemer(D(2026, 3, 1), "ik ben het eens", True),)
        assert uow.correcties("wn2") == [{"tijdstip": "2026-03-02T09:00", "dossier": "d2", "onderdeel": "dossier",
                                          "veld": "arbeidsongeval", "oude_waarde": "", "nieuwe_waarde": "True",
                                          "reden": "verkeerd ingevuld"}]
        assert uow.dossier("d2").arbeidsongeval is True
        assert uow.uit_dienst_op("wn2") == D(2026, 4, 30) and uow.uit_dienst_op("wn1") is None
        # wn2 left before 2026-05-01 and d2's only period ended; d1 is still open
        assert uow.dossiers_voorbij_bewaartermijn(D(2026, 5, 1)) == [DossierKop("d2", "wg1", "wn2")]
        assert uow.dossiers_voorbij_bewaartermijn(D(2026, 4, 30)) == []
        assert uow.dossiers_met_medisch_voor(D(2026, 2, 1)) == [DossierKop("d1", "wg1", "wn1")]
        assert uow.verwijder_medisch("d1", D(2026, 2, 1)) == 1  # only the note of 20 January
        assert uow.medisch("d1").aantekeningen == (nieuw,)
        # d2: one period, one step, one opinion, one correction, and the case row (no medical note)
        assert uow.verwijder_procesdeel("d2") == {"ziekteperiode": 1, "stap_gedaan": 1, "mening_werknemer": 1,
                                                  "correctie": 1, "dossier": 1}
        assert uow.dossier_kop("d2") is None and uow.correcties("wn2") == []
        # d1 keeps a medical note: its row stays, and a case with a medical note is not 'empty'
        assert uow.verwijder_procesdeel("d1") == {"ziekteperiode": 1}
        assert uow.dossier_kop("d1") is not None
        assert uow.verwijder_lege_dossier("d1") is False
        assert uow.verwijder_medisch("d1") == 1
        assert uow.verwijder_lege_dossier("d1") is True and uow.dossier_kop("d1") is None
        uow.commit()


def test_ziekteperiodes_overlappen_niet_en_kunnen_weg(opslag_db):
    db = opslag_db
    _stamgegevens(db)
    _dossier(db)
    with pytest.raises(DossierFout, match="overlapt"), db.opslag() as uow:  # the first period has no end yet
        uow.voeg_onderdeel_toe("d1", Ziekteperiode(D(2026, 6, 1)))
    with db.opslag() as uow:
        uow.voeg_onderdeel_toe("d1", Ziekteperiode(D(2026, 1, 5), D(2026, 5, 31)))
        uow.voeg_onderdeel_toe("d1", Ziekteperiode(D(2026, 6, 1)))
        uow.commit()
    with pytest.raises(DossierFout, match="overlapt"), db.opslag() as uow:  # 31 May is in both
        uow.voeg_onderdeel_toe("d1", Ziekteperiode(D(2026, 5, 31), D(2026, 5, 31)))
    with db.opslag() as uow:
        assert uow.verwijder_ziekteperiode("d1", D(2026, 6, 1)) is True
        assert uow.verwijder_ziekteperiode("d1", D(2026, 6, 1)) is False
        uow.commit()
    with db.opslag() as uow:
        assert uow.dossier("d1").ziekteperiodes == (Ziekteperiode(D(2026, 1, 5), D(2026, 5, 31)),)


def test_toegangslog_is_een_getekende_keten_per_dossier(opslag_db):
    db = opslag_db
    with db.opslag() as uow:
        a = uow.log_toevoegen(_regel("d1"))
        b = uow.log_toevoegen(_regel(None, "u2", "inloggen"))
        c = uow.log_toevoegen(_regel("d1", operatie="dossier_wijzigen"))
        uow.commit()
    with db.opslag() as uow:
        uow.log_toevoegen(_regel("d9"))  # not committed: never in the log
    assert (a.keten, a.ketennummer, b.keten, b.ketennummer, c.keten, c.ketennummer) == (
        "d1", 1, "g:u2", 1, "d1", 2)
    assert a.volgnummer < b.volgnummer < c.volgnummer
    assert c.vorige_hash == a.hash and len(a.hash) == 64  # HMAC-SHA256 in hex
    assert a.tijdstip != "2026-03-02T09:00:00.000000Z"  # the store's clock, not the caller's
    with db.opslag() as uow:
        assert [r.operatie for r in uow.log_regels()] == ["dossier_lezen", "inloggen", "dossier_wijzigen"]
        assert [r.hash for r in uow.log_regels(["d1"])] == [a.hash, c.hash]
    controle = db.controleer_log()
    assert controle.in_orde and controle.aantal == 3, controle.fouten
    assert db.controleer_log(verwachte_kop=controle.kop_hash).in_orde
    nep = controle.kop_hash.split(":")[0] + ":" + "0" * 64
    assert not db.controleer_log(verwachte_kop=nep, verzegel=False).in_orde
