#!/usr/bin/env python3
"""Writes the fourth probe set for issue 18, Tests/GlossNumbersTests/Probes/Heldout/<Model>Model-<phenomenon>.json.

Written in one sitting by numbers9 before the stage was run on any of it and before its rules
were read closely, in the format of the other probe sets (`build-number-probes.py`), one file
a phenomenon bullet of issue 18 and model: notation, words, adjectival quantities, the tables
(currencies by code, sign, name and plural, historic currencies, minor units, SI prefixes on
metric units with both mus, data sizes, compound units), ranges and bounds, and sentences that
hold no quantity of the model's kind (dates, times, scores, phone numbers, codes, addresses,
fiscal quarters). Carrier sentences, numbers and units are new: numbers, units, prefixes and
currencies are drawn with a fixed seed from complete tables (the ISO 4217 list of the Debian
`iso-codes` package, CLDR English names and signs as the checked-in generated
`CurrencyCatalog+CLDR.swift` holds them, the full SI prefix list), in news-wire, capitals and
lower-case frames. The expectations follow the conventions the stage documents in
docs/accuracy.md (a range includes both ends; a currency's unit is its CLDR English name; a
sign alone is `Dollar`/`Pound`). The first score on the unchanged stage is recorded in the
reports; cases are not edited after a failure is seen. Run from the repository root:

    python3 scripts/build-number-probes-heldout.py
"""
import importlib.util
import json
import os
import random
import re
import unicodedata
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("probes", os.path.join(HERE, "build-number-probes.py"))
probes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probes)
dec, exact_decimal, words, ordinal = probes.dec, probes.exact_decimal, probes.words, probes.ordinal

OUT = os.path.join("Tests", "GlossNumbersTests", "Probes", "Heldout")
KINDS = {"Number": "number", "NumberRange": "numberrange", "Percent": "percentage", "Currency": "currency",
         "Dimension": "dimension", "Temperature": "temperature"}
ISO_4217 = "/usr/share/iso-codes/json/iso_4217.json"
CLDR_TABLE = os.path.join("Sources", "Stages", "Numbers", "CurrencyCatalog+CLDR.swift")
RNG = random.Random(1804)


def cases(phenomenon, model, rows):
    """Rows of (text, (span, value[, unit]), ...): the model's results in order; none for a text without one."""
    name = f"{model}Model-{phenomenon}"
    for text, *results in rows:
        probes.add(name, text, *[(r[0], KINDS[model], r[1], r[2] if len(r) > 2 else None) for r in results])


def sci(mantissa, power):
    return exact_decimal(Fraction(mantissa) * Fraction(10) ** power)


