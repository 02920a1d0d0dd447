#!/usr/bin/env python3
"""Writes the numbers stage's probe files, Tests/GlossNumbersTests/Probes/<Model>Model.probes.json.

Each file is a list of cases in the Recognizers-Text spec format (Input, Results with Text,
TypeName, Resolution, Start, End), scored by `gloss evaluate numbers` like a spec file. The
cases are written here, phenomenon by phenomenon (issue 18), from the grammar of English
numbers and from tables (SI prefixes, currencies, comparators), not from any spec file; the
conventions are Gloss's own (a range includes both ends). Run from the repository root:

    python3 scripts/build-number-probes.py
"""
import json
import os
from decimal import Decimal
from fractions import Fraction

OUT = os.path.join("Tests", "GlossNumbersTests", "Probes")
FILES = {}


def add(model, text, *results):
    """One case: results are (span, type, value, unit) in order of appearance."""
    found, cursor = [], 0
    for span, kind, value, unit in results:
        start = text.find(span, cursor)
        assert start >= 0, (text, span)
        cursor = start + len(span)
        resolution = {"value": value}
        if unit is not None:
            resolution["unit"] = unit
        found.append({"Text": span, "TypeName": kind, "Resolution": resolution,
                      "Start": start, "End": start + len(span) - 1})
    FILES.setdefault(model, []).append({"Input": text, "Results": found})


def num(text, span, value):
    add("Number", text, (span, "number", value, None))


def dec(fraction):
    """A fraction as the decimal text the scorer compares to 1e-9."""
    if isinstance(fraction, Fraction):
        return repr(float(fraction)) if fraction.denominator != 1 else str(fraction.numerator)
    return str(fraction)


UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}
ORDINAL_UNITS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
                 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
                 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth"}
ORDINAL_TENS = {20: "twentieth", 30: "thirtieth", 40: "fortieth", 50: "fiftieth", 60: "sixtieth", 70: "seventieth",
                80: "eightieth", 90: "ninetieth"}


def exact_decimal(fraction):
    """A terminating fraction in plain decimal digits, never an exponent."""
    text = format(Decimal(fraction.numerator) / Decimal(fraction.denominator), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def words(n):
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n - n % 10] + ("" if n % 10 == 0 else "-" + UNITS[n % 10])
    raise ValueError(n)


def ordinal(n):
    if n < 20:
        return ORDINAL_UNITS[n]
    if n < 100:
        return ORDINAL_TENS[n] if n % 10 == 0 else TENS[n - n % 10] + "-" + ORDINAL_UNITS[n % 10]
    if n == 100:
        return "hundredth"
    if n == 1000:
        return "thousandth"
    raise ValueError(n)


