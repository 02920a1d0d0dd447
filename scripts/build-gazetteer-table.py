#!/usr/bin/env python3
"""Builds Sources/Stages/Entities/Model/gazetteer.table, the entity tagger's gazetteer as the
keys and categories its table holds, from gazetteer.txt (scripts/build-gazetteers.py), so that
a process reads 1.9 MB of fixed-size entries instead of hashing 3 MB of text: about 0.1 billion
instructions at start-up become about 0.01 (docs/performance.md, nineteenth stop).

It reads the text as Gazetteer.entries(utf8:) in Swift does: lines end at a line feed or a
carriage return, `#` lines are comments, fields are the non-empty runs between tabs (a line
needs exactly two, and a known category first), words are the non-empty runs between spaces. A
phrase's key is its first word's folded hash (WordHash.folded) extended by each next word's
(WordHash.extend); each shorter prefix of a phrase is listed with the `prefix` bit.

Format (little-endian): "GLOSSGAZ", UInt32 version (1), UInt32 the most words in a phrase (at
most 8), UInt32 the slots of the table (the power of two, at least 16, that the text's entries,
repeats included, fill at most half), UInt32 the number of entries, then per distinct key in
the order the text first lists it: UInt64 key, UInt16 categories (every category listed under
it, or'd). Inserted in that order into a table of that many slots, they give the slots the text
gives, so lookups, the table's memory and its layout are the text's (a test checks the bundled
pair, GazetteerTableTests). Run from the repository root after changing gazetteer.txt:

    python3 scripts/build-gazetteer-table.py
"""
import argparse
import os
import re
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordhash import MASK, folded_hash  # noqa: E402

# Gazetteer's category bits (Sources/Stages/Entities/Gazetteer.swift).
CATEGORIES = {
    b"country": 1, b"state": 2, b"city": 4, b"continent": 8, b"demonym": 16, b"given": 64, b"surname": 128,
    b"organization": 256, b"company": 512, b"orgword": 1024, b"orgcue": 2048,
}
PREFIX = 32
VERSION = 1
# Gazetteer.maxSlotsPerEntry: the reader refuses a table of more slots an entry (a damaged header).
MAX_SLOTS_PER_ENTRY = 32


def slot_count(entries):
    """Gazetteer.slotCount(entries:): the power of two, at least 16, that `entries` fill at most half."""
    size = 16
    while size < 2 * entries:
        size *= 2
    return size


def mix(value):
    """WordHash.mix: SplitMix64's finaliser."""
    z = value & MASK
    z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & MASK
    z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & MASK
    return z ^ (z >> 31)


def extend(phrase, word):
    """WordHash.extend: a phrase's key extended by a word's hash."""
    return mix((phrase * 31 + word) & MASK)


def entries(data):
    """The (key, category) entries of the text, repeats included, and the most words a phrase has."""
    found = []
    longest = 1
    for line in re.split(rb"[\r\n]", data):
        if line.startswith(b"#"):
            continue
        fields = [field for field in line.split(b"\t") if field]
        if len(fields) != 2 or fields[0] not in CATEGORIES:
            continue
        words = [word for word in fields[1].split(b" ") if word]
        if not words:
            continue
        key = 0
        for position, word in enumerate(words):
            if position > 0:
                found.append((key, PREFIX))
            hashed = folded_hash(word)
            key = hashed if position == 0 else extend(key, hashed)
        longest = max(longest, min(len(words), 8))
        found.append((key, CATEGORIES[fields[0]]))
    return found, longest


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", default="Sources/Stages/Entities/Model/gazetteer.txt")
    parser.add_argument("--output", default="Sources/Stages/Entities/Model/gazetteer.table")
    args = parser.parse_args()
    with open(args.input, "rb") as source:
        found, longest = entries(source.read())
    size = slot_count(len(found))
    merged = {}  # key -> categories, in the order keys are first listed (dicts keep it)
    for key, category in found:
        merged[key] = merged.get(key, 0) | category
    if size > slot_count(max(len(merged), 1) * MAX_SLOTS_PER_ENTRY // 2):
        sys.exit(f"{args.input}: {len(found)} entries for {len(merged)} keys: more repeats than the reader allows")
    out = bytearray(b"GLOSSGAZ")
    out += struct.pack("<IIII", VERSION, longest, size, len(merged))
    for key, categories in merged.items():
        out += struct.pack("<QH", key, categories)
    with open(args.output, "wb") as target:
        target.write(out)
    print(f"{args.output}: {len(merged)} keys from {len(found)} entries, {size} slots, {len(out)} bytes")


if __name__ == "__main__":
    main()
