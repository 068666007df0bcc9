#!/usr/bin/env python3
"""Turns the hand annotations of an Italian development set (SET/ann/*.ann) into its texts and gold files.

usage: build_gold.py SET_DIR KIND_TSV [--paragraphs]
       build_gold.py SET_DIR --text LANG
  SET_DIR/ann/kind_A_B.ann  one file per article (format below); the article is KIND sentences A..B (inclusive),
  cut exactly as ../../../../../shared/tools/kind_text.py cuts them.
  With --text the articles are already in SET_DIR/text/DOCID.txt (copied unchanged from their corpus, e.g. PolNeAR);
  SET_DIR/ann/DOCID.ann then has no range but a 'source' line, and only gold/ is written.
Writes SET_DIR/text-lines/ + gold-lines/ and, with --paragraphs, text-paragraphs/ + gold-paragraphs/ (the same
sentences, joined by a space inside a paragraph, paragraphs separated by a blank line); without it text/ + gold/.

.ann format (one directive a line, '#' starts a comment line):
  range A-B                         the article's sentences (KIND sets)
  source TEXT                       where the article comes from (--text sets)
  breaks N N ...                    sentence numbers that open a new paragraph (A always does)
  speaker NAME | ALIAS; ALIAS | ROLE | AFFILIATION      (empty field = none)
  D|P|I KEY [+ KEY ...] | TEXT      a quote: direct, partial or indirect; KEY = a speaker's name or alias (resolved to
                                    its name) or a description kept as written; several keys = joint statement
  ignore TEXT                       a quoted string that is no quote (title, scare quote, term)
  sectors ID ID ...                 the article's sectors (ids of SECTORS.md)
  PL STRENGTH | ACTOR; ACTOR | SECTOR SECTOR | YYYY-YYYY or - | EVIDENCE    a pledge
  AM TEXT | VALUE | CURRENCY        the money committed by the pledge above
TEXT is copied from the article with each line break written as a space; 'A ~~ B' stands for the span from the
first A to the first B after it (a shorthand for long spans: the span is still the article's own characters).
Each TEXT is located after the previous one of the same list when it occurs more than once.
"""
import json, re, sys, pathlib

