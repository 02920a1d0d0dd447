#!/usr/bin/env python3
"""Rebuilds Sources/Stages/Sentiment/Resources/movement_words.txt, the words `MovementRule`
reads as movements (direction and role) and as quantities that move (their tone), from
WordNet 3.0 (Princeton; LICENSE.wordnet.txt; Debian package wordnet-base).

Directions: every lemma of the synsets below and of all their hyponyms (troponyms for verbs,
all levels), single words only, with its forms (regular -s/-ed/-ing and WordNet's irregular
forms in verb.exc; nouns +s). A verb of the intransitive roots moves its subject ("profits
rose 5 pct"), its -ing form also the noun after it ("rising prices"); a verb of the
transitive roots moves its object ("cut 500 jobs"), its -ed form also its subject in the
passive ("costs were cut by …"). A word both up and down is left out. The roots are the
senses of quantity change, numbered as `wn WORD -over` numbers them:

    up, subject:   increase v1 (become bigger), rise v2 (increase in value), rise v8 (go up or
                   advance: wax, mount, climb), grow v2 (become larger)
    down, subject: decrease v1 (decrease in size), decline v4 (grow smaller: wane),
                   decline v6 (go down in value: slump), drop v3 (go down in value)
    up, object:    increase v2 (make bigger), raise v1 (raise the level or amount)
    down, object:  decrease v2 (make smaller), reduce v1 (cut down on: cut, trim),
                   lower v2 (set lower)
    up, noun:      increase n2-n5, rise n1, and the nouns WordNet derives from the up verbs
    down, noun:    decrease n1-n4, decline n1, fall n6 (a sudden decline), drop n3 (a sudden
                   sharp decrease), and the nouns derived from the down verbs
    (derived nouns: WordNet's derivation links of the verb synsets whose noun synset is an act,
    event, process or quantity: "slump", "plunge", "cutback")
Not under them: development by natural growth (develop v10 and its subtree, `VERB_SKIPS`: "mature",
"ripen", "evolve", "unfold"), which WordNet files under grow v2 but which moves no quantity ("bonds
maturing": mature v3, become due for repayment, is news's sense); MOVEMENT_WITH_DEVELOPMENT=1 keeps it.
Adjectives of level: the comparatives "higher" (up) and "lower" (down), object role.
Steep verbs: a verb of the intransitive trees whose sense WordNet defines as sudden or sharp
("drop steeply", "rise rapidly", "fall heavily or suddenly") also has the role "steep": it moves
its subject with no amount after it ("shares plunged"). MOVEMENT_NO_STEEP=1 leaves it out.
The hand lists of the cases met in text before WordNet (`HAND`) are added to WordNet's words
after WordNet settles its own directions: the trees miss some of them ("slipped", "eased",
"shed", "downturn"). MOVEMENT_NO_HAND=1 leaves them out.
A word of WordNet's trees joins them only through its most frequent sense: the sense SemCor
tagged most often over all its parts of speech (cntlist.rev; a tie keeps each tied sense; a
word never tagged, its first sense in each part of speech). The trees' lower levels hold
senses that are rare or not movements at all where the word is common: "include" (to add as
part, a kind of "increase"; its usual sense is to contain), "content" (a verb of "decrease";
usually the noun), "set", "build", "develop", "number", "split" ("stock split"). A word whose
lemma the hand lists hold is a movement word already; it joins through its first or any
tagged sense, as every word did before, so WordNet still gives its other forms and roles
("plunge", most often "dive into water": "plunging prices", "slumping", and the steep mark).
With the default senses, a verb joins the trees of "make bigger" and "make smaller" (object
role) only through a sense whose WordNet frames give it an object ("Somebody ----s
something", …): "heighten, rise", filed under increase v2, has "Something ----s" alone, so
"rise" moves no object ("net income rose despite higher costs" is no rise of the costs), nor
"surge"; "decrease" and "narrow" still do ("decrease retained earnings").
MOVEMENT_SENSES=tagged lets every verb in through its first or any tagged sense (the rule
before 2026-12-05), MOVEMENT_SENSES=all through every sense.

Times: a word of movement whose most frequent noun sense (WordNet's first) is a time (noun.time:
"fall", autumn; "delay") also has the role "time": after "next", "last", "this" it names that time
("could take effect next fall"), which `MovementRule` leaves alone.

Quantities: a noun takes the tone of a root below when its most frequent sense (WordNet's
first) lies under the root (the root's synset or a hyponym, all levels): a burden's rise is
bad news, a gain's rise good news. The roots are the quantities an economy counts as costs,
liabilities and hardship, or as income, output and welfare (the same ledger as the table in
MovementWords.swift, which this completes; a word in both is left out). Not cost n1: under
it WordNet lists payments, which are income to whoever receives them (benefit, pension,
royalty, fee); "cost" and "costs" are in the table. A word that is both a quantity and a
movement is read as the quantity ("inflation", under WordNet's "reduce" through "inflate the
currency", "loss", "deduction").

    bad:  expense n1, price n2, inflation n1, loss n1 and n6, indebtedness
          (liability n2), debt n2, deficit n1 and n4, unemployment n1, poverty n1,
          bankruptcy n2, layoff n1
    good: income n1, net income (profit n1), gross revenue (revenue n1), gross sales
          (sales n1), wage n1, dividend n1, output n4, productivity n2, employment n1,
          export n1, demand n2, investment n2, rating n1 (an appraisal of value: a credit
          rating, a valuation, a score: "lowered the ratings on its debt" is bad news)
    A noun with any sense that is a monetary unit (monetary_unit n1's tree) is no quantity: "the
    mark rose" is an exchange rate (mark n1 is a grade, under rating n1).

Usage: python3 scripts/build-movement-words.py [--wordnet DIR] [--output FILE]   (a few seconds)
"""
import argparse
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "Stages", "Sentiment", "Resources", "movement_words.txt")

