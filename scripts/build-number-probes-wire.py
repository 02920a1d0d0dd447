#!/usr/bin/env python3
"""Writes the sixth probe set for issue 18, Tests/GlossNumbersTests/Probes/Wire/<Model>Model-<phenomenon>.json.

Written in one sitting by numbers11 before the stage was run on any of it (and without opening
the spec files), in the format of the other probe sets (`build-number-probes.py`): one file a
phenomenon bullet of issue 18 and model, every model (Number, NumberRange, Currency, Dimension,
Percent, Temperature, Age), and for each model sentences that must give no quantity of its kind
(times, dates, phones, scores, codes, versions, addresses).

The carriers are news wire as it reaches the stage: datelines (`SYDNEY, Oct 14 (Reuters) -`),
all-lower-case wire, pre-tokenised text (a space on both sides of every punctuation mark, `$ 254
million`), capitals and title-case headlines. The tables are complete sources: ISO 4217 codes from
Debian's `iso-codes`; currency plurals, signs and unit names from CLDR through Babel (`pip install
babel`); the expected currency *name* is the checked-in `CurrencyCatalog+CLDR.swift` one (CLDR
through Foundation) so two CLDR releases cannot disagree; the 24 SI prefixes (2022) on the SI
units with special names and the base units; CLDR's unit list; the IEC binary prefixes. Every
code, sign, currency name and unit that an earlier probe set (any folder under Probes/) wrote is
left out of the draws, and no carrier sentence of an earlier set is used again (checked at the
end). Draws use `random.Random(1136)`.

The expectations follow docs/accuracy.md's conventions (a range includes both ends; a currency's
unit is its CLDR English name, `&` as `and`; a sign alone is `Dollar`/`Pound`; a currency word
alone is named in full only when one currency ends with it; a metric unit's name is its prefix and
base, `Kilonewton`; a year span is a range; `age 87` has the unit year). The first score on the
unchanged stage is in numbers11's report; cases are not edited after a failure is seen, except an
expectation that was the writer's own error against those conventions, in its own commit. Run from
the repository root with a Python that has Babel:

    python3 scripts/build-number-probes-wire.py
"""
import glob
import importlib.util
import json
import os
import random
import re
import unicodedata
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


probes = _load("probes", "build-number-probes.py")
fresh = _load("fresh", "build-number-probes-fresh.py")  # its tables (CLDR, SI, CLDR units), not its draws
dec, exact_decimal, words, ordinal = probes.dec, probes.exact_decimal, probes.words, probes.ordinal

PROBES = os.path.join("Tests", "GlossNumbersTests", "Probes")
OUT = os.path.join(PROBES, "Wire")
KINDS = fresh.KINDS
RNG = random.Random(1136)


def earlier_inputs():
    """Every input of the earlier probe sets, Fresh included."""
    texts = []
    for path in glob.glob(os.path.join(PROBES, "**", "*.json"), recursive=True):
        if os.sep + "Wire" + os.sep in path:
            continue
        with open(path, encoding="utf-8") as source:
            texts += [case["Input"] for case in json.load(source)]
    return texts


EARLIER_INPUTS = earlier_inputs()
EARLIER = "\n".join(EARLIER_INPUTS)


def unused(token):
    return re.search(r"(?<![A-Za-z])" + re.escape(token) + r"(?![A-Za-z])", EARLIER, re.IGNORECASE) is None


def cases(phenomenon, model, rows):
    name = f"{model}Model-{phenomenon}"
    for text, *results in rows:
        probes.add(name, text, *[(r[0], KINDS[model], r[1], r[2] if len(r) > 2 else None) for r in results])


def dateline():
    city = RNG.choice(["SYDNEY", "JAKARTA", "OSLO", "LIMA", "ACCRA", "HANOI", "QUITO", "RIGA", "DOHA", "TUNIS"])
    month = RNG.choice(["Jan", "Feb", "Oct", "Nov", "Dec", "Aug"])
    return f"{city}, {month} {RNG.randint(2, 28)} (Reuters) - "


# ---------------------------------------------------------------------------------------------
# Number: notation

