#!/usr/bin/env python3
"""Writes the nineteenth probe set for issue 18, Tests/GlossNumbersTests/Probes/Gauges/<Model>Model-<family>.json.

Written in one sitting by numbers26 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. Weighted to measures
and bounds, the phenomena of issue 18's list the eighteen earlier sets hold least. Counted over their
4,323 inputs (regular expressions, /tmp/numbers26/count*.py): decibels (0 inputs), calories (0), `not
exceeding` (0), a spelled fraction fused to a unit by hyphens (`half-mile`, 0), `at or above` (1),
`ft/s` (1), a spelled compound number fused to a unit (`twenty-five-foot`, 5), horsepower (2), `kph`
(3), `no fewer` (3), `as many as` (3), `per cent a year` (4), `a minimum of` (4), bits against bytes
in the one-letter `b` (4), `max`/`min` (5), hyphenated fractions (`two-thirds`, 6), a decimal before a
hyphened unit (9); among the units named in the Dimension files, most SI units with special names
appear at one prefix or none (coulomb, siemens, gray, becquerel, lumen, ohm, mole), and of the 24 SI
prefixes quecto, ronto, ronna and quetta at most once. By family:
- Dimension: Speeds (`kilometres an hour`, `km/h`, `kmh`, `KPH`, `m/s`, `ft/s`, `metres a second`,
  knots, flows and `miles per gallon`), Micro (`µ` U+00B5 and `μ` U+03BC on watts, teslas, coulombs,
  moles, grays, henries, and `microns`), Prefixes (SI prefixes from atto to quetta, by name and
  symbol, `daN`, `kΩ`), DataSizes (bits against bytes: `Mb`/`MB`, `Gb`, `kB`, `Mbps`, `MB/s`, `GiB`,
  `KiB`, `TiB`), Decibels, Adjectival (hyphened measures before a noun, with spelled fractions,
  compound numbers, decimals, symbols), Ranges (a unit model gets each end written with its unit),
  Bounds (a comparator before a measure: the measure is the mention), NotQuantities.
- Percent: Rates (`a year`, `per annum`, `a month`, `annually`, `year on year`), Words, Adjectival
  (`10-percent`, `25-per-cent`), Ranges, Bounds, NotQuantities.
- NumberRange: Bounds (every comparator form: `or more/less/fewer/above/below/higher/lower/greater`,
  `and above/below/up`, `at least`, `at most`, `no more/less than`, `not more/fewer than`, `not
  exceeding`, `up to`, `as many as`, `upwards of`, `in excess of`, `a minimum/maximum of`, `greater
  than or equal to`, `more than or equal to`, `less than or equal to`, `higher/lower or equal than`,
  `equal to or less/more than`, `at or below/above`, bare `over`, `under`, `below`, `above`, `fewer
  than`), Fractions (a bound before `1 in 3`), HalfOpen (two comparators, `between`, scales),
  NotQuantities.
- Number: Words (`point` decimals, fractions over compound ordinals and their plurals, hyphenated
  fractions, `out of`, `in`, `over`, `dozens`, `and`-chains), Notation (`e`/`E`, `x10^`, `×10^`,
  `10^6`, `mn`/`k`/`bn`/`tn`, space and dot grouping), NotQuantities.
- Currency: Adjectival (`20-dollar`, `five-euro`, `$5-million`, `1.2-billion-euro`), PerUnit,
  NotQuantities. Temperature and Age: a few of each with hyphens, ranges and words.

Expected values follow docs/accuracy.md's conventions and the earlier sets' naming: a range includes
both ends; a unit model is given a range's ends written with their unit (a range whose first end is
bare gives it the second end only), and a bound's measure without the comparator; metric units by
prefix and base in American spelling (`Kilometer per hour`, `Decibel`, `Microgray`); `ton` is `Ton`,
`tonne` `Metric ton`; a time unit is no dimension; a percentage rate's `a year` is not in the mention;
a currency's unit is its CLDR English name, and a word several currencies end with is named by that
word. The first score on the unchanged stage is in numbers26's report; cases are not edited after a
failure is seen, except an expectation that was the writer's own error against those conventions, in
its own commit.

    python3 scripts/build-number-probes-gauges.py
"""
from number_probe_sets import ProbeSet, fraction

