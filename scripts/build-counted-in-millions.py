#!/usr/bin/env python3
"""Writes Sources/Stages/Numbers/MentionReader+CountedInMillions.swift: the plural nouns news counts in
millions, read from the news text under --corpora (the complete source the numbers stage has of what
news counts by the million), not written by hand.

A whole number with a fused `m` (`20m customers`, `20m cliffs`) is millions of a count or a length in
metres; the stage reads millions when the plural after it is a noun news counts in millions
(`MentionReader.isCountedInMillions`). This script finds those nouns where news writes them: every
lower-case plural written right after a scale word (`mln`, `million`, `millions`, `bln`, `billion`, `bn`,
after a number in digits or words: `12 mln shares`, `three million barrels`, `a million visitors`) or
after a number with `m`, `mln` or `bn` fused to it (`2bn users`, `1.2m visitors`), in
- the Reuters-21578 story bodies (`reuters21578/sgml/*.sgm`; "Reuters-21578, Distribution 1.0", free
  distribution for research),
- the RSS snapshots' titles and descriptions (`rss/*.xml`; headlines and teasers, (c) the publishers),
- the WARC captures' response bodies with tags removed (`warc/*.gz`; test data under Apache-2.0, CC0,
  CC-BY-SA and GPL),
each distinct sentence once (the feeds repeat items). The plural is the word right after the scale
word, or the one after that when the first is a lower-case word that is no plural (`12 mln new
shares`). A plural is a lower-case word of at least four letters ending in `s` but not `ss`, `us` or
`is`, as the stage's `isLowercasePlural` reads one. Kept: every such plural that WordNet 3.0 lists as a
noun (its singular by `-s`, `-es`, `-ies`, or its own entry or exception; `--wordnet`, Debian's
`wordnet-base`, Princeton's permissive licence; used as a filter only, none of its data is shipped),
which drops typos and verbs (`sahres`, `consists`), unless WordNet's sense-tagged counts (`tagsense_cnt`
of index.noun and index.verb) make its singular more often a verb than a noun and it is seen fewer than
ABBREVIATION_COUNT times right after a scale word: the verb of a clause whose subject ends in a scale
word (`5 mln dlrs compares with`, `10 mln comes from`), which after a race would make millions of
`Bolt's 100m raises the bar` (`shares`, `marks`, `contracts` stay: well attested), and an abbreviation WordNet does not list when it
follows a scale word right away at least ABBREVIATION_COUNT times (`dlrs`, `bbls`). Left out: plurals of
length units (`LENGTHS`: the fused `m` before them is metres) and plural number words (`millions`).
To these the script adds HAND_LIST, the 77 nouns of the list the stage held before (b356810, written
and reviewed by hand over numbers20-21 and their reviews): what modern news counts by the million and
the 1987 wire and a year of RSS headlines do not write after a scale word (`phones`, `downloads`,
`students`, `tourists`, `deaths`, `refugees`: 48 of them are not attested here). The corpora hold no
whole number with a fused `m` before a plural at all, so nothing in them speaks against these words,
and without them `5m phones`, `3m refugees`, `2m deaths` read metres. Its words without an `-s`
(`people`, `children`) join the second list.
A second list holds the plurals with no `-s` written after a scale word: WordNet's irregular noun
plurals (its exception list: `children`, `men`) and English collective plurals (`COLLECTIVE_PLURALS`:
`people`, `cattle`), which `isLowercasePlural` cannot see.
Only the words are shipped, with no text of the corpora. Needs only Python 3; run from the repository
root (20-40 s on this loaded 2-core machine, most of it reading the WARC captures):

    python3 scripts/build-counted-in-millions.py [--corpora ../shared/corpora] [--wordnet /usr/share/wordnet]
"""
import argparse
import glob
import gzip
import html
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "Stages", "Numbers", "MentionReader+CountedInMillions.swift")
ABBREVIATION_COUNT = 3
LENGTHS = {"metres", "meters", "kilometres", "kilometers", "centimetres", "centimeters", "millimetres",
           "millimeters", "miles", "feet", "inches", "yards", "foots", "kms", "mms", "cms"}