def number_notation():
    rows = []
    forms = ["{m}E{sp}", "{m} x 10^{p}", "{m}e{sp}", "{m} × 10^{p}", "{m}x10^{p}", "10^{q}"]
    frames = [dateline() + "the survey counted {} particles.", "the model gives {} for the decay rate .",
              "LAB PUTS FIGURE AT {}", "Physicists Log {} Collisions"]
    for i, form in enumerate(forms):
        mantissa = f"{RNG.randint(1, 9)}.{RNG.randint(1, 99):02d}".rstrip("0").rstrip(".")
        power = RNG.choice([-1, 1]) * RNG.randint(4, 28)
        q = RNG.randint(6, 20)
        span = form.format(m=mantissa, p=power, sp=("+" if power > 0 else "") + str(power), q=q)
        value = Fraction(10) ** q if form == "10^{q}" else Fraction(mantissa) * Fraction(10) ** power
        frame = frames[i % 4]
        rows.append((frame.format(span), (span, exact_decimal(value))))
    for suffix, power, glue in [("K", 3, ""), ("mn", 6, " "), ("bln", 9, ""), ("tn", 12, " "), ("M", 6, ""),
                                ("bn", 9, " ")]:
        amount = RNG.choice(["2.25", "18", "0.4", "730", "5"])
        span = f"{amount}{glue}{suffix}"
        frame = RNG.choice(["the service now counts {} subscribers .", "Downloads Passed {} In A Week",
                            dateline() + "The ministry said {} households were affected."])
        rows.append((frame.format(span), (span, dec(Fraction(amount) * 10 ** power))))
    for group, cents in [(" ", False), ("'", False), (".", True), (" ", True)]:
        n = RNG.randint(1_000_000, 99_999_999)
        text = f"{n:,}".replace(",", group)
        if cents:
            d = RNG.randint(11, 99)
            span = f"{text},{d}" if group == "." else f"{text}.{d}"
            value = f"{n}.{d}".rstrip("0")
        else:
            span, value = text, str(n)
        rows.append((f"customs seized {span} cigarettes last year .", (span, value)))
    # pre-tokenised multi-group numbers and decimals
    rows.append(("the agency counted 3 , 415 , 200 voters , it said .", ("3 , 415 , 200", "3415200")))
    rows.append(("REGISTRATIONS FELL TO 1 , 072 , 940", ("1 , 072 , 940", "1072940")))
    rows.append(("the index ended at 6 , 804 . 17 , down 0 . 3 .", ("6 , 804 . 17", "6804.17"), ("0 . 3", "0.3")))
    rows.append(("output averaged 12 . 6 units a day .", ("12 . 6", "12.6")))
    cases("Notation", "Number", rows)


def number_words():
    rows = []
    for whole, digits in [(400, "zero seven"), (11, "five"), (0, "three three"), (65, "one")]:
        span = f"{probes.UNITS[whole] if whole < 20 else ('four hundred' if whole == 400 else words(whole))} point {digits}"
        value = f"{whole}." + "".join(str(probes.UNITS.index(w)) for w in digits.split())
        frame = RNG.choice(["inflation eased to {} in march .", "The Ratio Stood At {}",
                            dateline() + "The gauge read {} on Monday."])
        rows.append((frame.format(span), (span, value)))
    for _ in range(6):
        denominator = RNG.choice([7, 9, 11, 13, 15, 17, 19, 20, 23, 24, 30, 35, 40, 45, 60, 70, 90])
        numerator = RNG.randint(2, min(denominator - 1, 12))
        span = f"{words(numerator)} {ordinal(denominator)}s"
        frame = RNG.choice(["roughly {} of the fleet was idle .", "ALMOST {} OF LOANS SOUR",
                            dateline() + "About {} of the grain was exported."])
        if frame.isupper():
            span = span.upper()
        rows.append((frame.format(span), (span, dec(Fraction(numerator, denominator)))))
    rows.append(("One Forty-Second Of The Budget", ("One Forty-Second", dec(Fraction(1, 42)))))
    rows.append(("eight out of ten voters backed him .", ("eight out of ten", "0.8")))
    rows.append(("Three out of every four cars were imported.", ("Three out of every four", "0.75")))
    rows.append(("ONE IN SEVEN WORKERS IDLE", ("ONE IN SEVEN", dec(Fraction(1, 7)))))
    rows.append(("the odds are two over nine , he said .", ("two over nine", dec(Fraction(2, 9)))))
    rows.append(("Police found half a dozen rifles.", ("half a dozen", "6")))
    rows.append(("two dozens of eggs were sold .", ("two dozens", "24")))
    rows.append(("Nine Dozen Roses Delivered", ("Nine Dozen", "108")))
    rows.append(("three and a half dozen crates arrived .", ("three and a half dozen", "42")))
    rows.append(("A thousand and one complaints were filed.", ("A thousand and one", "1001")))
    rows.append(("the jury heard two hundred and twelve exhibits .", ("two hundred and twelve", "212")))
    rows.append(("Rooms four and nine were sealed.", ("four", "4"), ("nine", "9")))
    rows.append(("THREE HUNDRED AND FIFTY THOUSAND JOBS CUT", ("THREE HUNDRED AND FIFTY THOUSAND", "350000")))
    cases("Words", "Number", rows)


