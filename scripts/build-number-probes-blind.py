#!/usr/bin/env python3
"""Writes the numbers stage's blind probe files, Tests/GlossNumbersTests/Probes/Blind/<Model>Model.json.

A second probe set for issue 18, written in one sitting before the stage was run on any of
it (numbers6): the same phenomena as `build-number-probes.py` (notation, words, adjectival
quantities, currency tables with ISO 4217/CLDR names and historic currencies, SI prefixes,
data sizes, compound units, comparators, percentages, temperatures, ages), phrased as news
writes them and in forms the first set does not use (other numbers, units, word orders,
sentence frames, capitalisation). The expectations follow the Recognizers-Text conventions as
the first set does, and Gloss's own convention that a range includes both ends. The first
score of these files on the unchanged stage is the honest estimate of held-out behaviour;
cases are not edited after a failure is seen. Run from the repository root:

    python3 scripts/build-number-probes-blind.py
"""
import importlib.util
import os
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("probes", os.path.join(HERE, "build-number-probes.py"))
probes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probes)
add, dec, exact_decimal = probes.add, probes.dec, probes.exact_decimal

OUT = os.path.join("Tests", "GlossNumbersTests", "Probes", "Blind")


def one(model, kind, cases):
    """Cases with a single expected result: (text, span, value[, unit])."""
    for case in cases:
        text, span, value = case[:3]
        unit = case[3] if len(case) > 3 else None
        add(model, text, (span, kind, value, unit))


