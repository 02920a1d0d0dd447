#!/usr/bin/env python3
"""Writes N made-up news documents as JSON Lines input for gloss analyze (text, title, url,
published, language), deterministic for a given N and --seed.

Used by scripts/browser-check.sh (a few hundred documents, so the report has data in every
chart) and to check the report on a large archive (100,000 documents). The sentences are
built from templates with names, places, amounts and sentiment words, so that every table of
the results database gets rows; they are not real text and measure nothing about accuracy.
"""
import argparse
import json
import random

PEOPLE = ["Angela Merkel", "Emmanuel Macron", "Janet Yellen", "Jerome Powell", "Olaf Scholz", "Christine Lagarde",
          "Rishi Sunak", "Narendra Modi", "Xi Jinping", "Joe Biden", "Ursula von der Leyen", "Luiz Inacio Lula da Silva"]
ORGS = ["Siemens", "Reuters", "the European Central Bank", "Toyota", "Goldman Sachs", "the World Bank", "Nestle",
        "Microsoft", "the International Monetary Fund", "Airbus", "Samsung", "BP"]
PLACES = ["Paris", "Berlin", "Tokyo", "London", "Brazil", "India", "New York", "Frankfurt", "Madrid", "Canada"]
SITES = ["example-news.com", "daily-ledger.org", "market-wire.net", "globe-report.com", "city-times.co.uk",
         "finance-post.com", "north-herald.com", "coast-gazette.com"]
GOOD = ["a great success", "strong growth", "an excellent result", "welcome relief", "a remarkable recovery"]
BAD = ["a terrible loss", "a painful crisis", "weak demand", "an awful decline", "serious trouble"]
TEMPLATES = [
    "{p} met {q} in {l} on Monday to discuss trade.",
    "{o} said profits rose {n}% last quarter, calling it {g}.",
    "{o} warned of {b} after sales fell {n}% in {l}.",
    "The deal is worth ${m} billion, according to {o}.",
    "{p} told {o} that nearly {k} people had lost their jobs, {b}.",
    "In {l}, {p} praised {g} and promised {k} new homes.",
    "Analysts at {o} expect about {n} percent inflation next year.",
]


def document(rng, index):
    sentences = []
    for _ in range(rng.randint(3, 7)):
        template = rng.choice(TEMPLATES)
        sentences.append(template.format(
            p=rng.choice(PEOPLE), q=rng.choice(PEOPLE), o=rng.choice(ORGS), l=rng.choice(PLACES),
            g=rng.choice(GOOD), b=rng.choice(BAD), n=rng.randint(1, 40), k=rng.randint(100, 9000),
            m=rng.choice(["1.2", "3", "45", "0.8", "12.5", "250"])))
    month = rng.randrange(24)
    year, month = 2024 + month // 12, month % 12 + 1
    site = rng.choice(SITES)
    return {
        "id": f"synthetic-{index:06d}",
        "title": sentences[0][:70],
        "text": " ".join(sentences),
        "url": f"https://{site}/{year}/{month:02d}/story-{index}",
        "published": f"{year}-{month:02d}-{rng.randint(1, 28):02d}",
        "language": rng.choice(["en", "en", "en", "en-GB", "en-US"]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.output, "w", encoding="utf-8") as out:
        for index in range(args.count):
            out.write(json.dumps(document(rng, index), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