def number_probes():
    # notation: exponents
    for text, span, value in [
        ("The constant is 6.02e23 per mole.", "6.02e23", "6.02e23"),
        ("A reading of 1.5e-6 was logged.", "1.5e-6", "0.0000015"),
        ("Set the limit to 2E+3 now.", "2E+3", "2000"),
        ("It was 4.2E-2 at noon.", "4.2E-2", "0.042"),
        ("The mass is 3e8 in total.", "3e8", "300000000"),
        ("Write 2.5×10^6 in full.", "2.5×10^6", "2500000"),
        ("About 1.2x10^3 cells survived.", "1.2x10^3", "1200"),
        ("We counted 7 x 10^4 of them.", "7 x 10^4", "70000"),
        ("The answer is 2^10.", "2^10", "1024"),
        ("Compute 10^-3 first.", "10^-3", "0.001"),
        ("the value 9.1e-31 is tiny", "9.1e-31", "9.1e-31"),
    ]:
        num(text, span, value)
    # notation: scientific exponents of two digits, exact, in any case, position and punctuation
    for text, span, mantissa, power in [
        ("Its mass is 9.1E-31 exactly.", "9.1E-31", "9.1", -31),
        ("There are 6.02E+23 atoms here.", "6.02E+23", "6.02", 23),
        ("The charge is 1.6 × 10^-19 in all.", "1.6 × 10^-19", "1.6", -19),
        ("Planck's constant is 6.626e-34.", "6.626e-34", "6.626", -34),
        ("It is 1.0E45, roughly.", "1.0E45", "1", 45),
        ("VALUES NEAR 3E-40 ARE NOISE", "3E-40", "3", -40),
        ("4.5x10^-33 was the result", "4.5x10^-33", "4.5", -33),
        ("The ratio (2.2e-38) is small", "2.2e-38", "2.2", -38),
        ("Write 10^-35 in full.", "10^-35", "1", -35),
        ("About 7 × 10^50 grains exist.", "7 × 10^50", "7", 50),
        ("The charge is 1.6×10⁻¹⁹ in all.", "1.6×10⁻¹⁹", "1.6", -19),
        ("There are 6.02 × 10²³ of them.", "6.02 × 10²³", "6.02", 23),
        ("A size of 3x10⁻⁹, roughly", "3x10⁻⁹", "3", -9),
    ]:
        num(text, span, exact_decimal(Fraction(mantissa) * Fraction(10) ** power))
    # notation: magnitude suffixes glued or spaced, any case
    for suffix, power in [("k", 3), ("K", 3), ("mn", 6), ("MN", 6), ("bn", 9), ("BN", 9), ("bln", 9),
                          ("tn", 12), ("tln", 12), ("M", 6), ("B", 9)]:
        for value, glue in [("4", ""), ("2.5", " ")]:
            if suffix in ("M", "B") and glue:
                continue
            span = value + glue + suffix
            exact = Fraction(value) * 10 ** power
            num(f"The fund raised {span} last year.", span, dec(exact))
    # grouping by spaces, dots with a decimal comma, apostrophes
    for text, span, value in [
        ("The city has 2 345 678 people.", "2 345 678", "2345678"),
        ("They paid 1.234.567,89 for it.", "1.234.567,89", "1234567.89"),
        ("A total of 12.500,5 was booked.", "12.500,5", "12500.5"),
        ("The price was 1'234'567 francs in Zurich.", "1'234'567", "1234567"),
        ("We saw 12'500.75 on the meter.", "12'500.75", "12500.75"),
        ("There were 15 000 visitors.", "15 000", "15000"),
    ]:
        num(text, span, value)
    # words: point decimals
    for text, span, value in [
        ("It measured two hundred point zero three.", "two hundred point zero three", "200.03"),
        ("Pi is about three point one four.", "three point one four", "3.14"),
        ("The rate fell to zero point five.", "zero point five", "0.5"),
        ("Growth was one point two five last quarter.", "one point two five", "1.25"),
        ("It scored nine point nine.", "nine point nine", "9.9"),
        ("The index rose twelve point seven.", "twelve point seven", "12.7"),
    ]:
        num(text, span, value)
    # fractions with a spelled ordinal denominator, compounds and plurals
    for numerator, denominator in [(1, 3), (2, 3), (1, 4), (3, 4), (1, 5), (2, 5), (1, 6), (5, 6), (1, 7), (3, 7),
                                   (1, 8), (7, 8), (1, 9), (4, 9), (1, 10), (9, 10), (1, 12), (11, 12), (1, 16),
                                   (3, 16), (1, 20), (3, 20), (1, 25), (3, 25), (1, 32), (5, 32), (1, 64),
                                   (7, 64), (1, 100), (3, 100), (1, 1000), (1, 21), (2, 33), (1, 50)]:
        name = ordinal(denominator)
        if numerator > 1:
            name += "s"
        if denominator == 4:
            name = "quarter" if numerator == 1 else "quarters"
        span = f"{words(numerator)} {name}"
        value = dec(Fraction(numerator, denominator))
        num(f"They kept {span} of the harvest.", span, value)
    for text, span, value in [
        ("A third of voters stayed home.", "A third", repr(1 / 3)),
        ("He ate a sixteenth of the pie.", "a sixteenth", "0.0625"),
        ("Two and three quarters inches of rain fell.", "Two and three quarters", "2.75"),
        ("It took four and two thirds hours.", "four and two thirds", repr(4 + 2 / 3)),
        ("She won by one half.", "one half", "0.5"),
    ]:
        num(text, span, value)
    # out of, over and in
    for text, span, value in [
        ("Only 3 out of 5 passed.", "3 out of 5", "0.6"),
        ("Nine out of ten doctors agree.", "Nine out of ten", "0.9"),
        ("The odds were 1 in 4.", "1 in 4", "0.25"),
        ("About one in five adults smoke.", "one in five", "0.2"),
        ("Write 2 over 7 as a decimal.", "2 over 7", repr(2 / 7)),
        ("It is three over four.", "three over four", "0.75"),
    ]:
        num(text, span, value)
    # dozens
    for text, span, value in [
        ("Buy half a dozen eggs.", "half a dozen", "6"),
        ("She ordered two dozens roses.", "two dozens", "24"),
        ("They sold four dozen cookies.", "four dozen", "48"),
        ("We need a half dozen chairs.", "a half dozen", "6"),
        ("He baked ten dozen rolls.", "ten dozen", "120"),
    ]:
        num(text, span, value)
    # numbers chained with and: one number or two
    add("Number", "He counted one hundred and twenty sheep.", ("one hundred and twenty", "number", "120", None))
    add("Number", "It was founded in two thousand and five.", ("two thousand and five", "number", "2005", None))
    add("Number", "Pick five and six from the list.", ("five", "number", "5", None), ("six", "number", "6", None))
    add("Number", "Rooms twenty and thirty are free.", ("twenty", "number", "20", None), ("thirty", "number", "30", None))
    add("Number", "It cost one thousand and one nights.", ("one thousand and one", "number", "1001", None))
    add("Number", "Wait six and a half minutes.", ("six and a half", "number", "6.5", None))
    # mixed numbers written with hyphens, in any case and before a scale
    for text, span, value in [
        ("It took one-and-a-half hours.", "one-and-a-half", "1.5"),
        ("About two-and-a-quarter million people voted.", "two-and-a-quarter million", "2250000"),
        ("One-and-a-half cups were left.", "One-and-a-half", "1.5"),
        ("He ran three-and-three-quarters laps.", "three-and-three-quarters", "3.75"),
        ("The total was four-and-a-half.", "four-and-a-half", "4.5"),
        ("SALES ROSE TWO-AND-A-HALF TIMES", "TWO-AND-A-HALF", "2.5"),
        ("It took twenty-one-and-a-half years", "twenty-one-and-a-half", "21.5"),
        ("a debt of five-and-a-half billion, analysts said", "five-and-a-half billion", "5500000000"),
    ]:
        num(text, span, value)
    add("Number", "Between 3 and 4 people came.", ("3", "number", "3", None), ("4", "number", "4", None))
    # plain words and digits in context
    for n in [13, 21, 47, 58, 99]:
        num(f"There were {words(n)} boats in the harbour.", words(n), str(n))
    for text, span, value in [
        ("Nearly three hundred thousand people marched.", "three hundred thousand", "300000"),
        ("It cost 4.5 million to build.", "4.5 million", "4500000"),
        ("The debt hit 1.2 trillion.", "1.2 trillion", "1200000000000"),
        ("Temperatures fell to -12 overnight.", "-12", "-12"),
        ("AT LEAST TWELVE PEOPLE WERE HURT", "TWELVE", "12"),
        ("the survey covered 2,500 homes", "2,500", "2500"),
    ]:
        num(text, span, value)
    # a number split by the tokeniser of pre-tokenised text
    num("sales rose to 32 . 99 in the period .", "32 . 99", "32.99")
    add("Number", "revenue was 254 million in 1990 .", ("254 million", "number", "254000000", None), ("1990", "number", "1990", None))
    # a mixed number with a vulgar fraction sign, a pronoun one, a plural fraction word with no count
    num("Add 2½ cups of flour.", "2½", "2.5")
    add("Number", "They helped one another.")
    add("Number", "Profits should improve in subsequent quarters.")
    add("Number", "Sales fell for several quarters.")


