#!/usr/bin/env python3
"""Silver training sentences for the entity tagger: Reuters-21578 sentences in which the
entities stage, reading the whole story, finds a one-word organisation that it misses when it
reads the sentence alone.

Issue 22: in news the tagger misses one-word companies and agencies ("Amoco previously
announced", "owned by Reichhold", "the Fed"), which EWT's web text seldom shows. In a whole
story the first mention is usually written out ("Amoco Corp") and the document-level passes
(`DocumentConsistency`, `NameLinker`, `OrganisationContexts`) carry its type to the later
mentions; a sentence read alone has only its words. Such sentences, with the story's tags,
each as a document of its own, teach the tagger what the words around a one-word
organisation look like ("X said its", "shares of X", "X previously announced").

Kept: a sentence of ordinary length (`sample-news-proxy.usable`) where the story's reading
adds organisations, each of one word not written in capitals ("Amoco", not "NCR" nor
"Deutsche Bank"), and none of them one the sentence's own reading tags as a person or with
other bounds. Left out too: a sentence where the story's reading leaves untagged a capitalised
word it tags as a name in 80% of its five or more occurrences in the stories ("U.K." in "U.K.
Insurers could face ..."): the teacher's misses are taught as well as its finds, and that one
sentence taught the bundled model to miss "U.K." opening a sentence (found in 71 of the 129
RSS headlines holding "U.K.", against 122 before the silver sentences).
The added people and bounds were wikigold's and EWT's new false organisations ("Cabral",
"Vernon", a lone "Ltd").
Tried on EWT dev (the model trained on EWT train alone, seeds 1-10), wikigold and the dev
half of the hand-labelled news proxy (docs/entities-news.md): every sentence of the stories,
or every sentence where an organisation of any shape is added, taught the tagger that capitals
and acronyms are companies and cost EWT dev 1.4 to 1.9 points.

    scripts/build-news-silver.py stories CORPORA STORIES.iob2 SENTENCES.iob2 [--stories N] [--seed S]
    gloss evaluate entities --model TEACHER --show-errors STORIES.iob2 > STORIES.txt
    gloss evaluate entities --model TEACHER --show-errors SENTENCES.iob2 > SENTENCES.txt
    scripts/build-news-silver.py label STORIES.iob2 STORIES.txt SENTENCES.iob2 SENTENCES.txt SILVER.iob2 [--manifest LIST] [--pinned LIST]
    scripts/build-news-silver.py pinned SENTENCES.iob2 LIST SILVER.iob2

`stories` writes N stories drawn with seed S (split and tokenised as `sample-news-proxy.py`
does, as Universal NER tokenises), once as documents and once with each sentence a document,
every tag O, leaving out each story that holds a sentence of the news proxy
(`sample-news-proxy.draw`); the stage prints each name it finds as a "+" line, and `label`
keeps the sentences above. With --manifest `label` also writes the kept sentences as a list
that names no word of the text: per line a sentence's number among the drawn sentences, a
fingerprint of its words (12 hex digits of SHA-256) and its names ("0-1 ORG 5-7 LOC": word
offsets, end excluded); with --pinned it prints how many sentences of such a list it keeps
again. `pinned` writes the sentences a list names, with its names, from the drawn sentences:
the same bytes `label` wrote when it made the list, whatever the rules after decoding and the
teacher are now (it stops if a fingerprint does not match: the corpora, the draw or the
tokeniser changed). `scripts/train-entities.sh` trains the bundled model on the list pinned in
scripts/entities-silver.tsv, and remakes that list with `--anew` (its train-only model the
teacher). The SILVER output holds third-party text: write it outside the repository.
"""
import argparse
import hashlib
import importlib.util
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("proxy", os.path.join(HERE, "sample-news-proxy.py"))
proxy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(proxy)


def reuters_stories(corpora, exclude):
    """Each Reuters-21578 story of two or more sentences, none of them in `exclude`, as its
    sentences' word lists."""
    for body in proxy.reuters_bodies(corpora):
        split = proxy.sentences(body)
        if len(split) >= 2 and not any(s in exclude for s in split):
            yield [words for words in map(proxy.tokens, split) if words]


def rss_stories(corpora, exclude, size=20):
    """A feed's distinct items in the order first seen, `size` to a document (as a feed page
    lists them), each item's teaser sentences only; items holding a sentence of `exclude` are
    left out. Across a page the first mention of a company is often its full name."""
    feeds = {}
    for feed, description in proxy.rss_items(corpora):
        split = proxy.sentences(description)
        if split and not any(s in exclude for s in split):
            feeds.setdefault(feed, {}).setdefault(description, split)
    for items in feeds.values():
        teasers = list(items.values())
        for start in range(0, len(teasers), size):
            story = [words for split in teasers[start:start + size] for words in map(proxy.tokens, split) if words]
            if len(story) >= 2:
                yield story