def number_probes():
    sci = lambda m, p: exact_decimal(Fraction(m) * Fraction(10) ** p)
    one("Number", "number", [
        # notation: exponents, signs, times signs, a superscript flattened out of HTML, three digits
        ("Avogadro's figure, 6.022E23, is large.", "6.022E23", sci("6.022", 23)),
        ("A density of 2.7e+3 was recorded.", "2.7e+3", "2700"),
        ("The error fell to 5E-7 after tuning.", "5E-7", sci("5", -7)),
        ("The count reached 4.4 × 10^5 by May.", "4.4 × 10^5", "440000"),
        ("Labs reported 8.1X10^4 cells.", "8.1X10^4", "81000"),
        ("A googol is 1e100.", "1e100", sci("1", 100)),
        ("The survey found 2.5e12 particles.", "2.5e12", "2500000000000"),
        ("Its charge is 1.6 × 10-19 in those units.", "1.6 × 10-19", sci("1.6", -19)),
        ("The ratio was 2.5 x 10-7 in the trial.", "2.5 x 10-7", sci("2.5", -7)),
        ("There are 2^16 combinations.", "2^16", "65536"),
        ("MEASURED AT 3.3E-5 OVERALL", "3.3E-5", sci("3.3", -5)),
        # magnitude suffixes
        ("The group lost 12.5bn last year.", "12.5bn", "12500000000"),
        ("Exports totalled 3.2 Bn in the year.", "3.2 Bn", "3200000000"),
        ("a budget of 40K for the team", "40K", "40000"),
        ("Debt stood at 1.1 tln.", "1.1 tln", "1100000000000"),
        ("An estimated 9 mln people were affected.", "9 mln", "9000000"),
        ("Sales were 750 mn in the quarter.", "750 mn", "750000000"),
        ("Reserves rose to 2.25 BLN.", "2.25 BLN", "2250000000"),
        ("Some 600 thousand people fled.", "600 thousand", "600000"),
        ("Assets hit 4.8 Tn, a record.", "4.8 Tn", "4800000000000"),
        ("Viewers: 1.3M for the final.", "1.3M", "1300000"),
        # grouping by spaces, dots with a decimal comma, apostrophes
        ("The census counted 8 765 432 residents.", "8 765 432", "8765432"),
        ("The bill came to 3.456.789,12 in all.", "3.456.789,12", "3456789.12"),
        ("A fee of 9'999 was charged.", "9'999", "9999"),
        ("A crowd of 45 000 filled the stadium.", "45 000", "45000"),
        ("It weighed 250.000,75 on the scale.", "250.000,75", "250000.75"),
        # pre-tokenised text
        ("shares fell to 12 . 5 in heavy trading .", "12 . 5", "12.5"),
        # point decimals
        ("the figure was seven hundred point five", "seven hundred point five", "700.5"),
        ("Inflation ran at four point zero six.", "four point zero six", "4.06"),
        ("It read one thousand point two five.", "one thousand point two five", "1000.25"),
        # spelled fractions, compound ordinals, plurals
        ("Three fifths of the land is farmed.", "Three fifths", "0.6"),
        ("He owns five eighths of the firm.", "five eighths", "0.625"),
        ("About seven twelfths of members agreed.", "seven twelfths", dec(Fraction(7, 12))),
        ("They kept two sevenths of it.", "two sevenths", dec(Fraction(2, 7))),
        ("It rose eleven sixteenths.", "eleven sixteenths", "0.6875"),
        ("Nineteen twentieths of the seats went to them.", "Nineteen twentieths", "0.95"),
        ("A fortieth of the budget went on audits.", "A fortieth", "0.025"),
        ("It shrank by one hundredth.", "one hundredth", "0.01"),
        ("Three thirty-seconds of an inch is small.", "Three thirty-seconds", "0.09375"),
        ("She gave one twenty-fifth to charity.", "one twenty-fifth", "0.04"),
        ("The bond rose one and three eighths.", "one and three eighths", "1.375"),
        ("nine tenths of the water is fresh", "nine tenths", "0.9"),
        # out of, in, over
        ("Seven out of 10 voters backed the plan.", "Seven out of 10", "0.7"),
        ("Four in ten firms expect cuts.", "Four in ten", "0.4"),
        ("nineteen out of twenty passed", "nineteen out of twenty", "0.95"),
        ("The ratio is 5 over 8.", "5 over 8", "0.625"),
        ("1 out of 4 children is affected.", "1 out of 4", "0.25"),
        # dozens
        ("The bakery sold three dozen loaves.", "three dozen", "36"),
        ("She bought a dozen roses.", "a dozen", "12"),
        ("They shipped five dozens crates.", "five dozens", "60"),
        ("Half a dozen ministers resigned.", "Half a dozen", "6"),
        # numbers chained with and
        ("The year has three hundred and sixty-five days.", "three hundred and sixty-five", "365"),
        ("Debts reached one million and fifty.", "one million and fifty", "1000050"),
        ("Wait nine and a quarter hours.", "nine and a quarter", "9.25"),
        # plain words and digits in news frames, any case
        ("Thirty-Two miners were rescued.", "Thirty-Two", "32"),
        ("FORTY-FIVE PEOPLE DIED IN THE CRASH", "FORTY-FIVE", "45"),
        ("A hundred protesters gathered.", "A hundred", "100"),
        ("The fund reached 1,000,000 donors.", "1,000,000", "1000000"),
        ("Rates fell to minus 40 overnight.", "minus 40", "-40"),
        ("The index lost -4.5 on Monday.", "-4.5", "-4.5"),
        ("seventeen thousand four hundred and two votes were cast", "seventeen thousand four hundred and two", "17402"),
        ("The loss was 2.3 million.", "2.3 million", "2300000"),
        ("Some 0.75 of the samples matched.", "0.75", "0.75"),
        ("It took eighty-eight days.", "eighty-eight", "88"),
        ("Nearly 2.5 billion tickets were sold.", "2.5 billion", "2500000000"),
        ("a quarter of a million people", "a quarter of a million", "250000"),
    ])
    add("Number", "Pick seven and eight for the final.", ("seven", "number", "7", None), ("eight", "number", "8", None))
    add("Number", "They rated each other highly.")
    add("Number", "Results for coming quarters look weak.")
    add("Number", "Police found 3 guns and 12 knives.", ("3", "number", "3", None), ("12", "number", "12", None))


