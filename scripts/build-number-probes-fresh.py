#!/usr/bin/env python3
"""Writes the fifth probe set for issue 18, Tests/GlossNumbersTests/Probes/Fresh/<Model>Model-<phenomenon>.json.

Written in one sitting by numbers10 before the stage was run on any of it, in the format of
the other probe sets (`build-number-probes.py`), one file a phenomenon bullet of issue 18 and
model, every model included (Number, NumberRange, Currency, Dimension, Percent, Temperature,
Age), with sentences that hold no quantity of the model's kind (dates, times, phone numbers,
scores, codes, versions, addresses) for each.

The tables are complete sources, not the cases met before: ISO 4217 codes from Debian's
`iso-codes`; currency plurals, signs and unit names from CLDR as Babel ships it (`pip install
babel`; the expected currency *name* is the checked-in `CurrencyCatalog+CLDR.swift` one, which
is CLDR through Foundation, so the two CLDR releases cannot disagree on a name); the 24 SI
prefixes (2022) on the SI units with special names; CLDR's unit list for lengths, areas,
volumes, masses, speeds, data sizes and the rest. A code, sign or unit used by an earlier probe
set is left out, so every drawn value is new to the probes; draws use `random.Random(3518)`.
Carrier sentences are new: wire datelines, capitals headlines, title case, lower case and
pre-tokenised text (a space before every punctuation mark).

The expectations follow the conventions docs/accuracy.md documents (a range includes both
ends; a currency's unit is its CLDR English name; a sign alone is `Dollar`/`Pound`; a metric
unit's name is its prefix and base, `Kilonewton`). The first score on the unchanged stage is
in numbers10's report; cases are not edited after a failure is seen, except expectations that
were the writer's own error, each said in its own commit. Run from the repository root with a
Python that has Babel:

    python3 scripts/build-number-probes-fresh.py
"""
import glob
import importlib.util
import json
import os
import random
import re
import unicodedata
from fractions import Fraction

from babel import numbers as cldr_numbers
from babel import units as cldr_units

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("probes", os.path.join(HERE, "build-number-probes.py"))
probes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probes)
dec, exact_decimal, words, ordinal = probes.dec, probes.exact_decimal, probes.words, probes.ordinal

PROBES = os.path.join("Tests", "GlossNumbersTests", "Probes")
OUT = os.path.join(PROBES, "Fresh")
KINDS = {"Number": "number", "NumberRange": "numberrange", "Percent": "percentage", "Currency": "currency",
         "Dimension": "dimension", "Temperature": "temperature", "Age": "age"}
ISO_4217 = "/usr/share/iso-codes/json/iso_4217.json"
CLDR_TABLE = os.path.join("Sources", "Stages", "Numbers", "CurrencyCatalog+CLDR.swift")
RNG = random.Random(3518)


def earlier_text():
    """Every input of the earlier probe sets, to leave out what they used."""
    texts = []
    for path in glob.glob(os.path.join(PROBES, "**", "*.json"), recursive=True):
        if os.sep + "Fresh" + os.sep in path:
            continue
        with open(path, encoding="utf-8") as source:
            texts += [case["Input"] for case in json.load(source)]
    return "\n".join(texts)


EARLIER = earlier_text()


def unused(token):
    return re.search(r"(?<![A-Za-z])" + re.escape(token) + r"(?![A-Za-z])", EARLIER) is None


def cases(phenomenon, model, rows):
    """Rows of (text, (span, value[, unit]), ...): the model's results in order; none for a text without one."""
    name = f"{model}Model-{phenomenon}"
    for text, *results in rows:
        probes.add(name, text, *[(r[0], KINDS[model], r[1], r[2] if len(r) > 2 else None) for r in results])


SCALES = {"thousand": 3, "million": 6, "mln": 6, "billion": 9, "bln": 9, "bn": 9, "trillion": 12}


def amount_value(amount):
    """`1.25 billion`, `380,000`, `6 mln` as an exact decimal."""
    parts = amount.replace(",", "").split()
    value = Fraction(parts[0])
    if len(parts) > 1:
        value *= 10 ** SCALES[parts[1].lower()]
    return dec(value)


# ---------------------------------------------------------------------------------------------
# Notation