def number_not_quantities():
    cases("NotQuantities", "Number", [
        ("Markets closed at 2215 GMT on Friday.",),
        ("TRADING RESUMES ON OCT. 19",),
        ("Phone +33 1 42 68 53 00 for tickets.",),
        ("the bulletin went out at 10:45 a.m. on tuesday .",),
        ("The new build is Android 14.1, the firm said.",),
        ("Please upgrade to release 5.2.7 today.",),
        ("The consulate at 17B Harbour Road closed.",),
        ("He rented flat 9C near the station.",),
        ("the meeting is on dec. 3 , officials said .",),
    ])


# ---------------------------------------------------------------------------------------------
# NumberRange

def ranges():
    forms = [("at least ", "", "[{n},)"), ("no less than ", "", "[{n},)"), ("more than ", "", "({n},)"),
             ("less than ", "", "(,{n})"), ("under ", "", "(,{n})"), ("above ", "", "({n},)"),
             ("higher than or equal to ", "", "[{n},)"), ("lower than or equal to ", "", "(,{n}]"),
             ("a maximum of ", "", "(,{n}]"), ("> ", "", "({n},)"), ("≤ ", "", "(,{n}]"),
             ("", " or greater", "[{n},)"), ("", " or higher", "[{n},)"), ("", " or less", "(,{n}]"),
             ("", " and above", "[{n},)"), ("", " or under", "(,{n}]"), ("", " and under", "(,{n}]"),
             ("", " or over", "[{n},)")]
    before = [dateline() + "Towns with {} residents get a grant.", "VESSELS CARRYING {} CONTAINERS DIVERTED",
              "the tax hits estates worth {} euros .", "Schools With {} Pupils Shut"]
    after = [dateline() + "Households of {} qualify for aid.", "CONVOYS OF {} WERE STOPPED",
             "the levy applies to herds of {} , it said .", "Crews Of {} Needed"]
    rows = []
    for i, (pre, post, interval) in enumerate(forms):
        n = RNG.choice([5, 8, 30, 75, 400, 2500, 12000])
        written = words(n) if n < 100 and i % 3 == 1 and pre[:1] not in "<>≤≥" else f"{n:,}"
        span = pre + written + post
        frame = (after if post else before)[i % 4]
        if frame.isupper():
            span = span.upper()
        elif frame[0].islower():
            span = span.lower()
        rows.append((frame.format(span), (span, interval.format(n=n))))
    cases("Comparators", "NumberRange", rows)
    cases("Bounds", "NumberRange", [
        ("more than 7 but less than 11 firms bid .", ("more than 7 but less than 11", "(7,11)")),
        ("Between 250 And 300 Flights Cancelled", ("Between 250 And 300", "[250,300]")),
        ("the project needs 3,500-4,000 workers .", ("3,500-4,000", "[3500,4000]")),
        ("From 15 to 20 buses will run.", ("From 15 to 20", "[15,20]")),
        ("ABOUT 90 TO 110 TRUCKS WAIT AT BORDER", ("90 TO 110", "[90,110]")),
        ("Some 30-40 May Day rallies were held.", ("30-40", "[30,40]")),
        ("VOLUMES SEEN UP 10-15 MAY EASE LATER", ("10-15", "[10,15]")),
        ("at least 12 and at most 20 seats remain .", ("at least 12 and at most 20", "[12,20]")),
        ("Between Six And Nine Ministers Quit", ("Between Six And Nine", "[6,9]")),
        ("Three in eight firms plan to hire.",),
    ])
    cases("NotQuantities", "NumberRange", [
        ("Leeds drew 2-2 at home.",),
        ("The motion carried 214-198.",),
        ("Dial 0845-600-0123 for help.",),
        ("Shops open 09:00-17:30 on Saturdays.",),
        ("The fair runs on 18-20 June.",),
        ("Case no. 2023-0419 was closed.",),
        ("She was born on 1974-08-23.",),
        ("The Sept. 11-12 talks ended.",),
    ])
    cases("Bounds", "Number", [
        ("Three in eight firms plan to hire.", ("Three in eight", "0.375")),
        ("just 2 in 9 trains ran on time .", ("2 in 9", dec(Fraction(2, 9)))),
    ])


