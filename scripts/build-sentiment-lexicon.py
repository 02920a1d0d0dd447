#!/usr/bin/env python3
"""Rebuilds Sources/Stages/Sentiment/Resources/news_lexicon.txt from the shipped lexicons.

The sentiment stage reads VADER's lexicon first and this file second: it only adds words
VADER lacks, so VADER's own ratings are never changed. Two steps, both reproducible (no
randomness, sorted output) and neither looking at any evaluation data:

1. AFINN-en-165 words absent from VADER, put on VADER's scale. AFINN rates words with
   integers -5..+5, VADER with means of ten ratings -4..+4. Over the single words both rate,
   a least-squares line through the origin, vader ~ slope * afinn, maps one scale onto the
   other (through the origin so that a word AFINN calls positive stays positive and a
   neutral one neutral). AFINN's multi-word entries are skipped: the stage looks words up
   one at a time.
2. Inflections that complete a verb's paradigm. A stem w counts as a verb when the
   lexicon (VADER plus step 1) already holds its -ed or -ing form (with the usual spelling
   changes, and a doubled final consonant tried as well: "kidnapped"); each missing -s, -ed
   and -ing form then inherits w's valence, so "condemn" (rated) with "condemned" (rated)
   gives "condemning". A plural alone is no evidence, which keeps nouns and adjectives out
   ("abduction" -> "abductioned", "kind" -> "kinds"). Spellings that are not words are
   harmless: they never occur in text.
3. Verbs of news prose, from WordNet 3.0 (Princeton's licence, permissive: notice in
   LICENSE.wordnet.txt beside the output; Debian package wordnet-base). News reports
   conflict and judgement with verbs ("slams", "rebukes", "lambasts", "vows") that the
   rated lexicons list only in their base form or not at all.
   "Mainly a verb": its verb senses tagged in WordNet's sense-tagged corpus outnumber its
   noun, adjective and adverb senses ("fine", "cool" and "back" are not).
   a. Paradigms of rated verbs: a word mainly a verb that VADER and AFINN both rate, with
      the same sign and AFINN at least 2 in size (so the rating is not of a noun sense one
      rater had in mind, "treat", nor a mild one that news uses neutrally, "join" and
      "guarantee" at AFINN 1), gets its missing -s, -ed and -ing forms,
      regular or from WordNet's exception list ("fought"), at its valence: "slam" gives
      "slams", "slammed".
   b. Unrated verbs take the ratings of their most frequent sense: a word mainly a verb
      that no lexicon rates, whose first WordNet synset holds at least three rated words
      that are mainly verbs too (so the rating is likelier of a verb sense; two were not
      enough on news text: "fit" and "agree" made "match" positive, "clear" and "gain"
      made "earn" so), all of one sign and each at least 1 in size, gets their mean
      valence, and its forms with it ("berate" from "chide", "reprimand", "scold").
   Words the clause rules and VADER's rules read by name are never rated here, nor given
   names of the entities stage's gazetteer ("harry", a name in news more often than a verb).

Usage: python3 scripts/build-sentiment-lexicon.py [WORDNET_DIR]   (from the repository root;
   WORDNET_DIR defaults to /usr/share/wordnet: `apt-get install wordnet-base`)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "Sources", "Stages", "Sentiment", "Resources")


def read_vader(path):
    lexicon = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2 and fields[0]:
                lexicon[fields[0]] = float(fields[1])
    return lexicon


def read_afinn(path):
    lexicon = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, score = line.rstrip("\n").rpartition("\t")
            if word and " " not in word:
                lexicon[word] = int(score)
    return lexicon


def inflections(stem):
    """The regular -s, -ed and -ing forms of a stem (lowercase ASCII letters only)."""
    if not stem.isalpha() or not stem.isascii() or len(stem) < 3:
        return []
    if stem.endswith("e"):
        return [stem + "s", stem + "d", stem[:-1] + "ing"]
    if stem.endswith(("s", "x", "z", "ch", "sh")):
        return [stem + "es", stem + "ed", stem + "ing"]
    if stem.endswith("y") and stem[-2] not in "aeiou":
        return [stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"]
    forms = [stem + "s", stem + "ed", stem + "ing"]
    if stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou" and stem[-3] not in "aeiou":
        forms += [stem + stem[-1] + "ed", stem + stem[-1] + "ing"]  # consonant doubling: kidnap, abhor
    return forms


def read_wordnet_index(directory, pos):
    """Single-word lemmas of one part of speech: lemma -> (tagged sense count, synset offsets)."""
    index = {}
    with open(os.path.join(directory, "index." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, synsets, pointers = fields[0], int(fields[2]), int(fields[3])
            if "_" in lemma or "-" in lemma:
                continue
            tagged = int(fields[5 + pointers])
            index[lemma] = (tagged, fields[6 + pointers:6 + pointers + synsets])
    return index


def read_synset_words(directory, offset):
    """The single-word members of the verb synset at `offset`."""
    with open(os.path.join(directory, "data.verb"), encoding="utf-8") as f:
        f.seek(int(offset))
        fields = f.readline().split()
    count = int(fields[3], 16)
    return [fields[4 + 2 * k].lower() for k in range(count) if "_" not in fields[4 + 2 * k]]


def read_exceptions(directory):
    """WordNet's irregular verb forms: lemma -> forms."""
    forms = {}
    with open(os.path.join(directory, "verb.exc"), encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            for lemma in fields[1:]:
                forms.setdefault(lemma, []).append(fields[0])
    return forms


def rule_words():
    """The words Gloss's clause rules and VADER's rules read by name (quoted in their sources)."""
    words = set()
    for name in ("ClauseWords.swift", "VaderRules.swift"):
        with open(os.path.join(RESOURCES, "..", name), encoding="utf-8") as f:
            words.update(re.findall(r'"([a-z\']+)"', f.read()))
    return words


def given_names():
    """The given names of the entities stage's gazetteer (category `given`)."""
    path = os.path.join(RESOURCES, "..", "..", "Entities", "Model", "gazetteer.txt")
    with open(path, encoding="utf-8") as f:
        return {line.split("\t")[1].strip() for line in f if line.startswith("given\t")}


def wordnet_verbs(directory, known, added, both):
    """Step 3: forms of rated verbs, and unrated verbs rated through their first synset."""
    verbs = read_wordnet_index(directory, "verb")
    nouns = read_wordnet_index(directory, "noun")
    adjectives = read_wordnet_index(directory, "adj")
    adverbs = read_wordnet_index(directory, "adv")
    exceptions = read_exceptions(directory)
    skip = rule_words() | given_names()

    def forms_of(stem):
        forms = inflections(stem) + exceptions.get(stem, [])
        return [f for f in forms if f not in known and f not in added and f not in skip]

    def mainly_verb(word):
        tagged = verbs[word][0]
        return all(tagged > other.get(word, (0, []))[0] for other in (nouns, adjectives, adverbs))

    found = {}
    for stem in sorted(known):
        if stem in verbs and stem in both and stem not in skip and mainly_verb(stem):
            for form in forms_of(stem):
                found.setdefault(form, (known[stem], "wordnet verb form of " + stem))
    for verb in sorted(verbs):
        if verb in known or verb in skip or not verb.isalpha() or not mainly_verb(verb):
            continue
        synonyms = [
            w for w in read_synset_words(directory, verbs[verb][1][0])
            if w != verb and w in known and w in verbs and mainly_verb(w)]
        signs = {known[w] > 0 for w in synonyms}
        if len(synonyms) < 3 or len(signs) > 1 or any(abs(known[w]) < 1 for w in synonyms):
            continue
        value = round(sum(known[w] for w in synonyms) / len(synonyms), 2)
        origin = "wordnet synonym of " + ", ".join(sorted(synonyms))
        found.setdefault(verb, (value, origin))
        for form in forms_of(verb):
            found.setdefault(form, (value, origin + " (form of " + verb + ")"))
    return found


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    if not os.path.exists(os.path.join(wordnet, "index.verb")):
        sys.exit("WordNet 3.0 not found in %s: apt-get install wordnet-base, or pass its directory" % wordnet)
    vader = read_vader(os.path.join(RESOURCES, "vader_lexicon.txt"))
    afinn = read_afinn(os.path.join(RESOURCES, "AFINN-en-165.txt"))

    shared = [w for w in afinn if w in vader]
    slope = sum(afinn[w] * vader[w] for w in shared) / sum(afinn[w] ** 2 for w in shared)
    added = {}
    for word in sorted(afinn):
        if word not in vader:
            added[word] = (round(slope * afinn[word], 2), "afinn")

    known = dict(vader)
    known.update({w: v for w, (v, _) in added.items()})
    for stem in sorted(known):
        forms = inflections(stem)
        if not any(form in known for form in forms if not form.endswith("s")):
            continue
        for form in forms:
            if form not in known and form not in added:
                added[form] = (known[stem], "inflection of " + stem)

    known.update({w: v for w, (v, _) in added.items()})
    both = {w for w in afinn if w in vader and (afinn[w] > 0) == (vader[w] > 0) and abs(afinn[w]) >= 2}
    verbs = wordnet_verbs(wordnet, known, added, both)
    added.update(verbs)

    out = os.path.join(RESOURCES, "news_lexicon.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by scripts/build-sentiment-lexicon.py; do not edit. word<TAB>valence<TAB>origin\n")
        f.write("# AFINN-en-165 -> VADER scale: vader = %.4f * afinn over %d shared words\n" % (slope, len(shared)))
        f.write("# Verb forms and synonyms chosen with WordNet 3.0 (Princeton; LICENSE.wordnet.txt)\n")
        for word in sorted(added):
            value, origin = added[word]
            f.write("%s\t%.2f\t%s\n" % (word, value, origin))
    print("slope %.4f over %d shared words; %d AFINN words, %d inflections, %d WordNet verb words -> %s" % (
        slope, len(shared), sum(1 for v in added.values() if v[1] == "afinn"),
        sum(1 for v in added.values() if v[1].startswith("inflection")), len(verbs), os.path.relpath(out)),
        file=sys.stderr)


if __name__ == "__main__":
    main()