def notation():
    rows = []
    forms = ["{m}e{p}", "{m}E{sp}", "{m} x 10^{p}", "{m}×10^{p}", "{m} * 10^{p}", "{m}e{sp}", "{m} X10^{p}"]
    frames = ["the probe logged {} counts per litre .", "A DENSITY OF {} WAS REPORTED",
              "Astronomers Estimate {} Stars In The Cluster", "GENEVA - The team measured {}, the paper said."]
    for i, form in enumerate(forms):
        mantissa = f"{RNG.randint(1, 9)}.{RNG.randint(1, 999):03d}".rstrip("0").rstrip(".")
        power = RNG.choice([-1, 1]) * RNG.randint(3, 35)
        span = form.format(m=mantissa, p=power, sp=("+" if power > 0 else "") + str(power))
        rows.append((frames[i % 4].format(span), (span, exact_decimal(Fraction(mantissa) * Fraction(10) ** power))))
    # magnitude suffixes the issue lists, glued and spaced, any case, on bare counts
    for suffix, power in [("m", 6), ("b", 9), ("Bn", 9), ("BLN", 9), ("Tn", 12), ("tln", 12), ("Mn", 6), ("k", 3)]:
        amount = RNG.choice(["3.75", "41", "0.6", "212", "9"])
        glue = "" if suffix in ("m", "b") else RNG.choice(["", " "])
        span = f"{amount}{glue}{suffix}"
        frame = RNG.choice(["Subscribers reached {} by June.", "the app has {} users worldwide .",
                            "Viewers Topped {} For The Final"])
        rows.append((frame.format(span), (span, dec(Fraction(amount) * 10 ** power))))
    # grouping: narrow no-break and thin spaces, typographic apostrophes, dots with a decimal comma
    for group, cents in [("\u202f", False), ("\u2009", False), ("’", False), (".", True), ("'", True)]:
        n = RNG.randint(1_000_000, 999_999_999)
        text = f"{n:,}".replace(",", group)
        decimal = RNG.randint(11, 99) if cents else None
        if decimal and group == ".":
            span, value = f"{text},{decimal}", f"{n}.{decimal}".rstrip("0")
        elif decimal:
            span, value = f"{text}.{decimal}", f"{n}.{decimal}".rstrip("0")
        else:
            span, value = text, str(n)
        rows.append((f"Auditors found {span} in unpaid invoices.", (span, value)))
    # a number split by the tokeniser of pre-tokenised, lower-cased news wire
    rows.append(("net income rose to 7 . 125 in the quarter , the bank said .", ("7 . 125", "7.125")))
    rows.append(("it shipped 4 , 600 , 000 units , up from last year .", ("4 , 600 , 000", "4600000")))
    rows.append(("THE INDEX CLOSED AT 2 , 318 . 45 POINTS", ("2 , 318 . 45", "2318.45")))
    cases("Notation", "Number", rows)
    cases("Notation", "Currency", [
        ("the airline lost us$ 312 million in the period .", ("us$ 312 million", "312000000", "United States dollar")),
        ("Shares Worth $7.4B Changed Hands", ("$7.4B", "7400000000", "Dollar")),
        ("TOKYO - Sony set aside ¥ 90 billion for the charge.", ("¥ 90 billion", "90000000000", "Japanese yen")),
        ("the fund manages € 2 , 400 million .", ("€ 2 , 400 million", "2400000000", "Euro")),
        ("A £2.5bn deal was signed.", ("£2.5bn", "2500000000", "Pound")),
        ("PROFIT OF $ 15 MLN", ("$ 15 MLN", "15000000", "Dollar")),
        ("Its debt is put at $1.9tn.", ("$1.9tn", "1900000000000", "Dollar")),
        ("Revenue hit €640k last year.", ("€640k", "640000", "Euro")),
        ("The transfer cost £45 m, the club said.", ("£45 m", "45000000", "Pound")),
        ("The state owes $ 1.2 tln in bonds .", ("$ 1.2 tln", "1200000000000", "Dollar")),
    ])
    cases("Notation", "Percent", [
        ("yields climbed to 5 . 125 % on friday .", ("5 . 125 %", "5.125%")),
        ("OUTPUT GREW 2.8 PER CENT IN THE QUARTER", ("2.8 PER CENT", "2.8%")),
        ("Turnout Was 61 Percent", ("61 Percent", "61%")),
        ("margins are 12,5 % in germany .", ("12,5 %", "12.5%")),
        ("Approval sank to 29pc.", ("29pc", "29%")),
        ("The fee is 0.75 per cent a year.", ("0.75 per cent", "0.75%")),
    ])


# ---------------------------------------------------------------------------------------------
# Words

def spelled_words():
    rows = []
    for whole, digits in [(7, "two five"), (12, "zero four"), (0, "six"), (90, "nine nine")]:
        span = f"{words(whole)} point {digits}"
        value = f"{whole}." + "".join(str(probes.UNITS.index(w)) for w in digits.split())
        frame = RNG.choice(["Growth slowed to {} in the spring.", "the ratio stood at {} , analysts said ."])
        rows.append((frame.format(span), (span, value)))
    rows.append(("OUTPUT ROSE TO THREE POINT FIVE", ("THREE POINT FIVE", "3.5")))
    # fractions over any spelled ordinal, compound ones and plurals, drawn
    for _ in range(6):
        denominator = RNG.choice([8, 10, 12, 14, 16, 18, 21, 25, 32, 33, 38, 44, 50, 56, 64, 75, 80, 100, 1000])
        numerator = RNG.randint(1, min(denominator - 1, 19))
        name = ordinal(denominator) + ("s" if numerator > 1 else "")
        span = f"{words(numerator)} {name}"
        frame = RNG.choice(["Nearly {} of the vote was spoiled.", "Some {} of the crop was lost.",
                            "about {} of households own a car ."])
        rows.append((frame.format(span), (span, dec(Fraction(numerator, denominator)))))
    rows.append(("Two And Three Quarters Miles Of Track", ("Two And Three Quarters", "2.75")))
    # out of, over, in
    rows.append(("seven out of every ten bids failed .", ("seven out of every ten", "0.7")))
    rows.append(("NINE OUT OF 10 DOCTORS AGREE", ("NINE OUT OF 10", "0.9")))
    rows.append(("Some three in 20 firms cut jobs.", ("three in 20", "0.15")))
    rows.append(("He wrote the answer as five over eight.", ("five over eight", "0.625")))
    # dozens
    rows.append(("Guards seized four dozen bottles.", ("four dozen", "48")))
    # the article is part of `a half-dozen`, as of `a dozen` (docs/accuracy.md; numbers24 aligned the sets)
    rows.append(("A half-dozen ships were idle.", ("A half-dozen", "6")))
    rows.append(("two and a half dozen eggs broke .", ("two and a half dozen", "30")))
    rows.append(("THREE DOZEN MINERS RESCUED", ("THREE DOZEN", "36")))
    # and: one number or two
    rows.append(("The vote was one hundred and six in favour.", ("one hundred and six", "106")))
    rows.append(("Gates three and five stayed shut.", ("three", "3"), ("five", "5")))
    rows.append(("Two Thousand And Forty Homes Lost Power", ("Two Thousand And Forty", "2040")))
    rows.append(("She hired six and fired two.", ("six", "6"), ("two", "2")))
    rows.append(("Exports reached seventeen million and ninety thousand.",
                 ("seventeen million and ninety thousand", "17090000")))
    cases("Words", "Number", rows)