# ---------------------------------------------------------------------------------------------
# Currency

CLDR = fresh.CLDR
unit_name, plural = fresh.unit_name, fresh.plural


def amount_value(amount):
    return fresh.amount_value(amount)


def currency_codes():
    pool = [c for c in fresh.CURRENT if unused(c) and unused(unit_name(c))]
    rows = []
    frames = [dateline() + "The operator paid {} in fees.", "RESERVES ROSE TO {}", "the grant , worth {} , was approved .",
              "Fund Raises {} In Bond Sale"]
    for i, code in enumerate(RNG.sample(pool, min(12, len(pool)))):
        amount = RNG.choice(["2.75 billion", "640,000", "38.5", "9 mln", "1,250", "15 million"])
        span = f"{amount} {code}" if i % 2 else f"{code} {amount}"
        frame = frames[i % 4]
        if frame.isupper():
            span = span.upper()
        rows.append((frame.format(span), (span, amount_value(amount), unit_name(code))))
    cases("Codes", "Currency", rows)
    return pool


def currency_signs():
    owners = {}
    for code in fresh.CURRENT + ["USD", "EUR", "GBP", "JPY"]:
        for symbol in {fresh.cldr_numbers.get_currency_symbol(code, "en")} | set(CLDR[code][2]):
            owners.setdefault(symbol, set()).add(code)
    signs = sorted(s for s, codes in owners.items() if len(codes) == 1 and len(s) == 1
                   and unicodedata.category(s) == "Sc" and unicodedata.east_asian_width(s) != "F" and s not in EARLIER)
    rows = []
    frames = ["the fare is {} , the operator said .", "RENT CAPPED AT {}", dateline() + "A kilo of rice sells for {}."]
    for i, symbol in enumerate(signs):
        code = next(iter(owners[symbol]))
        amount = RNG.choice(["60", "1,800", "3.40", "275"])
        span = RNG.choice([f"{symbol}{amount}", f"{amount} {symbol}", f"{symbol} {amount}"])
        rows.append((frames[i % 3].format(span), (span, amount.replace(",", ""), unit_name(code))))
    # pre-tokenised signs with a scale
    rows.append(("the group raised $ 318 million from the sale .", ("$ 318 million", "318000000", "Dollar")))
    rows.append(("NET PROFIT £ 4 . 7 BLN", ("£ 4 . 7 BLN", "4700000000", "Pound")))
    rows.append(("sales hit € 1 , 250 , 000 in may .", ("€ 1 , 250 , 000", "1250000", "Euro")))
    cases("Signs", "Currency", rows)


# Corrected after the first run (inputs unchanged; the writer's error, as Fresh's SHARED_ALONE):
# docs/accuracy.md names a currency word written alone in full only when *one* currency of the
# table ends with it, historic ones included, but the draw's `currency_enders` counts current
# currencies only. A word that a historic currency also ends with (`kyat`: BUK Burmese kyat;
# `koruna`: CSK, SKK) stays the word itself.
def lone_word_name(word, code):
    owners = [c for c, row in CLDR.items() if unit_name(c).lower().split()[-1] == word]
    return word if len(owners) > 1 else unit_name(code)