COMPARATORS = [
    # (before, after, interval with {n})
    ("more than ", "", "({n},)"), ("greater than ", "", "({n},)"), ("over ", "", "({n},)"),
    ("above ", "", "({n},)"), ("exceeding ", "", "({n},)"), ("in excess of ", "", "({n},)"),
    ("less than ", "", "(,{n})"), ("fewer than ", "", "(,{n})"), ("under ", "", "(,{n})"), ("below ", "", "(,{n})"),
    ("at least ", "", "[{n},)"), ("no less than ", "", "[{n},)"), ("not less than ", "", "[{n},)"),
    ("at most ", "", "(,{n}]"), ("no more than ", "", "(,{n}]"), ("up to ", "", "(,{n}]"),
    ("greater than or equal to ", "", "[{n},)"), ("less than or equal to ", "", "(,{n}]"),
    ("higher or equal than ", "", "[{n},)"), ("lower or equal than ", "", "(,{n}]"),
    ("", " or more", "[{n},)"), ("", " or less", "(,{n}]"), ("", " or fewer", "(,{n}]"), ("", " or above", "[{n},)"),
    ("", " and above", "[{n},)"), ("", " and over", "[{n},)"), ("", " or below", "(,{n}]"), ("", " and below", "(,{n}]"),
    (">", "", "({n},)"), ("<", "", "(,{n})"), (">=", "", "[{n},)"), ("<=", "", "(,{n}]"), ("≥", "", "[{n},)"), ("≤", "", "(,{n}]"),
]


