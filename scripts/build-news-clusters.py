#!/usr/bin/env python3
"""Builds a news lexicon: word clusters and context cues learnt from unlabelled news text, for
the entity tagger's features beside the spaCy Brown clusters of words.lexicon.

Not bundled: as eight tagger features (the cluster cut after 4 and 6 steps and whole, the
neighbours' clusters, news casing, and the cues of the two words either side) it did not
raise EWT dev or wikigold F1 over three ensembles of seeds (see docs/entities-news.md), so
the recipe chosen there does not read it. The script stays so the experiment can be rerun
against a larger or newer corpus.

The spaCy clusters come from web text; these come from the news the stage is meant for, so
that words used alike in news share a cluster: companies ("Texaco", "Chrysler": "... said",
"shares of ...", "... Inc"), agencies, places ("in ...", "... -based"), people ("Mr ...").

Input: the text of the folders given (by default the Reuters-21578, RSS and WARC corpora
under ../shared/corpora), split into sentences and tokens by Gloss itself (`gloss analyze
--stages text --format jsonl --tokens`), so that the words are the tagger's tokens. Repeated
sentences (feeds repeat their items across snapshots) count once, and sentences written mostly
in capitals (Reuters' headlines) are left out. The texts never enter the repository: only the
derived table does.

Method (a cheaper stand-in for Brown clustering, deterministic): every word form seen at least
--min-count times is described by the words around it (the case-folded word one and two places
to the left and right, among the --contexts most frequent; any other as its shape: Xx, x, X,
d); the counts are weighted by positive pointwise mutual information, reduced to --dims
dimensions by a truncated SVD and normalised; then the forms are split in two by 2-means
again and again, --depth times, so that each form gets a path of --depth steps, as Brown
clustering gives (the first step in the low bit, and a bit above the last step). A form's
case is kept: "Apple" and "apple" are clustered apart.

Context cues (what the words around a name say of its type, learnt the same way): the
gazetteer's organisations (companies, agencies) and places (countries, states, cities) are
found in the text as runs of capitalised words, and the words just before and just after
them are counted. A word at least --cue-ratio times likelier (smoothed) next to one kind than
the other, seen there at least --cue-count times, is a cue for that kind on that side:
"officials", "shares", "Inc" after an organisation, "shares of" before one; "in", "-based"
around places. The gazetteer is evidence, not an answer: a cue only says which kind of name a
word keeps company with in news.

Output: the word lexicon format of scripts/build-word-lexicon.py (GLOSSLEX, version 2), keyed
by the tagger's hash of the case-folded word: the lower-case form's cluster, the capitalised
form's, how much more often the word is capitalised than not where it does not begin a
sentence (bucket 1-8), and its frequency (bucket 1-15); bits 28-29 the word's cue after a
name, bits 30-31 its cue before one (0 none, 1 organisation, 2 place).

    swift build -c release --product gloss
    python3 -m venv /tmp/venv-news && /tmp/venv-news/bin/pip install numpy scipy
    /tmp/venv-news/bin/python scripts/build-news-clusters.py --gloss .build/release/gloss --output /tmp/news.lexicon

Took 4 to 7 minutes on a shared 2-core machine, half of it reading the 3.06 million tokens
through gloss and parsing its JSON.
"""
import argparse
import math
import os
import struct
import sys
import time

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordhash import folded_hash  # noqa: E402
from gloss_sentences import distinct_sentences  # noqa: E402




def shape(word):
    """A coarse shape for a context word outside the frequent ones."""
    if any(c.isdigit() for c in word):
        return "<d>"
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return "<p>"
    if all(c.isupper() for c in letters):
        return "<X>"
    if letters[0].isupper():
        return "<Xx>"
    return "<x>"