def range_probes():
    one("NumberRange", "numberrange", [
        ("Officials said more than 300 jobs would go.", "more than 300", "(300,)"),
        ("Fewer than eighteen teams entered.", "Fewer than eighteen", "(,18)"),
        ("No fewer than 60 ships were seen.", "No fewer than 60", "[60,)"),
        ("The plan needs at least 1,200 signatures.", "at least 1,200", "[1200,)"),
        ("Loans of up to 75 were offered.", "up to 75", "(,75]"),
        ("Each pupil may bring at most twelve.", "at most twelve", "(,12]"),
        ("The cap is not more than 9 per day.", "not more than 9", "(,9]"),
        ("no more than 45 guests are allowed", "no more than 45", "(,45]"),
        ("Scores greater than or equal to 15 pass.", "greater than or equal to 15", "[15,)"),
        ("Values less than or equal to 8 fail.", "less than or equal to 8", "(,8]"),
        ("Groups equal to or more than 100 qualify.", "equal to or more than 100", "[100,)"),
        ("Fees equal to or less than 30 are waived.", "equal to or less than 30", "(,30]"),
        ("Readings higher than 70 were flagged.", "higher than 70", "(70,)"),
        ("Bids lower than 40 were rejected.", "lower than 40", "(,40)"),
        ("Towns larger than 1000 get a grant.", "larger than 1000", "(1000,)"),
        ("Parcels smaller than 2 ship free.", "smaller than 2", "(,2)"),
        ("Orders bigger than 5 need approval.", "bigger than 5", "(5,)"),
        ("Prices above 80 drew buyers.", "above 80", "(80,)"),
        ("The count stayed below 10 all week.", "below 10", "(,10)"),
        ("Over 1,500 people attended the rally.", "Over 1,500", "(1500,)"),
        ("Children under 12 travel free.", "under 12", "(,12)"),
        ("Claims in excess of 2,000 were paid.", "in excess of 2,000", "(2000,)"),
        ("Teams of 50 or more must register.", "50 or more", "[50,)"),
        ("Classes of 20 or fewer are ideal.", "20 or fewer", "(,20]"),
        ("Patients 40 or above were tested.", "40 or above", "[40,)"),
        ("Grades of 10 or below fail.", "10 or below", "(,10]"),
        ("Firms with 3 or less staff are exempt.", "3 or less", "(,3]"),
        ("Bids of 100 and above are welcome.", "100 and above", "[100,)"),
        ("Scores of 5 and below are low.", "5 and below", "(,5]"),
        ("Players 18 and over may enter.", "18 and over", "[18,)"),
        ("Values >50 were dropped.", ">50", "(50,)"),
        ("Keep it <= 7 at all times.", "<= 7", "(,7]"),
        ("Ratings ≥ 90 are rare.", "≥ 90", "[90,)"),
        ("Levels ≤ 3 are safe.", "≤ 3", "(,3]"),
        ("AT LEAST 40 HURT IN BLAST", "AT LEAST 40", "[40,)"),
        ("More Than 200 Flights Cancelled", "More Than 200", "(200,)"),
        ("Attendance was no less than five thousand.", "no less than five thousand", "[5000,)"),
        ("The vote needs a minimum of 60.", "a minimum of 60", "[60,)"),
        ("The hall holds a maximum of 400.", "a maximum of 400", "(,400]"),
        # ranges
        ("Prices between 15 and 25 are typical.", "between 15 and 25", "[15,25]"),
        ("Output grew from 100 to 200 a day.", "from 100 to 200", "[100,200]"),
        ("Crowds of 50–60 gathered.", "50–60", "[50,60]"),
        ("Between five and ten boats sank.", "Between five and ten", "[5,10]"),
        ("Salaries range from 2,000 to 3,000.", "from 2,000 to 3,000", "[2000,3000]"),
        ("They sold 1,000-2,000 units.", "1,000-2,000", "[1000,2000]"),
        ("He expects twenty to thirty arrests.", "twenty to thirty", "[20,30]"),
        # half-open and two-sided bounds
        ("Sizes more than 10 but less than 20 fit.", "more than 10 but less than 20", "(10,20)"),
        ("Use at least 3 and at most 8 of them.", "at least 3 and at most 8", "[3,8]"),
        ("Aim for greater than 5 and less than or equal to 9.", "greater than 5 and less than or equal to 9", "(5,9]"),
    ])
    add("NumberRange", "Two in five adults vote.")
    add("NumberRange", "Sales were above 1986 levels.")