def notation():
    rows = []
    # exponents: e/E with and without signs, ×10^, x10^, ^, drawn
    for i in range(8):
        mantissa = f"{RNG.randint(1, 9)}.{RNG.randint(1, 99):02d}".rstrip("0")
        power = RNG.choice([-1, 1]) * RNG.randint(2, 28)
        form = ["{m}e{p}", "{m}E{sp}", "{m} × 10^{p}", "{m}x10^{p}", "{m} X 10^{p}", "{m}E{p}", "{m}e{sp}", "{m}×10^{p}"][i]
        span = form.format(m=mantissa, p=power, sp=("+" if power > 0 else "") + str(power))
        frame = ["Researchers put the figure at {} in their paper.", "THE LAB MEASURED {} IN TRIALS",
                 "a concentration of {} was detected, the agency said", "Estimates near {} were published on Tuesday."][i % 4]
        rows.append((frame.format(span), (span, sci(mantissa, power))))
    rows.append(("The cipher has 3^20 keys.", ("3^20", str(3 ** 20))))
    # magnitude suffixes, glued or spaced, upper or lower case, on money and bare counts
    # (a lone `m`, `b` or `t` only glued after a currency sign: spaced after a bare number it is a unit)
    for suffix, power in [("k", 3), ("mn", 6), ("bn", 9), ("bln", 9), ("tn", 12), ("tln", 12),
                          ("MN", 6), ("Bln", 9), ("TN", 12), ("K", 3)]:
        amount = RNG.choice(["7", "18", "2.4", "63", "0.8", "125"])
        glue = RNG.choice(["", " "])
        span = f"{amount}{glue}{suffix}"
        rows.append((f"The lender wrote off {span} of bad loans, it said.", (span, dec(Fraction(amount) * 10 ** power))))
    # grouping by spaces, by dots with a decimal comma, by apostrophes
    for group in [" ", ".", "'"]:
        n = RNG.randint(1_000_000, 99_999_999)
        text = f"{n:,}".replace(",", group)
        cents = RNG.randint(10, 99) if group == "." else None
        span = text + (f",{cents}" if cents else "")
        value = str(n) + (f".{cents}".rstrip("0") if cents else "")
        rows.append((f"Officials counted {span} in the final tally.", (span, value)))
    rows.append(("The hall seats 12 750 people.", ("12 750", "12750")))
    # a number split by the tokeniser of pre-tokenised text, lower-cased news wire
    rows.append(("the trust reported income of 14 . 25 in the year .", ("14 . 25", "14.25")))
    rows.append(("orders rose to 1 , 250 in may .", ("1 , 250", "1250")))
    cases("Notation", "Number", rows)
    cases("Notation", "Currency", [
        ("the group lost $ 47 million last year .", ("$ 47 million", "47000000", "Dollar")),
        ("Revenue Reached $1.5T In 2030", ("$1.5T", "1500000000000", "Dollar")),
        ("a takeover worth £ 3.2 billion .", ("£ 3.2 billion", "3200000000", "Pound")),
        ("it earned 86 mln dlrs in 1986 .", ("86 mln dlrs", "86000000", "Dollar")),
        ("The bank raised €750mn from investors.", ("€750mn", "750000000", "Euro")),
        ("SALES HIT $2.5BN", ("$2.5BN", "2500000000", "Dollar")),
        ("The club paid £80m for him.", ("£80m", "80000000", "Pound")),
        ("a $4b bond sale", ("$4b", "4000000000", "Dollar")),
        ("Debt hit $3t last year.", ("$3t", "3000000000000", "Dollar")),
    ])
    cases("Notation", "Percent", [
        ("inflation eased to 4 . 75 % in april .", ("4 . 75 %", "4.75%")),
        ("unemployment rose 0.3 pct to 7.1 pct .", ("0.3 pct", "0.3%"), ("7.1 pct", "7.1%")),
        ("MARGINS WIDEN TO 11.5 PCT", ("11.5 PCT", "11.5%")),
        ("Support fell to 38pc, a poll found.", ("38pc", "38%")),
    ])


def spelled_words():
    rows = []
    # decimals said with point
    for whole, digits in [(40, "zero seven"), (3, "eight two"), (615, "five"), (0, "zero zero nine")]:
        whole_words = words(whole) if whole < 100 else "six hundred fifteen"
        span = f"{whole_words} point {digits}"
        value = f"{whole}." + "".join(str(probes.UNITS.index(w)) for w in digits.split())
        rows.append((f"The reading came in at {span}, officials said.", (span, value)))
    # fractions whose denominator is any spelled ordinal, compounds and plurals, drawn
    for _ in range(7):
        denominator = RNG.choice([5, 6, 7, 9, 11, 13, 15, 17, 19, 23, 27, 29, 31, 35, 41, 43, 47, 60, 70, 99])
        numerator = RNG.randint(1, min(denominator - 1, 19))
        name = ordinal(denominator) + ("s" if numerator > 1 else "")
        span = f"{words(numerator)} {name}"
        rows.append((f"Roughly {span} of the shares changed hands.", (span, dec(Fraction(numerator, denominator)))))
    rows.append(("The town lies four and five sixths miles away.", ("four and five sixths", dec(Fraction(29, 6)))))
    # out of, over, in
    rows.append(("Eight out of eleven judges agreed.", ("Eight out of eleven", dec(Fraction(8, 11)))))
    rows.append(("Just 12 out of 40 bids were accepted.", ("12 out of 40", "0.3")))
    rows.append(("About one in eight workers is self-employed.", ("one in eight", "0.125")))
    rows.append(("The answer was nine over sixteen.", ("nine over sixteen", "0.5625")))
    # dozen arithmetic
    rows.append(("Police seized three dozens rifles.", ("three dozens", "36")))
    rows.append(("A dozen and a half boats sank.", ("A dozen and a half", "18")))
    rows.append(("They planted six dozen trees.", ("six dozen", "72")))
    rows.append(("half a dozen CEOs quit this year", ("half a dozen", "6")))
    # chained with and: one number or two
    rows.append(("Turnout was four thousand and twelve.", ("four thousand and twelve", "4012")))
    rows.append(("Lanes seven and nine were closed.", ("seven", "7"), ("nine", "9")))
    rows.append(("Nine Hundred And Eighty Jobs Cut", ("Nine Hundred And Eighty", "980")))
    rows.append(("It took eleven and a half weeks.", ("eleven and a half", "11.5")))
    rows.append(("She bought eight and sold four.", ("eight", "8"), ("four", "4")))
    cases("Words", "Number", rows)


