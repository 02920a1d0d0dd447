#!/usr/bin/env python3
"""Writes the eighth probe set for issue 18, Tests/GlossNumbersTests/Probes/Registers/<Model>Model-<register>.json.

Written in one sitting by numbers13 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets
(`build-number-probes.py`). The seven earlier sets carry their quantities in business and wire news
and, the seventh, in sports, weather, legal notices, shopping, recipes and finance tables; this one
carries them in registers none of them covers:
- Medicine and science reports: doses (`500 mg`, a spaced `1 g`), concentrations (`mmol/L`, `mg/dL`,
  `ppm`, `mg/kg`), SI prefixes on units of science (`kDa`, `GHz`, `kV`), scientific notation
  (`3 × 10^8`, `1.38 × 10⁻²³`, `2.5e6`), ranges with units (`5-10 mg`).
- Sports results and records: field and track marks (`23.56m`, `the 10,000m`), race and match times
  and scores that are no quantities (`2:03:59`, `6-4, 6-3`), cricket totals, ages.
- Weather and travel: temperatures (`47.5C`, `minus 40F`), wind speeds (`km/h`, `mph`, knots),
  elevations and altitudes (`8,849 metres`, `35,000ft`), sea states (`1.5m waves`).
- Markets in currencies other than the dollar, as prose: CHF, ZAR, INR with lakh and crore and
  Indian digit grouping (`₹12,34,567`), JPY, the Nordic crowns, BRL, with glued magnitude suffixes
  (`SFr2.7bn`, `R5.7bn`, `¥4.3trn`) and pre-tokenised amounts (`€ 3 , 150 million`).
- Imperial body measures: height and weight in feet and inches, stones and pounds (`6ft 2in`,
  `15st 10lb`, `five feet eight inches`, `7lb 8oz`).

Each file is one model and one register; each model also has sentences of those registers that must
give no quantity of its kind (race times, scores, codes such as `PM2.5` or `COVID-19`, a bus route
`R5`, bond tenors). The expected values come from the conventions docs/accuracy.md states (a range
includes both ends and stays one mention, its unit written after it left out; a unit model is given
a range's ends written with their unit; NumberModel lists every cardinal but not one fused to a
unit), from CLDR (currency English names: `Swiss franc`, `South African rand`, `Brazilian real`;
the unit names `Millimole per liter`, `Milligram per deciliter`, `Part per million`, `Dalton`,
`Millimeter of mercury`, `Stone`), from SI (a prefix and its base in American spelling:
`Microgram`, `Kilodalton`, `Gigahertz`; a unit per unit written `X per Y`, as `Kilometer per
hour`) and from the Indian numbering system (a lakh is 100,000, a crore 10,000,000). A currency
sign or word shared by several currencies is named by the shared word (`Rupee` for `rupees`); a
minor unit is named in the singular (`Paisa`). The first score on the unchanged stage is in
numbers13's report; cases are not edited after a failure is seen, except an expectation that was
the writer's own error against those conventions, in its own commit.

    python3 scripts/build-number-probes-registers.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Registers")
add = SET.add


def number():
    n = lambda register, text, *r: add("Number", register, text, *r)
    n("Medicine", "The trial enrolled 43,548 participants across 152 sites.", ("43,548", "43548"), ("152", "152"))
    n("Medicine", "The adult body holds about 3.7 × 10^13 cells.", ("3.7 × 10^13", "37000000000000"))
    n("Medicine", "Each sample contained roughly 2.5e6 viral copies.", ("2.5e6", "2500000"))
    n("Medicine", "Boltzmann's constant is 1.38 × 10⁻²³ joules per kelvin.", ("1.38 × 10⁻²³", "1.38E-23"))
    n("Medicine", "A half-dozen patients withdrew from the study.", ("A half-dozen", "6"))
    n("Medicine", "Some 1.3 billion people live with a disability.", ("1.3 billion", "1300000000"))
    n("Medicine", "Of the 212 volunteers, nineteen reported headaches.", ("212", "212"), ("nineteen", "19"))
    n("Sports", "A record 103,985 spectators packed the stadium.", ("103,985", "103985"))
    n("Sports", "India made 287 for 6 in their 50 overs.", ("287", "287"), ("6", "6"), ("50", "50"))
    n("Sports", "He scored 41 points and grabbed twelve rebounds.", ("41", "41"), ("twelve", "12"))
    n("Sports", "The Swiss has won 103 titles in 24 seasons.", ("103", "103"), ("24", "24"))
    n("Sports", "Verstappen crossed the line 12.4 seconds clear.", ("12.4", "12.4"))
    n("Weather", "Some 2,300 flights were cancelled across Europe.", ("2,300", "2300"))
    n("Weather", "A magnitude 7.8 earthquake struck the region.", ("7.8", "7.8"))
    n("Weather", "Lightning struck the ground 85,000 times in one night.", ("85,000", "85000"), ("one", "1"))
    n("Travel", "The airline carried 4.6 million passengers in June.", ("4.6 million", "4600000"))
    n("Markets", "The Sensex closed at 72,410.38 on Friday.", ("72,410.38", "72410.38"))
    n("Markets", "The scheme will create 2.5 lakh jobs.", ("2.5 lakh", "250000"))
    n("Markets", "About 1.2 crore taxpayers filed returns online.", ("1.2 crore", "12000000"))
    n("Markets", "The fund bought 12,34,567 shares of the lender.", ("12,34,567", "1234567"))
    n("Markets", "Turnover was three quarters of a billion shares.", ("three quarters of a billion", "750000000"))
    # must give no number
    n("NotQuantities", "Kipchoge won in 2:03:59 on a cool morning.")
    n("NotQuantities", "Alcaraz won 6-4, 6-3 in the final.")
    n("NotQuantities", "PM2.5 readings were hazardous on Monday.")
    n("NotQuantities", "The A380 landed at Heathrow.")
    n("NotQuantities", "Flight BA117 departs at 14:05.")


def ranges():
    r = lambda register, text, *x: add("NumberRange", register, text, *x)
    r("Medicine", "The usual adult dose is 5-10 mg daily.", ("5-10", "[5,10]"))
    r("Medicine", "Take between 2 and 4 tablets a day.", ("between 2 and 4", "[2,4]"))
    r("Medicine", "The study recruited adults aged 18 to 65.", ("18 to 65", "[18,65]"))
    r("Medicine", "Adults should do at least 150 minutes of exercise a week.", ("at least 150", "[150,)"))
    r("Medicine", "Patients with a BMI over 30 were excluded.", ("over 30", "(30,)"))
    r("Medicine", "Symptoms usually last 3–5 days.", ("3–5", "[3,5]"))
    r("Medicine", "Levels of less than 0.5 mg were undetectable.", ("less than 0.5", "(,0.5)"))
    r("Weather", "Winds of 40-50mph are expected on the coast.", ("40-50", "[40,50]"))
    r("Weather", "Temperatures will range from 20 to 25C.", ("from 20 to 25", "[20,25]"))
    r("Weather", "A swell of 2 to 3 metres will build overnight.", ("2 to 3", "[2,3]"))
    r("Weather", "More than 40 flood warnings are in force.", ("More than 40", "(40,)"))
    r("Travel", "Trains run every 10 to 15 minutes.", ("10 to 15", "[10,15]"))
    r("Travel", "Fares rise by no more than 3.5 per cent.", ("no more than 3.5", "(,3.5]"))
    r("Sports", "Tickets for children aged 5-11 are free.", ("5-11", "[5,11]"))
    r("Sports", "The pole vault bar rose from 5.80 to 6.10 metres.", ("from 5.80 to 6.10", "[5.8,6.1]"))
    r("Markets", "Analysts expect 6-6.5 per cent growth this year.", ("6-6.5", "[6,6.5]"))
    r("Markets", "The rupee traded between 83.1 and 83.4 to the dollar.", ("between 83.1 and 83.4", "[83.1,83.4]"))
    r("NotQuantities", "Barcelona drew 2-2 with Girona.")
    r("NotQuantities", "The 2023-24 season ended in May.")
    r("NotQuantities", "He won the stage in 4:12:35.")
    r("NotQuantities", "Sinner won 7-6, 6-2 in Melbourne.")


def currency():
    c = lambda register, text, *x: add("Currency", register, text, *x)
    c("Markets", "Roche reported a net profit of SFr2.7bn for the half.", ("SFr2.7bn", "2700000000", "Swiss franc"))
    c("Markets", "Richemont's sales reached CHF 19.9 billion.", ("CHF 19.9 billion", "19900000000", "Swiss franc"))
    c("Markets", "Shoprite lifted profit to R5.7bn in the year.", ("R5.7bn", "5700000000", "South African rand"))
    c("Markets", "Eskom needs R254 billion to stay afloat.", ("R254 billion", "254000000000", "South African rand"))
    c("Markets", "MTN's revenue rose to ZAR 207bn.", ("ZAR 207bn", "207000000000", "South African rand"))
    c("Markets", "Reliance raised ₹53,124 crore in the rights issue.", ("₹53,124 crore", "531240000000", "Indian rupee"))
    c("Markets", "The flat in Bandra sold for ₹85 lakh.", ("₹85 lakh", "8500000", "Indian rupee"))
    c("Markets", "The ministry set aside INR 4,500 crore for roads.", ("INR 4,500 crore", "45000000000", "Indian rupee"))
    c("Markets", "Farmers were paid 2,000 rupees a month.", ("2,000 rupees", "2000", "Rupee"))
    c("Markets", "The loan totals ₹12,34,567 with interest.", ("₹12,34,567", "1234567", "Indian rupee"))
    c("Markets", "The fare rose by 50 paise a kilometre.", ("50 paise", "50", "Paisa"))
    c("Markets", "Toyota forecast an operating profit of ¥4.3trn.", ("¥4.3trn", "4300000000000", "Japanese yen"))
    c("Markets", "SoftBank posted a loss of JPY 970bn.", ("JPY 970bn", "970000000000", "Japanese yen"))
    c("Markets", "Sony earned 1.2 trillion yen in the year.", ("1.2 trillion yen", "1200000000000", "Japanese yen"))
    c("Markets", "Equinor paid NOK 12.5bn in dividends.", ("NOK 12.5bn", "12500000000", "Norwegian krone"))
    c("Markets", "Ericsson's sales were SEK 263.4 billion.", ("SEK 263.4 billion", "263400000000", "Swedish krona"))
    c("Markets", "Vestas booked a DKK 1.1bn charge.", ("DKK 1.1bn", "1100000000", "Danish krone"))
    c("Markets", "Petrobras will invest R$ 4.2 billion in the field.", ("R$ 4.2 billion", "4200000000", "Brazilian real"))
    c("Markets", "Safaricom earned KSh 62.1bn in the half.", ("KSh 62.1bn", "62100000000", "Kenyan shilling"))
    c("Markets", "the bank raised € 3 , 150 million from investors .", ("€ 3 , 150 million", "3150000000", "Euro"))
    c("Markets", "The brewer sold the unit for £1.25bn.", ("£1.25bn", "1250000000", "Pound"))
    c("Medicine", "Each dose costs the health service €450.", ("€450", "450", "Euro"))
    c("Medicine", "The drug costs CHF 3,800 a month in Switzerland.", ("CHF 3,800", "3800", "Swiss franc"))
    c("Sports", "The winner takes home R1 million in prize money.", ("R1 million", "1000000", "South African rand"))
    c("Sports", "He was handed a ten-pound fine for dissent.", ("ten-pound", "10", "Pound"))
    c("Travel", "A day pass costs SFr 85 in Zermatt.", ("SFr 85", "85", "Swiss franc"))
    c("Travel", "The Shinkansen ticket cost ¥14,720.", ("¥14,720", "14720", "Japanese yen"))
    c("NotQuantities", "Take the R5 bus to the station.")
    c("NotQuantities", "The FTSE 100 fell in early trade.")
    c("NotQuantities", "The Nikkei 225 rose on Tuesday.")


def dimension():
    d = lambda register, text, *x: add("Dimension", register, text, *x)
    d("Medicine", "Patients received 500 mg of paracetamol.", ("500 mg", "500", "Milligram"))
    d("Medicine", "The daily dose was cut to 2.5mg.", ("2.5mg", "2.5", "Milligram"))
    d("Medicine", "A single 1 g dose was given intravenously.", ("1 g", "1", "Gram"))
    d("Medicine", "Adults need 10 µg of vitamin D a day.", ("10 µg", "10", "Microgram"))
    d("Medicine", "Nurses injected 0.5 mL of vaccine.", ("0.5 mL", "0.5", "Milliliter"))
    d("Medicine", "Her blood glucose was 7.8 mmol/L after fasting.", ("7.8 mmol/L", "7.8", "Millimole per liter"))
    d("Medicine", "Cholesterol above 190 mg/dL is treated.", ("190 mg/dL", "190", "Milligram per deciliter"))
    d("Medicine", "Mice were dosed at 2 mg/kg.", ("2 mg/kg", "2", "Milligram per kilogram"))
    d("Medicine", "A systolic pressure above 140 mmHg counts as high.", ("140 mmHg", "140", "Millimeter of mercury"))
    d("Medicine", "The tumour measured 4.2 cm across.", ("4.2 cm", "4.2", "Centimeter"))
    d("Medicine", "The usual adult dose is 5-10 mg daily.", ("10 mg", "10", "Milligram"))
    d("Science", "Carbon dioxide passed 420 ppm this year.", ("420 ppm", "420", "Part per million"))
    d("Science", "The laser emits at 532 nm.", ("532 nm", "532", "Nanometer"))
    d("Science", "The enzyme is a 64 kDa protein.", ("64 kDa", "64", "Kilodalton"))
    d("Science", "Light moves at 3 × 10^8 m/s in a vacuum.", ("3 × 10^8 m/s", "300000000", "Meter per second"))
    d("Science", "The farm will generate 3.2 GW at full output.", ("3.2 GW", "3.2", "Gigawatt"))
    d("Science", "Routers use the 2.4 GHz band.", ("2.4 GHz", "2.4", "Gigahertz"))
    d("Science", "A 400 kV line links the two grids.", ("400 kV", "400", "Kilovolt"))
    d("Sports", "Crouser threw 23.56m to win the shot put.", ("23.56m", "23.56", "Meter"))
    d("Sports", "She cleared 2.06m in the high jump.", ("2.06m", "2.06", "Meter"))
    d("Sports", "He won the 10,000m in 26:43.14.", ("10,000m", "10000", "Meter"))
    d("Sports", "Allen threw a 55-yard touchdown pass.", ("55-yard", "55", "Yard"))
    d("Sports", "The horse carried 9st 7lb to victory.", ("9st", "9", "Stone"), ("7lb", "7", "Pound"))
    d("Body", "He is 6ft 2in tall.", ("6ft", "6", "Foot"), ("2in", "2", "Inch"))
    d("Body", "The boxer came in at 15st 10lb.", ("15st", "15", "Stone"), ("10lb", "10", "Pound"))
    d("Body", "The lock stands 6ft 7in and weighs 19st.", ("6ft", "6", "Foot"), ("7in", "7", "Inch"),
      ("19st", "19", "Stone"))
    d("Body", "She was five feet eight inches tall.", ("five feet", "5", "Foot"), ("eight inches", "8", "Inch"))
    d("Body", "The baby weighed 7lb 8oz at birth.", ("7lb", "7", "Pound"), ("8oz", "8", "Ounce"))
    d("Body", "He lost two stone before the season.", ("two stone", "2", "Stone"))
    d("Body", "The jeans have a 34in waist.", ("34in", "34", "Inch"))
    d("Body", "She weighs 58 kilos and stands 1.68m.", ("58 kilos", "58", "Kilogram"), ("1.68m", "1.68", "Meter"))
    d("Weather", "Winds of 110 km/h battered the coast.", ("110 km/h", "110", "Kilometer per hour"))
    d("Weather", "Gusts of 70mph hit the bridge.", ("70mph", "70", "Mile per hour"))
    d("Weather", "Forecasters warned of 1.5m waves on the coast.", ("1.5m", "1.5", "Meter"))
    d("Weather", "Rainfall of 150mm fell in a day.", ("150mm", "150", "Millimeter"))
    d("Weather", "Hailstones 4cm wide smashed windscreens.", ("4cm", "4", "Centimeter"))
    d("Weather", "Snow drifts of 2ft blocked the lanes.", ("2ft", "2", "Foot"))
    d("Travel", "Everest stands 8,849 metres high.", ("8,849 metres", "8849", "Meter"))
    d("Travel", "The plane cruised at 35,000ft.", ("35,000ft", "35000", "Foot"))
    d("Travel", "The pass sits at 2,469m above sea level.", ("2,469m", "2469", "Meter"))
    d("Travel", "The TGV reached 320km/h on the new line.", ("320km/h", "320", "Kilometer per hour"))
    d("Travel", "They set off on a 1,200-mile road trip.", ("1,200-mile", "1200", "Mile"))
    d("Travel", "The ferry crossing is 22 nautical miles.", ("22 nautical miles", "22", "Nautical mile"))
    d("Travel", "The catamaran sails at 35 knots.", ("35 knots", "35", "Knot"))
    d("NotQuantities", "PM2.5 levels rose sharply on Monday.")
    d("NotQuantities", "Alcaraz won 6-4, 6-3 in the final.")
    d("NotQuantities", "The COVID-19 ward reopened.")
    d("NotQuantities", "Kipchoge finished in 2:03:59.")


def percent():
    p = lambda register, text, *x: add("Percent", register, text, *x)
    p("Medicine", "The vaccine showed an efficacy of 95% in adults.", ("95%", "95%"))
    p("Medicine", "Wounds were rinsed with a 0.9% saline solution.", ("0.9%", "0.9%"))
    p("Medicine", "The drug cut deaths by 30 per cent.", ("30 per cent", "30%"))
    p("Medicine", "Patients should keep HbA1c below 7%.", ("7%", "7%"))
    p("Medicine", "A blood alcohol level of 0.08 percent is the limit.", ("0.08 percent", "0.08%"))
    p("Weather", "Humidity hit 90 per cent on Tuesday.", ("90 per cent", "90%"))
    p("Weather", "There is a 40pc chance of showers.", ("40pc", "40%"))
    p("Weather", "Reservoirs are 62.5 % full.", ("62.5 %", "62.5%"))
    p("Markets", "India's inflation eased to 5.1 per cent in June.", ("5.1 per cent", "5.1%"))
    p("Markets", "The Sensex rose 1.2pc on Monday.", ("1.2pc", "1.2%"))
    p("Markets", "The franc gained 0.4% against the euro.", ("0.4%", "0.4%"))
    p("Markets", "Unemployment in South Africa stood at 32.9pct.", ("32.9pct", "32.9%"))
    p("Sports", "He converted 91.3% of his free throws.", ("91.3%", "91.3%"))
    p("Sports", "Her win rate on clay is nearly seventy percent.", ("seventy percent", "70%"))
    p("NotQuantities", "Alcaraz won 6-4, 6-3 in the final.")
    p("NotQuantities", "A Category 4 hurricane made landfall.")
    p("NotQuantities", "The drug cut deaths by a third.")


def temperature():
    t = lambda register, text, *x: add("Temperature", register, text, *x)
    t("Weather", "The mercury touched 47.5C in Rajasthan.", ("47.5C", "47.5", "C"))
    t("Weather", "A low of -15C is forecast for Oslo.", ("-15C", "-15", "C"))
    t("Weather", "A wind chill of minus 40F gripped Minnesota.", ("minus 40F", "-40", "F"))
    t("Weather", "Sea temperatures reached 22 degrees last week.", ("22 degrees", "22", "Degree"))
    t("Weather", "It felt like 35°C in the shade.", ("35°C", "35", "C"))
    t("Travel", "Expect 10C nights in the desert.", ("10C", "10", "C"))
    t("Medicine", "The child had a fever of 38.5C.", ("38.5C", "38.5", "C"))
    t("Medicine", "Samples were stored at -80°C.", ("-80°C", "-80", "C"))
    t("Medicine", "Normal body temperature is 98.6F.", ("98.6F", "98.6", "F"))
    t("Medicine", "Cultures were incubated at 37 °C overnight.", ("37 °C", "37", "C"))
    t("Medicine", "The vaccine must be kept at 2 to 8 degrees Celsius.", ("8 degrees Celsius", "8", "C"))
    t("Science", "The gas was heated to 1,500 K.", ("1,500 K", "1500", "K"))
    t("Science", "Iron melts at 1,538 degrees Celsius.", ("1,538 degrees Celsius", "1538", "C"))
    t("NotQuantities", "The C-130 landed safely.")
    t("NotQuantities", "The car made a 90-degree turn.")
    t("NotQuantities", "Room 12C is on the second floor.")


def age():
    a = lambda register, text, *x: add("Age", register, text, *x)
    a("Sports", "The 38-year-old Kenyan won again.", ("38-year-old", "38", "Year"))
    a("Sports", "A two-year-old filly won the opener.", ("two-year-old", "2", "Year"))
    a("Sports", "At 17 years old, she is the youngest champion.", ("17 years old", "17", "Year"))
    a("Medicine", "A six-month-old baby was admitted.", ("six-month-old", "6", "Month"))
    a("Medicine", "The vaccine is for children under 12 years of age.", ("12 years of age", "12", "Year"))
    a("Medicine", "A 3-day-old calf was treated.", ("3-day-old", "3", "Day"))
    a("Travel", "The 101-year-old veteran flew to Normandy.", ("101-year-old", "101", "Year"))
    a("Travel", "A 14-week-old puppy travelled in the cabin.", ("14-week-old", "14", "Week"))
    a("NotQuantities", "The 10-year bond yield fell.")
    a("NotQuantities", "The five-year survival rate is 60%.")
    a("NotQuantities", "He served 12 years in the army.")


def main():
    SET.write((number, ranges, currency, dimension, percent, temperature, age))


if __name__ == "__main__":
    main()
