#!/usr/bin/env python3
"""Differential check of the numbers stage against Microsoft Recognizers-Text (Python).

Generates phrases per phenomenon of the numbers stage (notation, number words, fractions,
dozens, adjectival compounds, every ISO 4217 currency from CLDR, SI prefixes, compound
units, comparators, temperatures, ages) and samples sentences from news corpora (Reuters
SGML bodies, RSS item titles and descriptions). Each phrase goes through the Recognizers-Text
models (number, ordinal, percentage, currency, dimension, temperature, age); their answers
are written as spec-shaped JSON files, one folder per phenomenon, and scored with
`gloss evaluate numbers`, so agreement is counted exactly as the spec scorer counts a pass.

The oracle is an independent implementation, not ground truth: read the disagreements
(--failures) and classify them before changing a rule.

Setup (PyPI; the 1.0.2a2 packages need emoji < 1.0, babel gives CLDR currency data):
    python3 -m venv /tmp/numbers-venv
    /tmp/numbers-venv/bin/pip install recognizers-text-suite 'emoji<1.0' babel
    /tmp/numbers-venv/bin/python scripts/numbers-oracle.py --gloss .build/release/gloss

Only the library is used; the packages ship no spec files, and none are read.
"""
import argparse
import glob
import html
import json
import os
import random
import re
import subprocess
import sys

MODELS = ["Number", "Ordinal", "Percent", "Currency", "Dimension", "Temperature", "Age"]


def recognizers():
    from recognizers_number import recognize_number, recognize_ordinal, recognize_percentage
    from recognizers_number_with_unit import (recognize_currency, recognize_dimension,
                                              recognize_temperature, recognize_age)
    return {"Number": recognize_number, "Ordinal": recognize_ordinal, "Percent": recognize_percentage,
            "Currency": recognize_currency, "Dimension": recognize_dimension,
            "Temperature": recognize_temperature, "Age": recognize_age}


# ---------------------------------------------------------------- phrases per phenomenon

UNITS_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {"one": "first", "two": "second", "three": "third", "four": "fourth", "five": "fifth",
       "six": "sixth", "seven": "seventh", "eight": "eighth", "nine": "ninth", "ten": "tenth",
       "eleven": "eleventh", "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth",
       "forty": "fortieth", "fifty": "fiftieth", "sixty": "sixtieth", "seventy": "seventieth",
       "eighty": "eightieth", "ninety": "ninetieth", "hundred": "hundredth", "thousand": "thousandth",
       "million": "millionth"}