def adjectival():
    currency = []
    for word, unit in [("cent", "Cent"), ("dollar", "Dollar"), ("euro", "Euro"), ("yen", "Japanese yen")]:
        n = RNG.choice([2, 5, 15, 25, 60, 75, 90])
        for written in [str(n), words(n)]:
            span = f"{written}-{word}"
            currency.append((f"Traders quoted a {span} rise on Monday.", (span, str(n), unit)))
    currency.append(("THE 40-CENT DIVIDEND WAS CUT", ("40-CENT", "40", "Cent")))
    cases("Adjectival", "Currency", currency)
    dimension = []
    for word, unit in [("mile", "Mile"), ("ton", "Ton"), ("tonne", "Metric ton"), ("inch", "Inch"), ("foot", "Foot"),
                       ("metre", "Meter"), ("kilometer", "Kilometer"), ("yard", "Yard"), ("gallon", "Gallon"),
                       ("litre", "Liter"), ("hectare", "Hectare"), ("ounce", "Ounce"), ("kilogram", "Kilogram"),
                       ("square-mile", "Square mile")]:
        n = RNG.choice([3, 8, 12, 20, 35, 50, 100, 400])
        written = RNG.choice([str(n), words(n) if n < 100 else str(n)])
        span = f"{written}-{word}"
        frame = RNG.choice(["Crews cleared the {} stretch of the road.", "The firm bought the {} plot near the port.",
                            "Rescuers found the {} section of pipe."])
        dimension.append((frame.format(span), (span, str(n), unit)))
    dimension.append(("A SIX-MILE TAILBACK FORMED", ("SIX-MILE", "6", "Mile")))
    cases("Adjectival", "Dimension", dimension)


def cldr_rows():
    """(code, name, symbols, current) of the checked-in CLDR table."""
    rows = []
    pattern = re.compile(r'\("([A-Z]{3})", "([^"]+)", \[([^\]]*)\], (true|false)\)')
    with open(CLDR_TABLE, encoding="utf-8") as table:
        for code, name, symbols, current in pattern.findall(table.read()):
            rows.append((code, name, re.findall(r'"([^"]*)"', symbols), current == "true"))
    return rows