# ---------------------------------------------------------------------------------------------
# Currency tables

def cldr_rows():
    """(code, name, symbols, current) of the checked-in CLDR table (CLDR through Foundation)."""
    rows = []
    pattern = re.compile(r'\("([A-Z]{3})", "([^"]+)", \[([^\]]*)\], (true|false)\)')
    with open(CLDR_TABLE, encoding="utf-8") as table:
        for code, name, symbols, current in pattern.findall(table.read()):
            rows.append((code, name, re.findall(r'"([^"]*)"', symbols), current == "true"))
    return rows


CLDR = {row[0]: row for row in cldr_rows()}
with open(ISO_4217, encoding="utf-8") as _source:
    ISO = [entry["alpha_3"] for entry in json.load(_source)["4217"]]
WORD_CODES = {"USD", "ALL", "TOP", "MAD", "BOB", "CUP", "CUC", "BYN", "BYR", "AUD", "EUR", "GBP", "JPY"}
CURRENT = [c for c in ISO if c in CLDR and CLDR[c][3] and "(" not in CLDR[c][1] and not c.startswith("X")
           and c not in WORD_CODES]


def unit_name(code):
    """The stage's documented name: CLDR's English name, `&` as `and` (compared without case)."""
    return CLDR[code][1].replace(" & ", " and ")


def currency_enders():
    """The last word of every current currency's name (word codes included) and whose it is."""
    enders = {}
    for code in ISO:
        if code in CLDR and CLDR[code][3] and not code.startswith("X"):
            enders.setdefault(unit_name(code).split()[-1].lower(), set()).add(code)
    return enders


# Corrected after the first run (the inputs unchanged): docs/accuracy.md names a currency word
# written alone in full only when *one* currency ends with it, and the table holds historic
# currencies too. The draw counted current currencies only, so these words, which another
# currency of the table (named here) also ends with, stay the word itself, as a sign alone
# stays `Dollar`: the writer's error.
SHARED_ALONE = {"colón": "SVC Salvadoran colón", "guilder": "NLG Dutch guilder", "bolívar": "VEF Venezuelan bolívar (2008–2018)"}


def lone_word_name(word, code):
    """The expected unit of a currency word written alone."""
    return word if word in SHARED_ALONE else unit_name(code)


def plural(code):
    """CLDR's English plural name (`Danish kroner`)."""
    return cldr_numbers.get_currency_name(code, count=2, locale="en")


def currency_codes():
    fresh = [c for c in CURRENT if unused(c)]
    rows = []
    frames_after = ["WINDHOEK - The miner paid {} in royalties, officials said.", "TOTAL ASSETS REACHED {}",
                    "the loan , worth {} , was repaid early ."]
    frames_before = ["Bids Totalled {} On Monday", "Customs held {} in undeclared cash.",
                     "the budget sets aside {} for roads ."]
    for i, code in enumerate(RNG.sample(fresh, min(14, len(fresh)))):
        amount = RNG.choice(["1.25 billion", "380,000", "17.5", "6 mln", "900", "42 million"])
        if i % 2:
            span = f"{amount} {code}"
            frame = frames_after[i % 3]
        else:
            span = f"{code} {amount}"
            frame = frames_before[i % 3]
        if frame.isupper():
            span = span.upper()
        rows.append((frame.format(span), (span, amount_value(amount), unit_name(code))))
    cases("Codes", "Currency", rows)