VERB_ROOTS = {
    ("up", "subject"): [("increase", 1), ("rise", 2), ("rise", 8), ("grow", 2), ("rise", 1), ("rally", 4)],
    ("down", "subject"): [("decrease", 1), ("decline", 4), ("decline", 6), ("drop", 3), ("fall", 2), ("drop", 2),
                          ("drop", 4), ("narrow", 1)],
    ("up", "object"): [("increase", 2), ("raise", 1)],
    ("down", "object"): [("decrease", 2), ("reduce", 1), ("lower", 2), ("narrow", 1), ("halve", 1)],
}
# Subtrees of the roots that change a state, not an amount: WordNet files development by natural
# growth (develop v10: "mature", "ripen", "evolve", "age", "sprout") under grow v2 (become larger),
# but "bonds maturing" or "the loans mature in March" (mature v3, become due for repayment, news's
# sense) and "the child matured" move no quantity. A word of such a subtree joins the trees only
# through another sense (or the hand lists: "advance", "climb", "spike").
VERB_SKIPS = [] if os.environ.get("MOVEMENT_WITH_DEVELOPMENT") else [("develop", 10)]
NOUN_ROOTS = {
    "up": [("increase", 2), ("increase", 3), ("increase", 4), ("increase", 5), ("rise", 1)],
    "down": [("decrease", 1), ("decrease", 2), ("decrease", 3), ("decrease", 4), ("decline", 1), ("fall", 6),
             ("drop", 3)],
}
QUANTITY_ROOTS = {
    "bad": [("expense", 1), ("price", 2), ("inflation", 1), ("loss", 1), ("loss", 6),
            ("liability", 2), ("debt", 2), ("deficit", 1), ("deficit", 4), ("unemployment", 1), ("poverty", 1),
            ("bankruptcy", 2), ("layoff", 1)],
    "good": [("income", 1), ("profit", 1), ("revenue", 1), ("sales", 1), ("wage", 1), ("dividend", 1),
             ("output", 4), ("rating", 1), ("productivity", 2), ("employment", 1), ("export", 1), ("demand", 2),
             ("investment", 2)],
}
# Securities, whose price is a gain to their holder ("share prices", "prices for bonds"): a noun
# whose first sense lies under security n4 (a certificate whose holder has a right to interest
# or dividends: stock, bond, debenture, scrip) has the role "asset".
ASSET_ROOTS = [("security", 4)]
# Securities WordNet's first senses miss, as news names them: "securities" (security's first sense
# is safety), "equities", "treasuries", "gilts" (MovementWords.assets holds share, stock, bond, equity).
HAND_ASSETS = ["securities", "equities", "treasuries", "gilts"]
# Which senses let a word into a tree (see the docstring): "dominant" (default) its most frequent
# sense over all parts of speech; "tagged" a verb's first sense or any sense SemCor tagged ("draw"
# 32nd sense, "mark" 15th, "turn" 26th stay out; nouns unfiltered); "all" every sense.
SENSES = os.environ.get("MOVEMENT_SENSES", "dominant")
if SENSES not in ("dominant", "tagged", "all"):
    sys.exit("MOVEMENT_SENSES must be dominant, tagged or all")