def currency_tables():
    cldr = {row[0]: row for row in cldr_rows()}
    with open(ISO_4217, encoding="utf-8") as source:
        iso = [entry["alpha_3"] for entry in json.load(source)["4217"]]
    current = [c for c in iso if c in cldr and cldr[c][3] and "(" not in cldr[c][1] and not c.startswith("X")
               and c not in ("USD", "ALL", "TOP", "MAD", "BOB", "CUP", "CUC", "BYN")]
    # (CLDR's `&` is `and` in the stage's names, as CurrencyCatalog documents: corrected after the first run)
    name = lambda code: (cldr[code][1][0] + cldr[code][1][1:].lower()).replace(" & ", " and ") if code != "USD" else "United States dollar"
    # codes before and after the amount
    rows = []
    for code in RNG.sample(current, 14):
        amount = RNG.choice(["340", "2,750", "18.60", "95", "1.2 million", "600"])
        value = dec(Fraction(amount.replace(",", "").replace(" million", "")) * (10 ** 6 if "million" in amount else 1))
        if RNG.random() < 0.5:
            text, span = f"Customs officers seized {code} {amount} in cash.", f"{code} {amount}"
        else:
            text, span = f"The fine, {amount} {code}, was paid in full.", f"{amount} {code}"
        rows.append((text, (span, value, name(code))))
    cases("Codes", "Currency", rows)
    # signs: every sign of one current currency and no letters, drawn
    owners = {}
    for code in current:
        for symbol in cldr[code][2]:
            owners.setdefault(symbol, set()).add(code)
    for code, row in cldr.items():
        if not row[3]:
            for symbol in row[2]:
                owners.setdefault(symbol, set()).add(code)
    signs = sorted(s for s, codes in owners.items() if len(codes) == 1 and len(s) == 1 and not s.isalpha()
                   and ord(s) > 127 and next(iter(codes)) in current
                   and unicodedata.category(s)[0] in "SP")
    rows = []
    for symbol in RNG.sample(signs, min(10, len(signs))):
        code = next(iter(owners[symbol]))
        amount = RNG.choice(["75", "1,400", "12.50", "300"])
        span = RNG.choice([f"{symbol}{amount}", f"{amount} {symbol}", f"{symbol} {amount}"])
        rows.append((f"A month's rent there is {span}, tenants say.", (span, amount.replace(",", ""), name(code))))
    cases("Signs", "Currency", rows)
    # names and plurals: regular plurals of current currencies' names
    invariant = {"yen", "yuan", "won", "baht", "rand", "naira", "kip", "dong", "riel", "tenge", "som", "kyat", "lari",
                 "taka", "rupiah", "ringgit", "renminbi", "vatu", "tala", "pa’anga", "ngultrum", "afghani", "kwacha",
                 "kwanza", "loti", "lilangeni", "ouguiya", "nakfa", "leone", "dalasi", "ariary", "manat", "dram",
                 "denar", "lempira", "córdoba", "guarani", "quetzal", "balboa", "colón", "sol", "boliviano", "real",
                 "lek", "leu", "lev", "forint", "koruna", "krona", "krone", "króna", "zloty", "hryvnia", "pula",
                 "kuna", "rufiyaa", "tögrög", "somoni", "birr", "cedi", "gourde", "florin", "mark", "lira", "bolívar",
                 "dinar", "dirham", "riyal", "rial", "guilder", "sheqel", "shekel", "escudo", "tugrik", "ruble",
                 "rupee", "peso", "shilling", "franc", "pound", "dollar", "euro", "unit", "pataca", "rufiyaa"}
    regular = {"rupee", "peso", "shilling", "franc", "pound", "dollar", "dinar", "dirham", "riyal", "rial", "ruble"}
    named = [c for c in current if name(c).split()[-1] in regular and len(name(c).split()) >= 2]
    rows = []
    for code in RNG.sample(named, 12):
        amount = RNG.choice(["9", "44", "2,000", "310", "5.5 billion", "1 million"])
        value = dec(Fraction(amount.replace(",", "").split()[0]) * (10 ** 9 if "billion" in amount else 10 ** 6 if "million" in amount else 1))
        written = cldr[code][1][0] + cldr[code][1][1:].lower() + "s"  # as CLDR writes it, `&` and all
        if RNG.random() < 0.3:
            written = written.lower()
        rows.append((f"Exporters earned {amount} {written} from the sales.", (f"{amount} {written}", value, name(code))))
    rows.append(("He was paid one Egyptian pound.", ("one Egyptian pound", "1", "Egyptian pound")))
    rows.append(("NET PROFIT 12 MLN SAUDI RIYALS", ("12 MLN SAUDI RIYALS", "12000000", "Saudi riyal")))
    cases("Names", "Currency", rows)
    # historic currencies a news archive holds, by name and plural
    rows = []
    for written, unit in [("Luxembourg francs", "Luxembourgian franc"), ("Cypriot pounds", "Cypriot pound"),
                          ("Maltese lire", "Maltese lira"), ("East German marks", "East German mark"),
                          ("Ecuadorian sucres", "Ecuadorian sucre"), ("Peruvian intis", "Peruvian inti"),
                          ("Argentine australs", "Argentine austral"), ("Slovenian tolars", "Slovenian tolar"),
                          ("Greek drachmae", "Greek drachma"), ("Austrian schillings", "Austrian schilling"),
                          ("Portuguese escudos", "Portuguese escudo"), ("Belgian francs", "Belgian franc"),
                          ("Spanish pesetas", "Spanish peseta"), ("Irish pounds", "Irish pound")]:
        amount = RNG.choice(["150", "7.5 mln", "2,200", "40 billion"])
        value = dec(Fraction(amount.replace(",", "").split()[0]) * (10 ** 9 if "billion" in amount else 10 ** 6 if "mln" in amount else 1))
        frame = RNG.choice(["In 1988 the contract was worth {}.", "the central bank sold {} on friday .",
                            "COMPANY EARNED {} IN 1986"])
        span = f"{amount} {written}"
        if frame.isupper():
            span = span.upper()
        rows.append((frame.format(span), (span, value, unit)))
    cases("Historic", "Currency", rows)
    # minor units
    cases("MinorUnits", "Currency", [
        ("Bread rose by 40 kopeks a loaf.", ("40 kopeks", "40", "Kopek")),
        ("Stamps went up 30 centimes.", ("30 centimes", "30", "Centime")),
        ("The coin is worth 50 centavos.", ("50 centavos", "50", "Centavo")),
        ("Fares rose 20 öre.", ("20 öre", "20", "Öre")),
        ("A match costs 25 paise.", ("25 paise", "25", "Paise")),
        ("the share rose 7 pfennigs .", ("7 pfennigs", "7", "Pfennig")),
        ("It fell 15 pence to 380 pence.", ("15 pence", "15", "Pence"), ("380 pence", "380", "Pence")),
        ("Coffee rose 9 cents a pound.", ("9 cents", "9", "Cent")),
    ])