SET = ProbeSet("Gauges")
add = SET.add


def dimension():
    s = lambda text, *r: add("Dimension", "Speeds", text, *r)
    s("The train reached 320 kilometres an hour on the new line.", ("320 kilometres an hour", "320", "Kilometer per hour"))
    s("Gusts hit 110 km/h on the coast.", ("110 km/h", "110", "Kilometer per hour"))
    s("The limit drops to 40 kmh near the school.", ("40 kmh", "40", "Kilometer per hour"))
    s("The storm moved west at 15 kilometers per hour.", ("15 kilometers per hour", "15", "Kilometer per hour"))
    s("TRUCKS LIMITED TO 90 KPH ON BRIDGE", ("90 KPH", "90", "Kilometer per hour"))
    s("The lava crept forward at 6 km per hour.", ("6 km per hour", "6", "Kilometer per hour"))
    s("the limit is 50 km / h in the village .", ("50 km / h", "50", "Kilometer per hour"))
    s("The record run hit 574.8 km/h in 2007.", ("574.8 km/h", "574.8", "Kilometer per hour"))
    s("The sprinter peaked at 12 metres per second.", ("12 metres per second", "12", "Meter per second"))
    s("Wind speeds of 18 m/s were logged at the mast.", ("18 m/s", "18", "Meter per second"))
    s("Sound covers 343 meters a second in air.", ("343 meters a second", "343", "Meter per second"))
    s("The round leaves the barrel at 2,700 ft/s.", ("2,700 ft/s", "2700", "Foot per second"))
    s("The ferry cruises at 35 knots.", ("35 knots", "35", "Knot"))
    s("The car was clocked at 140 miles an hour.", ("140 miles an hour", "140", "Mile per hour"))
    s("The hybrid manages 58 miles per gallon.", ("58 miles per gallon", "58", "Mile per gallon"))
    s("The pump moves 200 litres per minute.", ("200 litres per minute", "200", "Liter per minute"))
    s("The river carried 7,000 cubic metres per second at its peak.",
      ("7,000 cubic metres per second", "7000", "Cubic meter per second"))
    # correction 1 (numbers26, own commit): a length per day is a speed, as docs/accuracy.md records
    # (`5 miles a day` stays a speed); the writer had expected the length alone
    s("The glacier slides 2 metres a day.", ("2 metres a day", "2", "Meter per day"))

    m = lambda text, *r: add("Dimension", "Micro", text, *r)
    m("The tag draws 40 µW at rest.", ("40 µW", "40", "Microwatt"))
    m("The field measured 50 μT under the line.", ("50 μT", "50", "Microtesla"))
    m("A charge of 3 µC built up on the plate.", ("3 µC", "3", "Microcoulomb"))
    m("The sample held 25 μmol of lead.", ("25 μmol", "25", "Micromole"))
    m("Patients got 80 µGy from the scan.", ("80 µGy", "80", "Microgray"))
    m("The coil adds 47 μH to the circuit.", ("47 μH", "47", "Microhenry"))
    m("The gates are 0.35 µm wide.", ("0.35 µm", "0.35", "Micrometer"))
    m("Each capsule holds 600 μg of folic acid.", ("600 μg", "600", "Microgram"))
    m("A leak of 250 µA was traced.", ("250 µA", "250", "Microampere"))
    m("The pipette drew 15 μL from each well.", ("15 μL", "15", "Microliter"))
    m("The badge uses 8 microwatts.", ("8 microwatts", "8", "Microwatt"))
    m("The seed weighs 500 micrograms.", ("500 micrograms", "500", "Microgram"))
    m("The lens shifted by 3 microns.", ("3 microns", "3", "Micrometer"))
    m("The crew took 20 microsieverts on the flight.", ("20 microsieverts", "20", "Microsievert"))
    m("The compass felt 60 microteslas.", ("60 microteslas", "60", "Microtesla"))
    m("PROBE DETECTS 12 μV SIGNAL", ("12 μV", "12", "Microvolt"))

    p = lambda text, *r: add("Dimension", "Prefixes", text, *r)
    p("The pulse carried 3 attojoules.", ("3 attojoules", "3", "Attojoule"))
    p("The sensor can find 5 femtograms of dust.", ("5 femtograms", "5", "Femtogram"))
    p("The chip leaks 20 picoamperes.", ("20 picoamperes", "20", "Picoampere"))
    p("The film is 90 nanometres thick.", ("90 nanometres", "90", "Nanometer"))
    p("Add 4 decilitres of milk.", ("4 decilitres", "4", "Deciliter"))
    p("The rope is rated at 500 decanewtons.", ("500 decanewtons", "500", "Decanewton"))
    p("A 3 daN load was applied.", ("3 daN", "3", "Decanewton"))
    p("The cask holds 2 hectolitres.", ("2 hectolitres", "2", "Hectoliter"))
    p("The new reactor gives 1.6 GW.", ("1.6 GW", "1.6", "Gigawatt"))
    p("The grid used 25 TWh last year.", ("25 TWh", "25", "Terawatt hour"))
    p("The country uses 12 EJ of energy a year.", ("12 EJ", "12", "Exajoule"))
    p("The quake released 4 PJ.", ("4 PJ", "4", "Petajoule"))
    p("Stored data will pass 100 zettabytes.", ("100 zettabytes", "100", "Zettabyte"))
    p("The sun gives off 384 yottawatts.", ("384 yottawatts", "384", "Yottawatt"))
    p("The Earth's mass is about 6 ronnagrams.", ("6 ronnagrams", "6", "Ronnagram"))
    p("Jupiter weighs some 1.9 quettagrams.", ("1.9 quettagrams", "1.9", "Quettagram"))
    p("The smelter needs 30 MW.", ("30 MW", "30", "Megawatt"))
    p("Cables carry 132 kV across the moor.", ("132 kV", "132", "Kilovolt"))
    p("The chip runs at 3.2 GHz.", ("3.2 GHz", "3.2", "Gigahertz"))
    p("Tyres are inflated to 220 kPa.", ("220 kPa", "220", "Kilopascal"))
    p("The press reached 2 GPa.", ("2 GPa", "2", "Gigapascal"))
    p("The engine gives 15 kN of thrust.", ("15 kN", "15", "Kilonewton"))
    p("The battery stores 75 kWh.", ("75 kWh", "75", "Kilowatt hour"))
    p("The beams collided at 7 TeV.", ("7 TeV", "7", "Teraelectronvolt"))
    p("The lamp gives 800 lumens.", ("800 lumens", "800", "Lumen"))
    p("Samples held 300 kilobecquerels.", ("300 kilobecquerels", "300", "Kilobecquerel"))
    p("The resistor is 4.7 kΩ.", ("4.7 kΩ", "4.7", "Kiloohm"))
    p("The magnet reaches 45 teslas.", ("45 teslas", "45", "Tesla"))
    p("The drop weighs 2 centigrams.", ("2 centigrams", "2", "Centigram"))
    p("A cell of 30 femtolitres was imaged.", ("30 femtolitres", "30", "Femtoliter"))

    d = lambda text, *r: add("Dimension", "DataSizes", text, *r)
    d("The line offers 100 Mb/s to each home.", ("100 Mb/s", "100", "Megabit per second"))
    d("A 2 Gb memory die was shown.", ("2 Gb", "2", "Gigabit"))
    d("The photo is 3 MB.", ("3 MB", "3", "Megabyte"))
    d("The upload limit is 500 kB.", ("500 kB", "500", "Kilobyte"))
    d("The old modem sent 300 bits per second.", ("300 bits per second", "300", "Bit per second"))
    d("The clip is 12 megabits.", ("12 megabits", "12", "Megabit"))
    d("Users get 1 TB of storage.", ("1 TB", "1", "Terabyte"))
    d("The cable carries 400 Gbit/s.", ("400 Gbit/s", "400", "Gigabit per second"))
    d("The drive reads at 550 MB/s.", ("550 MB/s", "550", "Megabyte per second"))
    d("The card holds 64 GiB.", ("64 GiB", "64", "Gibibyte"))
    d("The cache is 512 KiB.", ("512 KiB", "512", "Kibibyte"))
    d("The log grew to 2 TiB.", ("2 TiB", "2", "Tebibyte"))
    d("A 10 Gbps link was laid.", ("10 Gbps", "10", "Gigabit per second"))
    d("Each record takes 128 bytes.", ("128 bytes", "128", "Byte"))
    d("The key is 256 bits long.", ("256 bits", "256", "Bit"))
    d("Plans start at 50 Mbps.", ("50 Mbps", "50", "Megabit per second"))
    d("The chip has 8 Mbit of flash.", ("8 Mbit", "8", "Megabit"))
    d("The tape stores 18 terabytes.", ("18 terabytes", "18", "Terabyte"))

    b = lambda text, *r: add("Dimension", "Decibels", text, *r)
    b("The jets reached 110 decibels at take-off.", ("110 decibels", "110", "Decibel"))
    b("Noise above 85 dB harms hearing.", ("85 dB", "85", "Decibel"))
    b("The new surface cut noise by 6 decibels.", ("6 decibels", "6", "Decibel"))
    b("A 120-decibel siren sounded.", ("120-decibel", "120", "Decibel"))
    b("The amplifier adds 20 dB of gain.", ("20 dB", "20", "Decibel"))
    b("Sound levels hit 95dB in the hall.", ("95dB", "95", "Decibel"))
    b("The mower runs at one decibel below the limit.", ("one decibel", "1", "Decibel"))

    a = lambda text, *r: add("Dimension", "Adjectival", text, *r)
    a("They walked a half-mile path to the lake.", ("half-mile", "0.5", "Mile"))
    a("A quarter-inch crack appeared in the wall.", ("quarter-inch", "0.25", "Inch"))
    a("It was a two-and-a-half-mile climb.", ("two-and-a-half-mile", "2.5", "Mile"))
    a("A 90-kilometre pipeline was laid.", ("90-kilometre", "90", "Kilometer"))
    a("A 1.5-tonne rock blocked the road.", ("1.5-tonne", "1.5", "Metric ton"))
    a("The 3,000-tonne ship docked at dawn.", ("3,000-tonne", "3000", "Metric ton"))
    a("A twenty-five-foot wave struck the pier.", ("twenty-five-foot", "25", "Foot"))
    a("She carried a 10-kilogram sack of rice.", ("10-kilogram", "10", "Kilogram"))
    a("He won the 5-kilometre race.", ("5-kilometre", "5", "Kilometer"))
    a("The 1,000-megawatt reactor was shut.", ("1,000-megawatt", "1000", "Megawatt"))
    a("A 12-volt battery went flat.", ("12-volt", "12", "Volt"))
    a("Replace the 60-watt bulb.", ("60-watt", "60", "Watt"))
    a("Pour a 250-millilitre glass of water.", ("250-millilitre", "250", "Milliliter"))
    a("The 200-horsepower engine roared.", ("200-horsepower", "200", "Horsepower"))
    a("A 30-knot wind blew all night.", ("30-knot", "30", "Knot"))
    a("He wore a ten-gallon hat.", ("ten-gallon", "10", "Gallon"))
    a("A 15-square-kilometre zone was sealed off.", ("15-square-kilometre", "15", "Square kilometer"))
    a("The 100-gigabyte plan costs more.", ("100-gigabyte", "100", "Gigabyte"))
    a("A 400-kilovolt line crosses the valley.", ("400-kilovolt", "400", "Kilovolt"))
    a("A forty-ton truck overturned.", ("forty-ton", "40", "Ton"))
    a("The 10-km route opens today.", ("10-km", "10", "Kilometer"))
    a("He bought a 5-kg bag of flour.", ("5-kg", "5", "Kilogram"))
    a("The eight-kilometre tunnel opened.", ("eight-kilometre", "8", "Kilometer"))
    a("The 6.5-metre boat capsized.", ("6.5-metre", "6.5", "Meter"))
    a("They farm a one-hectare plot.", ("one-hectare", "1", "Hectare"))
    a("A seventy-two-inch screen hung on the wall.", ("seventy-two-inch", "72", "Inch"))

    r = lambda text, *res: add("Dimension", "Ranges", text, *res)
    r("The pipe is between 5 cm and 8 cm wide.", ("5 cm", "5", "Centimeter"), ("8 cm", "8", "Centimeter"))
    r("Waves of 3-4 metres are forecast.", ("4 metres", "4", "Meter"))
    r("The loads weigh from 7 tonnes to 9 tonnes.", ("7 tonnes", "7", "Metric ton"), ("9 tonnes", "9", "Metric ton"))
    r("Cables of 10 to 12 km were laid.", ("12 km", "12", "Kilometer"))
    r("Winds of 60 to 80 km/h are expected.", ("80 km/h", "80", "Kilometer per hour"))
    r("Doses of 50–100 µg were given.", ("100 µg", "100", "Microgram"))

    o = lambda text, *res: add("Dimension", "Bounds", text, *res)
    o("Loads of more than 40 tonnes need a permit.", ("40 tonnes", "40", "Metric ton"))
    o("Noise of up to 70 dB is allowed at night.", ("70 dB", "70", "Decibel"))
    o("Speeds of at least 100 Mbps are promised.", ("100 Mbps", "100", "Megabit per second"))
    o("Boats under 12 metres may moor here.", ("12 metres", "12", "Meter"))

    x = lambda text: add("Dimension", "NotQuantities", text)
    x("The A4 paper ran out.")
    x("He drove a 4x4 to the farm.")
    x("The MP3 player broke.")
    x("The G20 summit opened in Rome.")
    x("The 3M plant closed last year.")
    x("Version 2.1 adds a dark mode.")
    x("The T-72 tank rolled into town.")