COMPARATIVES = {"higher": "up", "lower": "down"}
# Verbs whose past is their base form (English irregular verbs; WordNet's verb.exc lists only
# forms that differ from the base): "costs were cut by", not "cutted".
SAME_PAST = {"cut", "set", "put", "shed", "hit", "split", "slit", "spread", "quit", "let", "cost", "burst",
             "cast", "thrust", "shut", "bet", "upset"}
# A verb of the intransitive trees whose sense WordNet defines as sudden or sharp ("drop
# steeply", "rise rapidly", "fall suddenly and sharply": plunge, soar, tumble, plummet, slump)
# moves its subject with no amount after it ("shares plunged"): role "steep".
STEEP = os.environ.get("MOVEMENT_NO_STEEP") is None
STEEP_WORDS = re.compile(r"\b(sharply|steeply|rapidly|suddenly|abruptly|precipitously)\b")
# The hand lists MovementWords.swift held before WordNet (b8b233a): the cases met in Reuters and RSS
# text. WordNet's trees leave some out ("slipped", "eased", "shed", "downturn": senses SemCor never
# tagged or trees elsewhere), so they are kept beside them (MOVEMENT_NO_HAND=1 leaves them out).
HAND = {
    ("up", "subject"): [
        "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased", "increasing", "grow",
        "grows", "grew", "grown", "growing", "climb", "climbs", "climbed", "climbing", "gain", "gains",
        "gained", "gaining", "jump", "jumps", "jumped", "jumping", "surge", "surges", "surged", "surging",
        "soar", "soars", "soared", "soaring", "advance", "advances", "advanced", "advancing", "swell",
        "swells", "swelled", "swollen", "widen", "widens", "widened", "widening", "mount", "mounts", "mounted",
        "mounting", "spike", "spiked", "rocket", "rocketed", "balloon", "ballooned", "double", "doubled",
        "triple", "tripled", "quadrupled", "expand", "expands", "expanded", "expanding", "accelerate",
        "accelerated", "accelerating", "rebound", "rebounds", "rebounded", "deepen", "deepens", "deepened",
        "deepening", "rallied"
    ],
    ("down", "subject"): [
        "fall", "falls", "fell", "fallen", "falling", "decline", "declines", "declined", "declining", "drop",
        "drops", "dropped", "dropping", "decrease", "decreases", "decreased", "decreasing", "dip", "dips",
        "dipped", "slip", "slips", "slipped", "slide", "slides", "slid", "sink", "sinks", "sank", "sunk",
        "plunge", "plunges", "plunged", "plunging", "plummet", "plummets", "plummeted", "tumble", "tumbles",
        "tumbled", "slump", "slumps", "slumped", "shrink", "shrinks", "shrank", "shrunk", "shrinking",
        "contracted", "narrow", "narrows", "narrowed", "narrowing", "ease", "eases", "eased", "easing",
        "dwindle", "dwindled", "diminish", "diminished", "retreat", "retreated", "sag", "sagged", "slow",
        "slows", "slowed", "slowing", "decelerated", "halved", "cooled", "cut", "reduced", "lowered",
        "slashed", "trimmed", "shed"
    ],
    ("up", "object"): [
        "raise", "raises", "raised", "raising", "boost", "boosts", "boosted", "boosting", "hike", "hiked",
        "increase", "increased", "increasing", "expand", "expanded", "double", "doubled", "higher", "rising",
        "growing", "mounting", "soaring", "surging", "widening", "deepening"
    ],
    ("down", "object"): [
        "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered",
        "lowering", "slash", "slashes", "slashed", "slashing", "trim", "trims", "trimmed", "trimming", "curb",
        "curbs", "curbed", "curbing", "lessen", "lessened", "halve", "halved", "pare", "pared", "shed",
        "sheds", "shedding", "eliminate", "eliminated", "narrowed", "falling", "declining", "decreasing",
        "shrinking", "dwindling", "slowing", "easing"
    ],
    ("up", "noun"): [
        "rise", "rises", "increase", "increases", "growth", "gain", "gains", "jump", "surge", "climb", "hike",
        "hikes", "rebound", "upturn", "upswing", "spike", "expansion", "acceleration"
    ],
    ("down", "noun"): [
        "fall", "falls", "drop", "drops", "decline", "declines", "decrease", "decreases", "cut", "cuts",
        "reduction", "reductions", "dip", "slump", "plunge", "slide", "contraction", "slowdown", "downturn",
        "cutback", "cutbacks"
    ],
}
WITH_HAND = os.environ.get("MOVEMENT_NO_HAND") is None
# A lemma the hand lists hold is a movement word whatever its most frequent sense ("plunge" is most
# often "dive into water"): it joins the trees through its first or any tagged sense (see SENSES).
HAND_WORDS = {word for words in HAND.values() for word in words} if WITH_HAND else set()
# A verb joins an object tree only through a sense WordNet gives an object (a transitive frame):
# "heighten, rise", filed under increase v2 (make bigger), has "Something ----s" alone.
TRANSITIVE_FRAMES = {5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31}
DERIVED_NOUN_FILES = {4, 11, 22, 23}  # noun.act, noun.event, noun.process, noun.quantity
TIME_FILE = 28  # noun.time: a movement word whose first noun sense is a time ("fall") gets the role "time"


