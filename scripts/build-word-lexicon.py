#!/usr/bin/env python3
"""Builds Sources/Stages/Entities/Model/words.lexicon, what a large English corpus says of each
word that the entity tagger uses as features: its Brown cluster (as written in lower case and
as capitalised), how much more often it is capitalised than not, and how frequent it is.

Source: the English lexeme tables of spaCy's spacy-lookups-data 1.0.5 (MIT licence, (c) 2019
ExplosionAI GmbH): `en_lexeme_cluster` (1,000 Brown clusters over a million word forms, each
path stored as an integer whose low bit is the path's first step) and `en_lexeme_prob` (the
forms' log probabilities). Words are keyed by the hash the tagger computes for a token
(`WordHash.folded`: FNV-1a over UTF-8 with ASCII and Latin-1 capitals folded), so the forms
"Apple", "APPLE" and "apple" share one entry.

Output (little-endian): the magic `GLOSSLEX`, a version (UInt32, 2), the number of clusters
and of entries (UInt32 each); the cluster paths (UInt32 each); then the entries sorted by key,
each a key (UInt32: the high 32 bits of the word's hash; words whose keys collide are left
out) and a value (UInt32): bits 0-9 the lower-case form's cluster and bits
10-19 the capitalised form's (an index into the paths plus one; 0 for none), bits 20-23 the
casing bucket and bits 24-27 the frequency bucket (see `bucket_casing`, `bucket_frequency`).
Deterministic. Run from the repository root:

    python3 -m venv /tmp/venv-lex && /tmp/venv-lex/bin/pip install spacy-lookups-data==1.0.5
    /tmp/venv-lex/bin/python scripts/build-word-lexicon.py

News casing (`--news-casing FOLDER ...`; the bundled file is built with it, over the RSS
snapshots of ../shared/corpora/rss: news of 2025-26). spaCy's tables are web text of about
2019 and older, so a name that became frequent in news since, or one that is also a common
word, keeps the casing of the common word ("trump", a card game's verb: "President Trump" looked
to the tagger like a capitalised common word, and 3,007 of the RSS snapshots' 4,193 "Trump"
were left untagged). With this option the news is read through Gloss itself (`gloss analyze
--stages text --format jsonl --tokens`, the binary --gloss), so that the words are the
tagger's tokens, and for each word the lexicon lists it counts how often the word is written
with a capital (any upper-case letter, as spaCy tells its forms apart) and without one: once
per distinct sentence, not as a sentence's first word or the first word after a quotation mark
or a colon, and not in a headline (a sentence none of whose words of four or more letters
begins in lower case: title-case and all-capitals lines, menus). The news figure,
log((capitalised + 0.5) / (lower + 0.5)), is blended with spaCy's, log P(capitalised forms) -
log P(lower-case forms), by the word's news count n: (n * news + N * spaCy) / (n + N), N being
--news-weight (20). Only the casing bucket moves (the clusters and the frequency stay spaCy's),
and only upwards, and only for a word spaCy puts below bucket 5 (--news-below: usually lower
case) that news writes capitalised at least e^4 = 55 times as often as not (--news-threshold
4). Counted without sentence starts, news casing is on another scale than spaCy's (which counts
"The" at a sentence's start: "the" is bucket 3 there, 1 in news), so replacing every word's
bucket (counted over Reuters-21578 and the RSS snapshots) moved 6,849 of them and cost EWT dev
0.4 and wikigold ORG 2.2 points. The guarded form over both moved 42 words and left EWT dev and
wikigold as they were, but Reuters' 1987 names ("corp", "inc", "moody", "dome") then split
company names on real text ("INC" tagged alone); over the RSS snapshots alone it moves three,
"trump", "fed" and "ai", and only those are bundled (docs/entities-news.md). Only the
derived buckets enter the file (one of 8 per word); no text of the corpora is stored.
`--write-news-counts FILE` saves the counts (a TSV of key, capitalised, lower) and
`--news-counts FILE` reads them instead of the corpora (the counting takes about 3 minutes):

    swift build -c release --product gloss
    /tmp/venv-lex/bin/python scripts/build-word-lexicon.py --gloss .build/release/gloss \
        --news-casing ../shared/corpora/rss
"""
import argparse
import gzip
import json
import math
import os
import sys
import struct

import spacy_lookups_data

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordhash import folded_hash  # noqa: E402
from gloss_sentences import distinct_sentences  # noqa: E402

# What spaCy gives a form it never saw.
OOV = -20.5

# --news-weight's default: the news count at which news and spaCy weigh the same.
NEWS_WEIGHT = 20.0



def logaddexp(a, b):
    if a < b:
        a, b = b, a
    return a + math.log1p(math.exp(b - a))


def bucket_casing(capitalised, lower):
    """How much more often the word is written with a capital than without, in 8 buckets."""
    difference = capitalised - lower
    edges = [-6, -3, -1, 0, 1, 3, 6]
    return 1 + sum(1 for edge in edges if difference >= edge)


def bucket_frequency(logprob):
    """The word's log probability over all its forms, in 15 buckets of one nat."""
    return 1 + min(14, max(0, int(-logprob) - 5))


# Tokens after which a word may be capitalised as a sentence's first word is.
OPENERS = {'"', "\u201c", "\u2018", "'", ":", "--", "\u2014"}


def is_headline(words):
    """Whether no word of four or more letters begins in lower case (title case, capitals, menus)."""
    return not any(len(w) >= 4 and w[0].isalpha() and w[0].islower() for w in words)