# Plural nouns without a plural ending that neither WordNet's exception list nor `-s` gives: the
# collective nouns English counts as plurals (`1.2m people`, `3m cattle`).
COLLECTIVE_PLURALS = {"people", "cattle", "livestock", "police", "personnel", "poultry", "staff"}
# The list the stage held before this table (b356810), kept: nouns modern news counts in millions
# that the corpora, mostly 1987 wire, do not write after a scale word (see the docstring).
HAND_LIST = {
    "accounts", "adults", "animals", "birds", "borrowers", "cars", "cases", "children", "citizens", "claims",
    "clients", "consumers", "copies", "customers", "deaths", "devices", "doses", "downloads", "drivers",
    "employees", "families", "fans", "followers", "gamers", "handsets", "holders", "homes", "households",
    "immigrants", "infections", "inhabitants", "jobs", "listeners", "lives", "loans", "members", "migrants",
    "orders", "owners", "passengers", "patients", "pensioners", "people", "persons", "phones", "players",
    "policies", "pupils", "readers", "refugees", "residents", "sales", "savers", "shares", "shoppers",
    "smartphones", "smokers", "speakers", "streams", "students", "subscribers", "subscriptions", "taxpayers",
    "tickets", "tourists", "travelers", "travellers", "units", "users", "vehicles", "viewers", "views",
    "visitors", "visits", "voters", "votes", "workers",
}
NUMBER_WORDS = {"millions", "billions", "thousands", "hundreds", "trillions", "tens", "dozens", "lakhs", "crores"}
# A scale word (after a number in digits or words, or none: `a million`), or a number with a fused
# `m`, `mln` or `bn`, then the word after it and the one after that.
AFTER_SCALE = re.compile(r"(?:\b(?:mln|million|millions|bln|billion|bn)|(?<![\w.])\d[\d,]*(?:\.\d+)?(?:mln|bln|bn|m))\b"
                         r"\s+([A-Za-z][a-z-]*)(?:\s+([A-Za-z][a-z]+))?")