def percent_probes():
    one("Percent", "percentage", [
        ("Turnout was 12.5 per cent.", "12.5 per cent", "12.5%"),
        ("Eighty percent of homes lost power.", "Eighty percent", "80%"),
        ("Growth slowed to 0.5pc.", "0.5pc", "0.5%"),
        ("The party gained 15 percentage points.", "15 percentage points", "15%"),
        ("Forty-two percent said yes.", "Forty-two percent", "42%"),
        ("It is 100% owned by the state.", "100%", "100%"),
        ("Uptime was 99.9 % last year.", "99.9 %", "99.9%"),
        ("Rates Rise 6 Per Cent", "6 Per Cent", "6%"),
        ("INFLATION AT 7.25 PCT", "7.25 PCT", "7.25%"),
        ("Prices fell -0.4% in May.", "-0.4%", "-0.4%"),
        ("the rate was 9 pct in january", "9 pct", "9%"),
        ("Yields reached 1.75 percent.", "1.75 percent", "1.75%"),
        ("a three percent rise", "three percent", "3%"),
        ("Its share fell to sixty-six per cent.", "sixty-six per cent", "66%"),
        ("The fee is 0.25%.", "0.25%", "0.25%"),
        ("Support stands at 48 Percent.", "48 Percent", "48%"),
        ("a 2.5-percent increase", "2.5-percent", "2.5%"),
        ("Unemployment hit 10 per cent, a record.", "10 per cent", "10%"),
        ("It owns a 51% stake.", "51%", "51%"),
        ("a cut of half a percentage point", "half a percentage point", "0.5%"),
        ("Stocks lost 3.1pct on Friday.", "3.1pct", "3.1%"),
        ("one hundred percent of the vote", "one hundred percent", "100%"),
        ("Rents rose 7 percent from a year earlier.", "7 percent", "7%"),
        ("Margins were 14.2 pc.", "14.2 pc", "14.2%"),
    ])