def count_news_casing(gloss, paths):
    """Per folded hash, [capitalised, lower-case] counts away from sentence starts and headlines."""
    counts = {}
    sentences = 0
    for words in distinct_sentences(gloss, paths):
        if is_headline(words):
            continue
        sentences += 1
        first = True
        previous = ""
        for word in words:
            if not any(ch.isalpha() for ch in word):
                previous = word
                continue
            if not first and previous not in OPENERS:
                entry = counts.setdefault(folded_hash(word.encode("utf-8")), [0, 0])
                entry[0 if word != word.lower() else 1] += 1
            first = False
            previous = word
    print(f"news casing: {sentences} distinct sentences counted, {len(counts)} words", file=sys.stderr)
    return counts


def news_difference(capitalised, lower):
    """The news figure of how much more often a word is capitalised than not (natural log)."""
    return math.log((capitalised + 0.5) / (lower + 0.5))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default="Sources/Stages/Entities/Model/words.lexicon")
    parser.add_argument("--min-logprob", type=float, default=-19.0,
                        help="leave out words rarer than this unless they have a cluster")
    parser.add_argument("--news-casing", nargs="+", metavar="FOLDER",
                        help="recount the casing bucket from the news text under these folders")
    parser.add_argument("--gloss", default=".build/release/gloss", help="the gloss binary that reads the news")
    parser.add_argument("--news-weight", type=float, default=NEWS_WEIGHT,
                        help="N: a word seen n times in news takes n / (n + N) of its casing from news")
    parser.add_argument("--news-threshold", type=float, default=4.0,
                        help="recount only words whose news figure (natural log) is at least this")
    parser.add_argument("--news-below", type=int, default=5,
                        help="recount only words whose spaCy casing bucket is below this")
    parser.add_argument("--news-counts", help="read the news counts from this TSV instead of the corpora")
    parser.add_argument("--write-news-counts", help="save the news counts to this TSV")
    args = parser.parse_args()
    news = None
    if args.news_counts:
        news = {}
        for line in open(args.news_counts):
            key, capitalised, lower = line.split()
            news[int(key)] = [int(capitalised), int(lower)]
    elif args.news_casing:
        news = count_news_casing(args.gloss, args.news_casing)
    if news is not None and args.write_news_counts:
        with open(args.write_news_counts, "w") as f:
            for key in sorted(news):
                f.write(f"{key}\t{news[key][0]}\t{news[key][1]}\n")

    data = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
    clusters = json.load(gzip.open(os.path.join(data, "en_lexeme_cluster.json.gz")))
    probs = json.load(gzip.open(os.path.join(data, "en_lexeme_prob.json.gz")))

    # key -> [lower logprob, capitalised logprob, lower cluster, (best capitalised logprob, cluster)]
    words = {}
    for form, logprob in probs.items():
        if not any(ch.isalpha() for ch in form) or any(ch.isspace() for ch in form):
            continue
        cluster = clusters.get(form) or 0
        if logprob < args.min_logprob and cluster == 0:
            continue
        encoded = form.encode("utf-8")
        key = folded_hash(encoded)
        entry = words.setdefault(key, [OOV, OOV, 0, (OOV, 0)])
        if form == form.lower():
            entry[0] = logaddexp(entry[0], logprob) if entry[0] > OOV else logprob
            entry[2] = entry[2] or cluster
        else:
            entry[1] = logaddexp(entry[1], logprob) if entry[1] > OOV else logprob
            if cluster and logprob > entry[3][0]:
                entry[3] = (logprob, cluster)

    # The casing figure per word: spaCy's, or blended with news.
    moved = 0
    for key, entry in words.items():
        difference = entry[1] - entry[0]
        if (news is not None and key in news and news_difference(*news[key]) >= args.news_threshold
                and bucket_casing(difference, 0) < args.news_below):
            capitalised, lower = news[key]
            n = capitalised + lower
            blended = (n * news_difference(capitalised, lower) + args.news_weight * difference) / (n + args.news_weight)
            blended = max(blended, difference)
            moved += bucket_casing(blended, 0) != bucket_casing(difference, 0)
            difference = blended
        entry.append(difference)
    if news is not None:
        print(f"news casing moved the bucket of {moved} words", file=sys.stderr)

    # Keep the high 32 bits of each hash; the few words whose keys collide are left out.
    keys = {}
    for key in words:
        keys.setdefault(key >> 32, []).append(key)
    words = {short: words[full[0]] for short, full in keys.items() if len(full) == 1}
    paths = sorted({c for e in words.values() for c in (e[2], e[3][1]) if c})
    index = {path: i + 1 for i, path in enumerate(paths)}
    assert len(paths) < 1023
    out = bytearray(b"GLOSSLEX")
    out += struct.pack("<III", 2, len(paths), len(words))
    out += struct.pack(f"<{len(paths)}I", *paths)
    for key in sorted(words):
        lower, capitalised, lower_cluster, (_, capital_cluster), difference = words[key]
        total = logaddexp(lower, capitalised)
        value = (index.get(lower_cluster, 0) | index.get(capital_cluster, 0) << 10
                 | bucket_casing(difference, 0) << 20 | bucket_frequency(total) << 24)
        out += struct.pack("<II", key, value)
    with open(args.output, "wb") as f:
        f.write(out)
    print(f"{args.output}: {len(words)} words, {len(paths)} clusters, {len(out)} bytes")


if __name__ == "__main__":
    main()