def corpus_texts(corpora):
    """The raw texts: Reuters bodies, RSS titles and descriptions, WARC bodies without tags."""
    for path in sorted(glob.glob(os.path.join(corpora, "reuters21578", "sgml", "*.sgm"))):
        with open(path, encoding="latin-1") as f:
            yield from (html.unescape(body) for body in re.findall(r"<BODY>(.*?)</BODY>", f.read(), re.S))
    for path in sorted(glob.glob(os.path.join(corpora, "rss", "*.xml"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            for item in re.findall(r"<(?:title|description)>(.*?)</(?:title|description)>", f.read(), re.S):
                item = html.unescape(item.replace("<![CDATA[", "").replace("]]>", ""))
                yield html.unescape(re.sub(r"<[^>]+>", " ", item))
    for path in sorted(glob.glob(os.path.join(corpora, "warc", "*.gz"))):
        try:
            with gzip.open(path) as f:
                data = f.read().decode("utf-8", errors="replace")
        except (OSError, EOFError):
            continue
        data = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", data)
        yield html.unescape(re.sub(r"<[^>]+>", " ", data))


def is_plural(word):
    """A plural as the stage's `isLowercasePlural` reads one."""
    return word.islower() and len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def counts(corpora):
    """How often each plural follows a number and a scale word, right after it or after one
    lower-case word that is no plural: (right after, after a word), each sentence once."""
    direct, later, seen, texts = {}, {}, set(), 0
    others = {}
    for text in corpus_texts(corpora):
        texts += 1
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            sentence = " ".join(sentence.split())
            if not sentence or sentence in seen:
                continue
            seen.add(sentence)
            for first, second in AFTER_SCALE.findall(sentence):
                if first.islower():
                    others[first] = others.get(first, 0) + 1
                if is_plural(first):
                    direct[first] = direct.get(first, 0) + 1
                elif second and first.islower() and is_plural(second):
                    later[second] = later.get(second, 0) + 1
    if not texts:
        sys.exit("no news text under %s (reuters21578/sgml, rss, warc): pass --corpora" % corpora)
    return direct, later, others


def wordnet_irregular_plurals(directory):
    """The plural forms WordNet's noun exception list gives (`children`, `men`, `feet`)."""
    with open(os.path.join(directory, "noun.exc"), encoding="utf-8") as f:
        return {line.split(" ", 1)[0] for line in f}


def wordnet_nouns(directory):
    """WordNet's noun lemmas and the plurals its exception list gives for them."""
    nouns = set()
    with open(os.path.join(directory, "index.noun"), encoding="utf-8") as f:
        nouns |= {line.split(" ", 1)[0] for line in f if not line.startswith(" ")}
    with open(os.path.join(directory, "noun.exc"), encoding="utf-8") as f:
        nouns |= {line.split(" ", 1)[0] for line in f}
    return nouns


def tagged_counts(path):
    """Each lemma's tagsense_cnt in a WordNet index file: how often its senses were tagged in
    the semantic concordance (the field after sense_cnt)."""
    counts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            counts[fields[0]] = int(fields[5 + pointers])
    return counts


def is_mostly_verb(word, noun_counts, verb_counts):
    """Whether the singular of the plural `word` (by `-s`, `-es` or `-ies`, the first WordNet lists)
    was tagged more often as a verb than as a noun (`compares`, `raises`, `takes`; not `shares`)."""
    singulars = [word[:-3] + "y"] if word.endswith("ies") else []
    singulars += [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    for singular in singulars:
        if singular in noun_counts or singular in verb_counts:
            return verb_counts.get(singular, 0) > noun_counts.get(singular, 0)
    return False


def is_noun(word, nouns):
    """Whether WordNet lists the plural `word` or its singular as a noun."""
    singulars = [word, word[:-1]]
    if word.endswith("es"):
        singulars.append(word[:-2])
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    return any(s in nouns for s in singulars)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=os.path.join(HERE, "..", "..", "shared", "corpora"),
                        help="the folder holding reuters21578/sgml, rss and warc")
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0's dict folder")
    parser.add_argument("--output", default=OUT)
    args = parser.parse_args()
    started = time.time()
    direct, later, others = counts(args.corpora)
    nouns = wordnet_nouns(args.wordnet)
    found = set(direct) | set(later)
    noun_counts = tagged_counts(os.path.join(args.wordnet, "index.noun"))
    verb_counts = tagged_counts(os.path.join(args.wordnet, "index.verb"))
    words = sorted(w for w in found if w not in LENGTHS and w not in NUMBER_WORDS
                   and (is_noun(w, nouns) or direct.get(w, 0) >= ABBREVIATION_COUNT)
                   and (direct.get(w, 0) >= ABBREVIATION_COUNT or not is_mostly_verb(w, noun_counts, verb_counts)))
    words = sorted(set(words) | {w for w in HAND_LIST if is_plural(w)})
    irregular = wordnet_irregular_plurals(args.wordnet) | COLLECTIVE_PLURALS
    plurals = sorted({w for w in others if w in irregular and w not in LENGTHS and len(w) >= 4 and not w.endswith("s")}
                     | {w for w in HAND_LIST if not is_plural(w)})
    lines = ["// Generated by scripts/build-counted-in-millions.py from the news text of ../shared/corpora",
             "// (Reuters-21578 bodies, RSS titles and teasers, WARC bodies); do not edit. Only the words are",
             "// taken: the plurals written after a number and `mln`/`million`/`bln`/`billion`/`bn` or a fused",
             "// `m` (or after one more word), that WordNet lists as nouns or that are abbreviations written",
             "// so at least %d times; plurals of lengths and number words left out; and the script's" % ABBREVIATION_COUNT,
             "// HAND_LIST, the nouns the stage counted in millions before (b356810).",
             "",
             "extension MentionReader {",
             "    /// Plural nouns news counts in millions (%d words): what the corpora write after a number" % len(words),
             "    /// and a scale word (`12 mln shares`, `5 mln new shares`, `1.2m visitors`), and the hand list's",
             "    /// (`5m phones`, `3m refugees`).",
             "    static let countedInMillions: WordSet = ["]
    line = "       "
    for word in words:
        item = ' "%s",' % word
        if len(line) + len(item) > 118:
            lines.append(line)
            line = "       "
        line += item
    lines.append(line)
    lines += ["    ]", "",
              "    /// Plurals without an `-s` the corpora write after a number and a scale word (%d words):" % len(plurals),
              "    /// WordNet's irregular plurals and English collective plurals (`1.2m people`, `3m cattle`),",
              "    /// and the hand list's (`5m children`).",
              "    static let irregularCountedInMillions: WordSet = [%s]" % ", ".join('"%s"' % w for w in plurals),
              "}", ""]
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    print("%d plurals (of %d seen), %d irregular, in %.1f s -> %s" % (len(words), len(found), len(plurals), time.time() - started,
                                                         os.path.relpath(args.output)))


if __name__ == "__main__":
    main()
