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

# What spaCy gives a form it never saw.
OOV = -20.5



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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default="Sources/Stages/Entities/Model/words.lexicon")
    parser.add_argument("--min-logprob", type=float, default=-19.0,
                        help="leave out words rarer than this unless they have a cluster")
    args = parser.parse_args()

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
        lower, capitalised, lower_cluster, (_, capital_cluster) = words[key]
        total = logaddexp(lower, capitalised)
        value = (index.get(lower_cluster, 0) | index.get(capital_cluster, 0) << 10
                 | bucket_casing(capitalised, lower) << 20 | bucket_frequency(total) << 24)
        out += struct.pack("<II", key, value)
    with open(args.output, "wb") as f:
        f.write(out)
    print(f"{args.output}: {len(words)} words, {len(paths)} clusters, {len(out)} bytes")


if __name__ == "__main__":
    main()
