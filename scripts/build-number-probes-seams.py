#!/usr/bin/env python3
"""Writes the twenty-third probe set for issue 18, Tests/GlossNumbersTests/Probes/Seams/<Model>Model-<family>.json.

Written in one sitting by numbers30 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. The set's name is
what it probes: numbers at a seam with other numbers or notation — a count after a date, a quantity
beside a score, a price before a unit of measure, a range whose unit is written once, a fraction
joined to a whole, a figure in a table's row. Weighted to what the twenty-two earlier sets hold
least and to the held-out models that were weakest when the issue was filed (NumberRange 56%,
Percent 63%, Dimension 65%, Number 69%). Counted over their 5,292 inputs (regular expressions,
/tmp/numbers30/count.py and count2.py): a count right after a day and month (`on 3 May 2,000`: 1;
`May 9, 300`: 0), a currency range written with the sign and scale once (`$5-6 million`: 2), dots
grouping thousands in a range (`1.200 to 1.500`: 1), a leading decimal point (`.5`: 0), `a hundredth`
and other compound fractions (8), a whole and a fraction in digits (`3 1/2`: 4) or in one glyph
(`2½`: 5), `between N and N per cent` (7), a vote or ruling written as a score (10), imperial
measures other than feet, miles, pounds and gallons (`furlong`, `fathom`, `league`, `pint`,
`hundredweight`, `square yard`, `psi`: 0-3 each), a table row of three or more figures (16), a
spelled ordinal beside a count (18), a one-unit range of a measure (19). By family:
- Number: Dates (a count after a date), Scores (a count beside a score), Ordinals (a count beside a
  spelled ordinal), Fractions (a whole and a fraction in words, compound denominators), Notation
  (`.5`, `2½`, `3 1/2`, `e` and `× 10^`), Tables (rows split by bars, tabs and runs of spaces), Wire
  (lower case, spaces around the comma), NotQuantities.
- NumberRange: OneUnit (a sign, scale or unit written once for both ends), Dates, Scores, Grouping
  (dots and spaces grouping thousands in a range of counts), Words (fractions and shared scales),
  Bounds (a bound on a compound fraction, a glyph fraction), Wire, NotQuantities.
- Percent: OneUnit, Dates, Scores, Words (compound fractions of a percent), Notation, Tables, Wire,
  NotQuantities.
- Dimension: Imperial, OneUnit, Dates, Scores, Adjectival (`a 5-mile walk`), PerUnit (a price per
  unit of measure: the unit with no number is a mention), Words, Tables, NotQuantities.
- Currency: Dates, Scores, PerUnit (`$3.50 a gallon`, `1.459 € a litre`), Words, Formats, Wire,
  NotQuantities.
- Temperature: Mixed. Age: Mixed.

Expected values follow docs/accuracy.md's conventions and the earlier sets': a range includes both
ends; a unit model is given a range's ends written with their unit (a range whose first end is bare
gives the second end only); the number range model gives a percentage range without its sign and
a range whose sign and scale are written once whole (`£3 to 4 billion`); a date's day, an
ordinal, a score and a code are no quantity; a year is a number; a unit word with no number is a
mention with no value; metric units in American spelling; a currency's unit is its CLDR English
name; a fuel or unit price written with three decimals after a dot before a unit of measure is a
decimal (fuel is priced to a tenth of a cent). A percentage point is a percent.
The first score on the unchanged stage is in numbers30's report; cases are not edited after a
failure is seen, except an expectation that was the writer's own error against those conventions,
in its own commit.

    python3 scripts/build-number-probes-seams.py
"""
from number_probe_sets import ProbeSet, fraction

SET = ProbeSet("Seams")
add = SET.add


