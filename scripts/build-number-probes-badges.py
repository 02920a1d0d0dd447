#!/usr/bin/env python3
"""Writes the twenty-first probe set for issue 18, Tests/GlossNumbersTests/Probes/Badges/<Model>Model-<family>.json.

Written in one sitting by numbers28 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. Weighted to the
phenomena the twenty earlier sets hold least, and to the held-out models that were weakest when the
issue was filed (NumberRange 56%, Percent 63%, Dimension 65%, Number 69%). Counted over their 4,870
inputs (regular expressions, /tmp/numbers28/count.py): a name or product that holds a number beside
a quantity of the same sentence (18 inputs hold a product, mission, route, flight, room or highway
number at all, nearly all alone in a not-quantity file; `iPhone` 1, `Apollo` 0, a jersey's number 2);
a capitalised word before a number that is a quantity (`gave Apple 30 days`: 0); a `T` magnitude
fused to a number (4) and `tn`, `bn`, `k` in running text beside names; a measure and a fraction
after `and` (`a mile and a half` 1, `an hour and a half` 0, `two and a quarter` + unit 2); a range
of temperatures (9, none below zero), of ages (3), an age bound (1); a currency sign after a number
with a scale (`2.5bn €`: 0); `north of` (4, none that is a place); `clause`/`section` before
`point` (0). By family:
- Number: Names (a product, mission, aircraft, route, flight, room, jersey or channel number beside
  a count of the same sentence; and capitalised words before a number that is a count: `gave Apple
  30 days`, `told Congress 40 banks`), Magnitudes (`T`, `tn`, `bn`, `m`, `k` fused and spaced,
  exponents in running text), Labels (`clause point five`, `section point two` against decimals),
  NotQuantities (names alone).
- NumberRange: Ages and Temperatures (ranges and bounds of ages and readings, below zero too),
  Names (a range or bound beside a name's number), Bounds (`north of` as a bound and as a place,
  comparators before magnitudes), NotQuantities.
- Percent: Names, Ranges, Magnitudes (`bn` and `T` beside a percentage), NotQuantities.
- Dimension: Mixed (a unit and a fraction after `and`: `a mile and a half`, `two and a quarter
  miles`; `an hour and a half later` has no measure), Names, Ranges, NotQuantities.
- Currency: Codes and Signs (an ISO code or a sign before and after the number, with a scale),
  Names, NotQuantities (`A 100 Ft coin` keeps forints).
- Temperature: Ranges (below zero, both ends written, a bare first end), Names.
- Age: Ranges, Names.

Expected values follow docs/accuracy.md's conventions and the earlier sets': a range includes both
ends; a unit model is given a range's ends written with their unit (a range whose first end is bare
gives the second end only) and a bound's measure without the comparator; a number that names a
product's model or version, a mission, a route, a flight, a room or a player's shirt is no quantity
(`Windows 11`, `Route 66`, `Flight 370`), a year is a number; metric units in American spelling; a
currency's unit is its CLDR English name, a sign that several currencies use named by its word.
The first score on the unchanged stage is in numbers28's report; cases are not edited after a
failure is seen, except an expectation that was the writer's own error against those conventions,
in its own commit.

    python3 scripts/build-number-probes-badges.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Badges")
add = SET.add


def numbers():
    n = lambda text, *r: add("Number", "Names", text, *r)
    n("The iPhone 16 sold 40 million units in a year.", ("40 million", "40000000"))
    n("Apollo 13 turned back after 56 hours.", ("56", "56"))
    n("Artemis 2 will carry four astronauts.", ("four", "4"))
    n("The Boeing 777 carried 300 passengers.", ("300", "300"))
    n("Flight 93 crashed with 44 people on board.", ("44", "44"))
    n("Highway 1 hugs the coast for 120 miles.", ("120", "120"))
    n("Room 214 sleeps 4 guests.", ("4", "4"))
    n("Pixel 9 owners get 7 years of updates.", ("7", "7"))
    n("The Xbox 360 sold 84 million consoles.", ("84 million", "84000000"))
    n("Voyager 1 is 24 billion kilometres away.", ("24 billion", "24000000000"))
    n("Interstate 80 crosses 11 states.", ("11", "11"))
    n("Formula 1 teams race 24 times a year.", ("24", "24"))
    n("Terminal 5 handles 30 million travellers a year.", ("30 million", "30000000"))
    n("Studio 54 reopened forty years on.", ("forty", "40"))
    n("Falcon 9 flew 96 times last year.", ("96", "96"))
    n("Apollo 11 landed in 1969.", ("1969", "1969"))
    n("Gemini 7 stayed up for 14 days.", ("14", "14"))
    n("Airbus sold 80 A321 jets to the airline.", ("80", "80"))
    n("Channel 4 showed three episodes.", ("three", "3"))
    n("He wore number 23 for 15 seasons.", ("15", "15"))
    n("The Boeing 737 MAX 9 was grounded for 3 weeks.", ("3", "3"))
    n("Sputnik 1 circled the Earth 1,440 times.", ("1,440", "1440"))
    n("Windows 95 sold seven million copies in five weeks.", ("seven million", "7000000"), ("five", "5"))
    n("The Galaxy S24 ships with 8 gigabytes of memory.", ("8", "8"))
    n("Platform 4 was shut for 2 hours.", ("2", "2"))
    n("They gave Apple 30 days to reply.", ("30", "30"))
    n("The court gave Google 60 days to comply.", ("60", "60"))
    n("He told Congress 40 banks had failed.", ("40", "40"))
    n("The firm paid Oracle 12 million for the licence.", ("12 million", "12000000"))
    n("Fans sent Taylor 500 letters a week.", ("500", "500"))
    n("In Boston 3 schools closed.", ("3", "3"))
    n("The Apollo programme flew 11 crewed missions.", ("11", "11"))
    n("Apple sold 5 million iPhones in a week.", ("5 million", "5000000"))
    n("Boeing delivered 27 jets in May.", ("27", "27"))

    m = lambda text, *r: add("Number", "Magnitudes", text, *r)
    m("The model was trained on 15T tokens.", ("15T", "15000000000000"))
    m("Training used 1.2T words of text.", ("1.2T", "1200000000000"))
    m("The fund holds 1.2bn in cash.", ("1.2bn", "1200000000"))
    m("Net profit was 450m last year.", ("450m", "450000000"))
    m("Her followers grew to 12k overnight.", ("12k", "12000"))
    m("The bill adds 2tn to the debt.", ("2tn", "2000000000000"))
    m("The culture grew to 3e6 cells by noon.", ("3e6", "3000000"))
    m("The error fell to 1.5e-3 after the fix.", ("1.5e-3", "0.0015"))
    m("Some 6×10^23 atoms fill the flask.", ("6×10^23", "600000000000000000000000"))
    m("The chip holds 4.2 bn transistors.", ("4.2 bn", "4200000000"))
    m("The index tracks 2.5K stocks.", ("2.5K", "2500"))
    m("Spending hit 1.1 tln last year.", ("1.1 tln", "1100000000000"))
    m("The loan book is 3.4 mn strong.", ("3.4 mn", "3400000"))
    m("Views topped 1.5M in a day.", ("1.5M", "1500000"))
    m("The Boeing 787 line built 5 a month.", ("5", "5"))
    m("A GPT-4 run used 25k chips.", ("25k", "25000"))
    m("the survey counted 7.5e4 birds .", ("7.5e4", "75000"))
    m("The 3T debt pile alarmed markets.", ("3T", "3000000000000"))

    p = lambda text, *r: add("Number", "Labels", text, *r)
    p("Read clause point five again.", )
    p("See section point two of the rules.", )
    p("Turn to paragraph point four.", )
    p("The rate fell to point five.", ("point five", "0.5"))
    p("He scored nine point five.", ("nine point five", "9.5"))
    p("Interest rose to four point two five.", ("four point two five", "4.25"))
    p("The gap narrowed to point three.", ("point three", "0.3"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("The iPhone 15 went on sale on Friday.")
    x("Apollo 11 is on display in Washington.")
    x("The Boeing 737 is a narrow-body jet.")
    x("Take Route 9 past the farm.")
    x("He wears the number 7 shirt.")
    x("Channel 5 aired the final.")
    x("Windows 10 reaches the end of support.")
    x("Artemis 3 was delayed again.")
    x("The Galaxy Note 7 was recalled.")
    x("Mission 51-L ended in disaster.")


def ranges():
    a = lambda text, *r: add("NumberRange", "Ages", text, *r)
    a("Adults aged 25 to 34 were polled.", ("25 to 34", "[25,34]"))
    a("Voters aged between 18 and 24 stayed home.", ("between 18 and 24", "[18,24]"))
    a("People over 65 get the jab first.", ("over 65", "(65,)"))
    a("Children under 5 travel free.", ("under 5", "(,5)"))
    a("Players aged 16 and over may enter.", ("16 and over", "[16,)"))
    a("The survey covers people aged 50-64.", ("50-64", "[50,64]"))
    a("Teens aged thirteen to nineteen were asked.", ("thirteen to nineteen", "[13,19]"))
    a("Workers aged from 55 to 59 may retire early.", ("from 55 to 59", "[55,59]"))
    a("Patients younger than 12 were excluded.", ("younger than 12", "(,12)"))
    a("Staff older than 60 may opt out.", ("older than 60", "(60,)"))

    t = lambda text, *r: add("NumberRange", "Temperatures", text, *r)
    t("Highs of 18 to 22 degrees are forecast.", ("18 to 22", "[18,22]"))
    t("Lows will fall to between -5 and -10 overnight.", ("between -5 and -10", "[-10,-5]"))
    t("Readings ranged from -3 to 4 degrees.", ("from -3 to 4", "[-3,4]"))
    t("Keep the wine between 10 and 14 degrees.", ("between 10 and 14", "[10,14]"))
    t("Temperatures above 40 degrees hit the south.", ("above 40", "(40,)"))
    t("Nights below 0 are rare here.", ("below 0", "(,0)"))
    t("Highs of 30-35 degrees are likely.", ("30-35", "[30,35]"))

    n = lambda text, *r: add("NumberRange", "Names", text, *r)
    n("Flight 302 carried 150 to 160 people.", ("150 to 160", "[150,160]"))
    n("Boeing 737s seat between 130 and 210 people.", ("between 130 and 210", "[130,210]"))
    n("Route 66 drew more than 500 cars.", ("more than 500", "(500,)"))
    n("The iPhone 15 costs less than 800 in most shops.", ("less than 800", "(,800)"))
    n("Apollo 17 spent over 75 hours on the Moon.", ("over 75", "(75,)"))
    n("Room 101 holds up to 30 people.", ("up to 30", "(,30]"))
    n("Highway 61 sees 5,000 to 8,000 trucks a day.", ("5,000 to 8,000", "[5000,8000]"))
    n("Windows 11 needs at least 4 gigabytes of memory.", ("at least 4", "[4,)"))

    b = lambda text, *r: add("NumberRange", "Bounds", text, *r)
    b("Salaries north of 200,000 are common.", ("north of 200,000", "(200000,)"))
    b("The town lies north of Route 9.", )
    b("Bids south of 1,000 were turned down.", ("south of 1,000", "(,1000)"))
    b("Revenue of more than 2bn is expected.", ("more than 2bn", "(2000000000,)"))
    b("Debt of up to 1.5T is at risk.", ("up to 1.5T", "(,1500000000000]"))
    b("Sales of at least 3m are needed.", ("at least 3m", "[3000000,)"))
    b("Fewer than 10k tickets remain.", ("Fewer than 10k", "(,10000)"))
    b("The farm lies south of Highway 12.", )
    b("Crowds of over 50k are expected.", ("over 50k", "(50000,)"))
    b("Costs of between 2bn and 3bn were cited.", ("between 2bn and 3bn", "[2000000000,3000000000]"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("Apollo 11 to the Moon is a famous story.")
    x("The Boeing 737-800 was delayed.")
    x("Take Highway 1 to Monterey.")
    x("Chelsea won 3-1 at home.")


def percent():
    n = lambda text, *r: add("Percent", "Names", text, *r)
    n("Boeing 737 deliveries fell 12% in May.", ("12%", "12%"))
    n("Windows 11 holds a 30 percent share.", ("30 percent", "30%"))
    n("iPhone 15 sales rose 8 per cent.", ("8 per cent", "8%"))
    n("Route 66 traffic fell 4.5% last year.", ("4.5%", "4.5%"))
    n("Flight 9 was 40 percent full.", ("40 percent", "40%"))
    n("The Xbox 360 took a 25% share.", ("25%", "25%"))
    n("Pixel 8 owners, 60 per cent of them, upgraded.", ("60 per cent", "60%"))
    n("They gave Apple 30% of the market.", ("30%", "30%"))

    r = lambda text, *res: add("Percent", "Ranges", text, *res)
    r("Rates rose from 4.5% to 5.25% in a year.", ("4.5%", "4.5%"), ("5.25%", "5.25%"))
    r("Turnout of 60-65 percent is expected.", ("65 percent", "65%"))
    r("Yields of between 3 and 4 per cent are likely.", ("4 per cent", "4%"))
    r("Margins of 8% to 10% are normal.", ("8%", "8%"), ("10%", "10%"))
    r("Growth of two to three percent is forecast.", ("three percent", "3%"))
    r("The fee is 1.5–2%.", ("2%", "2%"))
    r("Support fell from 52 per cent to 47 per cent.", ("52 per cent", "52%"), ("47 per cent", "47%"))
    r("Prices rose 5 to 6 percentage points.", ("6 percentage points", "6%"))

    m = lambda text, *res: add("Percent", "Magnitudes", text, *res)
    m("Revenue of 1.2bn rose 8%.", ("8%", "8%"))
    m("The 2tn budget grew 3 per cent.", ("3 per cent", "3%"))
    m("Of the 15T tokens, 40% were code.", ("40%", "40%"))
    m("Sales hit 3.5m, up 12 percent.", ("12 percent", "12%"))
    m("A 4.5 percent rise lifted profit to 2.1bn.", ("4.5 percent", "4.5%"))
    m("About 12k staff, or 9%, will go.", ("9%", "9%"))

    x = lambda text: add("Percent", "NotQuantities", text)
    x("The iPhone 15 Pro sold out.")
    x("Studio 54 opened in Manhattan.")
    x("Apollo 13 was a successful failure.")


def dimension():
    w = lambda text, *r: add("Dimension", "Mixed", text, *r)
    w("She ran a mile and a half before breakfast.", ("a mile and a half", "1.5", "Mile"))
    w("The pipe is an inch and a quarter wide.", ("an inch and a quarter", "1.25", "Inch"))
    w("They walked two and a quarter miles.", ("two and a quarter miles", "2.25", "Mile"))
    w("The fish weighed three and a half kilograms.", ("three and a half kilograms", "3.5", "Kilogram"))
    w("The board is a foot and a half long.", ("a foot and a half", "1.5", "Foot"))
    w("The road climbs a kilometre and a half.", ("a kilometre and a half", "1.5", "Kilometer"))
    w("He lost a stone and a half in weight.", ("a stone and a half", "1.5", "Stone"))
    w("The lake is four and three-quarter miles across.", ("four and three-quarter miles", "4.75", "Mile"))
    w("It took two and a quarter hours to get there.", )
    w("An hour and a half later the rain stopped.", )
    # correction 1 (numbers28, own commit): a unit word with no number is a mention without a
    # value, as docs/accuracy.md records (Tallies' correction 3: `The word percent appears 3
    # times`); the writer had listed none for the bare `mile` here
    w("A mile and a half hour later they met.", ("mile", None, "Mile"))
    w("The trail is one and a third miles long.", ("one and a third miles", "1.3333333333333333", "Mile"))
    w("A mile and a half of fence went up.", ("A mile and a half", "1.5", "Mile"))

    n = lambda text, *r: add("Dimension", "Names", text, *r)
    n("Route 66 runs 2,448 miles.", ("2,448 miles", "2448", "Mile"))
    n("The Boeing 747 is 70 metres long.", ("70 metres", "70", "Meter"))
    n("Apollo 11 flew 384,000 kilometres to the Moon.", ("384,000 kilometres", "384000", "Kilometer"))
    n("Highway 1 climbs to 300 feet above the sea.", ("300 feet", "300", "Foot"))
    n("The iPhone 16 weighs 170 grams.", ("170 grams", "170", "Gram"))
    n("Flight 800 fell from 13,000 feet.", ("13,000 feet", "13000", "Foot"))
    n("The Airbus A380 burns 12 tonnes of fuel an hour.", ("12 tonnes", "12", "Metric ton"))
    n("Interstate 95 runs 1,900 miles from Maine to Florida.", ("1,900 miles", "1900", "Mile"))
    n("Falcon 9 stands 70 m tall.", ("70 m", "70", "Meter"))
    n("North of 50 miles of coast were damaged.", ("50 miles", "50", "Mile"))

    r = lambda text, *res: add("Dimension", "Ranges", text, *res)
    r("The storm dumped 2 to 3 feet of snow.", ("3 feet", "3", "Foot"))
    r("Waves of 4 m to 6 m hit the pier.", ("4 m", "4", "Meter"), ("6 m", "6", "Meter"))
    r("The boat is between 12 and 15 metres long.", ("15 metres", "15", "Meter"))
    r("Each bale weighs 200-250 kg.", ("250 kg", "250", "Kilogram"))
    r("Commutes of one to two miles are common.", ("two miles", "2", "Mile"))
    r("The drone flies at 40 to 60 km/h.", ("60 km/h", "60", "Kilometer per hour"))
    r("Hail of 2 cm to 5 cm fell.", ("2 cm", "2", "Centimeter"), ("5 cm", "5", "Centimeter"))

    x = lambda text: add("Dimension", "NotQuantities", text)
    x("The Boeing 737 MAX returned to service.")
    x("Take Route 66 west from Chicago.")
    x("The A 100 Ft coin is rare.")
    x("Apollo 8 orbited the Moon.")


def currency():
    c = lambda text, *res: add("Currency", "Codes", text, *res)
    c("The deal is worth EUR 2.5bn.", ("EUR 2.5bn", "2500000000", "Euro"))
    c("The deal is worth 2.5bn EUR.", ("2.5bn EUR", "2500000000", "Euro"))
    c("The fine was USD 300k.", ("USD 300k", "300000", "United States dollar"))
    c("The fine was 300k USD.", ("300k USD", "300000", "United States dollar"))
    c("Profit rose to GBP 45 million.", ("GBP 45 million", "45000000", "British pound"))
    c("Profit rose to 45 million GBP.", ("45 million GBP", "45000000", "British pound"))
    c("The bond raised JPY 30 billion.", ("JPY 30 billion", "30000000000", "Japanese yen"))
    c("The budget is INR 1.2 trillion.", ("INR 1.2 trillion", "1200000000000", "Indian rupee"))
    c("Sales reached 12.4bn SEK.", ("12.4bn SEK", "12400000000", "Swedish krona"))
    c("The club paid CHF 3m for him.", ("CHF 3m", "3000000", "Swiss franc"))
    c("Exports hit ZAR 1.1tn.", ("ZAR 1.1tn", "1100000000000", "South African rand"))
    c("The plant cost 800m NOK.", ("800m NOK", "800000000", "Norwegian krone"))

    s = lambda text, *res: add("Currency", "Signs", text, *res)
    s("The deal is worth €2.5bn.", ("€2.5bn", "2500000000", "Euro"))
    s("The deal is worth 2.5bn €.", ("2.5bn €", "2500000000", "Euro"))
    s("The park cost £1.2tn in all.", ("£1.2tn", "1200000000000", "Pound"))
    s("Apple is worth $3.5T today.", ("$3.5T", "3500000000000", "Dollar"))
    s("The loan was 40m € in total.", ("40m €", "40000000", "Euro"))
    s("The tower cost ¥ 50bn.", ("¥ 50bn", "50000000000", "Japanese yen"))
    s("The fund holds ₹ 2 trillion.", ("₹ 2 trillion", "2000000000000", "Indian rupee"))
    s("The bridge cost 3 billion ₺.", ("3 billion ₺", "3000000000", "Turkish lira"))
    s("The stake was worth $ 450k.", ("$ 450k", "450000", "Dollar"))
    s("Lunch was 12 € each.", ("12 €", "12", "Euro"))

    n = lambda text, *res: add("Currency", "Names", text, *res)
    n("A Boeing 737 lists at $100 million.", ("$100 million", "100000000", "Dollar"))
    n("The iPhone 16 costs €949.", ("€949", "949", "Euro"))
    n("Apollo 11 cost about $355 million.", ("$355 million", "355000000", "Dollar"))
    n("Room 12 costs £90 a night.", ("£90", "90", "Pound"))
    n("The Xbox 360 sold for 399 dollars.", ("399 dollars", "399", "Dollar"))
    n("Flight 18 tickets cost 250 euros.", ("250 euros", "250", "Euro"))
    n("They paid Microsoft $20 million.", ("$20 million", "20000000", "Dollar"))
    n("Windows 11 Pro costs $199.", ("$199", "199", "Dollar"))

    x = lambda text: add("Currency", "NotQuantities", text)
    add("Currency", "NotQuantities", "A 100 Ft coin was found.", ("100 Ft", "100", "Hungarian forint"))
    x("The Boeing 777 landed safely.")
    x("Channel 4 aired the show.")
    x("Apollo 12 launched in the rain.")


def temperature():
    t = lambda text, *r: add("Temperature", "Ranges", text, *r)
    t("Lows of -5C to -10C are expected.", ("-5C", "-5", "C"), ("-10C", "-10", "C"))
    t("Highs of 25 to 28C are forecast.", ("28C", "28", "C"))
    t("It will be between minus 3 and minus 8 degrees Celsius.", ("minus 8 degrees Celsius", "-8", "C"))
    t("Store it at 2°C to 8°C.", ("2°C", "2", "C"), ("8°C", "8", "C"))
    t("Days of 90 to 95 degrees Fahrenheit are common.", ("95 degrees Fahrenheit", "95", "F"))
    t("Lows of minus 2 to minus 5 degrees are likely.", ("minus 5 degrees", "-5", "Degree"))
    t("The lake stays at 4-6°C all year.", ("6°C", "6", "C"))

    n = lambda text, *r: add("Temperature", "Names", text, *r)
    n("Apollo 13's cabin fell to 3C.", ("3C", "3", "C"))
    n("Route 66 baked at 45 degrees Celsius.", ("45 degrees Celsius", "45", "C"))
    n("The Boeing 787 flies at minus 50 degrees outside.", ("minus 50 degrees", "-50", "Degree"))

    x = lambda text: add("Temperature", "NotQuantities", text)
    x("The Boeing 747 turned 180 degrees.")
    x("Route 45C was closed.")


def age():
    g = lambda text, *r: add("Age", "Ranges", text, *r)
    g("Children 8 to 12 years old may join.", ("12 years old", "12", "Year"))
    g("The trees are 300 to 400 years old.", ("400 years old", "400", "Year"))
    g("Pupils of between 11 and 16 years old took part.", ("16 years old", "16", "Year"))
    g("Anyone over 65 years old may apply.", ("65 years old", "65", "Year"))

    n = lambda text, *r: add("Age", "Names", text, *r)
    n("The Boeing 747 is 55 years old.", ("55 years old", "55", "Year"))
    n("Apollo 11's 93-year-old pilot spoke.", ("93-year-old", "93", "Year"))
    n("Route 66, now 98 years old, still draws crowds.", ("98 years old", "98", "Year"))

    x = lambda text: add("Age", "NotQuantities", text)
    x("The iPhone 15 launch drew crowds.")


def main():
    SET.write((numbers, ranges, percent, dimension, currency, temperature, age))


if __name__ == "__main__":
    main()