def currency_signs():
    owners = {}
    for code in CURRENT + ["USD", "EUR", "GBP", "JPY"]:
        for symbol in {cldr_numbers.get_currency_symbol(code, "en")} | set(CLDR[code][2]):
            owners.setdefault(symbol, set()).add(code)
    # one current currency's own sign, a currency symbol by Unicode (not a letter, a space or a
    # full-width form that another locale gives another currency: `￥`)
    signs = sorted(s for s, codes in owners.items() if len(codes) == 1 and len(s) == 1
                   and unicodedata.category(s) == "Sc" and unicodedata.east_asian_width(s) != "F" and s not in EARLIER)
    rows = []
    frames = ["A litre of fuel costs {} there.", "the fine was {} , a court said .", "TICKETS SELL FOR {}"]
    for i, symbol in enumerate(RNG.sample(signs, min(8, len(signs)))):
        code = next(iter(owners[symbol]))
        amount = RNG.choice(["45", "2,300", "7.80", "150"])
        span = RNG.choice([f"{symbol}{amount}", f"{amount} {symbol}", f"{symbol} {amount}"])
        rows.append((frames[i % 3].format(span), (span, amount.replace(",", ""), unit_name(code))))
    rows.append(("Rents Rise To ₹18,000 A Month", ("₹18,000", "18000", "Indian rupee")))
    rows.append(("the ticket costs ₩ 12,000 in seoul .", ("₩ 12,000", "12000", "South Korean won")))
    cases("Signs", "Currency", rows)


def currency_names():
    """CLDR plurals of current currencies, regular and irregular (`kroner`, `lei`), never used before."""
    fresh = [c for c in CURRENT if unused(plural(c)) and unused(unit_name(c)) and len(plural(c).split()) >= 2
             and c not in ("USD", "GBP", "EUR", "JPY")]
    rows = []
    frames = ["KAMPALA - Farmers earned {} from the harvest.", "EXPORTS FETCHED {}",
              "the state spent {} on schools , it said .", "Budget Gap Widens To {}"]
    for i, code in enumerate(RNG.sample(fresh, min(14, len(fresh)))):
        amount = RNG.choice(["3", "65", "12,500", "4.4 billion", "800 million", "27"])
        written = plural(code) if amount != "1" else cldr_numbers.get_currency_name(code, count=1, locale="en")
        span = f"{amount} {written}"
        frame = frames[i % 4]
        if frame.isupper():
            span = span.upper()
        elif frame[0].islower():
            span = span.lower()
        rows.append((frame.format(span), (span, amount_value(amount), unit_name(code))))
    # a name whose last word only one currency has, alone (`forint`: Hungarian forint)
    enders = currency_enders()
    unique = sorted(w for w, codes in enders.items() if len(codes) == 1 and unused(w) and w.isalpha())
    for word in RNG.sample(unique, min(6, len(unique))):
        code = next(iter(enders[word]))
        amount = RNG.choice(["70", "1,900", "35 million"])
        span = f"{amount} {word}"
        rows.append((f"Officials said the bill came to {span}.", (span, amount_value(amount), lone_word_name(word, code))))
    cases("Names", "Currency", rows)


def historic():
    """Historic currencies of the table with plain names (no years), by CLDR's plural."""
    pool = [c for c, row in CLDR.items() if not row[3] and "(" not in row[1] and not c.startswith("X")
            and "Soberano" not in row[1] and c in ISO + [
        "ATS", "BEF", "DEM", "DDM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "LUF", "NLG", "PTE", "CYP", "MTL",
        "SIT", "SKK", "EEK", "LVL", "LTL", "ECS", "PEI", "ARA", "BRC", "VEB", "ZWD", "YUM", "SUR", "CSK", "TRL"]]
    fresh = [c for c in pool if unused(plural(c))]
    rows = []
    frames = ["In 1992 the estate was valued at {}.", "THE BANK SOLD {} IN 1995",
              "the 1989 contract was worth {} .", "Court Orders Payment Of {}"]
    for i, code in enumerate(RNG.sample(fresh, min(10, len(fresh)))):
        amount = RNG.choice(["240", "3.6 mln", "11,000", "75 billion"])
        span = f"{amount} {plural(code)}"
        frame = frames[i % 4]
        if frame.isupper():
            span = span.upper()
        elif frame[0].islower():
            span = span.lower()
        year = re.findall(r"\d{4}", frame)
        results = [(span, amount_value(amount), unit_name(code))]
        rows.append((frame.format(span), *results))
    cases("Historic", "Currency", rows)


def minor_units():
    cases("MinorUnits", "Currency", [
        ("A loaf now costs 90 halalas more.", ("90 halalas", "90", "Halala")),
        ("bus fares went up 50 kobo .", ("50 kobo", "50", "Kobo")),
        ("THE SHARE FELL 4 SEN", ("4 SEN", "4", "Sen")),
        ("Stamps rose 60 groszy.", ("60 groszy", "60", "Grosz")),
        ("The coin is worth 25 satang.", ("25 satang", "25", "Satang")),
        ("Tea Up 20 Piastres A Glass", ("20 Piastres", "20", "Piastre")),
        ("Milk went up 30 fils a litre.", ("30 fils", "30", "Fils")),
        ("it fell 3 1/2 cents to 88 cents .", ("3 1/2 cents", "3.5", "Cent"), ("88 cents", "88", "Cent")),
        ("The stock lost 12p to 340p.", ("12p", "12", "Pence"), ("340p", "340", "Pence")),
    ])