def sentences(tsv):
    sents, cur = [], []
    for line in open(tsv, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur: sents.append(cur); cur = []
        else: cur.append(line.split("\t")[0])
    if cur: sents.append(cur)
    return sents

def detok(ws):   # identical to shared/tools/kind_text.py
    s = " ".join(ws)
    s = re.sub(r" ([,.;:!?)\]»])", r"\1", s); s = re.sub(r"([(\[«]) ", r"\1", s); s = re.sub(r"(\w[’']) ", r"\1", s)
    s = re.sub(r'" ([^"]*?) "', r'"\1"', s)
    return s

class Article:
    def __init__(self, path, sents):
        self.path, self.name = path, path.stem
        self.breaks, self.speakers, self.quotes, self.ignore, self.sectors, self.pledges = set(), [], [], [], None, []
        self.a = self.source = None
        for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"): continue
            head, _, rest = line.partition(" ")
            try: self.directive(head, rest.strip(), sents)
            except Exception as e: sys.exit(f"{path}:{no}: {e}")
        assert self.a is None or self.name == f"kind_{self.a}_{self.b}", f"{path}: name does not match range"

    def directive(self, head, rest, sents):
        if head == "range":
            self.a, self.b = map(int, rest.split("-")); self.sents = [detok(s) for s in sents[self.a:self.b + 1]]
        elif head == "source": self.source = rest
        elif head == "breaks": self.breaks = {int(x) for x in rest.split()}
        elif head == "speaker":
            f = [x.strip() for x in rest.split("|")] + ["", "", ""]
            self.speakers.append({"name": f[0], "aliases": [a.strip() for a in f[1].split(";") if a.strip()],
                                  "role": f[2] or None, "affiliation": f[3] or None})
        elif head in ("D", "P", "I"):
            keys, _, text = rest.partition("|")
            names = [self.resolve(k.strip()) for k in keys.split("+")]
            self.quotes.append({"text": text.strip(), "speakers": names,
                                "kind": {"D": "direct", "P": "partial", "I": "indirect"}[head], "joint": len(names) > 1})
        elif head == "ignore": self.ignore.append(rest)
        elif head == "sectors": self.sectors = rest.split()
        elif head == "PL":
            f = [x.strip() for x in rest.split("|")]
            assert len(f) == 5, "PL needs 5 fields"
            tf = None if f[3] == "-" else dict(zip(("start", "end"), map(int, f[3].split("-"))))
            assert f[0] in ("signed", "commitment", "agreement", "reaffirmation", "intention"), f[0]
            self.pledges.append({"evidence": f[4], "actors": [x.strip() for x in f[1].split(";") if x.strip()],
                                 "sectors": f[2].split(), "strength": f[0], "timeframe": tf})
        elif head == "AM":
            f = [x.strip() for x in rest.split("|")]
            self.pledges[-1]["amount"] = {"text": f[0], "value": float(f[1]) if "." in f[1] else int(f[1]), "currency": f[2]}
        else: raise ValueError(f"unknown directive {head}")

    def resolve(self, key):
        for s in self.speakers:
            if key == s["name"] or key in s["aliases"]: return s["name"]
        return key

    def view(self, paragraphs):
        """The article's text in a view, and the offset where each sentence starts in it."""
        out, starts = "", []
        for i, s in enumerate(self.sents):
            if i: out += ("\n\n" if self.a + i in self.breaks else " ") if paragraphs else "\n"
            starts.append(len(out)); out += s
        return out + "\n", starts

def locate(flat, frag, hint):
    """Span of frag ('A ~~ B' = from A to the end of the first B after it) in flat, preferring positions >= hint."""
    parts = frag.split(" ~~ ")
    head = parts[0]
    cands = [m.start() for m in re.finditer(re.escape(head), flat)]
    if not cands: raise ValueError(f"not in the article: {head!r}")
    s = next((c for c in cands if c >= hint), cands[0])
    e = s + len(head)
    for p in parts[1:]:
        j = flat.find(p, e)
        if j < 0: raise ValueError(f"end not found after {head[:40]!r}: {p!r}")
        e = j + len(p)
    return s, e

def build(setdir, tsv, paragraphs):
    sents = sentences(tsv)
    views = [("lines", False), ("paragraphs", True)] if paragraphs else [("", False)]
    for d in [setdir / (f"text-{v}" if v else "text") for v, _ in views] + [setdir / (f"gold-{v}" if v else "gold") for v, _ in views]:
        d.mkdir(exist_ok=True)
        for f in d.glob("*"): f.unlink()
    for path in sorted((setdir / "ann").glob("*.ann")):
        art = Article(path, sents)
        flat, fstarts = art.view(False); flat = flat.replace("\n", " ")
        def spans(items, key):
            out, hint = [], 0
            for it in items:
                s, e = locate(flat, it[key] if isinstance(it, dict) else it, hint); out.append((s, e)); hint = s
            return out
        try: qsp, isp, psp = spans(art.quotes, "text"), spans(art.ignore, None), spans(art.pledges, "evidence")
        except ValueError as e: sys.exit(f"{path}: {e}")
        asp = [locate(flat, p["amount"]["text"], s) if "amount" in p else None for p, (s, _) in zip(art.pledges, psp)]
        for v, par in views:
            text, vstarts = art.view(par)
            def conv(x, end=False):
                i = max(k for k, st in enumerate(fstarts) if st <= (x - 1 if end else x))
                return vstarts[i] + x - fstarts[i]
            cut = lambda sp: text[conv(sp[0]):conv(sp[1], True)]
            tdir = setdir / (f"text-{v}" if v else "text"); gdir = setdir / (f"gold-{v}" if v else "gold")
            (tdir / f"{art.name}.txt").write_text(text, encoding="utf-8")
            quotes = [dict(q, text=cut(sp)) for q, sp in zip(art.quotes, qsp)]
            pledges = []
            for p, sp, am in zip(art.pledges, psp, asp):
                p = dict(p, evidence=cut(sp))
                if am: p["amount"] = dict(p["amount"], text=cut(am))
                pledges.append(p)
            gold = {"docId": art.name, "file": f"{tdir.name}/{art.name}.txt", "language": "it",
                    "source": f"KIND wikinews_train.tsv sentences {art.a}-{art.b}", "speakers": art.speakers, "quotes": quotes}
            if art.ignore: gold["ignoreQuotes"] = [cut(sp) for sp in isp]
            if art.sectors is not None: gold["sectors"] = art.sectors
            if art.pledges or art.sectors is not None: gold["pledges"] = pledges
            (gdir / f"{art.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

def build_text(setdir, lang):
    """Gold files of a set whose articles are already in setdir/text (copied unchanged)."""
    gdir = setdir / "gold"; gdir.mkdir(exist_ok=True)
    for f in gdir.glob("*"): f.unlink()
    for path in sorted((setdir / "ann").glob("*.ann")):
        art = Article(path, None)
        text = (setdir / "text" / f"{art.name}.txt").read_text(encoding="utf-8")
        flat, pledges, hint = text.replace("\n", " "), [], 0
        try:
            for p in art.pledges:
                s, e = locate(flat, p["evidence"], hint); hint = s
                p = dict(p, evidence=text[s:e])
                if "amount" in p:
                    a, b = locate(flat, p["amount"]["text"], s); p["amount"] = dict(p["amount"], text=text[a:b])
                pledges.append(p)
        except ValueError as e: sys.exit(f"{path}: {e}")
        gold = {"docId": art.name, "file": f"text/{art.name}.txt", "language": lang, "source": art.source,
                "speakers": [], "quotes": [], "sectors": art.sectors or [], "pledges": pledges}
        (gdir / f"{art.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

if __name__ == "__main__":
    if sys.argv[2] == "--text": build_text(pathlib.Path(sys.argv[1]), sys.argv[3]); sys.exit(0)
    build(pathlib.Path(sys.argv[1]), sys.argv[2], "--paragraphs" in sys.argv)
