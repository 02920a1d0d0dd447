#!/usr/bin/env python3
"""Sample news sentences for a hand-rated sentiment proxy set (issue 22, news prose).

The held-out news-domain sentiment set cannot be seen, so this draws a stand-in from the
corpora in ../shared/corpora (never from ../shared/eval): Reuters-21578 story bodies and RSS
item descriptions, split into sentences and filtered as `sample-news-proxy.py` does (whose
functions it reuses), deduplicated, drawn with a fixed seed, half from each source (RSS
teasers carry more editorial tone than Reuters' wire copy), or with `--source rss` from the
RSS teasers alone (the held-out set is editorial snippets; wire copy is mostly neutral). It writes two TSV files,
`proxy-dev.tsv` (for choosing rules) and `proxy-check.tsv` (measured once at the end), each
line `id<TAB>rating<TAB>sentence` with the rating empty: a person fills it in on VADER's
-4..+4 scale (how negative or positive the sentence reads), before looking at any scores.

The output holds third-party text: write it outside the repository.

Usage: scripts/sample-sentiment-proxy.py CORPORA_DIR OUT_DIR [--seed N] [--count N] [--source mixed|rss]
"""
import importlib.util
import os
import random
import sys

_spec = importlib.util.spec_from_file_location(
    "sample_news_proxy", os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample-news-proxy.py"))
news = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(news)


def usable(sentence):
    """A sentence of 8 to 45 tokens in mixed case, not a results table (no name needed)."""
    words = news.tokens(sentence)
    if not 8 <= len(words) <= 45 or "vs" in words:
        return False
    letters = [w for w in words if w[0].isalpha()]
    return sum(w.isupper() for w in letters) <= len(letters) / 3


def pool(texts):
    """Distinct usable sentences of the given texts, in first-seen order."""
    seen, out = set(), []
    for text in texts:
        for sentence in news.sentences(text):
            if usable(sentence) and sentence not in seen:
                seen.add(sentence)
                out.append(sentence)
    return out


def write(path, name, sample):
    """Writes `id<TAB><TAB>sentence` lines, the rating left empty."""
    with open(path, "w", encoding="utf-8") as out:
        for number, (source, sentence) in enumerate(sample, 1):
            out.write(f"{name}-{number:03d}-{source}\t\t{sentence}\n")


def main():
    args = news.arguments(__doc__, 2222, [(("--source",), dict(
        choices=["mixed", "rss"], default="mixed",
        help="mixed: half Reuters bodies, half RSS teasers (default); rss: RSS teasers only"))])
    reuters = pool(news.reuters_bodies(args.corpora)) if args.source == "mixed" else []
    rss = pool(news.rss_descriptions(args.corpora))
    rng = random.Random(args.seed)
    half = args.count // 2
    if args.source == "rss":
        sample = [("rss", s) for s in rng.sample(rss, args.count)]
    else:
        sample = [("reuters", s) for s in rng.sample(reuters, args.count - half)] + [("rss", s) for s in rng.sample(rss, half)]
    rng.shuffle(sample)
    os.makedirs(args.out, exist_ok=True)
    write(os.path.join(args.out, "proxy-dev.tsv"), "dev", sample[:half])
    write(os.path.join(args.out, "proxy-check.tsv"), "check", sample[half:])
    print(f"pools: reuters {len(reuters)}, rss {len(rss)}; wrote {half} dev, {len(sample) - half} check", file=sys.stderr)


if __name__ == "__main__":
    main()