def adjectival_currency():
    enders = currency_enders()
    unique = sorted(w for w, codes in enders.items() if len(codes) == 1 and w.isalpha() and unused(w + "-"))
    rows = []
    for word in RNG.sample(unique, 6):
        code = next(iter(enders[word]))
        n = RNG.choice([5, 10, 20, 50, 100, 500])
        written = RNG.choice([str(n), words(n) if n < 100 else str(n)])
        span = f"{written}-{word}"
        frame = RNG.choice(["The bank will print a new {} note.", "a {} fee angered drivers .",
                            "Officials Scrap {} Coin"])
        if word == "mark":  # `mark` is money only after a scale (docs/accuracy.md: `a 477 mln mark profit`)
            rows.append((frame.format(span),))
        else:
            rows.append((frame.format(span), (span, str(n), lone_word_name(word, code))))
    rows.append(("A 25-PENCE RISE IN FUEL DUTY", ("25-PENCE", "25", "Pence")))
    rows.append(("a ten-pound fine was imposed .", ("ten-pound", "10", "Pound")))
    rows.append(("The 50-cent levy will go.", ("50-cent", "50", "Cent")))
    cases("Adjectival", "Currency", rows)


# ---------------------------------------------------------------------------------------------
# Dimensions: SI, CLDR units, data sizes, compounds, adjectival

SI_PREFIXES = [("quecto", "q", -30), ("ronto", "r", -27), ("yocto", "y", -24), ("zepto", "z", -21),
               ("atto", "a", -18), ("femto", "f", -15), ("pico", "p", -12), ("nano", "n", -9), ("micro", "µ", -6),
               ("milli", "m", -3), ("centi", "c", -2), ("deci", "d", -1), ("deca", "da", 1), ("hecto", "h", 2),
               ("kilo", "k", 3), ("mega", "M", 6), ("giga", "G", 9), ("tera", "T", 12), ("peta", "P", 15),
               ("exa", "E", 18), ("zetta", "Z", 21), ("yotta", "Y", 24), ("ronna", "R", 27), ("quetta", "Q", 30)]
# prefixes whose symbols docs/accuracy.md says are left out as too rare (`ym`): by name only
RARE_PREFIXES = {"quetta", "ronna", "yotta", "zetta", "atto", "zepto", "yocto", "ronto", "quecto"}
# the SI units with special names (SI brochure, table 4) that measure no time or temperature,
# and the non-SI units accepted for use with it that take prefixes
SI_UNITS = [("newton", "newtons", "N"), ("pascal", "pascals", "Pa"), ("joule", "joules", "J"), ("watt", "watts", "W"),
            ("coulomb", "coulombs", "C"), ("volt", "volts", "V"), ("farad", "farads", "F"), ("ohm", "ohms", "Ω"),
            ("siemens", "siemens", "S"), ("weber", "webers", "Wb"), ("tesla", "teslas", "T"),
            ("henry", "henries", "H"), ("lumen", "lumens", "lm"), ("lux", "lux", "lx"),
            ("becquerel", "becquerels", "Bq"), ("gray", "grays", "Gy"), ("sievert", "sieverts", "Sv"),
            ("ampere", "amperes", "A"), ("meter", "meters", "m"), ("gram", "grams", "g"), ("liter", "liters", "L"),
            ("electronvolt", "electronvolts", "eV")]


def si_prefixes():
    rows = []
    common = {"milli", "micro", "kilo", "mega", "giga", "nano", "centi"}
    pairs = [(p, u) for p in SI_PREFIXES for u in SI_UNITS]
    chosen = RNG.sample([x for x in pairs if x[0][0] in common], 10) + RNG.sample([x for x in pairs if x[0][0] not in common], 6)
    frames = ["Inspectors measured {} near the plant.", "the device delivers {} , the maker says .",
              "SENSORS DETECTED {}", "Lab Reports {} In Samples"]
    for i, ((prefix, symbol, _), (base, plural_name, base_symbol)) in enumerate(chosen):
        n = RNG.choice(["2.2", "15", "480", "0.07", "6"])
        unit = (prefix + base).capitalize()
        if i % 2 == 0 or prefix in RARE_PREFIXES:
            span = f"{n} {prefix}{plural_name}"
        else:
            span = f"{n} {symbol}{base_symbol}"
        frame = frames[i % 4]
        if frame.isupper() and i % 2 == 0:
            span = span.upper()
        rows.append((frame.format(span), (span, n, unit)))
    rows.append(("Workers got doses of 20 mSv a year.", ("20 mSv", "20", "Millisievert")))
    rows.append(("The capacitor holds 470 μF.", ("470 μF", "470", "Microfarad")))
    rows.append(("a 3.5 kN load was applied .", ("3.5 kN", "3.5", "Kilonewton")))
    cases("SIPrefixes", "Dimension", rows)


CLDR_CATEGORIES = ("length", "area", "volume", "mass", "speed", "power", "energy", "pressure", "consumption",
                   "frequency")
SKIP_UNITS = ("jp", "jo-", "ken", "rin", "shaku", "sai", "koku", "osaji", "kosaji", "fun", "sun", "earth", "solar",
              "astronomical", "parsec", "light-year", "point", "drop", "pinch", "dalton", "slug", "grain", "dram",
              "jigger", "dessert", "ofglucose", "beaufort", "light-speed", "gasoline", "ofhg", "rod", "chain",
              "fathom", "furlong", "milliinch", "scandinavian", "metric", "imperial", "foodcalorie", "calorie-it",
              "british-thermal-unit-it", "therm", "becquerel", "gray", "sievert", "bu-", "cho", "se-", "to-jp",
              "megaliter", "dunam", "cup", "spoon", "stone", "carat", "ton")