def sentences(gloss, paths):
    """Each distinct sentence of three tokens or more, not mostly capitals, as a list of tokens."""
    for words in distinct_sentences(gloss, paths):
        if len(words) < 3:
            continue
        letters = [c for w in words for c in w if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue
        yield list(words)


def bisect(vectors, depth, seed):
    """A path of `depth` steps for each row of `vectors` by recursive 2-means."""
    paths = np.zeros(len(vectors), dtype=np.int64)
    random = np.random.default_rng(seed)

    def split(rows, level):
        if level == depth or len(rows) < 2:
            return
        points = vectors[rows]
        centres = points[random.choice(len(rows), 2, replace=False)]
        for _ in range(20):
            side = (points @ centres[1] > points @ centres[0])
            if side.all() or (~side).all():
                break
            new = np.stack([points[~side].mean(axis=0), points[side].mean(axis=0)])
            new /= np.linalg.norm(new, axis=1, keepdims=True) + 1e-9
            if np.allclose(new, centres):
                break
            centres = new
        paths[rows[side]] |= 1 << level
        split(rows[~side], level + 1)
        split(rows[side], level + 1)

    split(np.arange(len(vectors)), 0)
    return paths | (1 << depth)


def gazetteer_names(path):
    """The gazetteer's organisations and places: lowercased phrases as tuples of words."""
    kinds = {"organization": 1, "country": 2, "state": 2, "city": 2}
    names = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        category, _, phrase = line.rstrip("\n").partition("\t")
        kind = kinds.get(category)
        if kind:
            key = tuple(phrase.split(" "))
            # A phrase listed as both is no evidence either way.
            names[key] = kind if names.get(key, kind) == kind else 0
    return {k: v for k, v in names.items() if v}


def cues(corpus, names, count, ratio):
    """Per folded word, its cue after a name and before one (0 none, 1 organisation, 2 place)."""
    longest = max(len(k) for k in names)
    seen = {1: [{}, {}], 2: [{}, {}]}  # kind -> [after counts, before counts]
    totals = {1: 0, 2: 0}
    for words in corpus:
        i = 0
        while i < len(words):
            if not words[i][:1].isupper():
                i += 1
                continue
            end = i
            while end < len(words) and end - i < longest and (words[end][:1].isupper() or words[end] in ("of", "and", "&")):
                end += 1
            # The whole run of capitalised words must be the listed name.
            while end > i and not words[end - 1][:1].isupper():
                end -= 1
            kind = names.get(tuple(w.lower() for w in words[i:end]))
            if kind and not (i > 0 and words[i - 1][:1].isupper() and i > 1):
                totals[kind] += 1
                if end < len(words):
                    after = words[end].lower()
                    seen[kind][0][after] = seen[kind][0].get(after, 0) + 1
                if i > 0:
                    before = words[i - 1].lower()
                    seen[kind][1][before] = seen[kind][1].get(before, 0) + 1
            i = max(end, i + 1)
    result = {}
    for side in (0, 1):
        for word in set(seen[1][side]) | set(seen[2][side]):
            organisation = (seen[1][side].get(word, 0) + 0.5) / (totals[1] + 1)
            place = (seen[2][side].get(word, 0) + 0.5) / (totals[2] + 1)
            cue = 0
            if organisation >= ratio * place and seen[1][side].get(word, 0) >= count:
                cue = 1
            elif place >= ratio * organisation and seen[2][side].get(word, 0) >= count:
                cue = 2
            if cue:
                result.setdefault(word, [0, 0])[side] = cue
    print(f"cues from {totals[1]} organisation and {totals[2]} place mentions: "
          f"{sum(1 for v in result.values() if 1 in v)} organisation, {sum(1 for v in result.values() if 2 in v)} place",
          file=sys.stderr)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpora = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora")
    parser.add_argument("paths", nargs="*", default=[os.path.join(corpora, d) for d in ("reuters21578/sgml", "rss", "warc")])
    parser.add_argument("--gloss", default=".build/release/gloss")
    parser.add_argument("--output", default="news.lexicon")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--contexts", type=int, default=2000)
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--depth", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gazetteer", default="Sources/Stages/Entities/Model/gazetteer.txt")
    parser.add_argument("--cue-count", type=int, default=5)
    parser.add_argument("--cue-ratio", type=float, default=3.0)
    args = parser.parse_args()
    started = time.time()

    corpus = list(sentences(args.gloss, args.paths))
    tokens = sum(len(s) for s in corpus)
    print(f"{len(corpus)} distinct sentences, {tokens} tokens ({time.time() - started:.0f} s)", file=sys.stderr)

    # Counts of forms, of folded words, and of each folded word's casing away from a sentence start.
    forms, folded, casing = {}, {}, {}
    for words in corpus:
        for i, word in enumerate(words):
            forms[word] = forms.get(word, 0) + 1
            lower = word.lower()
            folded[lower] = folded.get(lower, 0) + 1
            if i > 0 and any(c.isalpha() for c in word):
                entry = casing.setdefault(lower, [0, 0])
                entry[0 if word == lower else 1] += 1
    vocabulary = sorted((w for w, c in forms.items() if c >= args.min_count and any(ch.isalpha() for ch in w)),
                        key=lambda w: (-forms[w], w))
    index = {w: i for i, w in enumerate(vocabulary)}
    frequent = sorted(folded, key=lambda w: (-folded[w], w))[:args.contexts]
    shapes = ["<s>", "</s>", "<d>", "<p>", "<X>", "<Xx>", "<x>"]
    context_index = {w: i for i, w in enumerate(frequent + shapes)}
    width = len(context_index)

    def context(words, j):
        if j < 0:
            return context_index["<s>"]
        if j >= len(words):
            return context_index["</s>"]
        return context_index.get(words[j].lower(), None) or context_index[shape(words[j])]

    rows, columns = [], []
    for words in corpus:
        for i, word in enumerate(words):
            row = index.get(word)
            if row is None:
                continue
            for slot, offset in enumerate((-2, -1, 1, 2)):
                rows.append(row)
                columns.append(slot * width + context(words, i + offset))
    counts = coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, columns)),
                        shape=(len(vocabulary), 4 * width)).tocsr()
    counts.sum_duplicates()
    total = counts.sum()
    row_sums = np.asarray(counts.sum(axis=1)).ravel()
    column_sums = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    column_sums *= total / column_sums.sum()
    ppmi = counts.tocoo()
    values = np.log(ppmi.data * total / (row_sums[ppmi.row] * column_sums[ppmi.col]))
    keep = values > 0
    ppmi = coo_matrix((values[keep], (ppmi.row[keep], ppmi.col[keep])), shape=counts.shape).tocsr()
    u, s, _ = svds(ppmi, k=args.dims, random_state=args.seed)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    paths = bisect(vectors, args.depth, args.seed)
    print(f"{len(vocabulary)} forms clustered ({time.time() - started:.0f} s)", file=sys.stderr)

    context = cues(corpus, gazetteer_names(args.gazetteer), args.cue_count, args.cue_ratio)

    # Per folded key: the lower-case form's path, the most frequent capitalised form's path.
    entries = {}
    for word in context:
        if word not in folded or folded[word] < args.min_count:
            continue
        entries.setdefault(folded_hash(word.encode("utf-8")), [0, 0, 0, word])
    for word, path in zip(vocabulary, paths.tolist()):
        lower = word.lower()
        key = folded_hash(lower.encode("utf-8"))
        entry = entries.setdefault(key, [0, 0, 0, lower])
        if word == lower:
            entry[0] = path
        elif forms[word] > entry[2]:
            entry[1], entry[2] = path, forms[word]
    # Keep the high 32 bits of each hash; the few words whose keys collide are left out.
    short = {}
    for key in entries:
        short.setdefault(key >> 32, []).append(key)
    entries = {k: entries[v[0]] for k, v in short.items() if len(v) == 1}
    table = sorted({p for e in entries.values() for p in e[:2] if p})
    assert len(table) < 1023
    position = {p: i + 1 for i, p in enumerate(table)}
    out = bytearray(b"GLOSSLEX")
    out += struct.pack("<III", 2, len(table), len(entries))
    out += struct.pack(f"<{len(table)}I", *table)
    for key in sorted(entries):
        lower_path, capital_path, _, lower = entries[key]
        low, capital = casing.get(lower, [0, 0])
        difference = math.log((capital + 0.5) / (low + 0.5))
        bucket = 1 + sum(1 for edge in (-6, -3, -1, 0, 1, 3, 6) if difference >= edge)
        frequency = 1 + min(14, max(0, int(-math.log(folded[lower] / tokens)) - 5))
        after, before = context.get(lower, (0, 0))
        out += struct.pack("<II", key, position.get(lower_path, 0) | position.get(capital_path, 0) << 10
                           | bucket << 20 | frequency << 24 | after << 28 | before << 30)
    with open(args.output, "wb") as f:
        f.write(out)
    print(f"{args.output}: {len(entries)} words, {len(table)} clusters, {len(out)} bytes "
          f"({time.time() - started:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