def currency_names():
    pool = [c for c in fresh.CURRENT if unused(plural(c)) and unused(unit_name(c)) and len(plural(c).split()) >= 2
            and c not in ("USD", "GBP", "EUR", "JPY")]
    rows = []
    frames = [dateline() + "Growers were paid {} for the crop.", "DEBT SWELLS TO {}", "the levy raised {} last year .",
              "Port Earns {} From Fees"]
    for i, code in enumerate(RNG.sample(pool, min(12, len(pool)))):
        amount = RNG.choice(["4", "85", "23,000", "1.8 billion", "600 million"])
        span = f"{amount} {plural(code)}"
        frame = frames[i % 4]
        if frame.isupper():
            span = span.upper()
        elif frame[0].islower():
            span = span.lower()
        rows.append((frame.format(span), (span, amount_value(amount), unit_name(code))))
    enders = fresh.currency_enders()
    unique = sorted(w for w, codes in enders.items() if len(codes) == 1 and unused(w) and w.isalpha())
    for word in RNG.sample(unique, min(5, len(unique))):
        code = next(iter(enders[word]))
        amount = RNG.choice(["45", "2,600", "12 million"])
        span = f"{amount} {word}"
        rows.append((f"the clerk said the total was {span} .", (span, amount_value(amount), lone_word_name(word, code))))
    cases("Names", "Currency", rows)


def historic():
    pool = [c for c, row in CLDR.items() if not row[3] and "(" not in row[1] and not c.startswith("X")
            and "Soberano" not in row[1] and unused(plural(c)) and unused(row[1])]
    rows = []
    frames = ["In 1991 the firm owed {}.", "COURT AWARDS {} IN 1987 CASE", "the 1996 deal was valued at {} .",
              "Estate Fetched {}"]
    for i, code in enumerate(RNG.sample(sorted(pool), min(10, len(pool)))):
        amount = RNG.choice(["310", "2.9 mln", "48,000", "60 billion"])
        span = f"{amount} {plural(code)}"
        frame = frames[i % 4]
        if frame.isupper():
            span = span.upper()
        elif frame[0].islower():
            span = span.lower()
        rows.append((frame.format(span), (span, amount_value(amount), unit_name(code))))
    cases("Historic", "Currency", rows)


def minor_units():
    cases("MinorUnits", "Currency", [
        ("bread rose 40 centavos a loaf .", ("40 centavos", "40", "Centavo")),
        ("STAMPS UP 15 KOPECKS", ("15 KOPECKS", "15", "Kopeck")),
        ("A Kilo Of Lamb Now Costs 4 Dinars 250 Fils", ("4 Dinars 250 Fils", "4.25", "Dinar")),
        ("the share slipped 7 cents to 2.31 dollars .", ("7 cents", "7", "Cent"), ("2.31 dollars", "2.31", "Dollar")),
        ("Tolls rose by 80 pence.", ("80 pence", "80", "Pence")),
        ("it cost 3 pounds 20 pence then .", ("3 pounds 20 pence", "3.2", "Pound")),
    ])


def adjectival_currency():
    enders = fresh.currency_enders()
    unique = sorted(w for w, codes in enders.items() if len(codes) == 1 and w.isalpha() and unused(w) and w != "mark")
    rows = []
    for word in RNG.sample(unique, min(5, len(unique))):
        code = next(iter(enders[word]))
        n = RNG.choice([2, 10, 25, 200, 1000])
        written = words(n) if n < 100 and RNG.random() < 0.5 else str(n)
        span = f"{written}-{word}"
        frame = RNG.choice(["the state issued a {} coin .", "Police Seize Fake {} Notes", "A {} surcharge was dropped."])
        rows.append((frame.format(span), (span, str(n), lone_word_name(word, code))))
    rows.append(("A 75-CENT TOLL ON THE BRIDGE", ("75-CENT", "75", "Cent")))
    rows.append(("a five-dollar bill was found .", ("five-dollar", "5", "Dollar")))
    rows.append(("The 10-euro Fee Stays", ("10-euro", "10", "Euro")))
    cases("Adjectival", "Currency", rows)