SI_PREFIXES = [("yocto", "y", -24), ("zepto", "z", -21), ("atto", "a", -18), ("femto", "f", -15), ("pico", "p", -12),
               ("nano", "n", -9), ("micro", "µ", -6), ("milli", "m", -3), ("centi", "c", -2), ("deci", "d", -1),
               ("deca", "da", 1), ("hecto", "h", 2), ("kilo", "k", 3), ("mega", "M", 6), ("giga", "G", 9),
               ("tera", "T", 12), ("peta", "P", 15), ("exa", "E", 18), ("zetta", "Z", 21), ("yotta", "Y", 24)]
SI_BASES = [("meter", "metres", "m"), ("gram", "grams", "g"), ("liter", "litres", "L"), ("watt", "watts", "W"),
            ("joule", "joules", "J"), ("hertz", "hertz", "Hz"), ("volt", "volts", "V"), ("pascal", "pascals", "Pa")]


def si_prefixes():
    rows = []
    pairs = RNG.sample([(p, b) for p in SI_PREFIXES for b in SI_BASES], 16)
    for (prefix, symbol, _), (base, plural, base_symbol) in pairs:
        n = RNG.choice(["4", "16", "0.35", "220", "7.5"])
        unit = (prefix + base).capitalize()
        if RNG.random() < 0.5:
            span = f"{n} {prefix}{plural}"
        else:
            span = f"{n} {symbol}{base_symbol}"
        rows.append((f"Engineers recorded {span} during the test, the report said.", (span, n, unit)))
    rows.append(("The filter stops particles of 2.5 μm.", ("2.5 μm", "2.5", "Micrometer")))
    rows.append(("Each tablet has 400 µg of folate.", ("400 µg", "400", "Microgram")))
    rows.append(("Doses of 50 μg were given.", ("50 μg", "50", "Microgram")))
    rows.append(("The plant will generate 600 MW.", ("600 MW", "600", "Megawatt")))
    rows.append(("THE REACTOR PRODUCES 1,300 MEGAWATTS", ("1,300 MEGAWATTS", "1300", "Megawatt")))
    cases("SIPrefixes", "Dimension", rows)