def currency_probes():
    one("Currency", "currency", [
        # ISO codes before and after, CLDR names and plurals
        ("The visa costs CZK 1,200 at the border.", "CZK 1,200", "1200", "Czech koruna"),
        ("Tolls rose to 5,000 HUF per car.", "5,000 HUF", "5000", "Hungarian forint"),
        ("A taxi ride is IDR 75,000 there.", "IDR 75,000", "75000", "Indonesian rupiah"),
        ("The bill was 4,500 EUR in total.", "4,500 EUR", "4500", "Euro"),
        ("Lunch costs CHF 12.50 in Geneva.", "CHF 12.50", "12.5", "Swiss franc"),
        ("He paid USD 900 for the permit.", "USD 900", "900", "United States dollar"),
        ("Tickets are GBP 45 each.", "GBP 45", "45", "British pound"),
        ("The fine was 300 SEK.", "300 SEK", "300", "Swedish krona"),
        ("A room is INR 2,500 a night.", "INR 2,500", "2500", "Indian rupee"),
        ("Fares rose to 85 PLN.", "85 PLN", "85", "Polish zloty"),
        ("They raised 10 billion Pakistani rupees.", "10 billion Pakistani rupees", "10000000000", "Pakistani rupee"),
        ("The deal was worth 3 billion Saudi riyals.", "3 billion Saudi riyals", "3000000000", "Saudi riyal"),
        ("It cost 200 Malaysian ringgit.", "200 Malaysian ringgit", "200", "Malaysian ringgit"),
        ("Wages rose to 90,000 Argentine pesos.", "90,000 Argentine pesos", "90000", "Argentine peso"),
        ("Prices hit 1,000 Ukrainian hryvnias.", "1,000 Ukrainian hryvnias", "1000", "Ukrainian hryvnia"),
        ("She earned 500 Chilean pesos an hour.", "500 Chilean pesos", "500", "Chilean peso"),
        ("The grant was 40 million Hungarian forints.", "40 million Hungarian forints", "40000000", "Hungarian forint"),
        ("a sum of 25,000 Czech korunas", "25,000 Czech korunas", "25000", "Czech koruna"),
        ("Bread costs 60 Bangladeshi taka.", "60 Bangladeshi taka", "60", "Bangladeshi taka"),
        ("The fee is 7 Qatari riyals.", "7 Qatari riyals", "7", "Qatari riyal"),
        ("It sold for 2 million South African rand.", "2 million South African rand", "2000000", "South African rand"),
        ("He won 50,000 Norwegian kroner.", "50,000 Norwegian kroner", "50000", "Norwegian krone"),
        ("Rent is 8,000 Mexican pesos.", "8,000 Mexican pesos", "8000", "Mexican peso"),
        # signs before and after, fused and spaced
        ("It costs ₴200 in Kyiv.", "₴200", "200", "Ukrainian hryvnia"),
        ("A meal is ₸5,000 in Almaty.", "₸5,000", "5000", "Kazakhstani tenge"),
        ("Fares start at ₦1,500.", "₦1,500", "1500", "Nigerian naira"),
        ("A kilo of rice costs 30 ₱.", "30 ₱", "30", "Philippine peso"),
        ("Coffee costs ₫45,000 in Hanoi.", "₫45,000", "45000", "Vietnamese dong"),
        ("The bus fare is 6 ₪.", "6 ₪", "6", "Israeli new shekel"),
        ("Tea costs ₹15 at the station.", "₹15", "15", "Indian rupee"),
        ("Fines of ₩100,000 apply.", "₩100,000", "100000", "South Korean won"),
        ("The ticket was ₺250.", "₺250", "250", "Turkish lira"),
        ("A ride costs ₽60.", "₽60", "60", "Russian ruble"),
        ("They paid £850m for the club.", "£850m", "850000000", "Pound"),
        ("The bonus was €750,000.", "€750,000", "750000", "Euro"),
        ("He spent $4.5 billion on it.", "$4.5 billion", "4500000000", "Dollar"),
        ("The stake cost C$2.5 million.", "C$2.5 million", "2500000", "Canadian dollar"),
        ("A ticket is A$500.", "A$500", "500", "Australian dollar"),
        ("Rents reach HK$1,000 a day.", "HK$1,000", "1000", "Hong Kong dollar"),
        ("It sells for S$20 in Singapore.", "S$20", "20", "Singapore dollar"),
        ("The fine was NZ$75.", "NZ$75", "75", "New Zealand dollar"),
        ("A book costs R$10 in Sao Paulo.", "R$10", "10", "Brazilian real"),
        ("The debt is €1.2bn.", "€1.2bn", "1200000000", "Euro"),
        ("Revenue hit $300K.", "$300K", "300000", "Dollar"),
        ("It raised £2 billion.", "£2 billion", "2000000000", "Pound"),
        # words and wire forms
        ("She paid five hundred dollars.", "five hundred dollars", "500", "Dollar"),
        ("They won two million euros.", "two million euros", "2000000", "Euro"),
        ("He owes a thousand pounds.", "a thousand pounds", "1000", "Pound"),
        ("It costs ninety-nine cents.", "ninety-nine cents", "99", "Cent"),
        ("Net profit was 12 mln dlrs.", "12 mln dlrs", "12000000", "Dollar"),
        ("The bid was 4.5 billion Swiss francs.", "4.5 billion Swiss francs", "4500000000", "Swiss franc"),
        ("Sales were 300 mln yen.", "300 mln yen", "300000000", "Japanese yen"),
        ("Shares fell 75 pence.", "75 pence", "75", "Pence"),
        ("NET LOSS 7.4 MLN DLRS VS PROFIT", "7.4 MLN DLRS", "7400000", "Dollar"),
        ("The stock closed at 50 cents.", "50 cents", "50", "Cent"),
        ("They paid 15 dollars a share.", "15 dollars", "15", "Dollar"),
        ("It earned 800 mln Canadian dlrs.", "800 mln Canadian dlrs", "800000000", "Canadian dollar"),
        # adjectival
        ("A 50-cent coin was minted.", "50-cent", "50", "Cent"),
        ("He found a ten-dollar bill.", "ten-dollar", "10", "Dollar"),
        ("a 100-euro note", "100-euro", "100", "Euro"),
        # historic currencies
        ("In 1990 it cost 1,000 Deutschmarks.", "1,000 Deutschmarks", "1000", "German mark"),
        ("The fare was 20 Irish punts.", "20 Irish punts", "20", "Irish pound"),
        ("A loaf cost 10 Finnish marks.", "10 Finnish marks", "10", "Finnish markka"),
        ("Rent was 5,000 Slovak korunas.", "5,000 Slovak korunas", "5000", "Slovak koruna"),
        ("The fine was 500 Estonian kroons.", "500 Estonian kroons", "500", "Estonian kroon"),
        ("Wages were 300 Latvian lats.", "300 Latvian lats", "300", "Latvian lats"),
        ("A car cost 40,000 Lithuanian litai.", "40,000 Lithuanian litai", "40000", "Lithuanian litas"),
        ("It cost 900 Slovenian tolars.", "900 Slovenian tolars", "900", "Slovenian tolar"),
        ("The price was 2 million Italian lire.", "2 million Italian lire", "2000000", "Italian lira"),
        ("The fee was 100 Dutch guilders.", "100 Dutch guilders", "100", "Netherlands guilder"),
        ("They paid 1,500 Spanish pesetas.", "1,500 Spanish pesetas", "1500", "Spanish peseta"),
        ("a bill of 60 French francs", "60 French francs", "60", "French franc"),
    ])