def currency_notation():
    cases("Notation", "Currency", [
        ("the bank booked C$ 1.4 billion in charges .", ("C$ 1.4 billion", "1400000000", "Canadian dollar")),
        ("Deal Valued At $3.25bn", ("$3.25bn", "3250000000", "Dollar")),
        ("Profit came to $850K.", ("$850K", "850000", "Dollar")),
        ("LOSS OF £ 62 MN", ("£ 62 MN", "62000000", "Pound")),
        ("it paid €4.1 bln for the stake .", ("€4.1 bln", "4100000000", "Euro")),
        (dateline() + "The budget is ¥ 5 trillion.", ("¥ 5 trillion", "5000000000000", "Japanese yen")),
        ("the fine was us$ 9 . 5 million .", ("us$ 9 . 5 million", "9500000", "United States dollar")),
        ("Funding Of $2T Proposed", ("$2T", "2000000000000", "Dollar")),
        ("The lender wrote off €730m.", ("€730m", "730000000", "Euro")),
    ])


def currency_not_quantities():
    cases("NotQuantities", "Currency", [
        ("The bank moved to 25 Canada Square.",),
        ("Bay 14 was sealed off.",),
        ("Interstate 95 was closed.",),
        ("The G7 leaders met in Japan.",),
        ("He wore the number 23 shirt.",),
        ("Flight BA 117 landed late.",),
        ("3 Kobo readers were sold .",),
    ])


# ---------------------------------------------------------------------------------------------
# Dimension

def si_prefixes():
    rows = []
    common = {"milli", "micro", "kilo", "mega", "giga", "nano", "centi"}
    units = [u for u in fresh.SI_UNITS]
    pairs = [(p, u) for p in fresh.SI_PREFIXES for u in units if unused(p[0] + u[1]) and unused(p[0] + u[0])
             and (p[0] in fresh.RARE_PREFIXES or unused(p[1] + u[2]))
             and u[0] not in ("tesla", "henry", "siemens", "weber", "gray", "lux", "lumen")]
    chosen = RNG.sample([x for x in pairs if x[0][0] in common], 10) + \
        RNG.sample([x for x in pairs if x[0][0] not in common], 5)
    frames = ["the turbine produces {} , engineers said .", "PLANT OUTPUT HITS {}", dateline() + "Readings of {} were taken.",
              "Probe Records {}"]
    for i, ((prefix, symbol, _), (base, plural_name, base_symbol)) in enumerate(chosen):
        n = RNG.choice(["3.3", "24", "750", "0.05", "8"])
        unit = (prefix + base).capitalize()
        span = f"{n} {prefix}{plural_name}" if i % 2 == 0 or prefix in fresh.RARE_PREFIXES else f"{n} {symbol}{base_symbol}"
        frame = frames[i % 4]
        if frame.isupper() and i % 2 == 0:
            span = span.upper()
        elif frame[0].islower() and i % 2 == 0:
            span = span.lower()
        rows.append((frame.format(span), (span, n, unit)))
    cases("SIPrefixes", "Dimension", rows)


def cldr_measures():
    units = [u for u in fresh.cldr_units_list() if unused(fresh.long_name(u, 2)) and unused(fresh.long_name(u, 1))
             and fresh.short_name(u) not in fresh.EXCLUDED_SYMBOLS and unused(fresh.short_name(u))]
    rows = []
    frames = [dateline() + "The survey recorded {}.", "INSPECTORS FOUND {}", "the sample measured {} , it said .",
              "Study Cites {}"]
    for i, unit in enumerate(RNG.sample(units, min(12, len(units)))):
        n = RNG.choice(["14", "2.5", "360", "45"])
        name = fresh.long_name(unit, 1).replace("-", " ")
        canonical = name[0].upper() + name[1:]
        span = f"{n} {fresh.short_name(unit)}" if i % 3 == 2 else f"{n} {fresh.long_name(unit, 2)}"
        frame = frames[i % 4]
        if frame.isupper() and i % 3 != 2:
            span = span.upper()
        rows.append((frame.format(span), (span, n, canonical)))
    cases("CLDRUnits", "Dimension", rows)
    measures = [u for u in units if u.split("-")[0] in ("length", "area", "volume", "mass")
                and "-per-" not in u and len(fresh.long_name(u, 1).split()) == 1 and "-" not in fresh.long_name(u, 1)]
    adjectival = []
    for unit in RNG.sample(measures, min(6, len(measures))):
        n = RNG.choice([3, 12, 40, 90, 500])
        singular = fresh.long_name(unit, 1)
        written = words(n) if n < 100 and RNG.random() < 0.5 else str(n)
        span = f"{written}-{singular}"
        frame = RNG.choice(["crews laid a {} pipe .", "A {} Wall Collapsed", "The {} tank leaked."])
        adjectival.append((frame.format(span), (span, str(n), singular.capitalize())))
    adjectival.append(("a six-mile queue formed .", ("six-mile", "6", "Mile")))
    adjectival.append(("A THREE-TON TRUCK OVERTURNED", ("THREE-TON", "3", "Ton")))
    adjectival.append(("The 40-foot Boat Sank", ("40-foot", "40", "Foot")))
    cases("Adjectival", "Dimension", adjectival)