def data_sizes():
    cases("DataSizes", "Dimension", [
        ("The link carries 10 Gb of traffic.", ("10 Gb", "10", "Gigabit")),
        ("The card stores 128 GB of photos.", ("128 GB", "128", "Gigabyte")),
        ("Each key is 256 bits long.", ("256 bits", "256", "Bit")),
        ("The log grew to 3 PB.", ("3 PB", "3", "Petabyte")),
        ("a 2 Tb memory chip", ("2 Tb", "2", "Terabit")),
        ("The patch is 45 megabytes.", ("45 megabytes", "45", "Megabyte")),
        ("Routers move 400 gigabits.", ("400 gigabits", "400", "Gigabit")),
        ("It holds 640 kB of code.", ("640 kB", "640", "Kilobyte")),
        ("The header adds 20 bytes.", ("20 bytes", "20", "Byte")),
        ("a 32-bit counter overflowed", ("32-bit", "32", "Bit")),
        ("The dataset is 1.5 terabytes.", ("1.5 terabytes", "1.5", "Terabyte")),
        ("A 4 Kb buffer was used.", ("4 Kb", "4", "Kilobit")),
    ])


def compound_units():
    cases("CompoundUnits", "Dimension", [
        ("Winds gusted to 70 miles an hour on the coast.", ("70 miles an hour", "70", "Mile per hour")),
        ("The train reached 320 km/h on the test run.", ("320 km/h", "320", "Kilometer per hour")),
        ("Rockets reach 8 kilometres per second.", ("8 kilometres per second", "8", "Kilometer per second")),
        ("The car was doing 95 kilometers an hour.", ("95 kilometers an hour", "95", "Kilometer per hour")),
        ("Water flowed at 3 metres a second.", ("3 metres a second", "3", "Meter per second")),
        ("HURRICANE WINDS OF 150 MPH", ("150 MPH", "150", "Mile per hour")),
        ("The limit is 110 kph on highways.", ("110 kph", "110", "Kilometer per hour")),
        ("The jet flew at 500 knots.", ("500 knots", "500", "Knot")),
        ("Bullets leave at 900 m/s.", ("900 m/s", "900", "Meter per second")),
        ("The glacier moves 12 feet per hour.", ("12 feet per hour", "12", "Foot per hour")),
        ("It covers 7,000 square kilometres.", ("7,000 square kilometres", "7000", "Square kilometer")),
        ("The tank holds 40 cubic feet.", ("40 cubic feet", "40", "Cubic foot")),
    ])