def cldr_units_list():
    from babel import Locale
    ids = sorted(Locale("en")._data["unit_patterns"].keys())
    return [u for u in ids if u.split("-")[0] in CLDR_CATEGORIES and not any(s in u for s in SKIP_UNITS)]


def long_name(unit, count):
    text = cldr_units.format_unit(count, unit, length="long", locale="en")
    return text.split(" ", 1)[1]


# symbols docs/accuracy.md and MetricUnits document as other words (`am`, `pm` are times)
EXCLUDED_SYMBOLS = {"am", "pm", "fm", "dam", "ft", "pt", "PB", "cal", "bar", "Pa", "ha", "B", "b"}


def short_name(unit):
    return cldr_units.format_unit(2, unit, length="short", locale="en").split(" ", 1)[1]


def cldr_measures():
    """CLDR's units by long name, plural and singular-hyphenated, and by short symbol."""
    units = [u for u in cldr_units_list() if unused(long_name(u, 2))
             and short_name(u) not in EXCLUDED_SYMBOLS]
    rows, adjectival = [], []
    frames = ["Officials said the reading was {}.", "THE GAUGE SHOWED {}", "the meter read {} , the report said .",
              "Report Cites {} Figure"]
    for i, unit in enumerate(RNG.sample(units, min(14, len(units)))):
        n = RNG.choice(["12", "3.5", "640", "28"])
        name = long_name(unit, 1).replace("-", " ")
        canonical = name[0].upper() + name[1:]
        if i % 3 == 2:
            span = f"{n} {short_name(unit)}"
        else:
            span = f"{n} {long_name(unit, 2)}"
        frame = frames[i % 4]
        if frame.isupper() and i % 3 != 2:
            span = span.upper()
        rows.append((frame.format(span), (span, n, canonical)))
    cases("CLDRUnits", "Dimension", rows)
    measures = [u for u in units if u.split("-")[0] in ("length", "area", "volume", "mass")]
    single = [u for u in measures if "-per-" not in u and len(long_name(u, 1).split()) == 1 and "-" not in long_name(u, 1)]
    for unit in RNG.sample(single, min(8, len(single))):
        n = RNG.choice([4, 10, 30, 75, 200])
        singular = long_name(unit, 1)
        written = RNG.choice([str(n), words(n) if n < 100 else str(n)])
        span = f"{written}-{singular}"
        frame = RNG.choice(["Engineers built a {} barrier.", "a {} section was replaced .", "The {} Stretch Reopens"])
        adjectival.append((frame.format(span), (span, str(n), singular.capitalize())))
    adjectival.append(("A 90-KILOMETRE CONVOY FORMED", ("90-KILOMETRE", "90", "Kilometer")))
    adjectival.append(("They dug a three-metre trench.", ("three-metre", "3", "Meter")))
    cases("Adjectival", "Dimension", adjectival)


def data_sizes():
    cases("DataSizes", "Dimension", [
        ("The phone ships with 256GB of storage.", ("256GB", "256", "Gigabyte")),
        ("a 16 GiB memory module", ("16 GiB", "16", "Gibibyte")),
        ("THE FILE IS 700 MB", ("700 MB", "700", "Megabyte")),
        ("Backups Reach 40 Terabytes", ("40 Terabytes", "40", "Terabyte")),
        ("the chip stores 512 kilobits .", ("512 kilobits", "512", "Kilobit")),
        ("The archive holds 2.4 petabytes of video.", ("2.4 petabytes", "2.4", "Petabyte")),
        ("Each frame is 64 kilobytes.", ("64 kilobytes", "64", "Kilobyte")),
        ("a 1 Gbit module", ("1 Gbit", "1", "Gigabit")),
        ("It uploaded 8 TB overnight.", ("8 TB", "8", "Terabyte")),
        ("A 128-bit key protects it.", ("128-bit", "128", "Bit")),
    ])


def compound_units():
    cases("CompoundUnits", "Dimension", [
        ("the car averages 52 miles per gallon .", ("52 miles per gallon", "52", "Mile per gallon")),
        ("WINDS OF 130 KILOMETRES PER HOUR", ("130 KILOMETRES PER HOUR", "130", "Kilometer per hour")),
        ("The lava advanced 4 metres per hour.", ("4 metres per hour", "4", "Meter per hour")),
        ("Gusts Reached 85 Mph", ("85 Mph", "85", "Mile per hour")),
        ("Trains will run at 250 km / h .", ("250 km / h", "250", "Kilometer per hour")),
        ("The current flows at 2 knots.", ("2 knots", "2", "Knot")),
        ("Sound travels at 343 meters per second.", ("343 meters per second", "343", "Meter per second")),
        ("The jet cruised at 900 miles an hour.", ("900 miles an hour", "900", "Mile per hour")),
        ("The plot is 45 sq km.", ("45 sq km", "45", "Square kilometer")),
        ("the reservoir holds 80 cubic metres .", ("80 cubic metres", "80", "Cubic meter")),
    ])


# ---------------------------------------------------------------------------------------------
# Percent, ranges and bounds

