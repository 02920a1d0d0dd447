"""What the build scripts that learn from unlabelled news share (build-news-clusters.py,
build-word-lexicon.py): the corpus read through Gloss's own text stages, so that a script
counts the tokens and sentences the tagger will see.
"""
import json
import subprocess
import sys


def distinct_sentences(gloss, paths):
    """Each distinct sentence of the texts under `paths`, as a tuple of tokens, split by `gloss`.

    Runs `gloss analyze PATHS --stages text --tokens` and reads its JSON Lines as they come; a
    sentence seen before (the same tokens) is left out. Exits with a message if `gloss` fails.
    """
    command = [gloss, "analyze", *paths, "--stages", "text", "--format", "jsonl", "--tokens", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen = set()
    for line in process.stdout:
        record = json.loads(line)
        text = record.get("text")
        if not text:
            continue
        raw = text.encode("utf-8")
        tokens = [raw[t["span"][0]:t["span"][1]].decode("utf-8", "replace") for t in record.get("tokens", [])]
        for sentence in record.get("sentences", []):
            words = tuple(tokens[sentence["tokens"][0]:sentence["tokens"][1]])
            if words in seen:
                continue
            seen.add(words)
            yield words
    if process.wait() != 0:
        sys.exit(f"{gloss} failed with status {process.returncode}")