def percent():
    r = lambda text, *res: add("Percent", "Rates", text, *res)
    r("Deposits earn 3 per cent a year.", ("3 per cent", "3%"))
    r("The loan costs 5% per annum.", ("5%", "5%"))
    r("prices rose 1.2 pct a month in the spring .", ("1.2 pct", "1.2%"))
    r("The fund grew 8 percent year on year.", ("8 percent", "8%"))
    r("The bond yields 4.25 per cent per annum.", ("4.25 per cent", "4.25%"))
    r("Rents rose 4 per cent annually.", ("4 per cent", "4%"))
    r("Rates rose by half a percentage point.", ("half a percentage point", "0.5%"))
    r("The yield fell 0.3 percentage points.", ("0.3 percentage points", "0.3%"))

    w = lambda text, *res: add("Percent", "Words", text, *res)
    w("The tax rate is thirty-three per cent.", ("thirty-three per cent", "33%"))
    w("Turnout was sixty point five percent.", ("sixty point five percent", "60.5%"))
    w("Growth was one and a quarter per cent.", ("one and a quarter per cent", "1.25%"))
    w("Inflation hit two point one per cent.", ("two point one per cent", "2.1%"))

    a = lambda text, *res: add("Percent", "Adjectival", text, *res)
    a("A 10-percent rise was approved.", ("10-percent", "10%"))
    a("They bought a 25-per-cent stake.", ("25-per-cent", "25%"))
    a("A 2.5-percent fee applies.", ("2.5-percent", "2.5%"))
    a("He holds a fifteen-percent share.", ("fifteen-percent", "15%"))

    g = lambda text, *res: add("Percent", "Ranges", text, *res)
    g("Inflation will be between 2% and 3%.", ("2%", "2%"), ("3%", "3%"))
    g("Yields of 4 to 5 per cent a year are seen.", ("5 per cent", "5%"))
    g("Growth of 1.5-2 percent is seen.", ("2 percent", "2%"))
    g("More than 60 per cent voted yes.", ("60 per cent", "60%"))
    g("Fees of up to 3% apply.", ("3%", "3%"))

    x = lambda text: add("Percent", "NotQuantities", text)
    x("The Fortune 500 list is out.")
    x("The Top 40 chart changed.")
    x("Page 100 of the report is blank.")