def write_stories(args):
    """Writes the drawn stories as IOB2 documents with O tags, and their sentences alone."""
    exclude = {sentence for _, sentence, _ in proxy.draw(args.corpora)}
    source = rss_stories if args.source == "rss" else reuters_stories
    stories = list(source(args.corpora, exclude))
    random.Random(args.seed).shuffle(stories)
    with open(args.stories_out, "w", encoding="utf-8") as whole, open(args.sentences_out, "w", encoding="utf-8") as alone:
        sentence = 0
        for number, story in enumerate(stories[:args.stories], 1):
            whole.write(f"# newdoc id = story-{number:05d}\n")
            for words in story:
                sentence += 1
                alone.write(f"# newdoc id = sentence-{sentence:06d}\n")
                for out in (whole, alone):
                    out.write(f"# text = {' '.join(words)}\n")
                    out.writelines(f"{index}\t{word}\tO\n" for index, word in enumerate(words, 1))
                    out.write("\n")
    print(f"{len(stories)} stories usable, wrote {min(len(stories), args.stories)}", file=sys.stderr)


def read_sentences(path):
    """The word lists of an IOB2 file's sentences, in order."""
    sentences, words = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if words:
                sentences.append(words)
            words = []
        elif not line.startswith("#"):
            words.append(line.split("\t")[1])
    if words:
        sentences.append(words)
    return sentences


def read_printed(path):
    """The names `--show-errors` printed: [(sentence text, [(type, words)])], in order."""
    printed, current = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("  | "):
            current = (line[4:], [])
            printed.append(current)
        elif line.startswith("  + ") and current is not None:
            kind, _, text = line[4:].partition(" ")
            current[1].append((kind, text.split(" ")))
    return printed


def names_per_sentence(sentences, path):
    """For each sentence, its printed names as (start, end, type) spans, each at the first
    occurrence of its words not already taken."""
    printed = read_printed(path)
    at, result = 0, []
    for words in sentences:
        spans = []
        if at < len(printed) and printed[at][0] == " ".join(words):
            taken = [False] * len(words)
            for kind, name in printed[at][1]:
                for start in range(len(words) - len(name) + 1):
                    end = start + len(name)
                    if words[start:end] == name and not any(taken[start:end]):
                        spans.append((start, end, kind))
                        taken[start:end] = [True] * len(name)
                        break
            at += 1
        result.append(spans)
    if at != len(printed):
        sys.exit(f"build-news-silver.py: {len(printed) - at} printed sentences not matched in order")
    return result


def one_word_company(words, span):
    """A one-word name not written in capitals: "Amoco", not "NCR" nor "Deutsche Bank"."""
    start, end, _ = span
    return end == start + 1 and not (words[start].isupper() and len(words[start]) > 1)


def named_words(sentences, whole):
    """The capitalised words that the story reading tags as (part of) a name in at least
    `NAMED_SHARE` of their `NAMED_COUNT` or more occurrences ("U.K.", 80 of 94)."""
    named, seen = Counter(), Counter()
    for words, story in zip(sentences, whole):
        inside = in_names(len(words), story)
        for word, tagged in zip(words, inside):
            if word[:1].isupper():
                seen[word] += 1
                named[word] += tagged
    return {word for word, count in seen.items() if count >= NAMED_COUNT and named[word] >= NAMED_SHARE * count}


NAMED_COUNT, NAMED_SHARE = 5, 0.8


def in_names(length, spans):
    """For each of `length` words, whether one of `spans` covers it."""
    inside = [False] * length
    for start, end, _ in spans:
        inside[start:end] = [True] * (end - start)
    return inside


def teaches(words, story, sentence, named):
    """Whether the story's tags of a sentence are kept: an ordinary sentence where the story adds
    organisations, each a new or retyped one-word name not in capitals, and no word the story
    reading usually tags as a name is left untagged (a teacher's miss, as "U.K." opening a
    sentence, would teach the miss)."""
    added = [span for span in set(story) - set(sentence) if span[2] == "ORG"]
    if not proxy.usable(words) or not added or not all(one_word_company(words, s) for s in added):
        return False
    for span in added:
        for other in sentence:
            if overlaps(span, other) and (span[:2] != other[:2] or other[2] == "PER"):
                return False  # a boundary the readings disagree on ("Co" of "Dillon , Read and Co"), or a person
    inside = in_names(len(words), story)
    return not any(word in named and not tagged for word, tagged in zip(words, inside))


def overlaps(span, other):
    """Whether two (start, end, type) spans share a word."""
    return span[0] < other[1] and other[0] < span[1]