def range_probes():
    for i, (before, after, interval) in enumerate(COMPARATORS):
        n = [12, 40, 250, 7, 1500][i % 5]
        written = str(n) if i % 2 == 0 or before[:1] in "<>≥≤" else words(n) if n < 100 else str(n)
        span = before + written + after
        frame = ["The team needs {} members.", "We expect {} visitors this year.", "Prices of {} were quoted.",
                 "A score of {} wins."][i % 4]
        add("NumberRange", frame.format(span), (span, "numberrange", interval.format(n=n), None))
    for text, span, value in [
        ("The budget is between 10 and 20 today.", "between 10 and 20", "[10,20]"),
        ("Expect from 5 to 9 new hires.", "from 5 to 9", "[5,9]"),
        ("They moved 30-40 crates.", "30-40", "[30,40]"),
        ("It holds more than 10 but less than 20 people.", "more than 10 but less than 20", "(10,20)"),
        ("at least five and less than ten replies", "at least five and less than ten", "[5,10)"),
        ("Groups of between twenty and thirty", "between twenty and thirty", "[20,30]"),
        ("It rose above 100 and stayed below 200 for weeks.", "above 100", "(100,)"),
    ]:
        if span == "above 100":
            add("NumberRange", text, (span, "numberrange", value, None), ("below 200", "numberrange", "(,200)", None))
        else:
            add("NumberRange", text, (span, "numberrange", value, None))
    # a mixed number in words as the high end, spaced or hyphenated
    for text, span, value in [
        ("It is from two to three-and-a-half times faster.", "from two to three-and-a-half", "[2,3.5]"),
        ("Expect between one and two and a half years.", "between one and two and a half", "[1,2.5]"),
        ("GROWTH OF FOUR TO FIVE-AND-A-HALF TIMES", "FOUR TO FIVE-AND-A-HALF", "[4,5.5]"),
        ("from three to four and three-quarters, officials said", "from three to four and three-quarters", "[3,4.75]"),
    ]:
        add("NumberRange", text, (span, "numberrange", value, None))
    # money ranges with the sign on both ends; a change, then the level reached, is no range
    for text, span, value in [
        ("Households earning between $50,000 and $100,000 spend less.", "between $50,000 and $100,000", "[50000,100000]"),
        ("Tickets cost $5 to $10 each.", "$5 to $10", "[5,10]"),
        ("It costs from €20 to €30.", "from €20 to €30", "[20,30]"),
        ("a fee of between 3 and 5 pct", "between 3 and 5", "[3,5]"),
        ("profits rose 5 to 10 pct", "5 to 10", "[5,10]"),
    ]:
        add("NumberRange", text, (span, "numberrange", value, None))
    add("NumberRange", "The shares climbed 3-3/8 to 31-3/8 by midday.")
    add("NumberRange", "Net fell 1.17 billion dlrs to 4.63 billion dlrs.")
    add("NumberRange", "The stock was up 11-5/8 to 29-3/8.")
    add("NumberRange", "Mexico Takes Over Two Small Banks")
    add("NumberRange", "Output was 5 pct below 1985 levels.")
    # a fraction is no bound; a year after a comparator word is no bound
    add("NumberRange", "About 2 in 5 adults voted.")
    add("NumberRange", "Nine out of ten agree.")
    add("NumberRange", "Prices were lower than in 1985.")
    add("NumberRange", "Output was above 1986 levels.")
    add("NumberRange", "Inflation was under 1987's rate.")