def ranges_and_bounds():
    forms = [
        ("", " or greater", "[{n},)"), ("", " or higher", "[{n},)"), ("", " or lower", "(,{n}]"),
        ("", " or under", "(,{n}]"), ("", " and under", "(,{n}]"), ("", " or more", "[{n},)"),
        ("", " or less", "(,{n}]"), ("", " and above", "[{n},)"), ("", " or over", "[{n},)"),
        ("equal or greater than ", "", "[{n},)"), ("equal or less than ", "", "(,{n}]"),
        ("higher or equal than ", "", "[{n},)"), ("lower than or equal to ", "", "(,{n}]"),
        ("greater or equal to ", "", "[{n},)"), ("at most ", "", "(,{n}]"), ("at least ", "", "[{n},)"),
        ("no greater than ", "", "(,{n}]"), ("not exceeding ", "", "(,{n}]"), ("upwards of ", "", "({n},)"),
        ("as many as ", "", "(,{n}]"), ("not fewer than ", "", "[{n},)"), ("a maximum of ", "", "(,{n}]"),
        ("more than ", "", "({n},)"), ("less than ", "", "(,{n})"), ("=< ", "", "(,{n}]"), ("=> ", "", "[{n},)"),
        ("> ", "", "({n},)"), ("≤", "", "(,{n}]"),
    ]
    frames = ["Regulators flagged firms whose staff numbered {}.", "THE PLAN COVERS HOMES VALUED AT {}",
              "rebels said captured soldiers numbered {} .", "Applicants need a score of {} to qualify."]
    rows = []
    for i, (before, after, interval) in enumerate(forms):
        n = RNG.choice([6, 14, 33, 70, 180, 2500])
        written = words(n) if n < 100 and i % 3 == 1 and before[:1] not in "<>=≤≥" else f"{n:,}"
        span = before + written + after
        frame = frames[i % 4]
        if frame.isupper():
            span = span.upper()
        rows.append((frame.format(span), (span, interval.format(n=n))))
    cases("Comparators", "NumberRange", rows)
    cases("Bounds", "NumberRange", [
        ("Sizes over 20 but under 50 are sold.", ("over 20 but under 50", "(20,50)")),
        ("Bids of at least 7 but fewer than 12 were made.", ("at least 7 but fewer than 12", "[7,12)")),
        ("Loads greater than 4 and at most 9 tonnes pass.", ("greater than 4 and at most 9", "(4,9]")),
        ("Projects costing anywhere from 30 to 45 were approved.", ("from 30 to 45", "[30,45]")),
        ("Rooms 12 through 18 were closed.", ("12 through 18", "[12,18]")),
        ("between eleven and fifteen ships were lost .", ("between eleven and fifteen", "[11,15]")),
        ("Prices ranged from $8 to $14 a share.", ("from $8 to $14", "[8,14]")),
        ("The firm expects to cut 200 to 300 jobs.", ("200 to 300", "[200,300]")),
        ("More than $40 million was raised.", ("More than $40 million", "(40000000,)")),
        ("Crowds of 6,000–8,000 gathered.", ("6,000–8,000", "[6000,8000]")),
        # a fraction is no bound
        ("Roughly 3 in 10 voters were undecided.",),
        ("Nearly one in four loans went bad.",),
        ("Only 2 in 5 plants reopened.",),
    ])
    cases("Bounds", "Number", [
        ("Roughly 3 in 10 voters were undecided.", ("3 in 10", "0.3")),
        ("Only 2 in 5 plants reopened.", ("2 in 5", "0.4")),
        ("Sales rose 4 in 1987 after falling.", ("4", "4"), ("1987", "1987")),
    ])


def not_quantities():
    """Sentences that hold no quantity of the model's kind: they must stay as they are."""
    cases("NotQuantities", "Number", [
        ("The meeting starts at 10:45 on Monday.",),
        ("Call the hotline on 0800 555 0199 for details.",),
        ("For tickets call (212) 555-0147.",),
        ("The strike began on 14 March.",),
        ("Talks resume on June 3.",),
        ("Results for Q3 beat forecasts.",),
        ("The F-35 programme was delayed.",),
    ])
    cases("NotQuantities", "NumberRange", [
        ("Arsenal won 3-1 at home.",),
        ("The motion passed 52-48 in the Senate.",),
        ("Call 555-0182 after six.",),
        ("Profits fell in 1990-91.",),
        ("He was born on 12-05-1961.",),
        ("The shop opens 9:00-17:30 daily.",),
    ])
    cases("NotQuantities", "Dimension", [
        ("The market opens at 9 am sharp.",),
        ("Polls close at 8 pm local time.",),
        ("Print it on A4 paper.",),
        ("The firm sells 5G phones.",),
        ("They live in flat 3B on the top floor.",),
        ("He flew a Boeing 747 to Lima.",),
        ("Its Q4 2023 profit rose.",),
    ])
    cases("NotQuantities", "Currency", [
        ("The office is at 10 Downing Street.",),
        ("Room 101 was locked.",),
        ("The M25 was closed after a crash.",),
        ("Flight BA 249 landed late.",),
        ("The fiscal 1987 first quarter ended.",),
    ])


def main():
    probes.FILES.clear()
    notation()
    spelled_words()
    adjectival()
    currency_tables()
    si_prefixes()
    data_sizes()
    compound_units()
    ranges_and_bounds()
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