class WordNet:
    def __init__(self, directory):
        self.directory = directory
        self.index = {pos: self._index(pos) for pos in ("noun", "verb")}
        self.exceptions = {}
        with open(os.path.join(directory, "verb.exc"), encoding="utf-8") as f:
            for line in f:
                form, *lemmas = line.split()
                for lemma in lemmas:
                    self.exceptions.setdefault(lemma, []).append(form)
        self.cache = {}
        self.tagged = {}  # (pos number, lemma, sense number) -> times tagged in WordNet's SemCor
        self.most = {}  # lemma -> its largest tag count over all parts of speech
        with open(os.path.join(directory, "cntlist.rev"), encoding="utf-8") as f:
            for line in f:
                key, number, count = line.split()
                lemma, _, rest = key.partition("%")
                self.tagged[(rest[0], lemma, int(number))] = int(count)
                self.most[lemma] = max(self.most.get(lemma, 0), int(count))

    def seen(self, pos, lemma, rank):
        """Whether sense `rank` of `lemma` is its first or was tagged at least once (SemCor)."""
        return rank == 1 or self.tagged.get(("2" if pos == "verb" else "1", lemma, rank), 0) > 0

    def dominant(self, pos, lemma, rank):
        """Whether sense `rank` (noun or verb) of `lemma` is its most frequent: tagged in SemCor at
        least as often as any sense of any part of speech ("include" v3, 18 tags, is not: v1 has
        234), or, for a word SemCor never tagged, the first sense of its part of speech."""
        most = self.most.get(lemma, 0)
        if most == 0:
            return rank == 1
        return self.tagged.get(("2" if pos == "verb" else "1", lemma, rank), 0) == most

    def admits(self, pos, lemma, rank):
        """Whether a tree of `pos` takes `lemma` through its sense `rank` (see SENSES)."""
        tagged = pos == "noun" or self.seen(pos, lemma, rank)
        if SENSES == "dominant":
            return self.dominant(pos, lemma, rank) or (lemma in HAND_WORDS and tagged)
        return SENSES == "all" or tagged

    def _index(self, pos):
        index = {}
        with open(os.path.join(self.directory, "index." + pos), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                synsets, pointers = int(fields[2]), int(fields[3])
                index[fields[0]] = fields[6 + pointers:6 + pointers + synsets]
        return index

    def synset(self, pos, offset):
        """(lexicographer file, lemmas, pointers as (symbol, offset, pos)) of a synset."""
        key = (pos, offset)
        if key not in self.cache:
            with open(os.path.join(self.directory, "data." + pos), encoding="utf-8") as f:
                f.seek(int(offset))
                fields = f.readline().split("|")[0].split()
            count = int(fields[3], 16)
            lemmas = [fields[4 + 2 * k].lower() for k in range(count)]
            at = 4 + 2 * count
            pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k], fields[at + 3 + 4 * k],
                         int(fields[at + 4 + 4 * k][2:], 16)) for k in range(int(fields[at]))]
            self.cache[key] = (int(fields[1]), lemmas, pointers)
        return self.cache[key]

    def transitive(self, offset, word):
        """Whether the verb synset at `offset` lets its `word`-th lemma take an object: one of
        WordNet's frames "Somebody/Something ----s something/somebody …" (frames 5, 8-11, 14-21,
        24, 25, 30, 31) for all its lemmas or for that one ("heighten, rise": only "Something
        ----s", so "rise" is no verb of the transitive trees it is filed under)."""
        with open(os.path.join(self.directory, "data.verb"), encoding="utf-8") as f:
            f.seek(int(offset))
            fields = f.readline().split("|")[0].split()
        at = 4 + 2 * int(fields[3], 16)
        at += 1 + 4 * int(fields[at])
        frames = [(int(fields[at + 2 + 3 * k]), int(fields[at + 3 + 3 * k], 16)) for k in range(int(fields[at]))]
        return any(frame in TRANSITIVE_FRAMES and which in (0, word) for frame, which in frames)

    def gloss(self, pos, offset):
        """The first definition of a synset's gloss (before its first ';')."""
        with open(os.path.join(self.directory, "data." + pos), encoding="utf-8") as f:
            f.seek(int(offset))
            return f.readline().split("|", 1)[1].split(";")[0].strip()

    def sense(self, pos, word, number):
        return self.index[pos][word][number - 1]

    def tree(self, pos, offset):
        """The synset at `offset` and all its hyponyms' offsets."""
        seen, todo = set(), [offset]
        while todo:
            at = todo.pop()
            if at in seen:
                continue
            seen.add(at)
            todo += [o for symbol, o, p, _ in self.synset(pos, at)[2] if symbol in ("~", "~i") and p == pos[0]]
        return seen

    def hypernyms(self, pos, offset):
        """The synset at `offset` and all its hypernyms' offsets."""
        seen, todo = set(), [offset]
        while todo:
            at = todo.pop()
            if at not in seen:
                seen.add(at)
                todo += [o for symbol, o, p, _ in self.synset(pos, at)[2] if symbol in ("@", "@i")]
        return seen