def data_sizes():
    cases("DataSizes", "Dimension", [
        ("the drive holds 4 TiB of data .", ("4 TiB", "4", "Tebibyte")),
        ("A 512 MiB BUFFER WAS ADDED", ("512 MiB", "512", "Mebibyte")),
        ("Each block is 64 KiB.", ("64 KiB", "64", "Kibibyte")),
        ("the link carries 100 Mibit per frame .", ("100 Mibit", "100", "Mebibit")),
        ("A 32-gigabyte card was sold.", ("32-gigabyte", "32", "Gigabyte")),
        ("Logs Fill 3 Exabytes", ("3 Exabytes", "3", "Exabyte")),
        ("the update weighs 1.2 gb .", ("1.2 gb", "1.2", "Gigabyte")),
        ("They leaked 9 mebibytes of mail.", ("9 mebibytes", "9", "Mebibyte")),
        ("A 2 Tbit chip is planned.", ("2 Tbit", "2", "Terabit")),
    ])


def compound_units():
    cases("CompoundUnits", "Dimension", [
        ("the river rose 3 feet per hour .", ("3 feet per hour", "3", "Foot per hour")),
        ("WINDS GUSTED TO 95 KPH", ("95 KPH", "95", "Kilometer per hour")),
        ("Gusts Of 20 m/s Were Logged", ("20 m/s", "20", "Meter per second")),
        (dateline() + "The train reached 320 kilometres an hour.", ("320 kilometres an hour", "320", "Kilometer per hour")),
        ("The ship sailed at 14 knots.", ("14 knots", "14", "Knot")),
        ("the pump moves 60 litres per minute .", ("60 litres per minute", "60", "Liter per minute")),
        ("The farm covers 12 square miles.", ("12 square miles", "12", "Square mile")),
        ("a 70 mph limit applies .", ("70 mph", "70", "Mile per hour")),
        ("The Lake Holds 3 Cubic Kilometres", ("3 Cubic Kilometres", "3", "Cubic kilometer")),
    ])


def dimension_not_quantities():
    cases("NotQuantities", "Dimension", [
        ("The Boeing 787 was grounded.",),
        ("Fans queued for the PS5 launch.",),
        ("The A1 was shut northbound.",),
        ("He signed with 2K Sports.",),
        ("Talks end at 6 pm Friday.",),
        ("The shop sold 5 Lux bars on Monday.",),
        ("The office is at 40 Bank Street.",),
        ("He flew an F-16 in 1999.",),
    ])


# ---------------------------------------------------------------------------------------------
# Percent, temperature, age

def percents():
    cases("Notation", "Percent", [
        ("inflation hit 32 . 99 % in april .", ("32 . 99 %", "32.99%")),
        ("SHARES FELL 4 . 5 PCT", ("4 . 5 PCT", "4.5%")),
        ("Support Rose To 44 Per Cent", ("44 Per Cent", "44%")),
        ("rates are 3,75 % in the zone .", ("3,75 %", "3.75%")),
        ("Turnout was 58pct.", ("58pct", "58%")),
        (dateline() + "Prices fell -2.3% in the month.", ("-2.3%", "-2.3%")),
    ])
    cases("Forms", "Percent", [
        ("the bank cut rates half a percentage point .", ("half a percentage point", "0.5%")),
        ("Ninety percent of staff struck.", ("Ninety percent", "90%")),
        ("Output rose twelve and a half percent.", ("twelve and a half percent", "12.5%")),
        ("YIELDS UP THREE PERCENTAGE POINTS", ("THREE PERCENTAGE POINTS", "3%")),
        ("it grew 7 percent , then 2 percent .", ("7 percent", "7%"), ("2 percent", "2%")),
        ("About a fifth of a percent was lost.", ("a fifth of a percent", "0.2%")),
    ])
    cases("NotQuantities", "Percent", [
        ("The S&P 500 closed higher.",),
        ("She ran the help desk 24/7.",),
        ("He got 18 out of 20 in the exam.",),
        ("the pct unit met on monday .",),
    ])