def dimension_probes():
    one("Dimension", "dimension", [
        # SI prefixes by name and symbol
        ("Each pill holds 250 mg of the drug.", "250 mg", "250", "Milligram"),
        ("The chips use 15 nanometres features.", "15 nanometres", "15", "Nanometer"),
        ("The cells are 3 micrometres wide.", "3 micrometres", "3", "Micrometer"),
        ("Rain of 0.5 mm fell.", "0.5 mm", "0.5", "Millimeter"),
        ("He is 1.8 metres tall.", "1.8 metres", "1.8", "Meter"),
        ("The marathon is 42.195 km long.", "42.195 km", "42.195", "Kilometer"),
        ("Pour 750 ml of water.", "750 ml", "750", "Milliliter"),
        ("Drink 2 litres a day.", "2 litres", "2", "Liter"),
        ("The bag weighs 500 kg.", "500 kg", "500", "Kilogram"),
        ("a dose of 40 micrograms", "40 micrograms", "40", "Microgram"),
        ("The tank held 20 kilolitres.", "20 kilolitres", "20", "Kiloliter"),
        ("Add 5 centilitres of gin.", "5 centilitres", "5", "Centiliter"),
        ("The road is 300 kilometers long.", "300 kilometers", "300", "Kilometer"),
        ("It was 8 millimetres thick.", "8 millimetres", "8", "Millimeter"),
        ("Each grain weighs 2 milligrams.", "2 milligrams", "2", "Milligram"),
        ("The wire is 0.2 mm thick.", "0.2 mm", "0.2", "Millimeter"),
        ("It lies 12 cm below.", "12 cm", "12", "Centimeter"),
        # weights and imperial
        ("The catch was 3.5 tonnes.", "3.5 tonnes", "3.5", "Metric ton"),
        ("Each can holds 12 ounces.", "12 ounces", "12", "Ounce"),
        ("The baby weighed 6 lbs.", "6 lbs", "6", "Pound"),
        ("It weighs 2 tons.", "2 tons", "2", "Ton"),
        ("The pipe is 10 feet long.", "10 feet", "10", "Foot"),
        ("He ran 400 yards.", "400 yards", "400", "Yard"),
        ("Snow of 8 inches fell.", "8 inches", "8", "Inch"),
        ("The trail runs 26 miles.", "26 miles", "26", "Mile"),
        # data sizes
        ("The drive holds 1 TB.", "1 TB", "1", "Terabyte"),
        ("Phones ship with 256 GB.", "256 GB", "256", "Gigabyte"),
        ("The image is 64 KB.", "64 KB", "64", "Kilobyte"),
        ("It stores 8 bits per cell.", "8 bits", "8", "Bit"),
        ("Each field is 2 bytes.", "2 bytes", "2", "Byte"),
        ("The plan offers 100 megabits.", "100 megabits", "100", "Megabit"),
        ("The archive is 3 gigabytes.", "3 gigabytes", "3", "Gigabyte"),
        ("The file was 20 kilobytes.", "20 kilobytes", "20", "Kilobyte"),
        ("The backup is 5 terabytes.", "5 terabytes", "5", "Terabyte"),
        # compound units
        ("Trains run at 90 km/h there.", "90 km/h", "90", "Kilometer per hour"),
        ("The limit is 30 mph in town.", "30 mph", "30", "Mile per hour"),
        ("He drove 55 miles per hour.", "55 miles per hour", "55", "Mile per hour"),
        ("Sound travels at 340 m/s.", "340 m/s", "340", "Meter per second"),
        ("The train hit 300 kilometres an hour.", "300 kilometres an hour", "300", "Kilometer per hour"),
        ("Gusts of 120 km per hour hit the coast.", "120 km per hour", "120", "Kilometer per hour"),
        ("The ship made 12 knots.", "12 knots", "12", "Knot"),
        # areas and volumes
        ("The flat has 150 square metres.", "150 square metres", "150", "Square meter"),
        ("The park covers 2.4 sq km.", "2.4 sq km", "2.4", "Square kilometer"),
        ("Fire burned 5,000 hectares.", "5,000 hectares", "5000", "Hectare"),
        ("They bought 40 acres.", "40 acres", "40", "Acre"),
        ("The office is 120 sq ft.", "120 sq ft", "120", "Square foot"),
        ("The pool holds 3 cubic metres.", "3 cubic metres", "3", "Cubic meter"),
        ("The shed holds 20 cu ft.", "20 cu ft", "20", "Cubic foot"),
        ("Output rose to 1,000 barrels a day.", "1,000 barrels", "1000", "Barrel"),
        ("The tank holds 5 gallons.", "5 gallons", "5", "Gallon"),
        ("It covers 600 square kilometres.", "600 square kilometres", "600", "Square kilometer"),
        ("The farm spans 300 square miles.", "300 square miles", "300", "Square mile"),
        # adjectival
        ("A 40-foot container fell.", "40-foot", "40", "Foot"),
        ("They built a 10-kilometre road.", "10-kilometre", "10", "Kilometer"),
        ("He carried a 5-pound bag.", "5-pound", "5", "Pound"),
        ("She won the 200-metre sprint.", "200-metre", "200", "Meter"),
        ("a 2-litre bottle", "2-litre", "2", "Liter"),
        ("a 100-acre site", "100-acre", "100", "Acre"),
        ("A 30-tonne truck crashed.", "30-tonne", "30", "Metric ton"),
        ("a two-mile walk", "two-mile", "2", "Mile"),
        ("a four-inch blade", "four-inch", "4", "Inch"),
        ("an eight-ounce cup", "eight-ounce", "8", "Ounce"),
        ("a 500-kilogram bomb", "500-kilogram", "500", "Kilogram"),
        # angles
        ("Turn it 45 degrees.", "45 degrees", "45", "Degree"),
    ])