def single(lemmas):
    return [w for w in lemmas if w.isalpha() and w.isascii()]


def verb_forms(wordnet, lemma):
    """(base, third person, past forms, -ing forms) of a verb: WordNet's irregular forms when it
    lists them, else the regular ones (with consonant doubling for short stressed stems)."""
    irregular = wordnet.exceptions.get(lemma, [])
    if lemma.endswith("e"):
        s, ed, ing = lemma + "s", [lemma + "d"], [lemma[:-1] + "ing"]
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        s, ed, ing = lemma + "es", [lemma + "ed"], [lemma + "ing"]
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        s, ed, ing = lemma[:-1] + "ies", [lemma[:-1] + "ied"], [lemma + "ing"]
    elif len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou" \
            and len(lemma) <= 4:
        s, ed, ing = lemma + "s", [lemma + lemma[-1] + "ed"], [lemma + lemma[-1] + "ing"]
    else:
        s, ed, ing = lemma + "s", [lemma + "ed"], [lemma + "ing"]
    if lemma in SAME_PAST:
        ed = [lemma]
    irregular_ing = [f for f in irregular if f.endswith("ing")]
    irregular_ed = [f for f in irregular if not f.endswith("ing") and f != s]
    return s, irregular_ed or ed, irregular_ing or ing


