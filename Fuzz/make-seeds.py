#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora, made from the project's own fixtures.

usage: Fuzz/make-seeds.py OUTPUT_DIR

For each target, OUTPUT_DIR/<target>/ gets one file per seed: the string literals of the
tests that exercise that target's code (the HTML, XML, WARC/HTTP, JSON Lines, tokeniser and
numbers tests), and the bundled seed article (seeds/) in the target's format: the page, the
feed, the text in paragraphs, web-archive records holding the page and the tests' HTTP
responses, JSON Lines records holding the text and the page. Nothing from outside the
repository goes in. The file names are content hashes, so running it again adds nothing.
"""
import glob
import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_SEED = 64 << 10  # the fuzz script's -max_len for the reader targets

# Test files whose literals are inputs of each target, and the mark a literal must carry.
TESTS = {
    "html": (["GlossHTMLTests/HTML*.swift", "GlossHTMLTests/ContentExtractorTests.swift",
              "GlossHTMLTests/MetadataExtractorTests.swift", "GlossHTMLTests/PageBuilderTests.swift",
              "GlossHTMLTests/JSONLDTests.swift", "GlossHTMLTests/AttributesTests.swift",
              "GlossTextTests/Sentences/LineBreakPolicyTests.swift", "GlossHTMLTests/AutoIngesterTests.swift",
              "GlossHTMLTests/TranscoderTests.swift", "glossTests/EvaluateExtractionTests.swift"], "<"),
    "xml": (["GlossSourcesTests/Feed*.swift", "GlossSourcesTests/NITF*.swift", "GlossSourcesTests/Reuters*.swift",
             "GlossSourcesTests/SGML*.swift", "GlossSourcesTests/XML*.swift"], "<"),
    "warc": (["GlossSourcesTests/WARC*.swift"], None),
    "jsonl": (["GlossSourcesTests/Files/FileSourceTests.swift", "GlossSourcesTests/JSONLines/*.swift"], "{"),
    "tokenize": (["GlossTextTests/Tokenize/Tokenizer*.swift", "GlossTextTests/Sentences/SentenceSplitter*.swift",
                  "GlossTextTests/Sentences/SentenceStarters*.swift", "GlossTextTests/Normalize/Normaliz*.swift",
                  "GlossTextTests/Ingest/PlainTextIngester*.swift", "GlossTextTests/Tokenize/Abbreviations*.swift",
                  "GlossTextTests/Tokenize/Emoticons*.swift", "GlossTextTests/Sentences/TokenReader*.swift",
                  "GlossCoreTests/TextDecoderTests.swift", "GlossCoreTests/UTF8ValidatorTests.swift"], None),
    "numbers": (["GlossNumbersTests/Number*.swift", "GlossNumbersTests/Numeral*.swift",
                 "GlossNumbersTests/UnitTable*.swift", "GlossNumbersTests/ExactDecimal*.swift"], None),
}

ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "\\": "\\", '"': '"', "'": "'"}


def literals(source):
    """The Swift string literals of `source`, decoded; an interpolation becomes an empty string."""
    found = []
    i = 0
    while i < len(source):
        if source.startswith("//", i):
            i = source.find("\n", i) + 1 or len(source)
            continue
        hashes = 0
        while source.startswith("#", i + hashes):
            hashes += 1
        quote = i + hashes
        if not source.startswith('"', quote):
            i += 1
            continue
        multi = source.startswith('"""', quote)
        opening = '"""' if multi else '"'
        closing = opening + "#" * hashes
        escape = "\\" + "#" * hashes
        j = quote + len(opening)
        text = []
        while j < len(source) and not source.startswith(closing, j):
            if not multi and source[j] == "\n":
                break
            if source.startswith(escape, j):
                k = j + len(escape)
                c = source[k] if k < len(source) else ""
                if c == "(":
                    depth, k = 1, k + 1
                    while k < len(source) and depth:
                        depth += {"(": 1, ")": -1}.get(source[k], 0)
                        k += 1
                    j = k
                    continue
                if c == "u" and source.startswith("{", k + 1):
                    end = source.find("}", k)
                    text.append(chr(int(source[k + 2:end], 16)))
                    j = end + 1
                    continue
                if multi and c == "\n":
                    j = k + 1
                    continue
                text.append(ESCAPES.get(c, c))
                j = k + 1
                continue
            text.append(source[j])
            j += 1
        value = "".join(text)
        if multi:
            lines = value.split("\n")[1:]
            indent = len(lines[-1]) if lines and not lines[-1].strip() else 0
            value = "\n".join(line[indent:] for line in lines[:-1])
        found.append(value)
        i = j + len(closing)
    return found


def warc_record(kind, block, uri="http://example.com/"):
    """A WARC record of `kind` around `block` (bytes), as the tests' WARCFixtures write them."""
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype={kind}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http_response(body, extra=b""):
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra
            + b"Content-Length: %d\r\n\r\n" % len(body) + body)


def chunked(body, size=700):
    pieces = [body[i:i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n" % len(p) + p + b"\r\n" for p in pieces) + b"0\r\n\r\n"


def seed_files(extension):
    return [open(path, "rb").read() for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*." + extension)))]


def seeds(target, mark):
    """The seeds of one target, as bytes."""
    found = []
    patterns = TESTS[target][0]
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(ROOT, "Tests", pattern))):
            for value in literals(open(path, encoding="utf-8").read()):
                if len(value) >= 2 and (mark is None or mark in value):
                    found.append(value.encode("utf-8", "surrogatepass"))
    pages, feeds, texts = seed_files("html"), seed_files("rss"), seed_files("txt")
    paragraphs = [p.strip() for t in texts for p in t.split(b"\n\n") if p.strip()]
    if target == "html":
        found += pages
    elif target == "xml":
        found += feeds
    elif target == "warc":
        responses = [v for v in found if v.startswith(b"HTTP/")]
        archives = [v for v in found if v.startswith(b"WARC/") or v.startswith(b"filedesc://")]
        found = archives + [warc_record("response", r) for r in responses]
        for page in pages:
            found.append(warc_record("warcinfo", b"software: gloss-fuzz\r\n")
                         + warc_record("request", b"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")
                         + warc_record("response", http_response(page)))
            found.append(warc_record("response", http_response(chunked(page), b"Transfer-Encoding: chunked\r\n")))
    elif target == "jsonl":
        for text, page in zip(texts, pages):
            found.append((json.dumps({"id": "seed", "title": "Seed", "text": text.decode()}) + "\n"
                          + json.dumps({"url": "http://example.com/", "authors": ["A. Writer"],
                                        "html": page.decode()}) + "\n").encode())
        # The HTML tests' pages and the seed's paragraphs, one record each.
        for page in seeds("html", "<"):
            found.append((json.dumps({"html": page.decode("utf-8", "replace")}) + "\n").encode())
        for paragraph in paragraphs:
            found.append((json.dumps({"text": paragraph.decode("utf-8", "replace")}) + "\n").encode())
    elif target in ("tokenize", "numbers"):
        found += texts + paragraphs
    return [s[:MAX_SEED] for s in found]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for target, (_, mark) in TESTS.items():
        folder = os.path.join(sys.argv[1], target)
        os.makedirs(folder, exist_ok=True)
        unique = {hashlib.sha1(s).hexdigest(): s for s in seeds(target, mark)}
        for name, data in unique.items():
            with open(os.path.join(folder, name), "wb") as out:
                out.write(data)
        print(f"{target}: {len(unique)} seeds")


if __name__ == "__main__":
    main()