def temperature_probes():
    one("Temperature", "temperature", [
        ("It was 28 degrees Celsius in Rome.", "28 degrees Celsius", "28", "C"),
        ("The low was 104 °F.", "104 °F", "104", "F"),
        ("His fever hit 37.5°C.", "37.5°C", "37.5", "C"),
        ("Expect 20 degrees C by noon.", "20 degrees C", "20", "C"),
        ("Temperatures will reach 35 C on Friday.", "35 C", "35", "C"),
        ("The metal was cooled to 77 K in the lab.", "77 K", "77", "K"),
        ("Water freezes at 0 °C.", "0 °C", "0", "C"),
        ("The sample sat at 273 kelvin.", "273 kelvin", "273", "K"),
        ("It felt like sixty degrees Fahrenheit.", "sixty degrees Fahrenheit", "60", "F"),
        ("Bake it at 450 deg F for an hour.", "450 deg F", "450", "F"),
        ("It fell to -40 degrees Celsius.", "-40 degrees Celsius", "-40", "C"),
        ("A high of 31 degrees is forecast.", "31 degrees", "31", "Degree"),
        ("Lows of minus 15 degrees Celsius hit Moscow.", "minus 15 degrees Celsius", "-15", "C"),
        ("HEAT WAVE: 45 DEGREES CELSIUS IN DELHI", "45 DEGREES CELSIUS", "45", "C"),
        ("Ovens reach 500 degrees Fahrenheit.", "500 degrees Fahrenheit", "500", "F"),
        ("It is 22 ºC inside.", "22 ºC", "22", "C"),
        ("Highs near 95 F are likely this week.", "95 F", "95", "F"),
        ("The room was a steady 21 degrees centigrade.", "21 degrees centigrade", "21", "C"),
        ("Nights dropped to -12°C.", "-12°C", "-12", "C"),
        ("It was 5 degrees F colder.", "5 degrees F", "5", "F"),
    ])