def add(entries, word, role, origin, rank=0):
    """Records `role` for `word`, with the sense rank (1 = most frequent) that gave it."""
    roles, origins = entries.setdefault(word, ({}, []))
    roles[role] = min(roles.get(role, rank), rank)
    if origin not in origins:
        origins.append(origin)


def rank(wordnet, pos, lemma, offset):
    """The rank of the sense `offset` among `lemma`'s senses (1 = most frequent)."""
    senses = wordnet.index[pos].get(lemma, [])
    return senses.index(offset) + 1 if offset in senses else len(senses) + 1


def verb_tree(wordnet, entries, direction, kind, word, number):
    origin = "wordnet %s v%d" % (word, number)
    skipped = set()
    for skip, sense in VERB_SKIPS:
        skipped |= wordnet.tree("verb", wordnet.sense("verb", skip, sense))
    root = wordnet.sense("verb", word, number)
    for offset in sorted(wordnet.tree("verb", root) - skipped):
        lexfile, lemmas, pointers = wordnet.synset("verb", offset)
        steep = STEEP and kind == "subject" and STEEP_WORDS.search(wordnet.gloss("verb", offset)) is not None
        for lemma in single(lemmas):
            r = rank(wordnet, "verb", lemma, offset)
            # A root's own word joins through the root sense, which was chosen by its name, whatever
            # its most frequent sense ("rally" v4, rise in value; most often a gathering's "rally").
            if not wordnet.admits("verb", lemma, r) and (offset, lemma) != (root, word):
                continue
            if SENSES == "dominant" and kind == "object" and not wordnet.transitive(offset, lemmas.index(lemma) + 1):
                continue
            s, ed, ing = verb_forms(wordnet, lemma)
            for form in [lemma, s] + ed + ing:
                add(entries, form, (direction, kind), origin, r)
                if steep:
                    add(entries, form, (direction, "steep"), origin + " (steep)", r)
            for form in (ing if kind == "subject" else ed):
                add(entries, form, (direction, "object" if kind == "subject" else "subject"), origin, r)
        for symbol, target, pos, which in pointers:
            if symbol != "+" or pos != "n" or not which:
                continue
            nlexfile, nlemmas, _ = wordnet.synset("noun", target)
            noun = nlemmas[which - 1]
            r = rank(wordnet, "noun", noun, target)
            if nlexfile in DERIVED_NOUN_FILES and noun.isalpha() and noun.isascii() and wordnet.admits("noun", noun, r):
                for form in {noun, plural(noun)}:
                    add(entries, form, (direction, "noun"), origin + " (derived noun)", r)


def plural(noun):
    return noun if noun.endswith("s") else noun + "s"


def directions(wordnet, entries):
    for (direction, kind), roots in VERB_ROOTS.items():
        for word, number in roots:
            verb_tree(wordnet, entries, direction, kind, word, number)
    for direction, roots in NOUN_ROOTS.items():
        for word, number in roots:
            origin = "wordnet %s n%d" % (word, number)
            for offset in sorted(wordnet.tree("noun", wordnet.sense("noun", word, number))):
                for lemma in single(wordnet.synset("noun", offset)[1]):
                    r = rank(wordnet, "noun", lemma, offset)
                    if not wordnet.admits("noun", lemma, r):
                        continue
                    for form in {lemma, plural(lemma)}:
                        add(entries, form, (direction, "noun"), origin, r)
    for word, direction in COMPARATIVES.items():
        add(entries, word, (direction, "object"), "comparative of level")


def settle(roles):
    """The roles of a word that moves one way: where WordNet gives both directions, the one of
    its more frequent sense (a tie drops both); likewise for a quantity's tone."""
    kept = dict(roles)
    for sides in (("up", "down"), ("good", "bad")):
        best = {side: min([r for role, r in roles.items() if role[0] == side], default=None) for side in sides}
        if None in best.values():
            continue
        a, b = sides
        loser = [a, b] if best[a] == best[b] else ([b] if best[a] < best[b] else [a])
        kept = {role: r for role, r in kept.items() if role[0] not in loser}
    return kept


