#!/usr/bin/env python3
"""Sample news sentences with capitalised names for a hand-labelled entity proxy set.

The held-out news set that Gloss's entities stage is judged on cannot be seen, so this
draws a stand-in from the corpora in ../shared/corpora (Reuters-21578 story bodies and
RSS item descriptions; never from ../shared/eval): sentences of 8 to 45 tokens that hold
a capitalised word past the first token, deduplicated, drawn with a fixed seed. It writes
them tokenised in Universal NER's IOB2 layout (`# newdoc id`, `# text`, then
index<TAB>token<TAB>tag with every tag O), one document per sentence, split into a dev
half and a check half; the tags are then filled in by hand.

The output holds third-party text: write it outside the repository.

Usage: scripts/sample-news-proxy.py CORPORA_DIR OUT_DIR [--seed N] [--count N]
           [--rss-share PERCENT] [--exclude IOB2 ...]

--exclude leaves out every sentence whose words are a `# text = ` line of the given IOB2 files
(earlier proxies, the silver stories of `build-news-silver.py stories`), so a fresh proxy is
drawn from text no earlier one used: proxy5 is `--seed 5005 --count 120 --rss-share 50
--exclude proxy-*.iob2 proxy4-*.iob2 STORIES.iob2` (docs/entities-news.md).
"""
import argparse
import glob
import html
import os
import random
import re
import sys

TOKEN = re.compile(
    r"(?:[A-Z]\.)+(?=\s|$)|(?:[A-Z]\.){2,}"  # U.S., U.K., T. Boone
    r"|\d+(?:[.,]\d+)*"  # numbers
    r"|(?i:n't)"  # don't -> do n't
    r"|'(?:s|re|ve|ll|d|m)\b"  # possessive and clitics
    r"|[^\W\d_]+(?=n't)"
    r"|(?:Mr|Mrs|Ms|Dr|St|Co|Corp|Inc|Ltd|Jr|Sr|Bros|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\."
    r"|[^\W\d_]+(?:&[^\W\d_]+)*"  # words (any script), AT&T
    r"|\S")


def tokens(sentence):
    """Splits a sentence into tokens the way the Universal NER files do (hyphens apart)."""
    return TOKEN.findall(sentence.replace("\u2019", "'").replace("\u2018", "'")
                         .replace("\u201c", '"').replace("\u201d", '"'))


SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"A-Z])")
ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Co|Corp|Inc|Ltd|Jr|Gen|Sen|Rep|Gov|[A-Z])\.$")


def sentences(text):
    """Splits prose into sentences at ., ! or ? before a capital, not after a short abbreviation."""
    parts, current = [], ""
    for piece in SPLIT.split(text):
        current = f"{current} {piece}".strip() if current else piece
        if not ABBREV.search(current):
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


def reuters_bodies(corpora):
    """Yields the BODY text of each Reuters-21578 story."""
    for path in sorted(glob.glob(os.path.join(corpora, "reuters21578", "sgml", "*.sgm"))):
        raw = open(path, encoding="latin-1").read()
        for body in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S):
            body = html.unescape(re.sub(r"&#\d+;", " ", body))
            body = re.sub(r"\s*Reuter\s*$", "", body.strip())
            yield " ".join(body.split())


def rss_items(corpora):
    """Yields (feed, description) for each RSS item: the feed's name and the teaser sentence
    under a headline."""
    for path in sorted(glob.glob(os.path.join(corpora, "rss", "*.xml"))):
        feed = os.path.basename(path).rsplit("-", 1)[0]
        raw = open(path, encoding="utf-8", errors="replace").read()
        for item in re.findall(r"<item>(.*?)</item>", raw, re.S):
            match = re.search(r"<description>(.*?)</description>", item, re.S)
            if match:
                text = html.unescape(re.sub(r"<!\[CDATA\[|\]\]>", "", match.group(1)))
                text = re.sub(r"<a\b.*?</a>", " ", text, flags=re.S)  # FT's section link
                yield feed, " ".join(re.sub(r"<[^>]+>", " ", text).split())


def rss_descriptions(corpora):
    """Yields each RSS item's description (the teaser sentence under a headline)."""
    for _, description in rss_items(corpora):
        yield description


def usable(words):
    """A sentence of ordinary length in mixed case with a capitalised word past the first."""
    if not 8 <= len(words) <= 45:
        return False
    if "vs" in words:  # results tables ("Shr ... vs ... Net ...", "Qtly div ... vs ...")
        return False
    letters = [w for w in words if w[0].isalpha()]
    if sum(w.isupper() for w in letters) > len(letters) / 3:
        return False
    return any(w[0].isupper() and w.isalpha() for w in words[1:])


def pool(texts):
    """Distinct usable sentences of the given texts, in first-seen order."""
    seen, out = set(), []
    for text in texts:
        for sentence in sentences(text):
            words = tokens(sentence)
            if usable(words) and sentence not in seen:
                seen.add(sentence)
                out.append((sentence, words))
    return out


def write(path, name, sample):
    """Writes sentences as one-sentence IOB2 documents with O tags."""
    with open(path, "w", encoding="utf-8") as out:
        for number, (source, sentence, words) in enumerate(sample, 1):
            out.write(f"# newdoc id = {name}-{number:03d}-{source}\n# text = {sentence}\n")
            for index, word in enumerate(words, 1):
                out.write(f"{index}\t{word}\tO\n")
            out.write("\n")


def excluded_words(paths):
    """The sentences of IOB2 files' `# text = ` lines, each as its tuple of tokens."""
    out = set()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("# text = "):
                    out.add(tuple(tokens(line[len("# text = "):].strip())))
    return out


def draw(corpora, seed=22, count=200, rss_percent=30, exclude=()):
    """The sample, shuffled: (source, sentence, words), `rss_percent`% RSS and the rest
    Reuters, leaving out the sentences whose tokens are in `exclude`."""
    reuters = [s for s in pool(reuters_bodies(corpora)) if tuple(s[1]) not in exclude]
    rss = [s for s in pool(rss_descriptions(corpora)) if tuple(s[1]) not in exclude]
    rng = random.Random(seed)
    rss_count = count * rss_percent // 100
    sample = ([("reuters",) + s for s in rng.sample(reuters, count - rss_count)]
              + [("rss",) + s for s in rng.sample(rss, rss_count)])
    rng.shuffle(sample)
    return sample


def arguments(doc, seed, extra=()):
    """CORPORA_DIR OUT_DIR [--seed N] [--count N], the proxy samplers' command line; `extra`
    holds a sampler's own options as (names, keyword arguments) of `add_argument`."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("corpora")
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--count", type=int, default=200)
    for names, options in extra:
        parser.add_argument(*names, **options)
    return parser.parse_args()


def main():
    args = arguments(__doc__, 22, [
        (("--rss-share",), dict(type=int, default=30, help="percent of the sentences drawn from RSS")),
        (("--exclude",), dict(nargs="*", default=[], help="IOB2 files whose sentences are left out"))])
    sample = draw(args.corpora, args.seed, args.count, args.rss_share, excluded_words(args.exclude))
    os.makedirs(args.out, exist_ok=True)
    half = len(sample) // 2
    write(os.path.join(args.out, "proxy-dev.unlabelled.iob2"), "dev", sample[:half])
    write(os.path.join(args.out, "proxy-check.unlabelled.iob2"), "check", sample[half:])
    print(f"wrote {half} dev, {len(sample) - half} check", file=sys.stderr)


if __name__ == "__main__":
    main()