def percent_forms():
    cases("Forms", "Percent", [
        ("Unemployment Falls To 4.1%", ("4.1%", "4.1%")),
        ("prices rose 0.4 pct in june .", ("0.4 pct", "0.4%")),
        ("WAGES UP 3 PCT", ("3 PCT", "3%")),
        ("The tax rises by two percentage points.", ("two percentage points", "2%")),
        ("Rates rose a quarter of a percentage point.", ("a quarter of a percentage point", "0.25%")),
        ("About sixty-five per cent voted.", ("sixty-five per cent", "65%")),
        ("Sales dropped 12 percent and costs 3 percent.", ("12 percent", "12%"), ("3 percent", "3%")),
        ("margins narrowed to 9.5 % from 11 % .", ("9.5 %", "9.5%"), ("11 %", "11%")),
    ])
    cases("NotQuantities", "Percent", [
        ("The firm joined the Fortune 500 in 2001.",),
        ("He filed a PCT application on Monday.",),
        ("She scored 99 out of 100 on the test.",),
    ])


def comparators():
    forms = [
        ("no fewer than ", "", "[{n},)"), ("in excess of ", "", "({n},)"), ("a minimum of ", "", "[{n},)"),
        ("not more than ", "", "(,{n}]"), ("not less than ", "", "[{n},)"), ("fewer than ", "", "(,{n})"),
        ("more than or equal to ", "", "[{n},)"), ("equal to or greater than ", "", "[{n},)"),
        ("equal to or less than ", "", "(,{n}]"), ("less than or equal to ", "", "(,{n}]"),
        ("", " or fewer", "(,{n}]"), ("", " or below", "(,{n}]"), ("", " and below", "(,{n}]"),
        ("", " or above", "[{n},)"), ("", " and over", "[{n},)"), ("", " or more", "[{n},)"),
        (">= ", "", "[{n},)"), ("<= ", "", "(,{n}]"), ("≥ ", "", "[{n},)"), ("< ", "", "(,{n})"),
        ("at most ", "", "(,{n}]"), ("up to ", "", "(,{n}]"), ("over ", "", "({n},)"), ("below ", "", "(,{n})"),
        ("no more than ", "", "(,{n}]"), ("greater than ", "", "({n},)"),
    ]
    before_frames = ["BRUSSELS - Firms employing {} staff must report.", "A FINE APPLIES TO LOADS WEIGHING {} TONNES",
                     "the rule covers plots of {} acres .", "Families Having {} Children Qualify"]
    after_frames = ["BRUSSELS - Firms with a staff of {} must report.", "THE RULE APPLIES TO GROUPS OF {}",
                    "the fee covers orders of {} , it said .", "Bids Of {} Accepted"]
    rows = []
    for i, (before, after, interval) in enumerate(forms):
        n = RNG.choice([4, 9, 25, 60, 150, 3000])
        written = words(n) if n < 100 and i % 4 == 2 and before[:1] not in "<>=≤≥" else f"{n:,}"
        span = before + written + after
        frame = (after_frames if after else before_frames)[i % 4]
        if frame.isupper():
            span = span.upper()
        elif frame[0].islower():
            span = span.lower()
        rows.append((frame.format(span), (span, interval.format(n=n))))
    cases("Comparators", "NumberRange", rows)
    cases("Bounds", "NumberRange", [
        ("over 5 but not more than 10 boats sank .", ("over 5 but not more than 10", "(5,10]")),
        ("Crews of at least 3 but no more than 8 were sent.", ("at least 3 but no more than 8", "[3,8]")),
        ("MORE THAN 2 AND FEWER THAN 6 BIDS", ("MORE THAN 2 AND FEWER THAN 6", "(2,6)")),
        ("Between 40 and 45 Ships Were Seized", ("Between 40 and 45", "[40,45]")),
        ("the plan cuts 1,200-1,500 jobs .", ("1,200-1,500", "[1200,1500]")),
        ("Anywhere from nine to twelve firms may bid.", ("from nine to twelve", "[9,12]")),
        ("Prices run from €3 to €5 a kilo.", ("from €3 to €5", "[3,5]")),
        ("It will hire 600 to 800 people.", ("600 to 800", "[600,800]")),
        ("Loads of 4 to 6 per truck were set.", ("4 to 6", "[4,6]")),
        ("Scores of 70–79 earn a C.", ("70–79", "[70,79]")),
        ("Up to 40 people were hurt.", ("Up to 40", "(,40]")),
        ("Four in 10 adults are obese.",),
        ("only 1 in 3 buses ran .",),
    ])
    cases("Bounds", "Number", [
        ("Four in 10 adults are obese.", ("Four in 10", "0.4")),
        ("only 1 in 3 buses ran .", ("1 in 3", dec(Fraction(1, 3)))),
        ("Two in five adults smoke.", ("Two in five", "0.4")),
    ])


# ---------------------------------------------------------------------------------------------
# Temperature and age

