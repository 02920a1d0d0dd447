#!/usr/bin/env python3
"""Learns the words that recent news uses as people's names from unlabelled text, for the
entities stage's `NewsPersons` rule, and writes them as Sources/Stages/Entities/NewsPersons+List.swift.

The bundled tagger reads the corpora (`gloss analyze --stages text,entities --format jsonl`); per
distinct document text, a capitalised word counts once for each type of name it is tagged
inside (PER, ORG, LOC, MISC) and once when it is written in lower case. A word of at least
--min-letters letters is kept when it is inside a person's name in at least --min-documents
documents, at least --dominance times as many as inside any other type of name, ends a
person's name (alone or last: a surname's place, not a title's or a given name's) in at least
--min-documents and half of those documents, is written in lower case in at most a tenth of
its documents, is no listed country, state or continent, and is introduced with a first name
somewhere: in at least --min-introduced documents it ends a run of capitalised words after
another one ("Vladimir Putin", "Mr Putin's") - so the list holds surnames the tagger already
reads as such in some sentences, never a common word nor a word of the wire's tables that is
never written after a name ("Qtrly div 28.5 cts", "the Richter scale"). The tagger's own output
is the only label: no name is added by hand. --exclude leaves out the documents holding a
gold file's sentences (to show a proxy set does not measure the list on its own text).

Hold out: --hold-out-after EPOCH leaves the RSS snapshots taken after EPOCH out (the bundled
list leaves out the later half by date, so the rule is measured on news the list never read).

The tagger that reads the corpora must not read the list itself (its tags would learn from
the rule): build gloss once with `--empty` (an empty list), then run the script with it.
The bundled list was learnt with main 76f3e83's release build (before the rule existed).

Usage: python3 scripts/build-news-persons.py --gloss .build/release/gloss \
         --corpora ../shared/corpora --hold-out-after 1758255264  (about 40 s)
The corpora are Reuters-21578 (research use, see its README), RSS snapshots of 2025 news feeds
and WARC test files; the list holds single words only, as facts about their use (no text).
"""
import argparse, collections, json, os, re, subprocess, sys, time

WORD = re.compile(r"[A-Z][\w’'-]*")
TYPES = ("PER", "ORG", "LOC", "MISC")


def inputs(corpora, hold_out_after, parts):
    rss = os.path.join(corpora, "rss")
    files = []
    for name in sorted(os.listdir(rss)):
        m = re.search(r"-(\d+)\.xml$", name)
        if "rss" in parts and m and (hold_out_after is None or int(m.group(1)) <= hold_out_after):
            files.append(os.path.join(rss, name))
    if "reuters" in parts:
        files.append(os.path.join(corpora, "reuters21578", "sgml"))
    if "warc" in parts:
        files.append(os.path.join(corpora, "warc"))
    return files


def word_of(token):
    """The word without a possessive or a trailing hyphen ("Putin’s" → "Putin")."""
    return re.split(r"[’']", token.rstrip("’'-"))[0]


def count(lines, excluded=()):
    """Per word: documents it is inside a name of each type, written capitalised, in lower case."""
    counts = collections.defaultdict(collections.Counter)
    lower = collections.Counter()
    seen = set()
    for line in lines:
        doc = json.loads(line)
        text = doc.get("text", "")
        if text in seen or any(sentence in text for sentence in excluded):
            continue
        seen.add(text)
        mentions = doc["layers"]["entities"]["mentions"]
        found = set()
        previous = None
        for m in WORD.finditer(text):
            word = word_of(m.group(0))
            # Introduced: after a capitalised word of two or more letters (no initial, no
            # capitals) and one space, and no capitalised word after it (so last in its run).
            if (previous is not None and text[previous.end():m.start()] == " " and len(word) >= 2
                    and not word.isupper() and len(previous.group(0)) >= 2 and not previous.group(0).isupper()
                    and "." not in previous.group(0)
                    and not re.match(r"(’s|'s)?\s+[A-Z]", text[m.start() + len(word):])):
                found.add((word, "introduced"))
            previous = m
            if len(word) < 2 or word.isupper():
                continue
            start, end = m.start(), m.start() + len(word)
            kind = "O"
            for mention in mentions:
                a, b = mention["chars"]
                if a <= start and end <= b:
                    kind = mention["type"]
                    # A person's name ends with the word ("Putin", "Vladimir Putin"): a
                    # surname's place, not a title's or a given name's ("Mr", "Donald").
                    if kind == "PER" and not text[end:b].strip(" ’'s"):
                        found.add((word, "last"))
                    break
            found.add((word, kind))
        for word, kind in found:
            counts[word][kind] += 1
        for w in set(re.findall(r"\b[a-z][\w-]*\b", text)):
            lower[w] += 1
    return counts, lower