def numbers():
    d = lambda text, *r: add("Number", "Dates", text, *r)
    d("On 3 May 2,000 people marched in the capital.", ("2,000", "2000"))
    d("By June 30 1,500 jobs had gone.", ("1,500", "1500"))
    d("On 14 March 12 ships left port.", ("12", "12"))
    d("Since 1 January 40 shops have shut.", ("40", "40"))
    d("On May 9, 300 nurses walked out.", ("300", "300"))
    d("The 2019 census, taken on 8 April, counted 5,400 homes.", ("2019", "2019"), ("5,400", "5400"))
    d("On Friday 13 June 70 flights were cancelled.", ("70", "70"))
    d("In the week to 21 March 3,100 claims were filed.", ("3,100", "3100"))
    d("on 2 feb 450 workers signed the letter .", ("450", "450"))
    d("As of 31 December 2023 the firm had 820 staff.", ("2023", "2023"), ("820", "820"))

    s = lambda text, *r: add("Number", "Scores", text, *r)
    s("United won 3-1 in front of 40,000 fans.", ("40,000", "40000"))
    s("The 2-1 vote left 14 members unhappy.", ("14", "14"))
    s("After the 0-0 draw, 3 players were injured.", ("3", "3"))
    s("A 5-4 ruling struck down 2 laws.", ("2", "2"))
    s("The board voted 7-2 to close 6 branches.", ("6", "6"))
    s("They lost 24-17 with 11 men on the field.", ("11", "11"))
    s("The 4-3 thriller drew 52,000 people.", ("52,000", "52000"))

    o = lambda text, *r: add("Number", "Ordinals", text, *r)
    o("It was the twenty-third time that 40 boats had raced.", ("40", "40"))
    o("On its one hundred and first day the strike drew 500 people.", ("500", "500"))
    o("The forty-fifth president met 12 governors.", ("12", "12"))
    o("She finished thirty-second of 90 runners.", ("90", "90"))
    o("The two hundredth anniversary drew 3,000 guests.", ("3,000", "3000"))
    o("For the sixty-first year, seven choirs sang.", ("seven", "7"))

    f = lambda text, *r: add("Number", "Fractions", text, *r)
    f("Output was two and two-thirds of the target.", ("two and two-thirds", fraction(8, 3)))
    f("The plant runs at one and a quarter times its old rate.", ("one and a quarter", "1.25"))
    f("Seven-sixteenths of the field was ploughed.", ("Seven-sixteenths", "0.4375"))
    f("Nine-tenths of the ice has gone.", ("Nine-tenths", "0.9"))
    f("Only a hundredth of the water was clean.", ("a hundredth", "0.01"))
    f("Five and a half thousand people came.", ("Five and a half thousand", "5500"))
    f("One and a half million homes lost power.", ("One and a half million", "1500000"))
    f("The shares rose two and three-eighths.", ("two and three-eighths", "2.375"))
    f("Three thousandths of the sample was gold.", ("Three thousandths", "0.003"))

    n = lambda text, *r: add("Number", "Notation", text, *r)
    n("The ratio was .5 at the close.", (".5", "0.5"))
    n("The board grew to 2½ times its size.", ("2½", "2.5"))
    n("The shares rose 3 1/2 on the day.", ("3 1/2", "3.5"))
    n("Some 1.2e6 cells were counted.", ("1.2e6", "1200000"))
    n("The sample held 4 × 10^5 spores.", ("4 × 10^5", "400000"))
    n("About ¾ of the crop was sold.", ("¾", "0.75"))
    n("The index stood at 1 234,5 on Monday.", ("1 234,5", "1234.5"))

    t = lambda text, *r: add("Number", "Tables", text, *r)
    t("Homes built | 1,204 | 1,350 | 1,410", ("1,204", "1204"), ("1,350", "1350"), ("1,410", "1410"))
    t("Staff\t420\t455", ("420", "420"), ("455", "455"))
    t("Region North   12   14   17", ("12", "12"), ("14", "14"), ("17", "17"))
    t("Orders: 2021 310; 2022 365", ("2021", "2021"), ("310", "310"), ("2022", "2022"), ("365", "365"))

    w = lambda text, *r: add("Number", "Wire", text, *r)
    w("about 2 , 000 people marched on saturday .", ("2 , 000", "2000"))
    w("the firm cut 1,200 jobs in may .", ("1,200", "1200"))
    w("the agency said 450 , 000 bags were shipped .", ("450 , 000", "450000"))
    w("some forty-two thousand voted .", ("forty-two thousand", "42000"))
    w("police said 35 people were held .", ("35", "35"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("The ruling was 5-4.")
    x("They won 3-1 on Sunday.")
    x("the 2-1 vote came late .")
    x("It was her twenty-first birthday.")
    x("The talks resume on 3 May.")
    x("It is the city's fifty-first park.")


def ranges():
    u = lambda text, *r: add("NumberRange", "OneUnit", text, *r)
    u("The repair will cost $5-6 million.", ("$5-6 million", "[5000000,6000000]"))
    u("The town is 5 to 7 km away.", ("5 to 7", "[5,7]"))
    u("Rates rose between 10 and 12 per cent.", ("between 10 and 12", "[10,12]"))
    u("Losses of €2-3 billion are feared.", ("€2-3 billion", "[2000000000,3000000000]"))
    u("Crops need 20 to 30 mm of rain.", ("20 to 30", "[20,30]"))
    u("The stock fell 8-10 pct.", ("8-10", "[8,10]"))
    u("Fish of 2 to 3 kg were landed.", ("2 to 3", "[2,3]"))
    u("The deal is worth 40-50 million pounds.", ("40-50 million", "[40000000,50000000]"))

    d = lambda text, *r: add("NumberRange", "Dates", text, *r)
    d("On 4 July 300 to 400 people gathered.", ("300 to 400", "[300,400]"))
    d("By 30 June between 50 and 60 firms had signed.", ("between 50 and 60", "[50,60]"))
    d("On May 2 10-15 boats were sighted.", ("10-15", "[10,15]"))
    d("Since 3 March more than 200 homes have flooded.", ("more than 200", "(200,)"))
    d("On 1 May at least 30 people were hurt.", ("at least 30", "[30,)"))

    s = lambda text, *r: add("NumberRange", "Scores", text, *r)
    s("After the 2-1 win, 5,000-6,000 fans celebrated.", ("5,000-6,000", "[5000,6000]"))
    s("The 6-3 ruling affects up to 40 states.", ("up to 40", "(,40]"))
    s("They won 3-0, and over 60,000 watched.", ("over 60,000", "(60000,)"))
    s("A 7-2 vote backed fewer than 20 sites.", ("fewer than 20", "(,20)"))

    g = lambda text, *r: add("NumberRange", "Grouping", text, *r)
    g("The festival drew between 2.500 and 3.000 visitors.", ("between 2.500 and 3.000", "[2500,3000]"))
    g("Each hall seats 1.800-2.200 people.", ("1.800-2.200", "[1800,2200]"))
    g("Crowds of 10.000 to 12.000 were counted.", ("10.000 to 12.000", "[10000,12000]"))
    g("The plant makes 12 000 to 15 000 units a day.", ("12 000 to 15 000", "[12000,15000]"))
    g("Rents run from 1'200 to 1'500 francs.", ("from 1'200 to 1'500", "[1200,1500]"))

    w = lambda text, *r: add("NumberRange", "Words", text, *r)
    w("Between a third and a half of the staff left.", ("Between a third and a half", "[" + fraction(1, 3) + ",0.5]"))
    w("From one-fifth to one-quarter of homes are empty.", ("From one-fifth to one-quarter", "[0.2,0.25]"))
    w("Twenty to twenty-five thousand people came.", ("Twenty to twenty-five thousand", "[20000,25000]"))
    w("Ten to twelve times a year the river floods.", ("Ten to twelve", "[10,12]"))
    w("Between one and a half and two million tonnes were lost.",
      ("Between one and a half and two million", "[1500000,2000000]"))

    b = lambda text, *r: add("NumberRange", "Bounds", text, *r)
    b("More than one and a half million people voted.", ("More than one and a half million", "(1500000,)"))
    b("Fewer than a hundredth of the cells survived.", ("Fewer than a hundredth", "(,0.01)"))
    b("The drive takes at most 2½ hours.", ("at most 2½", "(,2.5]"))
    b("The bonds yield no more than 3 1/4 pct.", ("no more than 3 1/4", "(,3.25]"))
    b("Fewer than 1.500 seats remain.", ("Fewer than 1.500", "(,1500)"))

    r = lambda text, *res: add("NumberRange", "Wire", text, *res)
    r("analysts see 1.10 - 1.20 dlrs a share .", ("1.10 - 1.20", "[1.1,1.2]"))
    r("output seen at 2.5 to 3 mln tonnes .", ("2.5 to 3 mln", "[2500000,3000000]"))
    r("Est. range | 40-45 | 50-55", ("40-45", "[40,45]"), ("50-55", "[50,55]"))
    r("the company expects between 300 and 350 mln dlrs in sales .",
      ("between 300 and 350 mln", "[300000000,350000000]"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("City won 3-1 away from home.")
    x("The 5-4 ruling came on Monday.")
    x("He served from the fifth to the ninth term.")
    x("The vote was 12-3 against.")


def percent():
    u = lambda text, *r: add("Percent", "OneUnit", text, *r)
    u("Yields fell between 4 and 5 per cent.", ("5 per cent", "5%"))
    u("The stock fell 8-10 pct in heavy trade.", ("10 pct", "10%"))
    u("Wages rose 3 to 4 percent on the year.", ("4 percent", "4%"))
    u("Turnout was 60-65% in the north.", ("65%", "65%"))
    u("Prices may rise by between six and seven percent.", ("seven percent", "7%"))

    d = lambda text, *r: add("Percent", "Dates", text, *r)
    d("On 3 May 40% of voters stayed home.", ("40%", "40%"))
    d("By June 30 12.5 per cent of loans had failed.", ("12.5 per cent", "12.5%"))
    d("On 1 July 2 % more staff were hired.", ("2 %", "2%"))
    add("Percent", "Scores", "After the 2-1 vote, 55 per cent backed the plan.", ("55 per cent", "55%"))
    add("Percent", "Scores", "After the 3-0 win, ticket sales rose 20%.", ("20%", "20%"))

    w = lambda text, *r: add("Percent", "Words", text, *r)
    w("Rates rose by twelve and a half per cent.", ("twelve and a half per cent", "12.5%"))
    w("Growth was a quarter of a percent.", ("a quarter of a percent", "0.25%"))
    w("The fee is one and three-quarter per cent.", ("one and three-quarter per cent", "1.75%"))
    w("Support stood at fifty-five point five percent.", ("fifty-five point five percent", "55.5%"))
    w("The levy was cut by three-quarters of a percentage point.",
      ("three-quarters of a percentage point", "0.75%"))

    n = lambda text, *r: add("Percent", "Notation", text, *r)
    n("Inflation hit 12,5 % in May.", ("12,5 %", "12.5%"))
    n("The rate is 3½ per cent.", ("3½ per cent", "3.5%"))
    n("Bonds yield 7 1/4 pct.", ("7 1/4 pct", "7.25%"))
    n("Growth was .5% last quarter.", (".5%", "0.5%"))
    n("The tax is 0,75% of the price.", ("0,75%", "0.75%"))

    t = lambda text, *r: add("Percent", "Tables", text, *r)
    t("Jobless rate | 4.1% | 4.3% | 4.0%", ("4.1%", "4.1%"), ("4.3%", "4.3%"), ("4.0%", "4%"))
    t("CPI yr/yr   2.9 pct   3.1 pct", ("2.9 pct", "2.9%"), ("3.1 pct", "3.1%"))
    t("Margin\t12%\t14%", ("12%", "12%"), ("14%", "14%"))

    r = lambda text, *res: add("Percent", "Wire", text, *res)
    r("unemployment rose to 7.2 pct in march from 6.9 pct .", ("7.2 pct", "7.2%"), ("6.9 pct", "6.9%"))
    r("the bank cut its rate by 0.25 percentage point .", ("0.25 percentage point", "0.25%"))
    r("sales rose 4 , 5 pct on the year .", ("4 , 5 pct", "4.5%"))

    x = lambda text: add("Percent", "NotQuantities", text)
    x("The vote was 2-1 in favour.")
    x("It was the 25th of May.")
    x("The third-quarter figures came out on 3 May.")


def dimension():
    i = lambda text, *r: add("Dimension", "Imperial", text, *r)
    i("The horse ran 6 furlongs.", ("6 furlongs", "6", "Furlong"))
    i("The wreck lies in 20 fathoms of water.", ("20 fathoms", "20", "Fathom"))
    i("The pub sold 300 pints on Saturday.", ("300 pints", "300", "Pint"))
    i("Add 8 fl oz of milk.", ("8 fl oz", "8", "Fluid ounce"))
    i("The farm sold 40 hundredweight of potatoes.", ("40 hundredweight", "40", "Hundredweight"))
    i("Dig a trench 3 yards long.", ("3 yards", "3", "Yard"))
    i("The lot covers 900 square yards.", ("900 square yards", "900", "Square yard"))
    i("The truck hauls 12 cubic yards of gravel.", ("12 cubic yards", "12", "Cubic yard"))
    i("The ship was 20 leagues from shore.", ("20 leagues", "20", "League"))
    i("The tyre gauge read 30 psi.", ("30 psi", "30", "Pound per square inch"))
    i("The barn holds 500 bushels of wheat.", ("500 bushels", "500", "Bushel"))
    i("The jug holds 2 quarts.", ("2 quarts", "2", "Quart"))

    u = lambda text, *r: add("Dimension", "OneUnit", text, *r)
    u("The village is 5 to 7 km from the coast.", ("7 km", "7", "Kilometer"))
    u("Fish of 2-3 kg were landed.", ("3 kg", "3", "Kilogram"))
    u("Waves of between 4 and 6 metres hit the pier.", ("6 metres", "6", "Meter"))
    u("Drifts 3 to 4 feet deep closed the road.", ("4 feet", "4", "Foot"))
    u("The fence runs 200-250 yards.", ("250 yards", "250", "Yard"))

    d = lambda text, *r: add("Dimension", "Dates", text, *r)
    d("On 3 May 40 mm of rain fell.", ("40 mm", "40", "Millimeter"))
    d("By 1 June 300 tonnes had been shipped.", ("300 tonnes", "300", "Metric ton"))
    d("On 12 August 6 inches of hail fell.", ("6 inches", "6", "Inch"))
    add("Dimension", "Scores", "After the 2-1 win the team flew 9,000 km home.", ("9,000 km", "9000", "Kilometer"))
    add("Dimension", "Scores", "They won 3-1 and the striker ran 11 km.", ("11 km", "11", "Kilometer"))

    a = lambda text, *r: add("Dimension", "Adjectival", text, *r)
    a("A 5-mile walk opened on Sunday.", ("5-mile", "5", "Mile"))
    a("They built a two-kilometre tunnel.", ("two-kilometre", "2", "Kilometer"))
    a("The 400-metre race was close.", ("400-metre", "400", "Meter"))
    a("A 10-tonne truck hit the bridge.", ("10-tonne", "10", "Metric ton"))
    a("The 30-acre farm was sold.", ("30-acre", "30", "Acre"))
    a("She bought a 1.5-litre bottle.", ("1.5-litre", "1.5", "Liter"))
    a("A six-foot fence went up.", ("six-foot", "6", "Foot"))

    p = lambda text, *r: add("Dimension", "PerUnit", text, *r)
    p("Diesel costs $3.50 a gallon.", ("gallon", None, "Gallon"))
    p("Petrol is 1.459 € a litre.", ("litre", None, "Liter"))
    p("Beef sells at 12 dollars a kilo.", ("kilo", None, "Kilogram"))
    p("Wheat fetched 210 euros a tonne.", ("tonne", None, "Metric ton"))

    w = lambda text, *r: add("Dimension", "Words", text, *r)
    w("The pole is three and a half metres tall.", ("three and a half metres", "3.5", "Meter"))
    w("They walked one and a quarter miles.", ("one and a quarter miles", "1.25", "Mile"))
    w("The rope is two and three-quarter inches thick.", ("two and three-quarter inches", "2.75", "Inch"))
    w("The mast is 2½ metres high.", ("2½ metres", "2.5", "Meter"))

    t = lambda text, *r: add("Dimension", "Tables", text, *r)
    t("Rainfall | 40 mm | 55 mm", ("40 mm", "40", "Millimeter"), ("55 mm", "55", "Millimeter"))
    t("the mine produced 1,250 tonnes of ore .", ("1,250 tonnes", "1250", "Metric ton"))
    t("Depth\t12 m\t15 m", ("12 m", "12", "Meter"), ("15 m", "15", "Meter"))

    x = lambda text: add("Dimension", "NotQuantities", text)
    x("The 2-1 vote came at dusk.")
    x("On 5 May the court sat.")
    x("The M4 was shut on 3 June.")


def currency():
    d = lambda text, *r: add("Currency", "Dates", text, *r)
    d("On 3 May 2,000 pounds was raised.", ("2,000 pounds", "2000", "Pound"))
    d("By June 30 $4.5 million had been spent.", ("$4.5 million", "4500000", "Dollar"))
    d("On 12 March 300 euros went missing.", ("300 euros", "300", "Euro"))

    s = lambda text, *r: add("Currency", "Scores", text, *r)
    s("After the 2-1 win the club sold a player for £30 million.", ("£30 million", "30000000", "Pound"))
    s("A 5-4 vote approved $2 billion in aid.", ("$2 billion", "2000000000", "Dollar"))

    p = lambda text, *r: add("Currency", "PerUnit", text, *r)
    p("Diesel costs $3.50 a gallon in the town.", ("$3.50", "3.5", "Dollar"))
    p("Petrol is 1.459 € a litre at the pump.", ("1.459 €", "1.459", "Euro"))
    p("Heating oil is 0.899 € per litre.", ("0.899 €", "0.899", "Euro"))
    p("The firm paid 12 cents per share.", ("12 cents", "12", "Cent"))
    p("Beef sells at 12 dollars a kilo at the market.", ("12 dollars", "12", "Dollar"))
    p("Power costs 0.32 € per kWh.", ("0.32 €", "0.32", "Euro"))
    p("Super unleaded was 1.879 € a litre.", ("1.879 €", "1.879", "Euro"))

    w = lambda text, *r: add("Currency", "Words", text, *r)
    w("He paid two and a half thousand pounds.", ("two and a half thousand pounds", "2500", "Pound"))
    w("The bill was one and a half million dollars.", ("one and a half million dollars", "1500000", "Dollar"))

    f = lambda text, *r: add("Currency", "Formats", text, *r)
    f("The flat sold for 245.000 €.", ("245.000 €", "245000", "Euro"))
    f("The watch costs CHF 1'250.50.", ("CHF 1'250.50", "1250.5", "Swiss franc"))
    f("Revenue | $1.2 billion | $1.4 billion", ("$1.2 billion", "1200000000", "Dollar"),
      ("$1.4 billion", "1400000000", "Dollar"))

    r = lambda text, *res: add("Currency", "Wire", text, *res)
    r("net 4.5 mln dlrs vs 3.2 mln dlrs", ("4.5 mln dlrs", "4500000", "Dollar"), ("3.2 mln dlrs", "3200000", "Dollar"))
    r("the bid is 15 dlrs a share .", ("15 dlrs", "15", "Dollar"))

    x = lambda text: add("Currency", "NotQuantities", text)
    x("Flight 450 to Paris was late on 3 May.")
    x("The 2-1 vote was close.")


def temperature():
    m = lambda text, *r: add("Temperature", "Mixed", text, *r)
    m("On 3 May 30C was recorded.", ("30C", "30", "C"))
    m("After the 2-1 win it was still 28 degrees.", ("28 degrees", "28", "Degree"))
    m("Temperatures of 20-25C are forecast.", ("25C", "25", "C"))
    m("It will be between 5 and 8 degrees Celsius.", ("8 degrees Celsius", "8", "C"))
    m("Lows | -3°C | -5°C", ("-3°C", "-3", "C"), ("-5°C", "-5", "C"))


def age():
    m = lambda text, *r: add("Age", "Mixed", text, *r)
    m("On 3 May a 12-year-old won the race.", ("12-year-old", "12", "Year"))
    m("The 2-1 winner was 19 years old.", ("19 years old", "19", "Year"))
    m("She is twenty-one and a half years old.", ("twenty-one and a half years old", "21.5", "Year"))
    m("They adopted a six-month-old baby.", ("six-month-old", "6", "Month"))


if __name__ == "__main__":
    SET.write([numbers, ranges, percent, dimension, currency, temperature, age])