def ranges():
    b = lambda text, *r: add("NumberRange", "Bounds", text, *r)
    b("Firms with 50 employees or more must report.", ("50 employees or more", "[50,)"))
    b("Groups of 10 or more get a discount.", ("10 or more", "[10,)"))
    b("Parcels of 2 or less ship free.", ("2 or less", "(,2]"))
    b("Teams of 6 or fewer may play.", ("6 or fewer", "(,6]"))
    b("Scores of 90 or above earn a prize.", ("90 or above", "[90,)"))
    b("Grades of 40 or below fail.", ("40 or below", "(,40]"))
    b("Bids of 300 or lower were rejected.", ("300 or lower", "(,300]"))
    b("Ratings of 7 or higher qualify.", ("7 or higher", "[7,)"))
    b("Offers of 20 or greater count.", ("20 or greater", "[20,)"))
    b("Tables of 8 and above are booked ahead.", ("8 and above", "[8,)"))
    b("Orders of 5 and below ship free.", ("5 and below", "(,5]"))
    b("Groups of 30 and up pay less.", ("30 and up", "[30,)"))
    b("At least 200 people came.", ("At least 200", "[200,)"))
    b("At most 15 seats are left.", ("At most 15", "(,15]"))
    b("No more than 25 may enter.", ("No more than 25", "(,25]"))
    b("No less than 70 were hired.", ("No less than 70", "[70,)"))
    b("Not more than 3 can apply.", ("Not more than 3", "(,3]"))
    b("Not fewer than 9 ships sailed.", ("Not fewer than 9", "[9,)"))
    b("Loads not exceeding 500 are allowed.", ("not exceeding 500", "(,500]"))
    b("Up to 40 homes were hit.", ("Up to 40", "(,40]"))
    b("As many as 300 jobs may go.", ("As many as 300", "(,300]"))
    b("Upwards of 5,000 people attended.", ("Upwards of 5,000", "(5000,)"))
    b("In excess of 80 bids arrived.", ("In excess of 80", "(80,)"))
    b("A minimum of 18 votes is needed.", ("A minimum of 18", "[18,)"))
    b("A maximum of 50 guests can attend.", ("A maximum of 50", "(,50]"))
    b("Greater than or equal to 100 is fine.", ("Greater than or equal to 100", "[100,)"))
    b("Values more than or equal to 7 pass.", ("more than or equal to 7", "[7,)"))
    b("Less than or equal to 45 is safe.", ("Less than or equal to 45", "(,45]"))
    b("Scores higher or equal than 60 pass.", ("higher or equal than 60", "[60,)"))
    b("Scores lower or equal than 20 fail.", ("lower or equal than 20", "(,20]"))
    b("Equal to or less than 30 is fine.", ("Equal to or less than 30", "(,30]"))
    b("Equal to or more than 4 is needed.", ("Equal to or more than 4", "[4,)"))
    b("Prices at or below 10 sell well.", ("at or below 10", "(,10]"))
    b("Readings at or above 80 are flagged.", ("at or above 80", "[80,)"))
    b("Fewer than 100 remain.", ("Fewer than 100", "(,100)"))
    b("Over 2,000 marched.", ("Over 2,000", "(2000,)"))
    b("Under 50 attended the talk.", ("Under 50", "(,50)"))
    b("Turnout fell below 30 in some wards.", ("below 30", "(,30)"))
    b("Bids above 400 were counted.", ("above 400", "(400,)"))

    f = lambda text, *r: add("NumberRange", "Fractions", text, *r)
    f("More than 1 in 3 said no.", ("More than 1 in 3", f"({fraction(1, 3)},)"))
    f("At least one in ten shops shut.", ("At least one in ten", "[0.1,)"))
    f("Fewer than three in four agreed.", ("Fewer than three in four", "(,0.75)"))
    f("Up to 2 out of 5 failed.", ("Up to 2 out of 5", "(,0.4]"))

    h = lambda text, *r: add("NumberRange", "HalfOpen", text, *r)
    h("It needs more than 5 but no more than 10.", ("more than 5 but no more than 10", "(5,10]"))
    h("Pick at least 3 but fewer than 8.", ("at least 3 but fewer than 8", "[3,8)"))
    h("It lies between 5 and 10.", ("between 5 and 10", "[5,10]"))
    h("Choose more than 2 and less than 6.", ("more than 2 and less than 6", "(2,6)"))
    h("The cost is between 2 and 3 million.", ("between 2 and 3 million", "[2000000,3000000]"))
    h("Crowds grew from 3 to 4 thousand.", ("from 3 to 4 thousand", "[3000,4000]"))
    h("Bids ranged between twenty and thirty.", ("between twenty and thirty", "[20,30]"))
    h("It takes from five to seven.", ("from five to seven", "[5,7]"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("The 2020-21 season ended early.")
    x("They won 4-2 on penalties.")
    x("Our help desk is open 24/7.")


def numbers():
    w = lambda text, *r: add("Number", "Words", text, *r)
    w("The ratio is three point one four.", ("three point one four", "3.14"))
    w("It read zero point zero five.", ("zero point zero five", "0.05"))
    w("The score was one hundred point two five.", ("one hundred point two five", "100.25"))
    w("Forty-two point one was the top mark.", ("Forty-two point one", "42.1"))
    w("Three twenty-fourths of the cake went.", ("Three twenty-fourths", fraction(3, 24)))
    w("One sixty-fourth of an inch is small.", ("One sixty-fourth", fraction(1, 64)))
    w("Five thirty-seconds of the field flooded.", ("Five thirty-seconds", fraction(5, 32)))
    w("Seven sixty-fourths were lost.", ("Seven sixty-fourths", fraction(7, 64)))
    w("Two hundredths of a second decided it.", ("Two hundredths", "0.02"))
    w("Nine thousandths of the sample was lead.", ("Nine thousandths", "0.009"))
    w("One ninety-ninth of the prize went to him.", ("One ninety-ninth", fraction(1, 99)))
    w("Eleven twelfths of the debt was paid.", ("Eleven twelfths", fraction(11, 12)))
    w("Three-quarters of voters agreed.", ("Three-quarters", "0.75"))
    w("Seven-eighths of the loan is repaid.", ("Seven-eighths", "0.875"))
    w("Two-thirds of staff left.", ("Two-thirds", fraction(2, 3)))
    w("One and three quarters hours passed.", ("One and three quarters", "1.75"))
    w("Four out of five doctors agree.", ("Four out of five", "0.8"))
    w("One in twenty cars failed the test.", ("One in twenty", "0.05"))
    w("The odds are seven over eight.", ("seven over eight", "0.875"))
    w("They baked two dozens of rolls.", ("two dozens", "24"))
    w("One hundred and one dogs ran.", ("One hundred and one", "101"))
    w("Six and seven are both small.", ("Six", "6"), ("seven", "7"))
    w("A third of the staff left.", ("A third", fraction(1, 3)))

    n = lambda text, *r: add("Number", "Notation", text, *r)
    n("The constant is 6.022e23.", ("6.022e23", "6.022e23"))
    n("The charge is 1.6E-19.", ("1.6E-19", "1.6e-19"))
    n("Light covers 3x10^8 each second.", ("3x10^8", "300000000"))
    n("The error is 2.5×10^-3.", ("2.5×10^-3", "0.0025"))
    n("About 10^6 cells grew.", ("10^6", "1000000"))
    n("Sales hit 4.5mn units.", ("4.5mn", "4500000"))
    n("The app has 120k users.", ("120k", "120000"))
    n("Debt rose to 3bn.", ("3bn", "3000000000"))
    n("Reserves are 2 tn.", ("2 tn", "2000000000000"))
    n("The crowd was 45 000 strong.", ("45 000", "45000"))
    n("Output reached 1.250.000 units.", ("1.250.000", "1250000"))
    n("The fine was 12'500 in all.", ("12'500", "12500"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("The Airbus A380 landed.")
    x("Call 999 for help.")
    x("Windows 11 is out now.")


def currency():
    a = lambda text, *r: add("Currency", "Adjectival", text, *r)
    a("He found a 20-dollar bill.", ("20-dollar", "20", "Dollar"))
    a("She paid with a five-euro note.", ("five-euro", "5", "Euro"))
    a("A 10-yen coin rolled away.", ("10-yen", "10", "Japanese yen"))
    a("He kept a 100-rupee note.", ("100-rupee", "100", "Rupee"))
    a("A two-pound coin was found.", ("two-pound", "2", "Pound"))
    a("Keep a 50-pence piece for the meter.", ("50-pence", "50", "Pence"))
    a("A $5-million grant was given.", ("$5-million", "5000000", "Dollar"))
    a("They signed a 1.2-billion-euro deal.", ("1.2-billion-euro", "1200000000", "Euro"))
    a("He paid a 200-peso fine.", ("200-peso", "200", "Peso"))

    u = lambda text, *r: add("Currency", "PerUnit", text, *r)
    u("Gas sold at 3.50 dollars per gallon.", ("3.50 dollars", "3.5", "Dollar"))
    u("Offices rent for £20 per square foot.", ("£20", "20", "Pound"))
    u("The fee is 2 cents per share.", ("2 cents", "2", "Cent"))

    x = lambda text: add("Currency", "NotQuantities", text)
    x("Euro 2028 will be held in Britain.")
    x("The F-35 fleet was grounded.")


def temperature():
    t = lambda text, *r: add("Temperature", "Readings", text, *r)
    t("It fell to -3°C overnight.", ("-3°C", "-3", "C"))
    t("Ovens run at 220 °C.", ("220 °C", "220", "C"))
    t("Water freezes at 32 °F.", ("32 °F", "32", "F"))
    t("Highs between 20C and 25C are expected.", ("20C", "20", "C"), ("25C", "25", "C"))
    t("The reactor reached 1,000 kelvin.", ("1,000 kelvin", "1000", "K"))
    t("Keep it below 5 degrees Celsius.", ("5 degrees Celsius", "5", "C"))
    t("It was a balmy 75 degrees Fahrenheit.", ("75 degrees Fahrenheit", "75", "F"))
    t("Temperatures of 40-45 °C hit the city.", ("45 °C", "45", "C"))
    t("Zero degrees Celsius is the freezing point.", ("Zero degrees Celsius", "0", "C"))
    t("It rose to thirty-two point five degrees Celsius.", ("thirty-two point five degrees Celsius", "32.5", "C"))

    x = lambda text: add("Temperature", "NotQuantities", text)
    x("The F-16 jets flew over.")


def age():
    g = lambda text, *r: add("Age", "Hyphened", text, *r)
    g("A two-and-a-half-year-old girl was rescued.", ("two-and-a-half-year-old", "2.5", "Year"))
    g("The 18-month-old calf was sold.", ("18-month-old", "18", "Month"))
    g("A 90-day-old chick hatched late.", ("90-day-old", "90", "Day"))
    g("She turned sixty-five years old.", ("sixty-five years old", "65", "Year"))
    g("They adopted a 6-week-old puppy.", ("6-week-old", "6", "Week"))

    x = lambda text: add("Age", "NotQuantities", text)
    x("The 10-year note yields 4%.")
    x("They signed up for a 30-year mortgage.")


def main():
    SET.write((dimension, percent, ranges, numbers, currency, temperature, age))


if __name__ == "__main__":
    main()