def quantities(wordnet, entries):
    under = {}  # synset offset -> {tone: [root names]} over every root's tree
    for tone, senses in QUANTITY_ROOTS.items():
        for word, number in senses:
            for offset in wordnet.tree("noun", wordnet.sense("noun", word, number)):
                under.setdefault(offset, {}).setdefault(tone, []).append("%s n%d" % (word, number))
    for word, number in ASSET_ROOTS:
        for offset in wordnet.tree("noun", wordnet.sense("noun", word, number)):
            under.setdefault(offset, {}).setdefault("asset", []).append("%s n%d" % (word, number))
    irregular = {form for forms in wordnet.exceptions.values() for form in forms}  # "found" is find's
    # a currency's name is no quantity of anyone's ledger: "the mark rose" is an exchange rate
    # (mark n1 is a grade, under rating n1; news's mark is the Deutsche Mark)
    money = set(wordnet.tree("noun", wordnet.sense("noun", "monetary_unit", 1)))
    for lemma, senses in sorted(wordnet.index["noun"].items()):
        tones = under.get(senses[0], {})
        if len(tones) != 1 or not lemma.isalpha() or not lemma.isascii() or lemma in irregular:
            continue
        if any(offset in money for offset in senses):
            continue
        (tone, names), = tones.items()
        for form in {lemma, plural(lemma)}:
            add(entries, form, (tone,), "wordnet first sense under " + ", ".join(names), 1)


def hand_roles():
    """The roles of the hand lists (`HAND`), added to WordNet's after it settles its own;
    empty with MOVEMENT_NO_HAND."""
    roles = {}
    for (direction, kind), words in (HAND.items() if WITH_HAND else []):
        for word in words:
            roles.setdefault(word, set()).add("%s %s" % (direction, kind))
    for word in (HAND_ASSETS if WITH_HAND else []):
        roles.setdefault(word, set()).add("asset")
    return roles


def main():
    parser = argparse.ArgumentParser(description="Rebuilds movement_words.txt from WordNet 3.0.")
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0's dict folder")
    parser.add_argument("--output", default=OUT, help="where to write (default: the shipped resource)")
    arguments = parser.parse_args()
    started = time.time()
    if not os.path.exists(os.path.join(arguments.wordnet, "index.verb")):
        sys.exit("WordNet 3.0 not found in %s: apt-get install wordnet-base, or pass its directory" % arguments.wordnet)
    wordnet = WordNet(arguments.wordnet)
    entries = {}
    directions(wordnet, entries)
    quantities(wordnet, entries)
    lines, dropped, hand = [], [], hand_roles()
    for word in sorted(set(entries) | set(hand)):
        roles, origins = entries.get(word, ({}, []))
        kept = settle(roles)
        if any(len(role) == 1 for role in kept):  # a quantity is read as one, not as a movement
            kept = {role: r for role, r in kept.items() if len(role) == 1}
        if len(kept) < len(roles):
            dropped.append(word)
        names = {" ".join(r) for r in kept} | hand.get(word, set())
        if not names:
            continue
        senses = wordnet.index["noun"].get(word)
        if names & {"up subject", "down subject", "up noun", "down noun"} and senses \
                and wordnet.synset("noun", senses[0])[0] == TIME_FILE:
            names.add("time")
        origins = (["hand"] if word in hand else []) + origins
        lines.append("%s\t%s\t%s\n" % (word, ",".join(sorted(names)), "; ".join(origins)))
    with open(arguments.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by scripts/build-movement-words.py from WordNet 3.0 (Princeton; LICENSE.wordnet.txt); "
                "do not edit. word<TAB>roles<TAB>origin\n")
        f.write("# roles: up|down subject|object|noun (a movement), up|down steep (moves its subject with no amount "
                "after it), good|bad (a quantity's tone), asset (a security: its price is a gain), time (its first noun "
                "sense is a time)\n")
        f.writelines(lines)
    print("%d words (%d with a direction or tone left out, WordNet giving both: %s); %.1f s -> %s" % (
        len(lines), len(dropped), " ".join(dropped[:40]), time.time() - started, os.path.relpath(arguments.output)),
        file=sys.stderr)


if __name__ == "__main__":
    main()