PERCENT_FORMS = [("{n}%", "{n}%"), ("{n} %", "{n} %"), ("{n} percent", "{n} percent"), ("{n} per cent", "{n} per cent"),
                 ("{n} pct", "{n} pct"), ("{n} percentage points", "{n} percentage points"),
                 ("{n} Percent", "{n} Percent"), ("{n} PCT", "{n} PCT"), ("{n}pc", "{n}pc")]


def percent_probes():
    for i, (form, span_form) in enumerate(PERCENT_FORMS):
        for n, value in [("5", "5"), ("3.5", "3.5"), ("120", "120")]:
            span = span_form.format(n=n)
            frame = ["Profits rose {} last year.", "The tax is {}.", "{} of staff left."][(i + len(n)) % 3]
            add("Percent", frame.format(span), (span, "percentage", value + "%", None))
    for text, span, value in [
        ("Turnout hit fifty percent.", "fifty percent", "50%"),
        ("It fell twenty-five per cent.", "twenty-five per cent", "25%"),
        ("one hundred and ten percent effort", "one hundred and ten percent", "110%"),
        ("A loss of -3% was booked.", "-3%", "-3%"),
        ("yields of 32 . 99 % were seen", "32 . 99 %", "32.99%"),
        ("a 0.25 percentage point cut", "0.25 percentage point", "0.25%"),
        ("Unemployment is 7.2 pct.", "7.2 pct", "7.2%"),
        ("Only half a percent moved.", "half a percent", "0.5%"),
        ("Prices rose four-and-a-half percent.", "four-and-a-half percent", "4.5%"),
        ("It is up 2.5pct today.", "2.5pct", "2.5%"),
        ("seven percent of the vote", "seven percent", "7%"),
    ]:
        add("Percent", text, (span, "percentage", value, None))


CURRENCIES = [
    # (code, name, plural, symbol or None, unit name)
    ("EUR", "euro", "euros", "€", "Euro"),
    ("GBP", "British pound", "British pounds", None, "British pound"),
    ("JPY", "Japanese yen", "Japanese yen", None, "Japanese yen"),
    ("CHF", "Swiss franc", "Swiss francs", None, "Swiss franc"),
    ("CAD", "Canadian dollar", "Canadian dollars", None, "Canadian dollar"),
    ("AUD", "Australian dollar", "Australian dollars", None, "Australian dollar"),
    ("NZD", "New Zealand dollar", "New Zealand dollars", None, "New Zealand dollar"),
    ("INR", "Indian rupee", "Indian rupees", "₹", "Indian rupee"),
    ("CNY", "Chinese yuan", "Chinese yuan", "元", "Chinese yuan"),
    ("KRW", "South Korean won", "South Korean won", "₩", "South Korean won"),
    ("RUB", "Russian ruble", "Russian rubles", "₽", "Russian ruble"),
    ("TRY", "Turkish lira", "Turkish lira", "₺", "Turkish lira"),
    ("NGN", "Nigerian naira", "Nigerian naira", "₦", "Nigerian naira"),
    ("PHP", "Philippine peso", "Philippine pesos", "₱", "Philippine peso"),
    ("VND", "Vietnamese dong", "Vietnamese dong", "₫", "Vietnamese dong"),
    ("ILS", "Israeli new shekel", "Israeli new shekels", "₪", "Israeli new shekel"),
    ("GEL", "Georgian lari", "Georgian lari", "₾", "Georgian lari"),
    ("LAK", "Lao kip", "Lao kips", "₭", "Laotian kip"),
    ("SEK", "Swedish krona", "Swedish kronor", None, "Swedish krona"),
    ("NOK", "Norwegian krone", "Norwegian kroner", None, "Norwegian krone"),
    ("DKK", "Danish krone", "Danish kroner", None, "Danish krone"),
    ("MXN", "Mexican peso", "Mexican pesos", None, "Mexican peso"),
    ("BRL", "Brazilian real", "Brazilian reais", None, "Brazilian real"),
    ("ZAR", "South African rand", "South African rand", None, "South African rand"),
    ("SGD", "Singapore dollar", "Singapore dollars", None, "Singapore dollar"),
    ("HKD", "Hong Kong dollar", "Hong Kong dollars", None, "Hong Kong dollar"),
    ("PLN", "Polish zloty", "Polish zlotys", None, None),
    ("EGP", "Egyptian pound", "Egyptian pounds", None, "Egyptian pound"),
    ("KES", "Kenyan shilling", "Kenyan shillings", None, "Kenyan shilling"),
    ("THB", "Thai baht", "Thai baht", "฿", "Thai baht"),
]
HISTORIC = [("500 French francs", "French franc"), ("20 Deutsche marks", "German mark"),
            ("1,000 Italian lire", "Italian lira"), ("300 Spanish pesetas", "Spanish peseta"),
            ("40 Finnish markkaa", "Finnish markka"), ("900 Portuguese escudos", "Portuguese escudo"),
            ("75 Dutch guilders", "Netherlands guilder"), ("12 Belgian francs", "Belgian franc"),
            ("60 Austrian schillings", "Austrian schilling"), ("250 Greek drachmas", "Greek drachma"),
            ("8 Irish pounds", "Irish pound")]