def temperatures():
    rows = []
    frames = [dateline() + "Temperatures dropped to {} overnight.", "HEAT OF {} FORECAST", "lows of {} are expected .",
              "Cold Snap Brings {}"]
    forms = [("{n} degrees centigrade", "C"), ("{n}F", "F"), ("{n} deg C", "C"), ("{n}°C", "C"),
             ("{n} degrees F", "F"), ("{n} ° F", "F"), ("{n} Fahrenheit", "F"), ("{n} kelvin", "K")]
    for i, (form, unit) in enumerate(forms):
        n = RNG.choice(["33", "-9", "27.5", "95", "4"] if unit != "K" else ["80", "250"])
        span = form.format(n=n)
        frame = frames[i % 4]
        if frame.isupper():
            span = span.upper()
        elif frame[0].islower():
            span = span.lower()
        rows.append((frame.format(span), (span, n, unit)))
    rows.append(("lows of -12 c hit the valley .", ("-12 c", "-12", "C")))
    rows.append(("It was zero degrees Celsius at dawn.", ("zero degrees Celsius", "0", "C")))
    rows.append(("Expect minus five degrees Fahrenheit tonight.", ("minus five degrees Fahrenheit", "-5", "F")))
    cases("Scales", "Temperature", rows)
    cases("NotQuantities", "Temperature", [
        ("He sat in row 14 C on the flight.",),
        ("Take 1000 IU of vitamin D.",),
        ("The KC-46 tanker was delayed.",),
        ("the 3 F class ferries were sold .",),
    ])


def ages():
    cases("Forms", "Age", [
        (dateline() + "A 52-year-old driver was arrested.", ("52-year-old", "52", "Year")),
        ("THE 8-MONTH-OLD GIRL RECOVERED", ("8-MONTH-OLD", "8", "Month")),
        ("the 3-day-old calf was saved .", ("3-day-old", "3", "Day")),
        ("A Seventy-Year-Old Farmer Wins", ("Seventy-Year-Old", "70", "Year")),
        ("The temple is 900 years old.", ("900 years old", "900", "Year")),
        ("the baby is six weeks old .", ("six weeks old", "6", "Week")),
        ("a 14 year old was charged .", ("14 year old", "14", "Year")),
        ("She retired at 61 years of age.", ("61 years of age", "61", "Year")),
        ("A ten-month-old puppy was found.", ("ten-month-old", "10", "Month")),
    ])
    cases("NotQuantities", "Age", [
        ("The 20-year note yield fell.",),
        ("He spent 9 years abroad.",),
        ("Three years later the mine shut.",),
        ("The 15-year loan was repaid.",),
    ])


def main():
    probes.FILES.clear()
    number_notation()
    number_words()
    number_not_quantities()
    ranges()
    currency_codes()
    currency_signs()
    currency_names()
    historic()
    minor_units()
    adjectival_currency()
    currency_notation()
    currency_not_quantities()
    si_prefixes()
    cldr_measures()
    data_sizes()
    compound_units()
    dimension_not_quantities()
    percents()
    temperatures()
    ages()
    reused = [case["Input"] for rows in probes.FILES.values() for case in rows if case["Input"] in EARLIER_INPUTS]
    assert not reused, reused
    os.makedirs(OUT, exist_ok=True)
    for name, rows in probes.FILES.items():
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as out:
            json.dump(rows, out, ensure_ascii=False, indent=1)
            out.write("\n")
        print(name, len(rows))
    print("all", sum(len(rows) for rows in probes.FILES.values()))


if __name__ == "__main__":
    main()
