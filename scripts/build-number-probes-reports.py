#!/usr/bin/env python3
"""Writes the twelfth probe set for issue 18, Tests/GlossNumbersTests/Probes/Reports/<Model>Model-<register>.json.

Written in one sitting by numbers19 before the stage was run on any of it and before reading the
stage's rules (and without opening the spec files or any file of ../shared/eval), in the format of the
other probe sets. The eleven earlier sets were read only as lists of units and inputs, to keep their
naming and to leave out what they hold; this one carries issue 18's phenomena in registers they hold
least:
- Earnings: company results and statements (per-share amounts, `C$`, `A$`, `S$`, codes before a
  scale, margins, guidance ranges).
- Budgets: government statistics and budgets (deficits in trillions, census counts grouped by spaces,
  `one in five`, `out of`, shares of GDP, bounds in laws).
- Archive: 1980s news wire, lower-cased or in capitals (`mln dlrs`, `stg`, `pct`, stock fractions,
  historic currencies: francs, marks, lire, pesetas, markkaa, escudos, schillings, kroner).
- Health: health and science reporting (doses with `µ` and `μ`, exponent forms, `out of every`,
  spelled-ordinal fractions, fevers, ages of patients).
- Property and Transport: homes, plots and rents (`2,400-square-foot`, `m²`, `acre`), vehicles, lines,
  speeds and loads (`320-km`, `three-ton`, `km/h`, `knots`).
- Prices: consumer prices with taxes and discounts (`plus tax`, `incl. VAT`, `two for $5`, `5-dollar`
  coupons, every sign of issue 18: `₾ ₭ 元 ₺ ₦ ₱ ₫ ₪`).
- Edges, spread over the registers: `e`/`E` exponents with signs, `× 10^`, `x 10^`, glued and spaced
  suffixes (`k`, `mn`, `bln`, `tn`, `B`), space, apostrophe and dot grouping, `point` decimals, plurals
  of ordinal denominators, `dozen` arithmetic, `and`-chains, bits against bytes, compound units, every
  comparator form.
- NotQuantities per model: what looks like the model's quantity in those registers and is not.

Expected values follow docs/accuracy.md's conventions: a range includes both ends; a scale or unit
written after the last end of a range is every end's; a unit model is given a range's ends that are
written with their unit (`3 to 4 percent`: `4 percent`); NumberModel lists cardinals and fractions, not
ordinals, dates, times, years or scores; a sign alone is `Dollar` or `Pound`, a currency word alone is
named in full only when one currency ends with it; metric units by prefix and base in American
spelling. The first score on the unchanged stage is in numbers19's report; cases are not edited after a
failure is seen, except an expectation that was the writer's own error against those conventions, in
its own commit.

    python3 scripts/build-number-probes-reports.py
"""
from number_probe_sets import ProbeSet, fraction

SET = ProbeSet("Reports")
add = SET.add