def currency_probes():
    for i, (code, name, plural, symbol, unit) in enumerate(CURRENCIES):
        unit = unit or name
        amount = ["25", "1,500", "3.75", "40", "800"][i % 5]
        value = amount.replace(",", "")
        add("Currency", f"The ticket cost {code} {amount} at the gate.", (f"{code} {amount}", "currency", value, unit))
        add("Currency", f"She sent {amount} {code} to her brother.", (f"{amount} {code}", "currency", value, unit))
        add("Currency", f"Fees reached {amount} {plural} in March.", (f"{amount} {plural}", "currency", value, unit))
        add("Currency", f"It is worth one {name.lower()}.", (f"one {name.lower()}", "currency", "1", unit))
        if symbol:
            add("Currency", f"A coffee is {symbol}{amount} there.", (f"{symbol}{amount}", "currency", value, unit))
            add("Currency", f"A meal costs {amount} {symbol} here.", (f"{amount} {symbol}", "currency", value, unit))
            add("Currency", f"It was {amount}{symbol}.", (f"{amount}{symbol}", "currency", value, unit))
        add("Currency", f"The deal is worth {code} 2.5 billion.", (f"{code} 2.5 billion", "currency", "2500000000", unit))
    for text, unit in HISTORIC:
        amount = text.split(" ")[0].replace(",", "")
        add("Currency", f"In 1987 it cost {text} to fly.", (text, "currency", amount, unit))
    for text, span, value, unit in [
        ("The stamp costs 12 cents.", "12 cents", "12", "Cent"),
        ("A 12-cent stamp was issued.", "12-cent", "12", "Cent"),
        ("He found a one-yen coin.", "one-yen", "1", "Japanese yen"),
        ("a five-dollar bill", "five-dollar", "5", "Dollar"),
        ("Shares rose 45 pence.", "45 pence", "45", "Pence"),
        ("They raised $3bn in bonds.", "$3bn", "3000000000", "Dollar"),
        ("a $ 254 million loss .", "$ 254 million", "254000000", "Dollar"),
        ("It sold for £2.5m last week.", "£2.5m", "2500000", "Pound"),
        ("The firm paid €40mn in fines.", "€40mn", "40000000", "Euro"),
        ("It was valued at $1.2 trillion.", "$1.2 trillion", "1200000000000", "Dollar"),
        ("net profit of 78 mln n.z. dlrs", "78 mln n.z. dlrs", "78000000", "New Zealand dollar"),
        ("a loss of 5.6 billion yen", "5.6 billion yen", "5600000000", "Japanese yen"),
        ("He paid twenty dollars.", "twenty dollars", "20", "Dollar"),
        ("It costs $10K a year.", "$10K", "10000", "Dollar"),
        ("THE COMPANY PAID 40 MLN DLRS", "40 MLN DLRS", "40000000", "Dollar"),
        ("Tickets cost US$45 each.", "US$45", "45", "United States dollar"),
        ("she earned 3 million euros", "3 million euros", "3000000", "Euro"),
        ("He paid 2 bitcoins for a pizza.", "2 bitcoins", "2", "Bitcoin"),
        ("A 10 DM note was found.", "10 DM", "10", "German mark"),
        ("It costs 5 cts.", "5 cts", "5", "Cent"),
        ("KES 1,000 per month is the fee.", "KES 1,000", "1000", "Kenyan shilling"),
        ("a profit of 5 mln H.K. dlrs", "5 mln H.K. dlrs", "5000000", "Hong Kong dollar"),
    ]:
        add("Currency", text, (span, "currency", value, unit))