def temperatures():
    rows = []
    frames = ["MADRID - Temperatures hit {} on Sunday.", "FORECAST: HIGHS OF {}", "the water was {} at dawn .",
              "Heatwave Brings {} To Paris"]
    forms = [("{n} degrees Celsius", "C"), ("{n}C", "C"), ("{n} deg F", "F"), ("{n}°F", "F"),
             ("{n} degrees Fahrenheit", "F"), ("{n} ° C", "C"), ("{n} Celsius", "C"), ("{n} kelvins", "K")]
    for i, (form, unit) in enumerate(forms):
        n = RNG.choice(["38", "-7", "41.5", "104", "12", "0"] if unit != "K" else ["77", "300", "4.2"])
        span = form.format(n=n)
        frame = frames[i % 4]
        if frame.isupper():
            span = span.upper()
        elif frame[0].islower():
            span = span.lower()
        rows.append((frame.format(span), (span, n, unit)))
    rows.append(("Highs of 31C (88F) are due.", ("31C", "31", "C"), ("88F", "88", "F")))
    rows.append(("It fell to minus 22 degrees Celsius overnight.", ("minus 22 degrees Celsius", "-22", "C")))
    rows.append(("Expect twenty-five degrees Celsius by noon.", ("twenty-five degrees Celsius", "25", "C")))
    rows.append(("temperatures plunged to -30 c in the north .", ("-30 c", "-30", "C")))
    rows.append(("The core runs at 15 million kelvin.", ("15 million kelvin", "15000000", "K")))
    cases("Scales", "Temperature", rows)
    cases("NotQuantities", "Temperature", [
        ("The firm filed its 10-K on Friday.",),
        ("Take 500 mg of vitamin C daily.",),
        ("The C-130 landed at dawn.",),
        ("He lives in flat 12 F on the third floor.",),
        ("Grade 2 C students sat the test.",),
    ])


def ages():
    cases("Forms", "Age", [
        ("LAGOS - A 63-year-old trader was shot.", ("63-year-old", "63", "Year")),
        ("THE 17-YEAR-OLD WAS FREED", ("17-YEAR-OLD", "17", "Year")),
        ("the 9-month-old baby survived .", ("9-month-old", "9", "Month")),
        ("A Ninety-Year-Old Voter Speaks", ("Ninety-Year-Old", "90", "Year")),
        ("The bridge is 120 years old.", ("120 years old", "120", "Year")),
        ("Her daughter is eleven months old.", ("eleven months old", "11", "Month")),
        ("The foals are 5 days old.", ("5 days old", "5", "Day")),
        ("a 12 year old boy was hurt .", ("12 year old", "12", "Year")),
        ("He died at 84 years of age.", ("84 years of age", "84", "Year")),
        ("A two-week-old lamb was found.", ("two-week-old", "2", "Week")),
        ("The whisky is 25 years old.", ("25 years old", "25", "Year")),
        ("The seven-and-a-half-year-old mare won.", ("seven-and-a-half-year-old", "7.5", "Year")),
    ])
    cases("NotQuantities", "Age", [
        ("The 10-year bond yield rose.",),
        ("He served 12 years in prison.",),
        ("Five years ago the plant closed.",),
        ("The 30-year mortgage rate fell.",),
    ])


# ---------------------------------------------------------------------------------------------
# Must not change: dates, times, phones, scores, codes, versions, addresses

def not_quantities():
    cases("NotQuantities", "Number", [
        ("Trading halted at 1435 GMT.",),
        ("The summit opens on 12 June.",),
        ("Call +1 212 555 0134 for details.",),
        ("For bookings ring 020 7946 0321.",),
        ("The update ships as iOS 17.2 next week.",),
        ("Install version 3.1.4 of the tool.",),
        ("The vote is set for Nov. 8.",),
        ("He lives at 221B Baker Street.",),
        ("The Fed meets on Jan 31.",),
    ])
    cases("NotQuantities", "NumberRange", [
        ("Madrid beat Milan 3-2 on Wednesday.",),
        ("The bill passed 61-39.",),
        ("Call 0800-555-0148 now.",),
        ("The clinic is open 08:30-16:00.",),
        ("Talks ran on 4-5 May.",),
        ("Ref. no. 2024-0071 was issued.",),
        ("He was born on 1961-05-12.",),
        ("The 2010-11 season ended.",),
    ])
    cases("NotQuantities", "Dimension", [
        ("The Airbus A380 was grounded.",),
        ("He drives a BMW M3.",),
        ("The 3M plant reopened.",),
        ("Use the 4K display for editing.",),
        ("The M6 was closed at junction 19.",),
        ("The meeting ends at 5 pm.",),
        ("Trains leave at 7 am daily.",),
    ])
    cases("NotQuantities", "Currency", [
        ("The office is at 55 Water Street.",),
        ("Gate B12 is closed.",),
        ("Route 66 runs west.",),
        ("The G20 met in Rome.",),
        ("He wore shirt number 10.",),
        ("Flight LH 400 was delayed.",),
    ])


def main():
    probes.FILES.clear()
    notation()
    spelled_words()
    currency_codes()
    currency_signs()
    currency_names()
    historic()
    minor_units()
    adjectival_currency()
    si_prefixes()
    cldr_measures()
    data_sizes()
    compound_units()
    percent_forms()
    comparators()
    temperatures()
    ages()
    not_quantities()
    os.makedirs(OUT, exist_ok=True)
    for name, rows in probes.FILES.items():
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as out:
            json.dump(rows, out, ensure_ascii=False, indent=1)
            out.write("\n")
        print(name, len(rows))
    print("all", sum(len(rows) for rows in probes.FILES.values()))


if __name__ == "__main__":
    main()