def words(n):
    """English words for 0 < n < 1,000,000 (hyphenated tens)."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return words(head) + " thousand" + ((" " + words(rest)) if rest else "")
    if n >= 100:
        head, rest = divmod(n, 100)
        return UNITS_WORDS[head] + " hundred" + ((" " + words(rest)) if rest else "")
    if n >= 20:
        t, u = divmod(n, 10)
        return TENS[t] + ("-" + UNITS_WORDS[u] if u else "")
    if n >= 10:
        return TEENS[n - 10]
    return UNITS_WORDS[n]


def ordinal_words(n):
    w = words(n)
    last = re.split(r"([ -])", w)
    tail = last[-1]
    if tail in ORD:
        last[-1] = ORD[tail]
    elif tail.endswith("teen"):
        last[-1] = tail + "th"
    return "".join(last)


def notation(rng):
    out = []
    for mant, exp in [("1.5", "6"), ("2.3", "-4"), ("6.02", "23"), ("9", "+3"), ("4.7", "-12")]:
        out += [f"The value was {mant}e{exp} units.", f"It measured {mant}E{exp}.",
                f"They counted {mant}×10^{exp} cells.", f"They counted {mant}x10^{exp} cells.",
                f"It reached {mant} x 10^{exp}."]
    out += [f"The power was 10^{e}." for e in (3, 6, 9)] + ["It is 2^10 in all."]
    for n in ("5", "12", "3.5", "250"):
        for s in ("k", "K", "m", "M", "mn", "b", "bn", "bln", "t", "tn", "tln", "G", "T"):
            out.append(f"Sales rose to ${n}{s} last year.")
            out.append(f"The fund holds {n} {s} dollars.")
    out += ["The population is 1 234 567 people.", "It costs 1.234.567,89 euros.",
            "A total of 1'234'567 francs.", "He paid $ 254 million for it.",
            "The rate was 32 . 99 % in june.", "profit rose to 12.5 mln dlrs from 9.8 mln",
            "Shares closed at 1,234.50 yesterday.", "It fell by 0.75 percent.", "It grew .5 percent.",
            "A loss of -3.2 percent.", "A score of +4.5 points."]
    return out


def number_words(rng):
    out = []
    for _ in range(40):
        n = rng.randrange(1, 999999)
        out.append(f"They sold {words(n)} copies.")
    for a, b in [("two hundred", "zero three"), ("one", "five"), ("three", "one four one five"),
                 ("twelve", "seven five"), ("zero", "two five")]:
        out.append(f"It came to {a} point {b} percent.")
        out.append(f"The index was {a} point {b}.")
    for n in (101, 105, 250, 1999, 3020):
        w = words(n).replace(" hundred ", " hundred and ")
        out.append(f"There were {w} boats.")
    out += ["I have one hundred and twenty-five apples.", "one and two are numbers",
            "He ate three and then four more.", "a million people", "a hundred years",
            "one thousand two hundred and thirty-four", "twenty twenty-five", "a few dozen",
            "nine hundred ninety-nine thousand"]
    return out


def fractions(rng):
    out = []
    for num in (1, 2, 3, 5, 7, 11, 21):
        for den in (3, 4, 5, 8, 12, 20, 21, 32, 45, 100, 1000):
            if num >= den:
                continue
            o = ordinal_words(den)
            plural = o + "s" if num > 1 else o
            if den == 4:
                plural = "quarters" if num > 1 else "quarter"
            out.append(f"About {words(num)} {plural} of the votes.")
    out += [f"{words(a)} out of {words(b)} voters" for a, b in [(2, 3), (9, 10), (45, 100)]]
    out += [f"{a} out of {b} voters" for a, b in [(2, 3), (9, 10), (45, 100)]]
    out += ["one over four", "3 over 8", "1 in 5 people", "two in five children", "1/2 cup",
            "3 1/2 miles", "a half", "one and a half hours", "two and three quarters", "1 3/4",
            "half a million", "a quarter of a million", "three quarters of a mile"]
    return out


def dozens(rng):
    out = []
    for w in ("half a dozen", "a dozen", "two dozen", "two dozens", "three dozen eggs", "dozens of",
              "a half dozen", "five dozen roses", "10 dozen", "1.5 dozen"):
        out.append(f"They bought {w} eggs.")
    return out


def compounds(rng):
    out = []
    units = ["cent", "mile", "ton", "yen", "dollar", "pound", "meter", "kilometer", "foot", "inch",
             "hour", "day", "year", "minute", "acre", "gallon", "kilogram", "euro", "degree", "percent"]
    for u in units:
        for n in (1, 6, 12, 40, 100):
            w = words(n) if n % 2 == 0 else str(n)
            out.append(f"A {w}-{u} rise followed.")
    out += ["a 30-year-old man", "a five-year-old girl", "the 10-year bond", "a 2.5-mile walk"]
    return out


def currencies(rng):
    from babel import numbers as bn
    from babel.core import get_global
    out = []
    codes = sorted(c for c in get_global("all_currencies") if bn.is_currency(c))
    for code in codes:
        name = bn.get_currency_name(code, locale="en")
        plural = bn.get_currency_name(code, count=5, locale="en")
        sym = bn.get_currency_symbol(code, locale="en")
        out.append(f"It cost {rng.randint(2, 900)} {code} in all.")
        out.append(f"It cost {code} {rng.randint(2, 900)} in all.")
        out.append(f"It cost {rng.randint(2, 900)} {plural}.")
        out.append(f"It cost one {name}.")
        if sym != code:
            out.append(f"It cost {sym}{rng.randint(2, 900)}.")
    for s in "₾₭元₺₦₱₫₪€£¥₹₩₽":
        out.append(f"It cost {s}{rng.randint(2, 900)} or {s} {rng.randint(2, 900)}.")
    for w in ("francs", "marks", "lire", "pesetas", "markka", "escudos", "guilders", "drachmas",
              "schillings", "punts", "cents", "pence", "kopecks", "centimes", "pfennigs", "paise"):
        out.append(f"It cost {rng.randint(2, 900)} {w}.")
    out += ["it cost 12 dlrs", "a 5 mln stg loan", "850 mln yen", "2.5 billion marks", "US$ 5",
            "C$ 30", "A$ 12", "HK$ 8", "NT$ 40", "R$ 3", "S$ 15", "NZ$ 9", "Rs 500", "Rs. 200"]
    return out


SI = [("yotta", "Y"), ("zetta", "Z"), ("exa", "E"), ("peta", "P"), ("tera", "T"), ("giga", "G"),
      ("mega", "M"), ("kilo", "k"), ("hecto", "h"), ("deca", "da"), ("", ""), ("deci", "d"),
      ("centi", "c"), ("milli", "m"), ("micro", "μ"), ("micro", "µ"), ("nano", "n"), ("pico", "p"),
      ("femto", "f")]


def si_units(rng):
    out = []
    bases = [("meter", "m"), ("gram", "g"), ("liter", "l"), ("watt", "W"), ("second", "s"),
             ("joule", "J"), ("hertz", "Hz"), ("byte", "B"), ("bit", "b"), ("volt", "V")]
    for base, sym in bases:
        for name, p in SI:
            n = rng.randint(2, 90)
            plural = "" if base == "hertz" else "s"
            out.append(f"It is {n} {name}{base}{plural} long.")
            out.append(f"It is {n} {p}{sym} long.")
    out += ["a 5 kWh battery", "3 MWh a day", "40 GW of capacity", "12 tonnes", "5 kt", "2 Mt",
            "7 sq km", "9 square miles", "20 cubic meters", "3 m2", "4 km²", "15 cc", "500 ml"]
    return out


def compound_units(rng):
    out = []
    for n in (30, 60, 120):
        out += [f"It went {n} miles an hour.", f"It went {n} miles per hour.", f"It went {n} km/h.",
                f"It went {n} kph.", f"It went {n} mph.", f"It went {n} m/s.", f"It went {n} knots.",
                f"It went {n} kilometers per hour.", f"It flows {n} liters per second.",
                f"It costs {n} dollars per barrel.", f"{n} barrels per day", f"{n} bpd",
                f"{n} tonnes a year", f"{n} kg/m3", f"{n} gallons per minute"]
    return out


def comparators(rng):
    out = []
    forms = ["more than {}", "less than {}", "{} or more", "{} or less", "{} or fewer", "at most {}",
             "at least {}", "{} and above", "{} and below", "higher or equal than {}",
             "greater than or equal to {}", "no more than {}", "up to {}", "over {}", "under {}",
             "fewer than {}", "{} or greater", "equal to {}", "between {} and 90", "from {} to 90",
             "{} to 90", "{}-90", "{} percent or more", "more than {} dollars", "up to {} km"]
    for f in forms:
        n = rng.randint(2, 60)
        out.append("There were " + f.format(n) + " people.")
        out.append("There were " + f.format(words(n)) + " people.")
    return out


def temperatures(rng):
    out = []
    for f in ("{} degrees fahrenheit", "{} degrees celsius", "{}°C", "{} °F", "{} degrees", "{}C",
              "minus {} degrees", "-{} °C", "{} kelvin", "{} deg F", "{} degrees centigrade"):
        out.append("The temperature was " + f.format(rng.randint(2, 99)) + " today.")
    return out


def ages(rng):
    out = []
    for f in ("{} years old", "{}-year-old", "aged {}", "{} months old", "{} weeks old", "{} days old",
              "{} year old", "age {}", "in his {}s"):
        n = rng.randint(2, 90)
        out.append("The man, " + f.format(n) + ", left.")
        out.append("The man, " + f.format(words(n)) + ", left.")
    return out


PHENOMENA = {"notation": notation, "words": number_words, "fractions": fractions, "dozens": dozens,
             "compounds": compounds, "currencies": currencies, "si-units": si_units,
             "compound-units": compound_units, "comparators": comparators,
             "temperatures": temperatures, "ages": ages}


# ---------------------------------------------------------------- corpus sentences

NUMBER_WORD = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|"
                         r"quarter|percent)\b", re.I)


def sentences(text):
    for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", re.sub(r"\s+", " ", text)):
        s = s.strip()
        if 20 <= len(s) <= 300 and (re.search(r"\d", s) or NUMBER_WORD.search(s)):
            yield s


def corpus_sentences(corpora, kind, count, rng):
    found = []
    if kind == "reuters":
        for path in sorted(glob.glob(os.path.join(corpora, "reuters21578/sgml/*.sgm"))):
            raw = open(path, encoding="latin-1").read()
            for body in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S):
                body = re.sub(r"&#\d+;", " ", html.unescape(body.replace("&lt;", "<")))
                found.extend(sentences(body))
    else:
        seen = set()
        for path in sorted(glob.glob(os.path.join(corpora, "rss/*.xml"))):
            raw = open(path, encoding="utf-8", errors="replace").read()
            for item in re.findall(r"<(?:title|description)>(.*?)</(?:title|description)>", raw, re.S):
                item = re.sub(r"<[^>]+>", " ", html.unescape(re.sub(r"<!\[CDATA\[|\]\]>", "", item)))
                item = html.unescape(item)
                if item in seen:
                    continue
                seen.add(item)
                found.extend(sentences(item))
    found = sorted(set(found))
    rng.shuffle(found)
    return found[:count]


# ---------------------------------------------------------------- oracle and scoring

def oracle_specs(phrases, models):
    specs = {m: [] for m in MODELS}
    for phrase in phrases:
        for model, recognize in models.items():
            results = []
            for r in recognize(phrase, "en-us"):
                results.append({"Text": phrase[r.start:r.end + 1], "TypeName": r.type_name,
                                "Resolution": r.resolution, "Start": r.start, "End": r.end})
            specs[model].append({"Input": phrase, "Results": results})
    return specs


def score(gloss, directory, failures):
    files = [os.path.join(directory, f"{m}Model.json") for m in MODELS]
    args = [gloss, "evaluate", "numbers"] + files + (["--failures"] if failures else [])
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    rates = {}
    for line in text.splitlines():
        match = re.match(r"(.*?)/(\w+)Model\.json: (\d+)/(\d+) cases passed", line)
        if match:
            rates[match.group(2)] = (int(match.group(3)), int(match.group(4)))
    return rates, text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gloss", default=".build/release/gloss", help="the gloss binary to score")
    parser.add_argument("--out", default="/tmp/numbers-oracle", help="where the spec-shaped files go")
    parser.add_argument("--corpora", default="../shared/corpora", help="the shared corpora folder")
    parser.add_argument("--sentences", type=int, default=300, help="corpus sentences per corpus (0: none)")
    parser.add_argument("--seed", type=int, default=18, help="seed of the generated values and samples")
    parser.add_argument("--only", help="comma-separated phenomena (and reuters, rss) to run")
    parser.add_argument("--reuse", action="store_true", help="score the files already in --out, do not rerun the oracle")
    parser.add_argument("--failures", action="store_true", help="write each disagreement to OUT/PHENOMENON/failures.txt")
    options = parser.parse_args()

    groups = list(PHENOMENA) + (["reuters", "rss"] if options.sentences else [])
    if options.only:
        groups = [g for g in groups if g in options.only.split(",")]
    models = None if options.reuse else recognizers()
    totals = {m: [0, 0] for m in MODELS}
    print(f"{'phenomenon':16}" + "".join(f"{m:>13}" for m in MODELS))
    for group in groups:
        directory = os.path.join(options.out, group)
        if not options.reuse:
            rng = random.Random(f"{options.seed}-{group}")
            if group in PHENOMENA:
                phrases = PHENOMENA[group](rng)
            else:
                phrases = corpus_sentences(options.corpora, group, options.sentences, rng)
            os.makedirs(directory, exist_ok=True)
            for model, cases in oracle_specs(phrases, models).items():
                with open(os.path.join(directory, f"{model}Model.json"), "w") as out:
                    json.dump(cases, out, ensure_ascii=False, indent=1)
        rates, text = score(options.gloss, directory, options.failures)
        if options.failures:
            with open(os.path.join(directory, "failures.txt"), "w") as out:
                out.write(text)
        cells = []
        for m in MODELS:
            passed, cases = rates.get(m, (0, 0))
            totals[m][0] += passed
            totals[m][1] += cases
            cells.append(f"{passed:>5}/{cases:<4} " if cases else f"{'-':>13}")
        print(f"{group:16}" + "".join(f"{c:>13}" for c in cells))
    overall = [f"{100 * p / c:>12.1f}%" if c else f"{'-':>13}" for p, c in totals.values()]
    print(f"{'agreement':16}" + "".join(overall))
    all_p = sum(p for p, _ in totals.values())
    all_c = sum(c for _, c in totals.values())
    print(f"overall agreement: {all_p}/{all_c} ({100 * all_p / max(1, all_c):.1f}%)")


if __name__ == "__main__":
    sys.exit(main())