def numbers():
    e = lambda text, *r: add("Number", "Earnings", text, *r)
    e("Net income rose to 1.23 billion from 987 million.", ("1.23 billion", "1230000000"), ("987 million", "987000000"))
    e("The company shipped 12.5m handsets over the period.", ("12.5m", "12500000"))
    e("The group employs some 48 500 people worldwide.", ("48 500", "48500"))
    e("It sold 3.4 mn subscriptions, up from 2.9 mn.", ("3.4 mn", "3400000"), ("2.9 mn", "2900000"))
    e("Revenue reached 3.6B, the board said.", ("3.6B", "3600000000"))
    e("Write-downs of 800 k were booked.", ("800 k", "800000"))
    e("The backlog stood at 4,312 units, against 3,980.", ("4,312", "4312"), ("3,980", "3980"))
    e("Two-thirds of the stores turned a profit.", ("Two-thirds", fraction(2, 3)))
    e("The payout ratio came in at zero point four two.", ("zero point four two", "0.42"))
    e("Turnover was 12.345.678,90 on the consolidated basis.", ("12.345.678,90", "12345678.9"))

    b = lambda text, *r: add("Number", "Budgets", text, *r)
    b("The deficit is forecast at 1.7tn for the year.", ("1.7tn", "1700000000000"))
    b("The census counted 331 449 281 residents.", ("331 449 281", "331449281"))
    b("Claims fell by 19,000 to 212,000 last week.", ("19,000", "19000"), ("212,000", "212000"))
    b("Some seven out of ten households pay the levy.", ("seven out of ten", "0.7"))
    b("One in five children lives in poverty, the report said.", ("One in five", "0.2"))
    b("The bill adds two hundred and fifty billion to the debt.", ("two hundred and fifty billion", "250000000000"))
    b("Road spending is set at 12.75bln in the plan.", ("12.75bln", "12750000000"))
    b("The agency handled 1.2E6 claims.", ("1.2E6", "1200000"))
    b("The canton registered 2'317 new firms.", ("2'317", "2317"))
    b("Three fifths of the budget goes to pensions.", ("Three fifths", "0.6"))
    b("Six thousand and forty-two officers were hired.", ("Six thousand and forty-two", "6042"))
    b("The votes were four hundred and twelve and three hundred and nine.",
      ("four hundred and twelve", "412"), ("three hundred and nine", "309"))

    a = lambda text, *r: add("Number", "Archive", text, *r)
    a("the company said it had 12.4 mln shares outstanding .", ("12.4 mln", "12400000"))
    a("TWO-THIRDS OF SHAREHOLDERS BACK MERGER", ("TWO-THIRDS", fraction(2, 3)))
    a("it said three-fifths of the output was exported .", ("three-fifths", "0.6"))
    a("the bank bought back 500,000 of its shares .", ("500,000", "500000"))
    a("OFFER VALUES GROUP AT 1.2 BILLION", ("1.2 BILLION", "1200000000"))
    a("the fund has 2 , 450 , 000 units in issue .", ("2 , 450 , 000", "2450000"))
    a("SHARES OUTSTANDING ROSE TO 34.5 MLN FROM 31.2 MLN", ("34.5 MLN", "34500000"), ("31.2 MLN", "31200000"))
    a("it now holds about one-quarter of the market .", ("one-quarter", "0.25"))

    h = lambda text, *r: add("Number", "Health", text, *r)
    h("Each dose holds 2.5 × 10^9 particles.", ("2.5 × 10^9", "2500000000"))
    h("The error rate was 7.5e-4 in the trial.", ("7.5e-4", "0.00075"))
    h("One in 250 people carries the gene.", ("One in 250", "0.004"))
    h("Three-quarters of patients responded.", ("Three-quarters", "0.75"))
    h("The trial enrolled twenty-four hundred volunteers.", ("twenty-four hundred", "2400"))
    h("Nineteen out of every twenty samples were clean.", ("Nineteen out of every twenty", "0.95"))
    h("Only two hundredths of the dose reached the brain.", ("two hundredths", "0.02"))
    h("The culture grew to 3.2 x 10^12 cells.", ("3.2 x 10^12", "3200000000000"))
    h("A count of 1.05E+3 was recorded.", ("1.05E+3", "1050"))
    h("Five thirty-seconds of the sample was lost.", ("Five thirty-seconds", fraction(5, 32)))
    h("Nine tenths of the cases were mild.", ("Nine tenths", "0.9"))

    p = lambda text, *r: add("Number", "Property", text, *r)
    p("The tower will have 1,450 flats and three dozen shops.", ("1,450", "1450"), ("three dozen", "36"))
    p("Half a dozen bidders came forward.", ("Half a dozen", "6"))
    p("Two dozens of buses were withdrawn.", ("Two dozens", "24"))
    p("The airline carried 142.7 million passengers.", ("142.7 million", "142700000"))
    p("A dozen and a half homes were sold.", ("A dozen and a half", "18"))
    p("The scheme adds forty and fifty homes in two phases.", ("forty", "40"), ("fifty", "50"), ("two", "2"))
    p("Sales of new homes hit 1 234 567 units.", ("1 234 567", "1234567"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("The firm reports its second-quarter results on Tuesday.")
    x("Call 0845 600 1234 for the helpline.")
    x("The meeting opens at 09:30 on 14 March.")
    x("Flight BA117 leaves from gate 23B.")
    x("He finished third in the leadership vote.")


def ranges():
    e = lambda text, *r: add("NumberRange", "Earnings", text, *r)
    e("Analysts expect earnings of between 1.10 and 1.15 a share.", ("between 1.10 and 1.15", "[1.1,1.15]"))
    e("The group sees volumes from 2.1m to 2.4m units.", ("from 2.1m to 2.4m", "[2100000,2400000]"))
    e("Guidance was cut to 40-45 million units.", ("40-45 million", "[40000000,45000000]"))
    e("It expects to hire more than 1,000 engineers.", ("more than 1,000", "(1000,)"))
    e("Orders of 500 or above qualify for the rebate.", ("500 or above", "[500,)"))
    e("SALES SEEN AT NO LESS THAN 3 BILLION", ("NO LESS THAN 3 BILLION", "[3000000000,)"))

    b = lambda text, *r: add("NumberRange", "Budgets", text, *r)
    b("Households earning 60,000 or more pay the top rate.", ("60,000 or more", "[60000,)"))
    b("Fewer than one in ten flats is empty.", ("Fewer than one in ten", "(,0.1)"))
    b("More than 2 in 5 voters backed the plan.", ("More than 2 in 5", "(0.4,)"))
    b("At least 3 out of 4 councils raised taxes.", ("At least 3 out of 4", "[0.75,)"))
    b("Schools with 30 or fewer pupils get a grant.", ("30 or fewer", "(,30]"))
    b("Claims of 50 and below are paid at once.", ("50 and below", "(,50]"))
    b("Firms equal to or more than 500 staff must report.", ("equal to or more than 500", "[500,)"))
    b("the deficit will be between 300 and 350 bln .", ("between 300 and 350 bln", "[300000000000,350000000000]"))
    b("Up to three-quarters of the fund may be lent.", ("Up to three-quarters", "(,0.75]"))
    b("Populations of more than 10,000 and less than 50,000 count as towns.",
      ("more than 10,000 and less than 50,000", "(10000,50000)"))

    t = lambda text, *r: add("NumberRange", "Transport", text, *r)
    t("Trams run every 10 to 15 minutes at peak.", ("10 to 15", "[10,15]"))
    t("The fleet will grow to between 40 and 45 aircraft.", ("between 40 and 45", "[40,45]"))
    t("Routes 12–18 are suspended.", ("12–18", "[12,18]"))
    t("Buses with higher or equal than 40 seats pay the toll.", ("higher or equal than 40", "[40,)"))
    t("Loads > 3,500 need a permit.", ("> 3,500", "(3500,)"))
    t("Carriages ≤ 12 may use the branch line.", ("≤ 12", "(,12]"))
    t("No fewer than 20 and no more than 30 ferries sail daily.", ("No fewer than 20 and no more than 30", "[20,30]"))
    t("Delays ranged from two to three and a half hours.", ("from two to three and a half", "[2,3.5]"))

    a = lambda text, *r: add("NumberRange", "Archive", text, *r)
    a("MORE THAN 1,000 JOBS TO GO AT PLANT", ("MORE THAN 1,000", "(1000,)"))
    a("the company said it would cut 300 to 400 jobs .", ("300 to 400", "[300,400]"))
    a("it expects output of under 2 mln units .", ("under 2 mln", "(,2000000)"))
    a("AT LEAST 15 DEAD IN TRAIN CRASH", ("AT LEAST 15", "[15,)"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("The 1985-86 budget was approved.")
    x("United won 3-1 at home.")
    x("The summit runs 3-5 June.")
    x("Nearly 40 people were hurt.")
    x("Call 555-0199 for bookings.")


def currency():
    e = lambda text, *r: add("Currency", "Earnings", text, *r)
    e("Net profit was $1.23 billion, or 45 cents a share.", ("$1.23 billion", "1230000000", "Dollar"), ("45 cents", "45", "Cent"))
    e("Revenue rose to €3.4bn from €3.1bn.", ("€3.4bn", "3400000000", "Euro"), ("€3.1bn", "3100000000", "Euro"))
    e("Operating profit was ¥ 45.6 billion.", ("¥ 45.6 billion", "45600000000", "Japanese yen"))
    e("Group sales reached SEK 23.1 billion.", ("SEK 23.1 billion", "23100000000", "Swedish krona"))
    e("The board declared a 15-cent dividend.", ("15-cent", "15", "Cent"))
    e("The miner earned C$2.4bn last year.", ("C$2.4bn", "2400000000", "Canadian dollar"))
    e("The bank made a profit of A$1.2 billion.", ("A$1.2 billion", "1200000000", "Australian dollar"))
    e("The carrier lost NZ$300 million.", ("NZ$300 million", "300000000", "New Zealand dollar"))
    e("The port operator earned S$ 1.5bn.", ("S$ 1.5bn", "1500000000", "Singapore dollar"))
    e("Petrobras booked R$4.5 billion in charges.", ("R$4.5 billion", "4500000000", "Brazilian real"))
    e("Sales were MXN 12.3bn in the period.", ("MXN 12.3bn", "12300000000", "Mexican peso"))
    e("The brewer reported ZAR 5.6 billion in revenue.", ("ZAR 5.6 billion", "5600000000", "South African rand"))
    e("The chipmaker earned KRW 3.2 trillion.", ("KRW 3.2 trillion", "3200000000000", "South Korean won"))
    e("Dividends of 2.15 Swiss francs a share were paid.", ("2.15 Swiss francs", "2.15", "Swiss franc"))
    e("The lender raised its profit to PLN 1.2 billion.", ("PLN 1.2 billion", "1200000000", "Polish zloty"))

    b = lambda text, *r: add("Currency", "Budgets", text, *r)
    b("The budget sets aside $4.5tn for spending.", ("$4.5tn", "4500000000000", "Dollar"))
    b("The ministry will borrow £120bn next year.", ("£120bn", "120000000000", "Pound"))
    b("Kenya's budget is KES 3.6 trillion.", ("KES 3.6 trillion", "3600000000000", "Kenyan shilling"))
    b("Nigeria plans to spend ₦ 21.8 trillion.", ("₦ 21.8 trillion", "21800000000000", "Nigerian naira"))
    b("The state will spend INR 45,000 crore on roads.", ("INR 45,000 crore", "450000000000", "Indian rupee"))
    b("Egypt raised EGP 3.2bn in the auction.", ("EGP 3.2bn", "3200000000", "Egyptian pound"))
    b("The grant is worth two hundred and fifty million euros.", ("two hundred and fifty million euros", "250000000", "Euro"))
    b("Fines of up to USD 10,000 apply.", ("USD 10,000", "10000", "United States dollar"))
    b("The treasury sold 2.5 bln Saudi riyals of bonds.", ("2.5 bln Saudi riyals", "2500000000", "Saudi riyal"))

    a = lambda text, *r: add("Currency", "Archive", text, *r)
    a("the company posted a loss of 12.5 mln dlrs .", ("12.5 mln dlrs", "12500000", "Dollar"))
    a("THE BANK OF ENGLAND PROVIDED 215 MLN STG", ("215 MLN STG", "215000000", "British pound"))
    a("the bundesbank sold 450 mln marks .", ("450 mln marks", "450000000", "Mark"))
    a("the treasury bought 1.3 billion french francs .", ("1.3 billion french francs", "1300000000", "French franc"))
    a("it raised 85 billion lire through the issue .", ("85 billion lire", "85000000000", "Lira"))
    a("THE CONTRACT IS WORTH 4.5 BILLION PESETAS", ("4.5 BILLION PESETAS", "4500000000", "Spanish peseta"))
    a("the deal is valued at 300 mln finnish markka .", ("300 mln finnish markka", "300000000", "Finnish markka"))
    a("the loan totals 12 billion portuguese escudos .", ("12 billion portuguese escudos", "12000000000", "Portuguese escudo"))
    a("the bank lent 600 mln austrian schillings .", ("600 mln austrian schillings", "600000000", "Austrian schilling"))
    a("profit rose to 245 mln danish crowns .", ("245 mln danish crowns", "245000000", "Danish krone"))
    a("the unit earned 40 mln hong kong dlrs .", ("40 mln hong kong dlrs", "40000000", "Hong Kong dollar"))
    a("NET LOSS 3.2 MLN CANADIAN DLRS", ("3.2 MLN CANADIAN DLRS", "3200000", "Canadian dollar"))
    a("the shares fell 1-1/4 dlrs to 34-3/8 .", ("1-1/4 dlrs", "1.25", "Dollar"))
    a("the dividend is 25 cts a share , up from 20 cts .", ("25 cts", "25", "Cent"), ("20 cts", "20", "Cent"))

    p = lambda text, *r: add("Currency", "Prices", text, *r)
    p("The jacket is $49.99 plus tax.", ("$49.99", "49.99", "Dollar"))
    p("The ticket is 12.50 EUR incl. VAT.", ("12.50 EUR", "12.5", "Euro"))
    p("A coffee costs £2.80, or £2.50 with a loyalty card.", ("£2.80", "2.8", "Pound"), ("£2.50", "2.5", "Pound"))
    p("The phone sells for 899 dollars before tax.", ("899 dollars", "899", "Dollar"))
    p("Shoppers get a 5-dollar coupon at the till.", ("5-dollar", "5", "Dollar"))
    p("Avocados are two for $5 this week.", ("$5", "5", "Dollar"))
    p("A bus ticket in Tbilisi costs ₾ 1.", ("₾ 1", "1", "Georgian lari"))
    p("A bowl of noodles is 25,000₭ in Vientiane.", ("25,000₭", "25000", "Laotian kip"))
    p("The dumplings cost 18 元 a plate.", ("18 元", "18", "Chinese yuan"))
    p("A simit now costs ₺15 in Istanbul.", ("₺15", "15", "Turkish lira"))
    p("The jeepney fare rose to ₱13.", ("₱13", "13", "Philippine peso"))
    p("A bánh mì is ₫30,000 on the street.", ("₫30,000", "30000", "Vietnamese dong"))
    p("A falafel costs ₪ 18 in Tel Aviv.", ("₪ 18", "18", "Israeli new shekel"))
    p("Stamps rose by 10 pence to 95p.", ("10 pence", "10", "Pence"), ("95p", "95", "Pence"))
    p("The bundle is USD 29.99 after a USD 5 rebate.", ("USD 29.99", "29.99", "United States dollar"),
      ("USD 5", "5", "United States dollar"))
    p("The cheese costs 4,90 € after the discount.", ("4,90 €", "4.9", "Euro"))

    r = lambda text, *res: add("Currency", "Property", text, *res)
    r("The flat sold for £1.2m above the asking price.", ("£1.2m", "1200000", "Pound"))
    r("The rent is HK$ 38,000 a month.", ("HK$ 38,000", "38000", "Hong Kong dollar"))
    r("The villa is listed at 3.5 million Swiss francs.", ("3.5 million Swiss francs", "3500000", "Swiss franc"))
    r("Homes there average $1.1 million, up from $950,000.", ("$1.1 million", "1100000", "Dollar"), ("$950,000", "950000", "Dollar"))
    r("The tower cost QAR 3.5 billion to build.", ("QAR 3.5 billion", "3500000000", "Qatari riyal"))
    r("A garage in Oslo sold for NOK 1.1m.", ("NOK 1.1m", "1100000", "Norwegian krone"))

    m = lambda text, *r: add("Currency", "Minor", text, *r)
    m("A tram ride in Geneva cost 80 centimes.", ("80 centimes", "80", "Centime"))
    m("Bread went up 50 pfennigs in Bonn.", ("50 pfennigs", "50", "Pfennig"))
    m("The candy costs 50 sen in Kuala Lumpur.", ("50 sen", "50", "Sen"))
    m("A stamp is 7 öre dearer.", ("7 öre", "7", "Öre"))

    x = lambda text: add("Currency", "NotQuantities", text)
    x("The firm's Q3 results beat forecasts.")
    x("The A380 flew 14 hours non-stop.")
    x("Sales at the 450 stores rose.")
    x("Shares of the 3M unit rose.")


def dimension():
    t = lambda text, *r: add("Dimension", "Transport", text, *r)
    t("The 320-km line opens next year.", ("320-km", "320", "Kilometer"))
    t("The tunnel is a 1.2-mile bore.", ("1.2-mile", "1.2", "Mile"))
    t("The trains run at 300 km/h.", ("300 km/h", "300", "Kilometer per hour"))
    t("The speed limit is 20 mph near schools.", ("20 mph", "20", "Mile per hour"))
    t("The jet was cruising at 35,000 feet.", ("35,000 feet", "35000", "Foot"))
    t("A three-ton crane toppled onto the road.", ("three-ton", "3", "Ton"))
    t("A 7.5-tonne lorry jack-knifed on the M6.", ("7.5-tonne", "7.5", "Metric ton"))
    t("The car has a 60-litre tank.", ("60-litre", "60", "Liter"))
    t("The ship sails 2,500 nautical miles to the port.", ("2,500 nautical miles", "2500", "Nautical mile"))
    t("The ferry slowed to 12 knots.", ("12 knots", "12", "Knot"))
    t("The bus averaged thirty miles an hour.", ("thirty miles an hour", "30", "Mile per hour"))
    t("The wind reached 25 metres per second.", ("25 metres per second", "25", "Meter per second"))
    t("A six-mile bypass was approved.", ("six-mile", "6", "Mile"))
    t("The pipeline carries 1.2 million barrels a day.", ("1.2 million barrels", "1200000", "Barrel"))

    r = lambda text, *res: add("Dimension", "Property", text, *res)
    r("They bought a 2,400-square-foot home.", ("2,400-square-foot", "2400", "Square foot"))
    r("The flat covers 150 m².", ("150 m²", "150", "Square meter"))
    r("The plot is a 3.5-acre site.", ("3.5-acre", "3.5", "Acre"))
    r("The estate spans 12 hectares.", ("12 hectares", "12", "Hectare"))
    r("The studio is 45 sq m.", ("45 sq m", "45", "Square meter"))
    r("The ceilings are 3.2 metres high.", ("3.2 metres", "3.2", "Meter"))
    r("The 828-metre tower dominates the skyline.", ("828-metre", "828", "Meter"))
    r("The loft has 900 sq ft of space.", ("900 sq ft", "900", "Square foot"))

    h = lambda text, *r: add("Dimension", "Health", text, *r)
    h("Patients took a 2.5-mg dose.", ("2.5-mg", "2.5", "Milligram"))
    h("Add 0.5 µL of the reagent.", ("0.5 µL", "0.5", "Microliter"))
    h("Each well held 30 μL of serum.", ("30 μL", "30", "Microliter"))
    h("The particles measure 10 nm across.", ("10 nm", "10", "Nanometer"))
    h("Her blood pressure was 120 mmHg.", ("120 mmHg", "120", "Millimeter of mercury"))
    h("The workers received 50 mSv in a year.", ("50 mSv", "50", "Millisievert"))
    h("The protein weighs 4.7 kilodaltons.", ("4.7 kilodaltons", "4.7", "Kilodalton"))
    h("The hospital bought a 3-tesla scanner.", ("3-tesla", "3", "Tesla"))
    h("The cells are 200 µm long.", ("200 µm", "200", "Micrometer"))
    h("Levels reached 35 micrograms per cubic metre.", ("35 micrograms per cubic metre", "35", "Microgram per cubic meter"))
    h("The baby weighed 3.5 kg at birth.", ("3.5 kg", "3.5", "Kilogram"))
    h("A dose of 5 mg/kg was given.", ("5 mg/kg", "5", "Milligram per kilogram"))

    d = lambda text, *r: add("Dimension", "Data", text, *r)
    d("The 512-GB model costs more.", ("512-GB", "512", "Gigabyte"))
    d("The line offers 8 Mbps down.", ("8 Mbps", "8", "Megabit per second"))
    d("It is a 64-bit chip.", ("64-bit", "64", "Bit"))
    d("The cache holds 128 kB.", ("128 kB", "128", "Kilobyte"))
    d("The drive writes 3 GB/s.", ("3 GB/s", "3", "Gigabyte per second"))
    d("The backup took 2 TB of space.", ("2 TB", "2", "Terabyte"))
    d("The modem ran at 56 kbit/s.", ("56 kbit/s", "56", "Kilobit per second"))
    d("The chip stores 4 Gbit.", ("4 Gbit", "4", "Gigabit"))

    s = lambda text, *r: add("Dimension", "Science", text, *r)
    s("The wind farm produces 15 GW.", ("15 GW", "15", "Gigawatt"))
    s("The country used 5 TWh last winter.", ("5 TWh", "5", "Terawatt hour"))
    s("The router works at 2.4 GHz.", ("2.4 GHz", "2.4", "Gigahertz"))
    s("Pressure fell to 1,013 hPa.", ("1,013 hPa", "1013", "Hectopascal"))
    s("The pipe holds 8 MPa.", ("8 MPa", "8", "Megapascal"))
    s("The sensor draws 20 mA.", ("20 mA", "20", "Milliampere"))
    s("The capacitor is rated 0.3 nF.", ("0.3 nF", "0.3", "Nanofarad"))
    s("The beam pulls 40 kN.", ("40 kN", "40", "Kilonewton"))

    x = lambda text: add("Dimension", "NotQuantities", text)
    x("The A320 was towed to hangar 7.")
    x("The 4G network covers the town.")
    x("Take the M4 to Bristol.")
    x("She lives at 10 Downing Street.")
    x("The 5G rollout began in March.")


def percent():
    e = lambda text, *r: add("Percent", "Earnings", text, *r)
    e("Margins widened to 23.4 percent.", ("23.4 percent", "23.4%"))
    e("Sales rose 4.5% year on year.", ("4.5%", "4.5%"))
    e("It took a 7.5 per cent stake in the rival.", ("7.5 per cent", "7.5%"))
    e("Volumes fell half a percentage point.", ("half a percentage point", "0.5%"))
    e("Revenue should grow 3 to 4 percent.", ("4 percent", "4%"))
    e("The shares slid -3.1% in early trade.", ("-3.1%", "-3.1%"))

    b = lambda text, *r: add("Percent", "Budgets", text, *r)
    b("The deficit equals 3.1% of GDP.", ("3.1%", "3.1%"))
    b("VAT stays at twenty per cent.", ("twenty per cent", "20%"))
    b("Inflation ran at 2.9 percent in May.", ("2.9 percent", "2.9%"))
    b("The rate was cut by a quarter of a percentage point.", ("a quarter of a percentage point", "0.25%"))
    b("Debt must be at most 60 percent of output.", ("60 percent", "60%"))
    b("Turnout reached seventy-one point three percent.", ("seventy-one point three percent", "71.3%"))

    a = lambda text, *r: add("Percent", "Archive", text, *r)
    a("RETAIL SALES UP 12 PCT IN MARCH", ("12 PCT", "12%"))
    a("industrial output rose 0.4 pct in january .", ("0.4 pct", "0.4%"))
    a("GROUP BUYS 5-PCT STAKE IN RIVAL", ("5-PCT", "5%"))
    a("the prime rate was raised to 7-1/4 pct .", ("7-1/4 pct", "7.25%"))
    a("the yield was 8 3/8 pct , the bank said .", ("8 3/8 pct", "8.375%"))
    a("money supply grew 6 . 5 pct in the year .", ("6 . 5 pct", "6.5%"))

    p = lambda text, *r: add("Percent", "Prices", text, *r)
    p("Everything is 30% off this weekend.", ("30%", "30%"))
    p("Members get a 15-percent discount.", ("15-percent", "15%"))
    p("Prices include 19 % VAT.", ("19 %", "19%"))
    p("Fuel duty rose by five percent.", ("five percent", "5%"))
    p("Rents rose by between 6 and 8 per cent.", ("8 per cent", "8%"))

    x = lambda text: add("Percent", "NotQuantities", text)
    x("The 4/5 split of the vote was announced.")
    x("The meeting is on 3/5 at noon.")


def temperature():
    h = lambda text, *r: add("Temperature", "Health", text, *r)
    h("The toddler ran a fever of 38.5C.", ("38.5C", "38.5", "C"))
    h("Vaccines are stored at -80 °C.", ("-80 °C", "-80", "C"))
    h("Keep the insulin below 8 degrees Celsius.", ("8 degrees Celsius", "8", "C"))
    h("His temperature rose to 103 degrees Fahrenheit.", ("103 degrees Fahrenheit", "103", "F"))
    h("The samples are frozen at minus twenty degrees Celsius.", ("minus twenty degrees Celsius", "-20", "C"))
    h("A 2-degree drop in body heat is dangerous.", ("2-degree", "2", "Degree"))

    w = lambda text, *r: add("Temperature", "Weather", text, *r)
    w("Rails buckle above 40C in the heat.", ("40C", "40", "C"))
    w("The thermometer read 35 deg F at dawn.", ("35 deg F", "35", "F"))
    w("Water is densest at 4 °C.", ("4 °C", "4", "C"))
    w("Absolute zero is -273.15 degrees Celsius.", ("-273.15 degrees Celsius", "-273.15", "C"))
    w("Temperatures will hit -40 °F tonight.", ("-40 °F", "-40", "F"))
    w("The solar panel reached 65 °C in the sun.", ("65 °C", "65", "C"))

    a = lambda text, *r: add("Temperature", "Archive", text, *r)
    a("TEMPERATURES FALL TO MINUS 25 DEGREES CELSIUS", ("MINUS 25 DEGREES CELSIUS", "-25", "C"))
    a("temperatures of 45 degrees fahrenheit damaged the crop .", ("45 degrees fahrenheit", "45", "F"))
    a("FROST AT 28 DEGREES F HITS CITRUS", ("28 DEGREES F", "28", "F"))
    a("the mercury rose to 38 degrees in athens .", ("38 degrees", "38", "Degree"))

    x = lambda text: add("Temperature", "NotQuantities", text)
    x("The 4C battery pack was recalled.")
    x("Turn the wheel 180 degrees to park.")
    x("She earned a degree in nursing.")
    x("Route 45F runs hourly.")


def age():
    a = lambda text, *r: add("Age", "Health", text, *r)
    a("The 58-year-old patient recovered.", ("58-year-old", "58", "Year"))
    a("A 3-month-old baby was admitted.", ("3-month-old", "3", "Month"))
    a("The infant is six months old.", ("six months old", "6", "Month"))
    a("She is 101 years of age.", ("101 years of age", "101", "Year"))
    a("The twins are nine weeks old.", ("nine weeks old", "9", "Week"))

    c = lambda text, *r: add("Age", "Earnings", text, *r)
    c("The 64-year-old chief executive will retire.", ("64-year-old", "64", "Year"))
    c("The firm, now 125 years old, was sold.", ("125 years old", "125", "Year"))
    c("The 15-year-old jet was grounded.", ("15-year-old", "15", "Year"))
    c("A 40-year-old building was torn down.", ("40-year-old", "40", "Year"))
    c("THE 72-YEAR-OLD FOUNDER STEPS DOWN", ("72-YEAR-OLD", "72", "Year"))
    c("the chairman , 67 years old , will stay .", ("67 years old", "67", "Year"))

    x = lambda text: add("Age", "NotQuantities", text)
    x("They took a 30-year mortgage.")
    x("The 10-year note yields 4 percent.")
    x("The plant has run for 25 years.")
    x("The firm's 5-year plan was approved.")


def main():
    SET.write((numbers, ranges, currency, dimension, percent, temperature, age))


if __name__ == "__main__":
    main()
