#!/usr/bin/env python3
"""Checks the gold files of the development sets: every quote text, ignored string, pledge evidence and amount text
must be a verbatim substring of its article (what ../../../../../shared/tools/score.py and `eval` locate), with valid
kinds, strengths and sector ids, amounts with a positive value and an ISO 4217-shaped currency, and a gold file for
every article of a set's text folders (sets are scored on whole articles).

usage: check_gold.py [SET_DIR ...]      (default: every set folder next to this script); exits 1 on any failure
"""
import json, pathlib, re, sys

SECTORS = {"ai", "semiconductors", "aerospace", "defense", "critical_minerals", "trade", "advanced_manufacturing",
           "science_technology", "culture", "peace_security", "energy", "health", "climate_environment",
           "agriculture_food", "finance", "transport", "digital_telecom", "migration"}
KINDS = {"direct", "partial", "indirect"}
STRENGTHS = {"signed", "commitment", "agreement", "reaffirmation", "intention"}

def check_set(setdir):
    errors, counts = [], {}
    for gdir in sorted(d for d in setdir.iterdir() if d.is_dir() and d.name.startswith("gold")):
        for gf in sorted(gdir.glob("*.json")):
            g = json.loads(gf.read_text(encoding="utf-8"))
            text = (setdir / g["file"]).read_text(encoding="utf-8")
            def need(frag, what):
                if not frag or frag not in text: errors.append(f"{gf}: {what} not verbatim in {g['file']}: {frag!r}")
            if g["docId"] != gf.stem: errors.append(f"{gf}: docId {g['docId']} differs from the file name")
            for q in g.get("quotes", []):
                need(q["text"], "quote")
                if q["kind"] not in KINDS: errors.append(f"{gf}: kind {q['kind']}")
                if not q["speakers"]: errors.append(f"{gf}: quote without speaker: {q['text'][:40]}")
                if q["joint"] != (len(q["speakers"]) > 1): errors.append(f"{gf}: joint flag: {q['text'][:40]}")
                c = counts.setdefault(gdir.name, {}); c[q["kind"]] = c.get(q["kind"], 0) + 1
            for t in g.get("ignoreQuotes", []): need(t, "ignored quote")
            for s in g.get("sectors", []):
                if s not in SECTORS: errors.append(f"{gf}: unknown sector {s}")
            for p in g.get("pledges", []):
                need(p["evidence"], "pledge evidence")
                if p["strength"] not in STRENGTHS: errors.append(f"{gf}: strength {p['strength']}")
                for s in p["sectors"]:
                    if s not in SECTORS: errors.append(f"{gf}: unknown pledge sector {s}")
                tf = p.get("timeframe")
                if tf is not None and not (isinstance(tf.get("start"), int) and isinstance(tf.get("end"), int)):
                    errors.append(f"{gf}: timeframe {tf}")
                if "amount" in p:
                    need(p["amount"]["text"], "amount")
                    if p["amount"]["text"] not in p["evidence"] and p["amount"]["text"] not in text:
                        errors.append(f"{gf}: amount outside the article")
                    v, cur = p["amount"].get("value"), p["amount"].get("currency")
                    if not isinstance(v, (int, float)) or v <= 0: errors.append(f"{gf}: amount value {v!r}")
                    if not isinstance(cur, str) or not re.fullmatch(r"[A-Z]{3}", cur): errors.append(f"{gf}: currency {cur!r}")
                c = counts.setdefault(gdir.name, {}); c["pledges"] = c.get("pledges", 0) + 1
                if "amount" in p: c["amounts"] = c.get("amounts", 0) + 1
            c = counts.setdefault(gdir.name, {}); c["articles"] = c.get("articles", 0) + 1
    for tdir in sorted(d for d in setdir.iterdir() if d.is_dir() and d.name.startswith("text")):
        gdir = setdir / tdir.name.replace("text", "gold", 1)
        for tf in sorted(tdir.glob("*.txt")):
            if not (gdir / f"{tf.stem}.json").exists(): errors.append(f"{tf}: article without a gold file in {gdir.name}")
    return errors, counts

if __name__ == "__main__":
    here = pathlib.Path(__file__).resolve().parent
    sets = [pathlib.Path(a) for a in sys.argv[1:]] or sorted(d for d in here.iterdir() if d.is_dir())
    bad = 0
    for s in sets:
        errors, counts = check_set(s)
        for e in errors: print(e)
        bad += len(errors)
        print(f"{s.name}: {json.dumps(counts)} — {'OK' if not errors else f'{len(errors)} errors'}")
    sys.exit(1 if bad else 0)