def places(gazetteer):
    kept = set()
    for line in open(gazetteer, encoding="utf-8"):
        if line.startswith("#"):
            continue
        kind, _, phrase = line.rstrip("\n").partition("\t")
        if kind in ("country", "state", "continent") and " " not in phrase:
            kept.add(phrase)
    return kept


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gloss", default=".build/release/gloss")
    ap.add_argument("--corpora", default="/work/shared/corpora")
    ap.add_argument("--hold-out-after", type=int, default=None)
    ap.add_argument("--parts", default="rss,reuters,warc", help="which corpora to read (rss, reuters, warc)")
    ap.add_argument("--min-letters", type=int, default=4, help="shorter words are abbreviations as often (Jan, Mar, Un)")
    ap.add_argument("--min-documents", type=int, default=3)
    ap.add_argument("--dominance", type=float, default=2.0)
    ap.add_argument("--min-introduced", type=int, default=1,
                    help="documents in which the word ends a run of capitalised words after another one")
    ap.add_argument("--gazetteer", default="Sources/Stages/Entities/Model/gazetteer.txt")
    ap.add_argument("--output", default="Sources/Stages/Entities/NewsPersons+List.swift")
    ap.add_argument("--jsonl", help="read this analysis instead of running gloss")
    ap.add_argument("--exclude", help="a file whose '# text = ' lines are sentences to leave out (to measure on them)")
    ap.add_argument("--empty", action="store_true", help="write an empty list (to build a gloss that reads no list)")
    args = ap.parse_args()
    began = time.time()
    if args.empty:
        lines = []
    elif args.jsonl:
        lines = open(args.jsonl)
    else:
        run = subprocess.run(
            [args.gloss, "analyze", "--stages", "text,entities", "--format", "jsonl", "--jobs", "1"]
            + inputs(args.corpora, args.hold_out_after, args.parts.split(",")), capture_output=True, text=True, check=True)
        lines = run.stdout.splitlines()
    excluded = []
    if args.exclude:
        excluded = [l[len("# text = "):].strip() for l in open(args.exclude, encoding="utf-8") if l.startswith("# text = ")]
    counts, lower = count(lines, excluded)
    listed_places = places(args.gazetteer)
    kept = []
    for word, c in counts.items():
        person = c["PER"]
        other = max(c[t] for t in TYPES if t != "PER")
        written = sum(c[t] for t in TYPES + ("O",))
        if person < args.min_documents or person < args.dominance * other:
            continue
        if c["last"] < args.min_documents or c["last"] * 2 < person:
            continue
        if len(word) < args.min_letters or c["introduced"] < args.min_introduced:
            continue
        if lower[word.lower()] * 10 > written or word.lower() in listed_places:
            continue
        kept.append(word.lower())
    kept.sort()
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/build-news-persons.py")
        if args.hold_out_after is not None:
            out.write(f" --hold-out-after {args.hold_out_after}")
        out.write(" (do not edit).\n")
        out.write("// Words learnt from the entities stage's own tags over unlabelled news: Reuters-21578\n")
        out.write("// (research use), RSS snapshots of 2025 news feeds and WARC test files in ../shared/corpora.\n")
        out.write("// Single words as facts about their use; no text of the corpora.\n\n")
        out.write("extension NewsPersons {\n")
        out.write(f"    /// The {len(kept)} words (case-folded) the tagger reads as people's names in news.\n")
        out.write("    static let learnt = \"\"\"\n")
        line = "        "
        for w in kept:
            if len(line) + len(w) + 1 > 108:
                out.write(line.rstrip() + "\n")
                line = "        "
            line += w + " "
        out.write(line.rstrip() + "\n        \"\"\"\n}\n")
    print(f"{len(kept)} words from {len(counts)} capitalised words; {time.time() - began:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
