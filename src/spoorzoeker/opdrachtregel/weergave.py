"""``dossier toon`` as a person reads it: the case in Dutch sections and tables (from the JSON export)."""

from __future__ import annotations

from .tabel import datum, tabel


def _ja_nee(w) -> str:
    return "onbekend" if w is None else ("ja" if w else "nee")


def _kop(titel: str) -> str:
    return f"\n{titel}\n{'=' * len(titel)}"


def dossier_als_tekst(data: dict) -> str:
    d = data["dossier"]
    wn, wg = d["werknemer"], d["werkgever"]
    uit = [f"Dossier van {wn['naam']} ({wn.get('functie') or 'functie onbekend'}) bij {wg['naam']}",
           f"Eerste ziektedag: {datum(d['eerste_ziektedag'])}",
           f"Verwachte duur: {d['verwachte_duur_weken']} weken" if d.get("verwachte_duur_weken") is not None
           else "Verwachte duur: onbekend",
           f"Vangnetregeling van toepassing: {_ja_nee(d.get('vangnet_van_toepassing'))}; "
           f"arbeidsongeval: {_ja_nee(d.get('arbeidsongeval'))}; "
           f"derde aansprakelijk: {_ja_nee(d.get('derde_aansprakelijk'))}",
           f"Dossier-id: {d['id']}"]
    secties = [
        ("Ziekteperiodes", ["Van", "Tot en met", "Weer aan het werk"], [
            [datum(p["van"]), datum(p["tot_en_met"]) if p["tot_en_met"] else "nog ziek",
             f"{p['hervatting_percentage']}% van de uren"] for p in d["ziekteperiodes"]]),
        ("Gedane stappen", ["Datum", "Stap", "Door", "Document", "Motivering"], [
            [datum(s["datum"]), s["code"].replace("_", " "), s["door"], s["document"] or "-",
             s["motivatie_afwijking"] or "-"] for s in d["stappen"]]),
        ("Oordelen van de bedrijfsarts (in werktermen)", ["Datum", "Soort", "Beperkingen", "Mogelijkheden", "Advies"], [
            [datum(f["datum"]), f["soort"].replace("_", " "), f["beperkingen"], f["mogelijkheden"], f["advies"] or "-"]
            for f in d["functionele_mogelijkheden"]]),
        ("Plan van aanpak", ["Opgesteld", "Soort", "Doel", "Interventies"], [
            [datum(p["opgesteld_op"]), "bijstelling" if p["is_bijstelling"] else "plan", p["doel"],
             "; ".join(f"{i['soort'].replace('_', ' ')}: {i['omschrijving']}" for i in p["interventies"])
             or p["scholing_niet_passend"] or "-"] for p in d["plannen_van_aanpak"]]),
        ("Rapporten van de arbeidsdeskundige", ["Datum", "Door", "Spoor 1 haalbaar", "Advies"], [
            [datum(r["datum"]), r["opgesteld_door"], _ja_nee(r["spoor1_realistisch"]),
             r["advies"].replace("_", " ")] for r in d["arbeidsdeskundige_rapporten"]]),
        ("Spoorkeuze", ["Gesprek", "Keuze", "Motivatie"], [
            [datum(k["datum_gesprek"]), k["keuze"].replace("_", " "), k["motivatie"]] for k in d["spoorkeuzes"]]),
        ("Vragen en verschillen van mening", ["Nr", "Ingediend", "Soort", "Onderwerp", "Uitkomst"], [
            [v["id"], datum(v["ingediend_op"]), v["soort"].replace("_", " "), v["onderwerp"],
             v["uitkomst"] or "nog open"] for v in d["vragen"]]),
        ("Nazorg", ["Gepland", "Soort", "Gedaan", "Notitie"], [
            [datum(n["gepland_op"]), n["soort"], datum(n["gedaan_op"]), n["notitie"] or "-"] for n in d["nazorg"]]),
        ("Besluiten van UWV en verlof", ["Datum", "Soort", "Tot", "Weken"], [
            [datum(g["datum"]), g["soort"].replace("_", " "), datum(g["tot"]), g["weken"] or "-"]
            for g in d["gebeurtenissen"]]),
    ]
    for titel, koppen, rijen in secties:
        uit += [_kop(titel), tabel(koppen, rijen)]
    if "medisch" in data:
        uit += [_kop("Medisch deel (alleen voor wie dit mag lezen)"),
                tabel(["Datum", "Door", "Diagnose", "Prognose", "Notitie"], [
                    [datum(a["datum"]), a["door"], a["diagnose"] or "-", a["prognose"] or "-",
                     a["medische_notitie"] or "-"] for a in data["medisch"]["aantekeningen"]])]
    return "\n".join(uit)