def age_probes():
    one("Age", "age", [
        ("A 19-year-old was charged.", "19-year-old", "19", "Year"),
        ("The 65-year-old chairman resigned.", "65-year-old", "65", "Year"),
        ("The twins are 8 months old.", "8 months old", "8", "Month"),
        ("a six-week-old baby", "six-week-old", "6", "Week"),
        ("Her son is three years old.", "three years old", "3", "Year"),
        ("a 2-day-old calf", "2-day-old", "2", "Day"),
        ("He was 71 years of age.", "71 years of age", "71", "Year"),
        ("The boy is ten years old.", "ten years old", "10", "Year"),
        ("a five-year-old boy", "five-year-old", "5", "Year"),
        ("The girl is 18 months old.", "18 months old", "18", "Month"),
        ("A 104-year-old woman voted.", "104-year-old", "104", "Year"),
        ("The foal is 3 weeks old.", "3 weeks old", "3", "Week"),
        ("TWO-YEAR-OLD RESCUED FROM WELL", "TWO-YEAR-OLD", "2", "Year"),
        ("The puppy is nine weeks old.", "nine weeks old", "9", "Week"),
        ("a 14-month-old toddler", "14-month-old", "14", "Month"),
    ])


def main():
    probes.FILES.clear()
    number_probes()
    range_probes()
    percent_probes()
    currency_probes()
    dimension_probes()
    temperature_probes()
    age_probes()
    probes.write(OUT, ".json")


if __name__ == "__main__":
    main()