SI = [("kilo", "k", 3), ("mega", "M", 6), ("milli", "m", -3), ("micro", "µ", -6), ("nano", "n", -9), ("centi", "c", -2)]


def dimension_probes():
    bases = [("meter", "meters", "m", "Length"), ("gram", "grams", "g", "Weight"), ("liter", "liters", "l", "Volume")]
    for i, (prefix, symbol, _) in enumerate(SI):
        for j, (base, plural, base_symbol, subtype) in enumerate(bases):
            if prefix == "mega" and base != "liter":
                continue
            unit = (prefix + base).capitalize()
            n = ["3", "2.5", "40", "125"][(i + j) % 4]
            add("Dimension", f"The sample measured {n} {prefix}{plural} in all.", (f"{n} {prefix}{plural}", "dimension", n, unit))
            if symbol == "µ":
                for mu in ["µ", "μ"]:
                    span = f"{n} {mu}{base_symbol}"
                    add("Dimension", f"Each dose holds {span} of it.", (span, "dimension", n, unit))
            elif not (prefix == "mega" or base_symbol == "l"):
                span = f"{n}{symbol}{base_symbol}"
                add("Dimension", f"Add {span} of it.", (span, "dimension", n, unit))
    for text, span, value, unit in [
        ("The file is 700 MB.", "700 MB", "700", "Megabyte"),
        ("a 100 Mb link", "100 Mb", "100", "Megabit"),
        ("It has 16 GB of memory.", "16 GB", "16", "Gigabyte"),
        ("a 1 gigabit connection", "1 gigabit", "1", "Gigabit"),
        ("The disk holds 4 TB of data.", "4 TB", "4", "Terabyte"),
        ("It sends 512 kilobytes.", "512 kilobytes", "512", "Kilobyte"),
        ("a 64-bit processor", "64-bit", "64", "Bit"),
        ("They stored 2 petabytes.", "2 petabytes", "2", "Petabyte"),
        ("The car went 60 miles an hour.", "60 miles an hour", "60", "Mile per hour"),
        ("The limit is 100 km/h.", "100 km/h", "100", "Kilometer per hour"),
        ("Winds reached 45 mph.", "45 mph", "45", "Mile per hour"),
        ("It moves at 5 meters per second.", "5 meters per second", "5", "Meter per second"),
        ("a speed of 30 kilometres per hour", "30 kilometres per hour", "30", "Kilometer per hour"),
        ("The town is a six-mile drive.", "six-mile", "6", "Mile"),
        ("a three-ton truck", "three-ton", "3", "Ton"),
        ("a 12-foot boat", "12-foot", "12", "Foot"),
        ("a 500-acre farm", "500-acre", "500", "Acre"),
        ("The plot is 20 hectares.", "20 hectares", "20", "Hectare"),
        ("It covers 3,000 square miles.", "3,000 square miles", "3000", "Square mile"),
        ("a room of 25 square feet", "25 square feet", "25", "Square foot"),
        ("The tank holds 50 gallons.", "50 gallons", "50", "Gallon"),
        ("output of 60 mln barrels", "60 mln barrels", "60000000", "Barrel"),
        ("he weighs 180 pounds", "180 pounds", "180", "Pound"),
        ("a 2-ounce serving", "2-ounce", "2", "Ounce"),
        ("The river is 4 km wide.", "4 km", "4", "Kilometer"),
        ("Cut a 30 cm strip.", "30 cm", "30", "Centimeter"),
        ("It is 6 inches long.", "6 inches", "6", "Inch"),
        ("They walked 3 yards.", "3 yards", "3", "Yard"),
        ("Rotate it 90 degrees.", "90 degrees", "90", "Degree"),
        ("a 5-kilometre race", "5-kilometre", "5", "Kilometer"),
        ("production of 2.5 mln tonnes", "2.5 mln tonnes", "2500000", "Metric ton"),
        ("The flat has 40 sq. feet of storage.", "40 sq. feet", "40", "Square foot"),
        ("a 2,000-square-foot house", "2,000-square-foot", "2000", "Square foot"),
        ("It holds 2 quarts of milk.", "2 quarts", "2", "Quart"),
        ("The pass went 30 yds downfield.", "30 yds", "30", "Yard"),
        ("It sent 8 Mbit of data.", "8 Mbit", "8", "Megabit"),
        ("They harvested 60 mln acres of wheat.", "60 mln acres", "60000000", "Acre"),
    ]:
        add("Dimension", text, (span, "dimension", value, unit))


