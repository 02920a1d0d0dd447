#!/usr/bin/env python3
"""Writes the eleventh probe set for issue 18, Tests/GlossNumbersTests/Probes/Margins/<Model>Model-<phenomenon>.json.

Written in one sitting by numbers16 before the stage was run on any of it and before reading the
stage's rules (and without opening the spec files or any file of ../shared/eval), in the format of the
other probe sets. The ten earlier sets were read only as lists, to leave out what they hold; this one
writes issue 18's phenomena at their margins, in balance over the seven models:
- Words: `point` decimals, hundreds counted past ten (`twelve hundred`), negatives in words, chained
  scales, numbers in words as bounds (`fewer than a dozen`, `more than half`).
- Fractions: compound spelled ordinals and their plurals, `over`, `out of`, `in`, fractions in digits
  with a fraction slash or a vulgar fraction, mixed numbers in digits.
- Notation: scientific notation in every written form, magnitude suffixes in every form, grouping by
  spaces, dots and apostrophes, the Unicode minus sign.
- Wire: pre-tokenised and lower-cased news wire.
- Units: hyphenated number-unit adjectives, SI prefixes with `µ`/`μ`, bits against bytes, compound
  units, areas and volumes by superscript, temperatures by every sign (`℃`, `℉`, `deg C`), ages in
  every form.
- NotQuantities per model: what looks like the model's quantity and is not.

Expected values follow docs/accuracy.md's conventions: a range includes both ends; a scale or unit
written after the last end of a range is every end's; a unit model is given a range's ends that are
written with their unit (`5 to 7 years old`: `7 years old`); NumberModel lists cardinals and fractions,
not ordinals, dates, times or scores; a sign alone is `Dollar` or `Pound`, a currency word alone is named
in full only when one currency ends with it; metric units by prefix and base in American spelling. The
first score on the unchanged stage is in numbers16's report; cases are not edited after a failure is
seen, except an expectation that was the writer's own error against those conventions, in its own
commit.

    python3 scripts/build-number-probes-margins.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Margins")
add = SET.add


def number_words():
    w = lambda text, *r: add("Number", "Words", text, *r)
    w("The hall seats twelve hundred people.", ("twelve hundred", "1200"))
    w("She read out four point zero five on the dial.", ("four point zero five", "4.05"))
    w("The reading dropped to minus seven point two.", ("minus seven point two", "-7.2"))
    w("It was negative forty at the pole.", ("negative forty", "-40"))
    w("The fund now has three hundred thousand and six members.", ("three hundred thousand and six", "300006"))
    w("Nearly one million two hundred thousand ballots were cast.", ("one million two hundred thousand", "1200000"))
    w("Write down zero point seven five as a fraction.", ("zero point seven five", "0.75"))
    w("The bridge took fifteen hundred workers to build.", ("fifteen hundred", "1500"))
    w("A billion and a half people watched the final.", ("A billion and a half", "1500000000"))
    w("The town has two thousand and twenty-four homes.", ("two thousand and twenty-four", "2024"))
    w("Ninety-nine point nine is the target.", ("Ninety-nine point nine", "99.9"))
    w("Seven hundred and seventy-seven thousand tickets sold out.", ("Seven hundred and seventy-seven thousand", "777000"))
    w("the agency counted eleven thousand nine hundred claims .", ("eleven thousand nine hundred", "11900"))

    f = lambda text, *r: add("Number", "Fractions", text, *r)
    f("Only two thirty-sevenths of the grant was spent.", ("two thirty-sevenths", "0.05405405405405406"))
    f("Eleven twelfths of the seats are sold.", ("Eleven twelfths", "0.9166666666666666"))
    f("The sample was one sixty-fourth of the batch.", ("one sixty-fourth", "0.015625"))
    f("Three halves is the same as one and a half.", ("Three halves", "1.5"), ("one and a half", "1.5"))
    f("Seven ninths of the voters stayed home.", ("Seven ninths", "0.7777777777777778"))
    f("Is three over eight more than a third?", ("three over eight", "0.375"), ("a third", "0.3333333333333333"))
    f("Nineteen out of twenty doctors agreed.", ("Nineteen out of twenty", "0.95"))
    f("About 7 in 10 homes have broadband.", ("7 in 10", "0.7"))
    f("Add 3¾ cups of water to the pot.", ("3¾", "3.75"))
    f("Cut the board to 5 7/8 inches.", ("5 7/8", "5.875"))
    f("Only a fifth of the roads were open.", ("a fifth", "0.2"))
    f("Only one hundredth of the dose is needed.", ("one hundredth", "0.01"))

    n = lambda text, *r: add("Number", "Notation", text, *r)
    n("The sample held 3.1E5 cells per millilitre.", ("3.1E5", "310000"))
    n("Avogadro's number is about 6.022 × 10²³.", ("6.022 × 10²³", "6.022e23"))
    n("A charge of 4.8x10^-10 was measured.", ("4.8x10^-10", "0.00000000048"))
    n("The firm booked 2.7bn in writedowns.", ("2.7bn", "2700000000"))
    n("The club has 45K members.", ("45K", "45000"))
    n("Revenue came to 12.4 mln last year.", ("12.4 mln", "12400000"))
    n("Debt stood at 1.3 trn at year end.", ("1.3 trn", "1300000000000"))
    n("The town counted 1 048 576 votes.", ("1 048 576", "1048576"))
    n("The estate sold for 2'450'000 in Zurich.", ("2'450'000", "2450000"))
    n("The census found 3.250.000 residents, or 1.234,5 per district.", ("3.250.000", "3250000"), ("1.234,5", "1234.5"))
    n("The gauge read −12 at dawn.", ("−12", "-12"))
    n("We wrote off 750k in bad debt.", ("750k", "750000"))
    n("Sales hit 4.2 billion units.", ("4.2 billion", "4200000000"))

    k = lambda text, *r: add("Number", "Wire", text, *r)
    k("the ministry said 1 , 350 , 000 people had voted .", ("1 , 350 , 000", "1350000"))
    k("police said some 2 , 400 troops were sent in .", ("2 , 400", "2400"))
    k("the index closed at 10 , 512 . 34 , up 0 . 6 .", ("10 , 512 . 34", "10512.34"), ("0 . 6", "0.6"))
    k("about twenty-two thousand homes lost power overnight", ("twenty-two thousand", "22000"))
    k("OFFICIALS COUNT NINE HUNDRED DEAD AFTER FLOODS", ("NINE HUNDRED", "900"))
    k("exports rose to 3.5 bln units from 3.1 bln", ("3.5 bln", "3500000000"), ("3.1 bln", "3100000000"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("He came twenty-first in the race.")
    x("The forty-second president spoke first.")
    x("Call 020 7946 0321 for tickets.")
    x("The meeting is at 14:30 on 3 June.")


def ranges():
    r = lambda text, *res: add("NumberRange", "Forms", text, *res)
    r("Fewer than a dozen boats came back.", ("Fewer than a dozen", "(,12)"))
    r("More than half of the staff voted.", ("More than half", "(0.5,)"))
    r("Under a third of the budget was spent.", ("Under a third", "(,0.3333333333333333)"))
    r("Between a quarter and a half of the crop was lost.", ("Between a quarter and a half", "[0.25,0.5]"))
    r("Growth of more than 1.5 million jobs is expected.", ("more than 1.5 million", "(1500000,)"))
    r("At least two thousand five hundred people signed.", ("At least two thousand five hundred", "[2500,)"))
    r("Up to 3k fans are expected.", ("Up to 3k", "(,3000]"))
    r("Bids between 2.5bn and 3bn were received.", ("between 2.5bn and 3bn", "[2500000000,3000000000]"))
    r("Readings ranged from -10 to 10 overnight.", ("from -10 to 10", "[-10,10]"))
    r("Values between minus five and five are normal.", ("between minus five and five", "[-5,5]"))
    r("Scores above 99.5 are rare.", ("above 99.5", "(99.5,)"))
    r("The rate stayed below zero point five.", ("below zero point five", "(,0.5)"))
    # a range of a document's parts names them, no quantity (docs/accuracy.md; numbers24 chose one
    # convention for the Layouts and Margins sets, which had disagreed)
    r("Pages 10 through 20 are missing.")
    r("Seats from twelve hundred to fifteen hundred were sold.", ("from twelve hundred to fifteen hundred", "[1200,1500]"))
    r("Teams of 8~10 players take part.", ("8~10", "[8,10]"))
    r("A crowd of 20,000—25,000 gathered.", ("20,000—25,000", "[20000,25000]"))
    r("Groups of more than 4 and fewer than 9 qualify.", ("more than 4 and fewer than 9", "(4,9)"))
    r("The answer is greater than 3 but at most 7.", ("greater than 3 but at most 7", "(3,7]"))
    r("It must be no less than 2 and no more than 5.", ("no less than 2 and no more than 5", "[2,5]"))
    r("Values of less than 1 in 100 were dropped.", ("less than 1 in 100", "(,0.01)"))
    r("Only a handful, fewer than 1 , 000 , took part .", ("fewer than 1 , 000", "(,1000)"))

    c = lambda text, *res: add("NumberRange", "Comparators", text, *res)
    c("Loans of 5,000 or greater need a guarantor.", ("5,000 or greater", "[5000,)"))
    c("Households with 3 or more children get a grant.", ("3 or more", "[3,)"))
    c("Firms with more than twenty-five staff must report.", ("more than twenty-five", "(25,)"))
    c("Towns of at most nine hundred people qualify.", ("at most nine hundred", "(,900]"))
    c("Any value >= 0.5 counts.", (">= 0.5", "[0.5,)"))
    c("Keep it < 1,000 at all times.", ("< 1,000", "(,1000)"))
    c("Ratios ⩾ 2 are flagged.", ("⩾ 2", "[2,)"))
    c("UP TO TWO THOUSAND JOBS AT RISK", ("UP TO TWO THOUSAND", "(,2000]"))
    c("at least 1.2 mln barrels were lost", ("at least 1.2 mln", "[1200000,)"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("About 50 people came.")
    x("Some 1,200 homes were flooded.")
    x("Roughly 300 jobs will go.")
    x("The 1914-18 war changed Europe.")
    x("Ring 555-0134 for details.")


def currency():
    s = lambda text, *r: add("Currency", "Signs", text, *r)
    s("The coffee was 99¢ at the diner.", ("99¢", "99", "Cent"))
    s("A pint costs £4.50, and crisps 85p.", ("£4.50", "4.5", "Pound"), ("85p", "85", "Pence"))
    s("The jacket is 1.234,56 € in Vienna.", ("1.234,56 €", "1234.56", "Euro"))
    s("The flat rents for HK$ 18,000 a month.", ("HK$ 18,000", "18000", "Hong Kong dollar"))
    s("Dinner for two was ¥8,000.", ("¥8,000", "8000", "Japanese yen"))
    s("A loaf costs 3 zł in Kraków.", ("3 zł", "3", "Polish zloty"))
    s("the fare is ₹ 1 , 250 one way .", ("₹ 1 , 250", "1250", "Indian rupee"))

    n = lambda text, *r: add("Currency", "Notation", text, *r)
    n("The city approved a $1.5-million upgrade.", ("$1.5-million", "1500000", "Dollar"))
    n("Ottawa unveiled a $3-billion plan.", ("$3-billion", "3000000000", "Dollar"))
    n("The startup raised $700M in total.", ("$700M", "700000000", "Dollar"))
    n("The club lost £1.5m last season.", ("£1.5m", "1500000", "Pound"))
    n("The EU pledged €2.3 bn for roads.", ("€2.3 bn", "2300000000", "Euro"))
    n("The bank raised CHF 750mn.", ("CHF 750mn", "750000000", "Swiss franc"))
    n("Proceeds were 3.4bn SEK.", ("3.4bn SEK", "3400000000", "Swedish krona"))
    n("The bond raised JPY50bn.", ("JPY50bn", "50000000000", "Japanese yen"))
    n("the fund holds eur 300 million in cash .", ("eur 300 million", "300000000", "Euro"))

    w = lambda text, *r: add("Currency", "Words", text, *r)
    w("The bill came to five hundred and fifty dollars.", ("five hundred and fifty dollars", "550", "Dollar"))
    w("She won a million dollars on the show.", ("a million dollars", "1000000", "Dollar"))
    w("The club paid half a million euros for him.", ("half a million euros", "500000", "Euro"))
    w("The house sold for a quarter of a million pounds.", ("a quarter of a million pounds", "250000", "Pound"))
    w("The repair cost twelve hundred dollars.", ("twelve hundred dollars", "1200", "Dollar"))
    w("They paid twenty-five Swiss francs for lunch.", ("twenty-five Swiss francs", "25", "Swiss franc"))
    w("The fine was ten thousand Thai baht.", ("ten thousand Thai baht", "10000", "Thai baht"))
    w("Wages rose to 900 Ghanaian cedis.", ("900 Ghanaian cedis", "900", "Ghanaian cedi"))
    w("Rent is 600 Moroccan dirhams a month.", ("600 Moroccan dirhams", "600", "Moroccan dirham"))

    h = lambda text, *r: add("Currency", "Historic", text, *r)
    h("He paid 300 D-marks for the radio.", ("300 D-marks", "300", "German mark"))
    h("The Bundesbank sold 2 billion marks on Friday.", ("2 billion marks", "2000000000", "Mark"))
    h("A stamp was 12 Belgian francs in 1990.", ("12 Belgian francs", "12", "Belgian franc"))
    h("The farm was sold for 9 million Spanish pesetas.", ("9 million Spanish pesetas", "9000000", "Spanish peseta"))

    m = lambda text, *r: add("Currency", "Minor", text, *r)
    m("The toll went up by 15 cents.", ("15 cents", "15", "Cent"))
    m("A stamp cost 60 pence then.", ("60 pence", "60", "Pence"))
    m("A 50-cent coin rolled away.", ("50-cent", "50", "Cent"))
    m("He paid a ten-dollar fee.", ("ten-dollar", "10", "Dollar"))

    b = lambda text, *r: add("Currency", "Bounds", text, *r)
    b("Meals cost under £5 at the canteen.", ("£5", "5", "Pound"))
    b("The deal is worth more than €2bn.", ("€2bn", "2000000000", "Euro"))
    b("Fines of up to 5,000 euros apply.", ("5,000 euros", "5000", "Euro"))
    b("Shares traded between $3 and $4.", ("$3", "3", "Dollar"), ("$4", "4", "Dollar"))

    x = lambda text: add("Currency", "NotQuantities", text)
    x("He took the 5 train to work.")
    x("Take exit 66 for the airport.")
    x("The S4 line reopened at 6:15.")


def dimension():
    a = lambda text, *r: add("Dimension", "Adjectival", text, *r)
    a("A 40-tonne truck blocked the road.", ("40-tonne", "40", "Metric ton"))
    a("The car has a 1.6-litre engine.", ("1.6-litre", "1.6", "Liter"))
    a("They opened a 500-megawatt plant.", ("500-megawatt", "500", "Megawatt"))
    a("It was a 26.2-mile race.", ("26.2-mile", "26.2", "Mile"))
    a("He fell from a 30-foot ladder.", ("30-foot", "30", "Foot"))
    a("She landed a twelve-pound salmon.", ("twelve-pound", "12", "Pound"))
    a("The ship hit a 200-metre reef.", ("200-metre", "200", "Meter"))
    a("A 3-inch gap opened in the wall.", ("3-inch", "3", "Inch"))

    p = lambda text, *r: add("Dimension", "SIPrefixes", text, *r)
    p("The dose is 250 µg a day.", ("250 µg", "250", "Microgram"))
    p("The wire is 12 μm thick.", ("12 μm", "12", "Micrometer"))
    p("The probe measured 7 μA of current.", ("7 μA", "7", "Microampere"))
    p("The cable carries 11 kV.", ("11 kV", "11", "Kilovolt"))
    p("The beam delivered 3 mJ.", ("3 mJ", "3", "Millijoule"))
    p("The chip draws 40 mW at rest.", ("40 mW", "40", "Milliwatt"))
    p("The station transmits at 99.5 MHz.", ("99.5 MHz", "99.5", "Megahertz"))
    p("The dam produces 2.1 GW.", ("2.1 GW", "2.1", "Gigawatt"))
    p("The filter stops 0.3 micrometres and up.", ("0.3 micrometres", "0.3", "Micrometer"))
    p("The sample weighed 40 nanograms.", ("40 nanograms", "40", "Nanogram"))

    d = lambda text, *r: add("Dimension", "DataSizes", text, *r)
    d("The card holds 256 GB of photos.", ("256 GB", "256", "Gigabyte"))
    d("The link runs at 10 Gb/s.", ("10 Gb/s", "10", "Gigabit per second"))
    d("The file is 3.5 megabytes.", ("3.5 megabytes", "3.5", "Megabyte"))
    d("A 32-bit register holds the count.", ("32-bit", "32", "Bit"))
    d("The archive is 2 TiB.", ("2 TiB", "2", "Tebibyte"))
    d("Each key is 64 bytes long.", ("64 bytes", "64", "Byte"))
    d("Broadband at 300 Mbit/s is on offer.", ("300 Mbit/s", "300", "Megabit per second"))

    u = lambda text, *r: add("Dimension", "Compound", text, *r)
    u("The flat covers 85 m² in all.", ("85 m²", "85", "Square meter"))
    u("The tank holds 2 m³ of water.", ("2 m³", "2", "Cubic meter"))
    u("The park covers 4.5 km².", ("4.5 km²", "4.5", "Square kilometer"))
    u("The train reached 320 kilometres an hour.", ("320 kilometres an hour", "320", "Kilometer per hour"))
    u("The wind blew at 25 metres per second.", ("25 metres per second", "25", "Meter per second"))
    u("Homes there average 1,200 square feet.", ("1,200 square feet", "1200", "Square foot"))
    u("The plant used 5,000 kWh last month.", ("5,000 kWh", "5000", "Kilowatt hour"))
    u("The jet cruised at 900 km/h.", ("900 km/h", "900", "Kilometer per hour"))

    x = lambda text: add("Dimension", "NotQuantities", text)
    x("The M25 was jammed at 8:15.")
    x("The A4 road was closed.")
    x("He bought a 4K television.")


def percent():
    f = lambda text, *r: add("Percent", "Forms", text, *r)
    f("Turnout was one hundred percent.", ("one hundred percent", "100%"))
    f("Prices fell by half a per cent.", ("half a per cent", "0.5%"))
    f("The bank cut rates by three quarters of a percent.", ("three quarters of a percent", "0.75%"))
    f("Shares dropped -2.5% on the day.", ("-2.5%", "-2.5%"))
    f("Output grew +3.4% in May.", ("+3.4%", "3.4%"))
    f("They own a 15-percent stake.", ("15-percent", "15%"))
    f("The tax is 20 per cent.", ("20 per cent", "20%"))
    f("Inflation was 4.1pct in March.", ("4.1pct", "4.1%"))
    f("Only twelve point five percent agreed.", ("twelve point five percent", "12.5%"))
    f("Rates sit at 0.25 % today.", ("0.25 %", "0.25%"))
    f("Support fell to thirty-three per cent.", ("thirty-three per cent", "33%"))
    f("The yield rose to 5.125 percent.", ("5.125 percent", "5.125%"))
    f("Costs rose 7pc last year.", ("7pc", "7%"))
    f("Fees of 1.5 percentage points were added.", ("1.5 percentage points", "1.5%"))

    w = lambda text, *r: add("Percent", "Wire", text, *r)
    w("unemployment rose to 6 . 2 % in june .", ("6 . 2 %", "6.2%"))
    w("INFLATION SEEN AT 3.9 PCT IN 2025", ("3.9 PCT", "3.9%"))
    w("Growth Slows To 1.1 Percent", ("1.1 Percent", "1.1%"))
    w("the stake is worth nineteen per cent of the firm .", ("nineteen per cent", "19%"))
    w("margins fell 2 percent to 14 percent .", ("2 percent", "2%"), ("14 percent", "14%"))
    w("The rate fell to 5¼%.", ("5¼%", "5.25%"))

    r = lambda text, *res: add("Percent", "Ranges", text, *res)
    r("Rents may rise 3% to 5% this year.", ("3%", "3%"), ("5%", "5%"))
    r("Yields of 4–6% are common.", ("6%", "6%"))
    r("Growth will be more than 2 percent.", ("2 percent", "2%"))
    r("Fewer than 10% of homes are empty.", ("10%", "10%"))
    r("Costs rose by between 8 and 9 per cent.", ("9 per cent", "9%"))

    x = lambda text: add("Percent", "NotQuantities", text)
    x("The 50/50 split was agreed.")
    x("The 24/7 service opened in 2020.")
    x("Section 5 of the act applies.")


def temperature():
    s = lambda text, *r: add("Temperature", "Signs", text, *r)
    s("Water boils at 100℃ at sea level.", ("100℃", "100", "C"))
    s("It was 95℉ in Phoenix.", ("95℉", "95", "F"))
    s("Set the oven to 180 °C.", ("180 °C", "180", "C"))
    s("The high was 72°F on Friday.", ("72°F", "72", "F"))
    s("The metal melts at 1,538 deg C.", ("1,538 deg C", "1538", "C"))
    s("It hit 41 degs in the shade.", ("41 degs", "41", "Degree"))
    s("Overnight it fell to −8 °C.", ("−8 °C", "-8", "C"))
    s("Helium boils at 4.2 K.", ("4.2 K", "4.2", "K"))
    s("The lake was 18° at noon.", ("18°", "18", "Degree"))
    s("It was 5 degrees centigrade at dawn.", ("5 degrees centigrade", "5", "C"))

    w = lambda text, *r: add("Temperature", "Words", text, *r)
    w("It will be minus three degrees Celsius tonight.", ("minus three degrees Celsius", "-3", "C"))
    w("The pool is kept at twenty-eight degrees.", ("twenty-eight degrees", "28", "Degree"))
    w("The core sits at fifteen million kelvin.", ("fifteen million kelvin", "15000000", "K"))
    w("Bake at three hundred fifty degrees Fahrenheit.", ("three hundred fifty degrees Fahrenheit", "350", "F"))
    w("It was negative twenty Fahrenheit in Fargo.", ("negative twenty Fahrenheit", "-20", "F"))
    w("He ran a fever of thirty-nine point five degrees.", ("thirty-nine point five degrees", "39.5", "Degree"))

    c = lambda text, *r: add("Temperature", "Wire", text, *r)
    c("TEMPERATURES PLUNGE TO MINUS 30 DEGREES", ("MINUS 30 DEGREES", "-30", "Degree"))
    c("Capital Swelters At 44 Degrees Celsius", ("44 Degrees Celsius", "44", "C"))
    c("highs of 33 degrees celsius are forecast for sunday .", ("33 degrees celsius", "33", "C"))
    c("it was 12 ° c in the city at noon .", ("12 ° c", "12", "C"))
    c("Highs will range from 25 to 28 degrees Celsius.", ("28 degrees Celsius", "28", "C"))
    c("Temperatures rose above 40 degrees Celsius.", ("40 degrees Celsius", "40", "C"))
    c("It is colder than -10°C outside.", ("-10°C", "-10", "C"))

    x = lambda text: add("Temperature", "NotQuantities", text)
    x("The road turns 90 degrees to the left.")
    x("He holds a degree in physics from 2010.")
    x("The 3C bus leaves at noon.")


def age():
    a = lambda text, *r: add("Age", "Forms", text, *r)
    a("The tree is four hundred years old.", ("four hundred years old", "400", "Year"))
    a("The 6-years-old boy was found safe.", ("6-years-old", "6", "Year"))
    a("A 2 year-old girl was hurt.", ("2 year-old", "2", "Year"))
    a("He was 20 years-old at the time.", ("20 years-old", "20", "Year"))
    a("The puppy is eighteen months old.", ("eighteen months old", "18", "Month"))
    a("A ninety-year-old man finished the race.", ("ninety-year-old", "90", "Year"))
    a("The foal is ten days old.", ("ten days old", "10", "Day"))
    a("She is thirty-two years of age.", ("thirty-two years of age", "32", "Year"))
    a("The company is 150 years old this year.", ("150 years old", "150", "Year"))
    a("A three-week-old kitten was rescued.", ("three-week-old", "3", "Week"))
    a("THE 101-YEAR-OLD VOTED AGAIN", ("101-YEAR-OLD", "101", "Year"))
    a("the 27-year-old striker signed on monday .", ("27-year-old", "27", "Year"))
    a("Two And A Half Year Old Boy Rescued", ("Two And A Half Year Old", "2.5", "Year"))
    a("The child is 5 and a half years old.", ("5 and a half years old", "5.5", "Year"))
    a("Children 5 to 7 years old may join.", ("7 years old", "7", "Year"))
    a("the 19 - year - old was charged .", ("19 - year - old", "19", "Year"))

    x = lambda text: add("Age", "NotQuantities", text)
    x("The 30-year bond yield rose.")
    x("It took 3 years to build the bridge.")
    x("A 5-year plan was adopted.")
    x("The firm was founded 40 years ago.")


def main():
    SET.write((number_words, ranges, currency, dimension, percent, temperature, age))


if __name__ == "__main__":
    main()