def write_labels(args):
    """Writes the kept sentences with the story's tags, one document each."""
    sentences = read_sentences(args.stories)
    if read_sentences(args.sentences) != sentences:
        sys.exit("build-news-silver.py: the two story files differ")
    whole = names_per_sentence(sentences, args.stories_names)
    alone = names_per_sentence(sentences, args.sentences_names)
    named = named_words(sentences, whole)
    chosen = [(number, words, story) for number, (words, story, sentence) in enumerate(zip(sentences, whole, alone), 1)
              if teaches(words, story, sentence, named)]
    write_silver(args.out, chosen)
    if args.manifest:
        write_manifest(args.manifest, chosen, len(sentences))
    print(f"kept {len(chosen)} of {len(sentences)} sentences", file=sys.stderr)
    if args.pinned:
        pinned = read_manifest(args.pinned)
        now = {number: names_text(spans) for number, _, spans in chosen}
        same = sum(1 for number in now if pinned.get(number, (None, None))[1] == now[number])
        print(f"of the {len(pinned)} pinned sentences {sum(1 for n in now if n in pinned)} kept again, {same} with the same names; "
              f"{sum(1 for n in now if n not in pinned)} new", file=sys.stderr)


def write_silver(path, chosen):
    """Writes `chosen` sentences ([(number, words, spans)]) with their spans' tags, one document each."""
    with open(path, "w", encoding="utf-8") as out:
        for kept, (_, words, spans) in enumerate(chosen, 1):
            tags = ["O"] * len(words)
            for start, end, kind in sorted(spans):
                tags[start:end] = ["B-" + kind] + ["I-" + kind] * (end - start - 1)
            out.write(f"# newdoc id = silver-{kept:05d}\n# text = {' '.join(words)}\n")
            out.writelines(f"{index}\t{word}\t{tag}\n" for index, (word, tag) in enumerate(zip(words, tags), 1))
            out.write("\n")


def digest(words):
    """A short fingerprint of a sentence's words (not its text), to check a pinned sentence."""
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:12]


def write_manifest(path, chosen, total):
    """Writes the chosen sentences as the pinned list `pinned` reads: per line the sentence's
    number among the drawn stories' sentences, its fingerprint, and its names as start-end TYPE
    (word offsets, end exclusive). No word of the text."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"# build-news-silver.py label: {len(chosen)} of {total} sentences (see scripts/train-entities.sh)\n"
                  "# Read from Reuters-21578 (distributed freely for research, see its README in the corpus) by the\n"
                  "# entities stage: sentence numbers, fingerprints and names only, no text of the stories\n"
                  "# (Sources/Stages/Entities/Model/NOTICE.entities.txt).\n")
        for number, words, spans in chosen:
            out.write(f"{number}\t{digest(words)}\t{names_text(spans)}\n")


def names_text(spans):
    """Spans as the pinned list writes them: "start-end TYPE", in order, space-separated."""
    return " ".join(f"{start}-{end} {kind}" for start, end, kind in sorted(spans))


def read_manifest(path):
    """A pinned list: {sentence number: (fingerprint, names as written)}."""
    pinned = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        number, fingerprint, names = line.rstrip("\n").split("\t")
        pinned[int(number)] = (fingerprint, names)
    return pinned


def write_pinned(args):
    """Writes the silver sentences a pinned list names, with its tags, from the drawn sentences:
    the same bytes `label` wrote when it made the list."""
    sentences = read_sentences(args.sentences)
    chosen = []
    for number, (fingerprint, names) in read_manifest(args.manifest).items():
        words = sentences[number - 1] if 0 < number <= len(sentences) else None
        if words is None or digest(words) != fingerprint:
            sys.exit(f"build-news-silver.py: sentence {number} of the pinned list is not in the drawn stories "
                     "(the corpora, the draw or the tokeniser changed)")
        fields = names.split(" ")
        spans = [(int(fields[i].split("-")[0]), int(fields[i].split("-")[1]), fields[i + 1]) for i in range(0, len(fields), 2)]
        chosen.append((number, words, spans))
    write_silver(args.out, chosen)
    print(f"wrote the {len(chosen)} pinned sentences", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    stories = commands.add_parser("stories", help="write the drawn stories, whole and sentence by sentence")
    stories.add_argument("corpora")
    stories.add_argument("stories_out")
    stories.add_argument("sentences_out")
    stories.add_argument("--stories", type=int, default=2000)
    stories.add_argument("--seed", type=int, default=22)
    stories.add_argument("--source", choices=("reuters", "rss"), default="reuters")
    label = commands.add_parser("label", help="keep the sentences the whole story teaches")
    label.add_argument("stories")
    label.add_argument("stories_names")
    label.add_argument("sentences")
    label.add_argument("sentences_names")
    label.add_argument("out")
    label.add_argument("--manifest", help="also write the kept sentences as a pinned list (numbers, fingerprints, names)")
    label.add_argument("--pinned", help="a pinned list to compare the kept sentences with (counts printed)")
    pinned = commands.add_parser("pinned", help="write the silver sentences a pinned list names")
    pinned.add_argument("sentences")
    pinned.add_argument("manifest")
    pinned.add_argument("out")
    args = parser.parse_args()
    {"stories": write_stories, "label": write_labels, "pinned": write_pinned}[args.command](args)


if __name__ == "__main__":
    main()