def temperature_probes():
    for text, span, value, unit in [
        ("It was 40 °C in Seville.", "40 °C", "40", "C"),
        ("Water boils at 212°F.", "212°F", "212", "F"),
        ("Lows of -5°C are likely.", "-5°C", "-5", "C"),
        ("Heat it to 180 degrees Celsius.", "180 degrees Celsius", "180", "C"),
        ("Body heat is 98.6 degrees Fahrenheit.", "98.6 degrees Fahrenheit", "98.6", "F"),
        ("Cool it to 77 kelvin.", "77 kelvin", "77", "K"),
        ("It hit thirty degrees Celsius.", "thirty degrees Celsius", "30", "C"),
        ("A low of minus 10 degrees Celsius", "minus 10 degrees Celsius", "-10", "C"),
        ("Set the oven to 350 degrees F.", "350 degrees F", "350", "F"),
        ("Bake at 200 deg C.", "200 deg C", "200", "C"),
        ("It was 15 degrees centigrade.", "15 degrees centigrade", "15", "C"),
        ("The high will be 25 C tomorrow.", "25 C", "25", "C"),
        ("Readings of 300 K were taken.", "300 K", "300", "K"),
        ("It is 72 degrees outside.", "72 degrees", "72", "Degree"),
        ("Expect 20ºC at noon.", "20ºC", "20", "C"),
        ("Lows near 14˚C are due.", "14˚C", "14", "C"),
        ("It was 40°C.", "40°C", "40", "C"),
        ("It dropped to -40 degrees F.", "-40 degrees F", "-40", "F"),
        ("Heat it to 90 deg C.", "90 deg C", "90", "C"),
        ("The forecast is 31 ° C.", "31 ° C", "31", "C"),
    ]:
        add("Temperature", text, (span, "temperature", value, unit))


def age_probes():
    for text, span, value, unit in [
        ("She is 35 years old.", "35 years old", "35", "Year"),
        ("A 42-year-old man was arrested.", "42-year-old", "42", "Year"),
        ("The baby is six months old.", "six months old", "6", "Month"),
        ("a three-month-old puppy", "three-month-old", "3", "Month"),
        ("The calf is 10 days old.", "10 days old", "10", "Day"),
        ("a four-week-old kitten", "four-week-old", "4", "Week"),
        ("He retired at 65 years of age.", "65 years of age", "65", "Year"),
        ("The tree is a hundred years old.", "a hundred years old", "100", "Year"),
        ("My son is two and a half years old.", "two and a half years old", "2.5", "Year"),
        ("The child is three-and-a-half years old.", "three-and-a-half years old", "3.5", "Year"),
        ("a 7-year-old girl", "7-year-old", "7", "Year"),
        ("THE 80-YEAR-OLD LEADER RESIGNED", "80-YEAR-OLD", "80", "Year"),
        ("a twenty-one-year-old student", "twenty-one-year-old", "21", "Year"),
    ]:
        add("Age", text, (span, "age", value, unit))


def write(folder, suffix):
    """Writes each model's cases to `folder/<Model>Model<suffix>`, printing the counts."""
    os.makedirs(folder, exist_ok=True)
    for model, cases in FILES.items():
        with open(os.path.join(folder, f"{model}Model{suffix}"), "w", encoding="utf-8") as out:
            json.dump(cases, out, ensure_ascii=False, indent=1)
            out.write("\n")
        print(model, len(cases))
    print("all", sum(len(cases) for cases in FILES.values()))


def main():
    number_probes()
    range_probes()
    percent_probes()
    currency_probes()
    dimension_probes()
    temperature_probes()
    age_probes()
    write(OUT, ".probes.json")


if __name__ == "__main__":
    main()
