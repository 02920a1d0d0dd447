#!/usr/bin/env python3
"""Writes the twenty-fourth probe set for issue 18, Tests/GlossNumbersTests/Probes/Ledgers/<Model>Model-<family>.json.

Written in one sitting by numbers31 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. The set's name is
what it leans on: the signs and marks a ledger writes beside its figures — a minus in words, a
sign or a bracket, a rank beside a count, a per mille or a basis point, a unit written as a compound
or hyphened before its noun. Weighted to what the twenty-three earlier sets hold least and to the
held-out models weakest when the issue was filed (NumberRange 56%, Percent 63%, Dimension 65%,
Number 69%). Counted over their 5,488 inputs (regular expressions, /tmp/numbers31/count.py and
count2.py): an ordinal as a rank beside a count (`the third of five`, `4th of 12`: 0–2), a bracketed
negative in an accounts row (`(1,200)`: 3), basis points (`25 basis points`, `50bp`: 1, `bps`: 0),
per mille (`3‰`: 0), a Unicode minus (`−3.5%`: 6), a negative percentage written with a sign
(11), `below zero` (1), `between N unit and N unit` (5), a number hyphened to `percent` (7), `N-odd`
and `N-plus` (0), a one-unit range of `N to N million` (7), `m²` and `km²` (6), `per head` (5),
the checklist's items held more (`hundred and N` words 48, `and` fractions in words 47, hyphened
adjectival measures 134 in digits and 48 in words, split wire tokens 31–42, lower-case wire 327).
By family:
- Number: Ranks (an ordinal as a rank beside a count), Signs (minus in words, `−`, `-`, brackets in
  accounts rows), Words (`and` chains and fractions), BasisPoints, Adjectival (`a 500-page report`),
  Approximate (`40-odd`), Wire (split tokens, lower case), NotQuantities.
- NumberRange: Units (a unit or sign written at both ends: `from 5 km to 10 km`, `between $2 and
  $3`), Dashes (en dash, spaced hyphen), Signs (negative ends), Bounds (`or more`, `upwards of`,
  `in excess of`, `N-plus`, `no fewer than`), Scaled (`2 to 3 million`), Wire, NotQuantities.
- Percent: Words (`fifty per cent`, `twelve and a half per cent`), Signs (`−3.5%`, `minus two per
  cent`), PerMille (`3‰`: a per mille is a tenth of a percent), Adjectival (`a 5-percent rise`),
  Ranges (a unit written at both ends), Bounds, Wire, NotQuantities (basis points are no percent
  here: the earlier sets give them to the number models only).
- Dimension: Compound (`km/h`, `m²`, `sq ft`, `cubic metres`, `mph`, `knots`), Adjectival (`a
  10-mile race`, `a three-ton truck`), Ranges (a unit at both ends), Signs (`minus 20 metres`),
  Wire, NotQuantities.
- Currency: Adjectival (`a 12-cent stamp`, `a one-yen coin`), Words (`a hundred and twenty
  dollars`), Ranges, Wire, NotQuantities. Temperature: Signs (minus, `−`, `below zero`). Age:
  Adjectival (`a 40-year-old man`).

Expected values follow docs/accuracy.md's conventions and the earlier sets': a range includes both
ends; a unit model is given a range's ends written with their unit (a range whose first end is bare
gives the second end only); the number range model gives a percentage range without its sign; an
ordinal, a date's day, a score and a code are no quantity; a year is a number; metric units in
American spelling; a currency's unit is its CLDR English name; a percentage point is a percent;
`N degrees below zero` is minus N; a figure in brackets in a row of an account (a label, then
figures) is negative, as accountants write a loss; `N-plus` is at least N and `N-odd` is N.
A range's text ends at its last number, as the number range model gives a percentage range
without its sign (`from 4% to 5`, `between 2 kg and 4`: a unit after the high end is outside the
range's text); a unit word with no number is a mention with no value (`A percentage of`). Both
were the writer's own errors against these conventions in six cases, corrected in their own
commit after the first score (176 of 192 as first written).
The first score on the unchanged stage is in numbers31's report; cases are not edited after a
failure is seen, except an expectation that was the writer's own error against those conventions,
in its own commit.

    python3 scripts/build-number-probes-ledgers.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Ledgers")
add = SET.add


def numbers():
    r = lambda text, *res: add("Number", "Ranks", text, *res)
    r("She finished third of five runners in the heat.", ("five", "5"))
    r("The team came 4th of 12 in the league.", ("12", "12"))
    r("It was the second of three votes this year.", ("three", "3"))
    r("He placed 7th out of 40 entrants.", ("40", "40"))
    r("The bank is the fifth of 20 lenders to cut rates.", ("20", "20"))
    r("Ranked 31st of 190 countries, it fell two places.", ("190", "190"), ("two", "2"))
    r("the first of four tranches raised 200 mln .", ("four", "4"), ("200 mln", "200000000"))

    s = lambda text, *res: add("Number", "Signs", text, *res)
    s("The balance stood at minus 1,200 at the close.", ("minus 1,200", "-1200"))
    s("The index ended at −3.5 on the week.", ("−3.5", "-3.5"))
    s("Net flow was -240 in May.", ("-240", "-240"))
    s("The reading fell to minus forty overnight.", ("minus forty", "-40"))
    s("Operating result | 1,450 | (1,200)", ("1,450", "1450"), ("(1,200)", "-1200"))
    s("Net income\t310\t(85)", ("310", "310"), ("(85)", "-85"))
    s("Other items | (42) | 17", ("(42)", "-42"), ("17", "17"))
    s("The score moved from minus two to plus three.", ("minus two", "-2"), ("plus three", "3"))

    w = lambda text, *res: add("Number", "Words", text, *res)
    w("One hundred and one candidates stood for the seat.", ("One hundred and one", "101"))
    w("The ship carried two hundred and forty-five crew.", ("two hundred and forty-five", "245"))
    w("The pipe is two and three quarters inches wide.", ("two and three quarters", "2.75"))
    w("It took one and a half years to build.", ("one and a half", "1.5"))
    w("Three thousand and twelve ballots were spoiled.", ("Three thousand and twelve", "3012"))
    w("Nine hundred and ninety-nine shares changed hands.", ("Nine hundred and ninety-nine", "999"))
    w("The crowd was four and a half thousand strong.", ("four and a half thousand", "4500"))
    w("Between them, five and six made eleven.", ("five", "5"), ("six", "6"), ("eleven", "11"))

    b = lambda text, *res: add("Number", "BasisPoints", text, *res)
    b("The central bank raised rates by 25 basis points.", ("25", "25"))
    b("Spreads widened 40bp on the day.", ("40", "40"))
    b("The yield rose fifty basis points in a month.", ("fifty", "50"))
    b("Markets price in a 75 bps cut.", ("75", "75"))

    a = lambda text, *res: add("Number", "Adjectival", text, *res)
    a("The panel issued a 500-page report.", ("500", "500"))
    a("A 12-member jury heard the case.", ("12", "12"))
    a("The firm signed a three-year deal.", ("three", "3"))
    a("A 40-strong team flew out on Monday.", ("40", "40"))

    o = lambda text, *res: add("Number", "Approximate", text, *res)
    o("Some 40-odd boats joined the regatta.", ("40", "40"))
    o("The hall held 200-plus guests.", ("200", "200"))
    o("Thirty-odd firms bid for the work.", ("Thirty", "30"))

    x = lambda text, *res: add("Number", "Wire", text, *res)
    x("the company cut 1 , 200 jobs .", ("1 , 200", "1200"))
    x("output rose to 3 . 5 mln tonnes .", ("3 . 5 mln", "3500000"))
    x("one hundred and twenty workers were laid off .", ("one hundred and twenty", "120"))
    x("the firm sold 2 , 500 , 000 shares .", ("2 , 500 , 000", "2500000"))
    x("shares fell to minus 2 on the board .", ("minus 2", "-2"))
    x("rates rose 25 basis points on tuesday .", ("25", "25"))

    n = lambda text: add("Number", "NotQuantities", text)
    n("She came third in the relay final.")
    n("It was the fortieth anniversary of the treaty.")
    n("He was ranked first by the judges.")
    n("the second quarter was weak .")
    n("Call ext. 4411 after 5 p.m.")


def ranges():
    u = lambda text, *res: add("NumberRange", "Units", text, *res)
    u("The route runs from 5 km to 10 km.", ("from 5 km to 10", "[5,10]"))
    u("Tickets cost between $2 and $3.", ("between $2 and $3", "[2,3]"))
    u("Rates will rise from 4% to 5%.", ("from 4% to 5", "[4,5]"))
    u("The fish weigh between 2 kg and 4 kg.", ("between 2 kg and 4", "[2,4]"))
    u("Fares range from €30 to €45.", ("from €30 to €45", "[30,45]"))
    u("Speeds vary from 40 mph to 60 mph.", ("from 40 mph to 60", "[40,60]"))
    u("Growth is seen between 2 per cent and 3 per cent.", ("between 2 per cent and 3", "[2,3]"))

    d = lambda text, *res: add("NumberRange", "Dashes", text, *res)
    d("Forecasts put growth at 2–3 this year.", ("2–3", "[2,3]"))
    d("The survey took 150–200 households.", ("150–200", "[150,200]"))
    d("Prices rose 10–12% in March.", ("10–12", "[10,12]"))
    d("The walk is 8 – 10 miles long.", ("8 – 10", "[8,10]"))
    d("The index gained 1.5 – 2 points.", ("1.5 – 2", "[1.5,2]"))
    d("Some 30—40 people waited outside.", ("30—40", "[30,40]"))

    g = lambda text, *res: add("NumberRange", "Signs", text, *res)
    g("Readings ranged from minus 5 to 5.", ("from minus 5 to 5", "[-5,5]"))
    g("Returns of between −2 and 3 per cent are expected.", ("between −2 and 3", "[-2,3]"))
    g("The gauge swung from -10 to -4.", ("from -10 to -4", "[-10,-4]"))
    g("Growth will be minus 1 to plus 1 percent.", ("minus 1 to plus 1", "[-1,1]"))

    b = lambda text, *res: add("NumberRange", "Bounds", text, *res)
    b("Firms with 50 or more staff must report.", ("50 or more", "[50,)"))
    b("Groups of 10 or fewer may enter.", ("10 or fewer", "(,10]"))
    b("Upwards of 300 people attended.", ("Upwards of 300", "(300,)"))
    b("Claims in excess of 500 were filed.", ("in excess of 500", "(500,)"))
    b("The hall held 200-plus guests.", ("200-plus", "[200,)"))
    b("No fewer than 12 ships were sunk.", ("No fewer than 12", "[12,)"))
    b("Pupils aged 11 and above may apply.", ("11 and above", "[11,)"))
    b("Loans of 5 million or less qualify.", ("5 million or less", "(,5000000]"))
    b("Not more than forty guests may attend.", ("Not more than forty", "(,40]"))

    c = lambda text, *res: add("NumberRange", "Scaled", text, *res)
    c("The project needs 2 to 3 million workers.", ("2 to 3 million", "[2000000,3000000]"))
    c("Some 1.5-2 billion people lack clean water.", ("1.5-2 billion", "[1500000000,2000000000]"))
    c("Between 4 and 5 thousand jobs may go.", ("Between 4 and 5 thousand", "[4000,5000]"))
    c("From two to three hundred people came.", ("From two to three hundred", "[200,300]"))
    c("Output of 10-12 mln tonnes is forecast.", ("10-12 mln", "[10000000,12000000]"))

    x = lambda text, *res: add("NumberRange", "Wire", text, *res)
    x("output seen at 1 , 200 to 1 , 500 tonnes .", ("1 , 200 to 1 , 500", "[1200,1500]"))
    x("the firm expects 3 . 5 to 4 pct growth .", ("3 . 5 to 4", "[3.5,4]"))
    x("prices ranged from 12 to 14 dlrs a barrel .", ("from 12 to 14", "[12,14]"))
    x("profit seen between 40 and 45 mln dlrs .", ("between 40 and 45 mln", "[40000000,45000000]"))
    x("more than 1 , 000 workers were laid off .", ("more than 1 , 000", "(1000,)"))

    n = lambda text: add("NumberRange", "NotQuantities", text)
    n("She finished third of five runners.")
    n("The first to the fourth floors were shut.")
    n("The final score was 2-2.")
    n("The hosts won 3-2 after extra time.")


def percent():
    w = lambda text, *res: add("Percent", "Words", text, *res)
    w("Turnout was fifty per cent in the city.", ("fifty per cent", "50%"))
    w("The tax is twelve and a half per cent.", ("twelve and a half per cent", "12.5%"))
    w("They own one hundred percent of the shares.", ("one hundred percent", "100%"))
    w("Sales rose thirty-five percent last year.", ("thirty-five percent", "35%"))
    w("A hundred per cent of the vote was counted.", ("A hundred per cent", "100%"))
    w("Inflation hit two point five per cent.", ("two point five per cent", "2.5%"))
    w("The levy was cut to seven and three quarters percent.", ("seven and three quarters percent", "7.75%"))

    s = lambda text, *res: add("Percent", "Signs", text, *res)
    s("The fund returned −3.5% last year.", ("−3.5%", "-3.5%"))
    s("Growth was -0.4% in the third quarter.", ("-0.4%", "-0.4%"))
    s("Real pay fell to minus two per cent.", ("minus two per cent", "-2%"))
    s("The index was -1.2 per cent on the week.", ("-1.2 per cent", "-1.2%"))
    s("Output changed by −0.8 percent.", ("−0.8 percent", "-0.8%"))
    s("Margins swung from -2% to +3%.", ("-2%", "-2%"), ("+3%", "3%"))

    m = lambda text, *res: add("Percent", "PerMille", text, *res)
    m("The blood alcohol limit is 0.5‰ in many countries.", ("0.5‰", "0.05%"))
    m("The levy is 3‰ of the price.", ("3‰", "0.3%"))
    m("Salinity averages 35 ‰ in the open sea.", ("35 ‰", "3.5%"))

    a = lambda text, *res: add("Percent", "Adjectival", text, *res)
    a("The board approved a 5-percent rise.", ("5-percent", "5%"))
    a("Staff won a three-percent pay deal.", ("three-percent", "3%"))
    a("It bought a 10-per-cent stake.", ("10-per-cent", "10%"))
    a("A 7.5% increase was agreed.", ("7.5%", "7.5%"))
    a("The fund took a 20pc stake in the firm.", ("20pc", "20%"))

    r = lambda text, *res: add("Percent", "Ranges", text, *res)
    r("Rates rose from 4% to 5%.", ("4%", "4%"), ("5%", "5%"))
    r("Growth of between 2 per cent and 3 per cent is seen.", ("2 per cent", "2%"), ("3 per cent", "3%"))
    r("Prices jumped 10–12% in March.", ("12%", "12%"))
    r("Turnout was 55 to 60 percent.", ("60 percent", "60%"))
    r("Yields fell from minus 0.5% to minus 0.7%.", ("minus 0.5%", "-0.5%"), ("minus 0.7%", "-0.7%"))

    b = lambda text, *res: add("Percent", "Bounds", text, *res)
    b("Firms with 30% or more of the market were named.", ("30%", "30%"))
    b("Upwards of 60 per cent voted yes.", ("60 per cent", "60%"))
    b("Returns in excess of 8 percent are rare.", ("8 percent", "8%"))
    b("No fewer than ten per cent of homes flooded.", ("ten per cent", "10%"))

    x = lambda text, *res: add("Percent", "Wire", text, *res)
    x("profits rose 3 . 5 pct in the year .", ("3 . 5 pct", "3.5%"))
    x("the rate is 32 . 99 % , the bank said .", ("32 . 99 %", "32.99%"))
    x("unemployment fell to 7 pct from 7.2 pct .", ("7 pct", "7%"), ("7.2 pct", "7.2%"))
    x("output was minus 1.5 pct in may .", ("minus 1.5 pct", "-1.5%"))
    x("it holds a 12-pct stake .", ("12-pct", "12%"))

    n = lambda text: add("Percent", "NotQuantities", text)
    n("The bank raised rates by 25 basis points.")
    n("Spreads narrowed 30bp after the vote.")
    n("The fund is 100 years old.")
    add("Percent", "NotQuantities", "A percentage of the profit goes to charity.", ("percentage", None))


def dimensions():
    c = lambda text, *res: add("Dimension", "Compound", text, *res)
    c("The limit here is 60 km/h.", ("60 km/h", "60", "Kilometer per hour"))
    c("The flat measures 3 m² more than the plans.", ("3 m²", "3", "Square meter"))
    c("The office has 100 sq ft of storage.", ("100 sq ft", "100", "Square foot"))
    c("The tank holds 5 cubic metres of water.", ("5 cubic metres", "5", "Cubic meter"))
    c("The storm's winds reached 85 mph.", ("85 mph", "85", "Mile per hour"))
    c("The ferry sails at 22 knots.", ("22 knots", "22", "Knot"))
    c("The forest covers 300 sq km.", ("300 sq km", "300", "Square kilometer"))
    c("The reservoir holds 2 million cubic feet.", ("2 million cubic feet", "2000000", "Cubic foot"))
    c("The car does 45 miles per gallon.", ("45 miles per gallon", "45", "Mile per gallon"))
    c("The island spans 12 square miles.", ("12 square miles", "12", "Square mile"))
    c("The line ran at 250 kilometres an hour.", ("250 kilometres an hour", "250", "Kilometer per hour"))
    c("A plot of 600 square metres was sold.", ("600 square metres", "600", "Square meter"))

    a = lambda text, *res: add("Dimension", "Adjectival", text, *res)
    a("She won a 10-mile race on Sunday.", ("10-mile", "10", "Mile"))
    a("A three-ton truck blocked the road.", ("three-ton", "3", "Ton"))
    a("The ship carried a 40-foot container.", ("40-foot", "40", "Foot"))
    a("They ordered a 12-inch pizza.", ("12-inch", "12", "Inch"))
    a("He ran the 100-metre sprint.", ("100-metre", "100", "Meter"))
    a("A six-mile walk ends at the lake.", ("six-mile", "6", "Mile"))
    a("The 200-acre farm was sold.", ("200-acre", "200", "Acre"))
    a("Buy a 5-kg bag of rice.", ("5-kg", "5", "Kilogram"))
    a("A ten-kilometre run opened the games.", ("ten-kilometre", "10", "Kilometer"))
    a("The 2-litre engine was dropped.", ("2-litre", "2", "Liter"))

    r = lambda text, *res: add("Dimension", "Ranges", text, *res)
    r("The route runs from 5 km to 10 km.", ("5 km", "5", "Kilometer"), ("10 km", "10", "Kilometer"))
    r("The fish weigh between 2 kg and 4 kg.", ("2 kg", "2", "Kilogram"), ("4 kg", "4", "Kilogram"))
    r("Waves of 3–4 metres hit the pier.", ("4 metres", "4", "Meter"))
    r("Speeds vary from 40 mph to 60 mph.", ("40 mph", "40", "Mile per hour"), ("60 mph", "60", "Mile per hour"))
    r("Hail of between 2 and 3 centimetres fell.", ("3 centimetres", "3", "Centimeter"))

    s = lambda text, *res: add("Dimension", "Signs", text, *res)
    s("The mine's floor lies at minus 400 metres.", ("minus 400 metres", "-400", "Meter"))
    s("The shore sits at −28 m below sea level.", ("−28 m", "-28", "Meter"))

    x = lambda text, *res: add("Dimension", "Wire", text, *res)
    x("the quake was felt 120 km away .", ("120 km", "120", "Kilometer"))
    x("output reached 1 , 500 tonnes .", ("1 , 500 tonnes", "1500", "Metric ton"))
    x("the field covers 2 . 5 sq km .", ("2 . 5 sq km", "2.5", "Square kilometer"))
    x("winds of 90 kph hit the port .", ("90 kph", "90", "Kilometer per hour"))
    x("a 12-mile pipeline was built .", ("12-mile", "12", "Mile"))

    n = lambda text: add("Dimension", "NotQuantities", text)
    n("He finished 4th of 12 in the race.")
    n("The 10-point plan was adopted.")
    n("Rates rose 25 basis points.")
    n("It is the third of five stages.")


def currency():
    a = lambda text, *res: add("Currency", "Adjectival", text, *res)
    a("The post office sold a 12-cent stamp.", ("12-cent", "12", "Cent"))
    a("A one-yen coin weighs a gram.", ("one-yen", "1", "Japanese yen"))
    a("The city won a $5-million grant.", ("$5-million", "5000000", "Dollar"))
    a("A 50-pence piece was found.", ("50-pence", "50", "Pence"))
    a("They bought a two-dollar ticket.", ("two-dollar", "2", "Dollar"))

    w = lambda text, *res: add("Currency", "Words", text, *res)
    w("The meal cost a hundred and twenty dollars.", ("a hundred and twenty dollars", "120", "Dollar"))
    w("She paid two and a half million euros.", ("two and a half million euros", "2500000", "Euro"))
    w("The fine was fifty pence.", ("fifty pence", "50", "Pence"))
    w("It sold for one hundred and five pounds.", ("one hundred and five pounds", "105", "Pound"))

    r = lambda text, *res: add("Currency", "Ranges", text, *res)
    r("Tickets cost between $2 and $3.", ("$2", "2", "Dollar"), ("$3", "3", "Dollar"))
    r("Fares range from €30 to €45.", ("€30", "30", "Euro"), ("€45", "45", "Euro"))
    r("The bill came to £1.2m–£1.5m.", ("£1.2m", "1200000", "Pound"), ("£1.5m", "1500000", "Pound"))

    s = lambda text, *res: add("Currency", "Signs", text, *res)
    s("The account was −$250 overdrawn.", ("−$250", "-250", "Dollar"))
    s("Cash flow was minus 3 million dollars.", ("minus 3 million dollars", "-3000000", "Dollar"))

    x = lambda text, *res: add("Currency", "Wire", text, *res)
    x("the deal is worth $ 254 million .", ("$ 254 million", "254000000", "Dollar"))
    x("profit was 1 , 200 mln dlrs .", ("1 , 200 mln dlrs", "1200000000", "Dollar"))
    x("the shares rose 12 cts to 3 . 40 dlrs .", ("12 cts", "12", "Cent"), ("3 . 40 dlrs", "3.4", "Dollar"))

    n = lambda text: add("Currency", "NotQuantities", text)
    n("The bank raised rates by 50 basis points.")
    n("She came third of five in the poll.")
    n("He was paid on the 3rd.")


def temperature():
    t = lambda text, *res: add("Temperature", "Signs", text, *res)
    t("It fell to minus 40 degrees overnight.", ("minus 40 degrees", "-40", "Degree"))
    t("The freezer runs at −18 °C.", ("−18 °C", "-18", "C"))
    t("It was 20 degrees below zero in the valley.", ("20 degrees below zero", "-20", "Degree"))
    t("Lows of -5C are forecast.", ("-5C", "-5", "C"))
    t("Temperatures fell to minus 12 Fahrenheit.", ("minus 12 Fahrenheit", "-12", "F"))
    t("the mercury hit minus 30 celsius .", ("minus 30 celsius", "-30", "C"))


def age():
    a = lambda text, *res: add("Age", "Adjectival", text, *res)
    a("A 40-year-old man was arrested.", ("40-year-old", "40", "Year"))
    a("The six-month-old puppy was found.", ("six-month-old", "6", "Month"))
    a("a 72-year-old retiree won the prize .", ("72-year-old", "72", "Year"))
    a("Their two-week-old foal is healthy.", ("two-week-old", "2", "Week"))


SET.write([numbers, ranges, percent, dimensions, currency, temperature, age])
