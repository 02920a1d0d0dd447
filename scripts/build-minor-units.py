#!/usr/bin/env python3
"""Writes Sources/Stages/Numbers/CurrencyCatalog+MinorUnits.swift: the minor units of currencies
that WordNet 3.0 holds, by the last word of their major unit's name, each with how many make one
major unit. CLDR names no minor unit, so `CurrencyCatalog.minorByHead` was a hand list of the
commonest (cents, pence, kopeks, centimes...); WordNet's nouns give every minor unit it knows as a
part (meronym `%p`) of a monetary unit, with the ratio in its gloss (`100 ngwee equal 1 kwacha in
Zambia`), and every monetary unit whose gloss alone states it a part of another (`100 tiyin equal 1
som in Uzbekistan`: WordNet gives no part link for it). The hand list keeps its words; this table adds
the heads it lacks and, to the heads it has, the words it lacks (the lira's `centesimo`). WordNet's
irregular plurals of these units (`noun.exc`: `stotinki`, `centesimi`) are written beside them, read as
well as the `-s` forms, unless the entity gazetteer lists them as names (`makuta`); a unit whose word
has other senses (`lepton`, a particle) is kept only by an irregular plural that its monetary sense's
gloss counts in (`100 lepta equal 1 drachma`: `lepta`), named by its singular (noun.exc names no sense:
`agorae` is the marketplace's plural, the shekel's gloss counts `agorot`).

Kept: one-word minor units of four letters or more whose word has no sense in WordNet but monetary
units (no other noun sense, no verb, adjective or adverb), so that a count of them is money only
(`50 ngwee`, `10 haler`; not `at`, `ban`, `mil`, `para`, `avo`, `sen`, `filler`, `heller`, which are
words, names or abbreviations too); not a minor unit that is itself a major one (`dinar` of the
Iranian rial, `dirham` of the dinar), nor the parts of a minor unit (the millimes of the Tunisian
dirham); heads are the one-word names (`markka`, not the `mark` of `Finnish mark`); not a word the entity
gazetteer (`Sources/Stages/Entities/Model/gazetteer.txt`) lists as a name or a place (`chon`, a
surname: `The 2 Chon brothers`; `mongo`, `penni`, `baiza`), since a capitalised minor unit after a
number reads as money. Only words and ratios ship; WordNet 3.0's licence asks that its copyright
notice, statements and disclaimer appear on all copies, so the generated file carries them whole.

    python3 scripts/build-minor-units.py [--wordnet /usr/share/wordnet]
"""
import argparse
import os
import re

OUT = os.path.join("Sources", "Stages", "Numbers", "CurrencyCatalog+MinorUnits.swift")
GAZETTEER = os.path.join("Sources", "Stages", "Entities", "Model", "gazetteer.txt")

# WordNet 3.0's licence (as Sources/Stages/Sentiment/Resources/LICENSE.wordnet.txt quotes it): its
# notice, statements and disclaimer must appear on all copies, modifications included.
LICENCE = """This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license.  By obtaining, using
and/or copying this software and database, you agree that you have
read, understood, and will comply with these terms and conditions.:

Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or
royalty is hereby granted, provided that you agree to comply with
the following copyright notice and statements, including the disclaimer,
and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal
use or for distribution.

WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in
advertising or publicity pertaining to distribution of the software
and/or database.  Title to copyright in this software, database and
any associated documentation shall at all times remain with
Princeton University and LICENSEE agrees to preserve same."""


def gazetteer_names(path):
    """The names and places of the entity gazetteer, lowercased."""
    with open(path, encoding="utf-8") as source:
        return {line.split("\t")[1].strip().lower() for line in source if not line.startswith("#") and "\t" in line}


def synsets(path):
    with open(path, encoding="latin-1") as source:
        for line in source:
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition("|")
            fields = head.split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]) for k in range(int(fields[at]))]
            yield fields[0], words, pointers, gloss.strip()


def senses(wordnet):
    """Each word's noun synsets, and the words that are also a verb, an adjective or an adverb."""
    nouns, others = {}, set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(wordnet, "index." + pos), encoding="latin-1") as source:
            for line in source:
                if not line.startswith(" "):
                    fields = line.split()
                    if pos == "noun":
                        nouns[fields[0]] = set(fields[-int(fields[2]):])
                    else:
                        others.add(fields[0])
    return nouns, others


def parts(gloss):
    """How many minor units make one major unit, from the gloss; 100 when it does not say."""
    found = re.search(r"([\d,]+) \w+ (?:formerly )?equal(?:ed)? 1 ", gloss)
    if found:
        return int(found.group(1).replace(",", ""))
    for word, value in (("thousandth", 1000), ("hundredth", 100), ("tenth", 10)):
        if "one " + word in gloss:
            return value
    return 100


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--wordnet", default="/usr/share/wordnet")
    wordnet = arguments.parse_args().wordnet
    nouns = {offset: (words, pointers, gloss) for offset, words, pointers, gloss in synsets(os.path.join(wordnet, "data.noun"))}
    root = next(offset for offset, (words, _, _) in nouns.items() if words[0] == "monetary_unit")
    children = {}
    for offset, (_, pointers, _) in nouns.items():
        for symbol, target in pointers:
            if symbol in ("@", "@i"):
                children.setdefault(target, []).append(offset)
    money, stack = set(), [root]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in money:
                money.add(child)
                stack.append(child)
    noun_senses, other_words = senses(wordnet)
    majors = {offset for offset in money for symbol, target in nouns[offset][1] if symbol == "%p" and target in money}
    # a minor unit WordNet states only in its gloss, with no part link (`100 tiyin equal 1 som in
    # Uzbekistan`): its major unit by the gloss's word after `equal 1`, when that word names a major unit
    by_word = {}
    for offset in money:
        for word in nouns[offset][0]:
            by_word.setdefault(word.lower(), set()).add(offset)
    linked = {target for offset in majors for symbol, target in nouns[offset][1] if symbol == "%p"}
    stated = {}
    for offset in money - majors - linked:  # no unit with parts of its own, none already a part
        found = re.search(r"[\d,]+ \w+ (?:formerly )?equal(?:ed)? 1 (\w+)", nouns[offset][2])
        if found and found.group(1).lower() in by_word:
            for major in by_word[found.group(1).lower()]:
                stated.setdefault(major, []).append(offset)
    minors = {target for offset in majors for symbol, target in nouns[offset][1] if symbol == "%p" and target in money}
    names = gazetteer_names(GAZETTEER)

    major_words = {word.lower() for offset in majors | set(stated) for word in nouns[offset][0] if "_" not in word}
    exceptions = {}  # WordNet's irregular plurals (noun.exc: `stotinki stotinka`), by singular
    with open(os.path.join(wordnet, "noun.exc"), encoding="latin-1") as source:
        for line in source:
            form, *bases = line.split()
            for base in bases:
                exceptions.setdefault(base, []).append(form)
    table, plurals, singulars = {}, {}, {}
    for offset in sorted((majors | set(stated)) - minors):  # not a minor unit's own parts (the Tunisian dirham's millimes)
        words, pointers, _ = nouns[offset]
        heads = {word.lower() for word in words if "_" not in word}  # markka, not the Finnish mark's `mark`
        targets = [target for symbol, target in pointers if symbol == "%p"] + stated.get(offset, [])
        for target in targets:
            if target not in money or target in majors:
                continue
            minor_words, _, gloss = nouns[target]
            for word in minor_words:
                key = word.lower()
                if "_" in word or len(word) < 4 or key in major_words or key in names:
                    continue  # the Iranian rial's `dinar`; `chon`, a surname
                if key in other_words or not noun_senses.get(key, {""}) <= money:
                    # a word with other senses (`lepton`, a particle) may still have a plural that is
                    # money only (`lepta`): kept as that plural alone, named by the singular, when the
                    # monetary sense's own gloss counts in it (`100 lepta equal 1 drachma`); noun.exc
                    # names no sense, and `agorae` is the marketplace's plural (`100 agorot equal 1 shekel`)
                    only = [form for form in exceptions.get(key, []) if form not in noun_senses and form not in other_words
                            and form not in names and re.search(rf"\b{re.escape(form)}\b", gloss)]
                    for form in only:
                        singulars[form] = key
                        for head in heads:
                            table.setdefault(head, set()).add((form, parts(gloss)))
                    continue
                # as of the singulars, no plural the gazetteer lists as a name (`makuta`, a given name)
                forms = [form for form in exceptions.get(key, []) if form not in noun_senses and form not in other_words
                         and form not in names]
                if forms:
                    plurals[key] = sorted(forms)
                for head in heads:
                    table.setdefault(head, set()).add((word.lower(), parts(gloss)))
    lines = [
        "// Generated by scripts/build-minor-units.py from WordNet 3.0 (Princeton University), whose licence",
        "// follows; do not edit.",
        "//",
    ]
    lines += [("// " + line).rstrip() for line in LICENCE.splitlines()]
    lines += [
        "",
        "extension CurrencyCatalog {",
        "    /// The minor units WordNet 3.0 gives as parts of a monetary unit, by the last word of the",
        "    /// major unit's name, with how many make one major unit (`ngwee` of the kwacha; see the script).",
        "    static let wordNetMinorUnits: [String: [(word: String, parts: Int)]] = [",
    ]
    for head in sorted(table):
        entries = ", ".join(f'("{word}", {count})' for word, count in sorted(table[head]))
        lines.append(f'        "{head}": [{entries}],')
    lines += [
        "    ]",
        "",
        "    /// The irregular plurals WordNet 3.0 gives these minor units (`noun.exc`: `stotinki` of the",
        "    /// stotinka), read beside the `-s` forms.",
        "    static let wordNetMinorPlurals: [String: [String]] = [",
    ]
    for word in sorted(plurals):
        entries = ", ".join(f'"{form}"' for form in plurals[word])
        lines.append(f'        "{word}": [{entries}],')
    lines += [
        "    ]",
        "",
        "    /// Plurals kept alone in `wordNetMinorUnits` (`lepta`), by their singular, which other senses",
        "    /// keep out of the table (`lepton`, a particle): the name a count of them is given.",
        "    static let wordNetMinorSingulars: [String: String] = [",
    ]
    for word in sorted(singulars):
        lines.append(f'        "{word}": "{singulars[word]}",')
    lines += ["    ]", "}", ""]
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    print(f"{sum(len(v) for v in table.values())} minor units of {len(table)} heads, {len(plurals)} with irregular plurals, {len(singulars)} plurals alone")


if __name__ == "__main__":
    main()
