#!/usr/bin/env python3
"""Writes the seventh probe set for issue 18, Tests/GlossNumbersTests/Probes/Genres/<Model>Model-<genre>.json.

Written in one sitting by numbers12 before the stage was run on any of it (and without opening the
spec files), in the format of the other probe sets (`build-number-probes.py`). The six earlier sets
carry their quantities in business and wire news; this one carries them in the genres those sets hold
least: sports results and league tables, weather and science, legal and government notices, shopping
and prices in other currencies, recipes and measurements, and finance tables. Each file is one model
and one genre; each model also has sentences of those genres that must give no quantity of its kind
(scores, times, dates, section and article numbers, gas marks, codes).

Cases are written by hand, phrased as those genres write (match reports, forecasts, statutes, price
tags, recipe ingredient lines, results tables), not drawn from any corpus or evaluation file. The
expected values come from the spec's conventions as docs/accuracy.md states them (a range includes
both ends; a currency's unit is its CLDR English name; a sign alone is `Dollar`/`Pound`; a minor unit
is named in the singular, `Pence` for `p`; a metric unit is its prefix and base in American spelling,
`Centimeter`; `tonne` is `Metric ton`; units of the CLDR unit list by their CLDR English name, `Cup`,
`Stone`, `Carat`). NumberModel cases list every cardinal in the sentence, as the spec does. The first
score on the unchanged stage is in numbers12's report; cases are not edited after a failure is seen,
except an expectation that was the writer's own error against those conventions, in its own commit.

    python3 scripts/build-number-probes-genres.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Genres")
add = SET.add


def number():
    n = lambda genre, text, *r: add("Number", genre, text, *r)
    n("Sports", "A crowd of 61,482 watched the final at Wembley.", ("61,482", "61482"))
    n("Sports", "The striker has scored 27 goals in 34 league games this season.", ("27", "27"), ("34", "34"))
    n("Sports", "England were bowled out for 187 in 52.3 overs.", ("187", "187"), ("52.3", "52.3"))
    n("Sports", "Liverpool top the table on 45 points, four clear of Arsenal.", ("45", "45"), ("four", "4"))
    n("Sports", "A quarter of a million fans lined the parade route.", ("A quarter of a million", "250000"))
    n("Sports", "The club sold 1.2m replica shirts last season.", ("1.2m", "1200000"))
    n("Sports", "Arsenal 20 14 4 2 41 15 46", ("20", "20"), ("14", "14"), ("4", "4"), ("2", "2"), ("41", "41"),
      ("15", "15"), ("46", "46"))
    n("Sports", "She hit nine aces and saved 11 of 13 break points.", ("nine", "9"), ("11", "11"), ("13", "13"))
    n("Weather", "The quake struck at a depth of 10 kilometres, some 80 miles offshore.", ("10", "10"), ("80", "80"))
    n("Weather", "More than 1,400 homes were without power on Sunday night.", ("1,400", "1400"))
    n("Science", "Radiocarbon has a half-life of about 5,730 years.", ("5,730", "5730"))
    n("Science", "Light travels at 299,792,458 metres per second.", ("299,792,458", "299792458"))
    n("Science", "The team sequenced three billion base pairs.", ("three billion", "3000000000"))
    n("Science", "The probe is now 24.3 billion kilometres from Earth.", ("24.3 billion", "24300000000"))
    n("Legal", "He was ordered to carry out 200 hours of unpaid work.", ("200", "200"))
    n("Legal", "The bill passed by 68 votes to 31.", ("68", "68"), ("31", "31"))
    n("Legal", "The consultation will run for twelve weeks.", ("twelve", "12"))
    n("Legal", "Eleven of the 15 judges dissented.", ("Eleven", "11"), ("15", "15"))
    n("Recipes", "Serves 4", ("4", "4"))
    n("Recipes", "Separate 3 eggs and whisk the whites to stiff peaks.", ("3", "3"))
    n("Recipes", "Makes about two dozen biscuits.", ("two dozen", "24"))
    n("Recipes", "Cut the dough into 16 squares.", ("16", "16"))
    n("Shopping", "The pack of 24 costs just 11.99 in stores.", ("24", "24"), ("11.99", "11.99"))
    n("Shopping", "Buy two, get the third free.", ("two", "2"))
    n("Finance", "Net profit 1,234.5 987.6", ("1,234.5", "1234.5"), ("987.6", "987.6"))
    n("Finance", "Shares outstanding 412.7 mln", ("412.7 mln", "412700000"))
    n("Finance", "EPS 0.42 vs 0.38", ("0.42", "0.42"), ("0.38", "0.38"))
    n("Finance", "Volume was 2.1 million shares, against an average of 1.6 million.", ("2.1 million", "2100000"),
      ("1.6 million", "1600000"))
    # must give no number
    n("NotQuantities", "Under section 14 of the act, police may impose conditions.")
    n("NotQuantities", "Kick-off is at 19:45 on Tuesday.")
    n("NotQuantities", "The hearing was adjourned until 3 March.")
    n("NotQuantities", "Article 50 was triggered by the government.")
    n("NotQuantities", "The winner came in the 89th minute.")


def ranges():
    r = lambda genre, text, *x: add("NumberRange", genre, text, *x)
    r("Weather", "Highs of 18 to 23 are expected across the south.", ("18 to 23", "[18,23]"))
    r("Weather", "Between 10 and 20 centimetres of snow could fall on higher ground.", ("Between 10 and 20", "[10,20]"))
    r("Weather", "Winds will gust at more than 70 mph on exposed coasts.", ("more than 70", "(70,)"))
    r("Sports", "Children's tickets cost less than 5 pounds.", ("less than 5", "(,5)"))
    r("Sports", "The club hopes to sell 30,000-35,000 season tickets.", ("30,000-35,000", "[30000,35000]"))
    r("Sports", "No more than 3 substitutes may be used.", ("No more than 3", "(,3]"))
    r("Legal", "Offenders face up to 14 years in prison.", ("up to 14", "(,14]"))
    r("Legal", "Firms with 250 or more employees must publish pay gap data.", ("250 or more", "[250,)"))
    r("Legal", "Gatherings of more than six people are banned.", ("more than six", "(6,)"))
    r("Legal", "The fine ranges from 1,000 to 5,000 pounds.", ("from 1,000 to 5,000", "[1000,5000]"))
    r("Recipes", "Serves 4-6", ("4-6", "[4,6]"))
    r("Recipes", "Bake for 25 to 30 minutes until golden.", ("25 to 30", "[25,30]"))
    r("Recipes", "Chill for at least 2 hours, or overnight.", ("at least 2", "[2,)"))
    r("Shopping", "Deliveries over 40 pounds are free.", ("over 40", "(40,)"))
    r("Shopping", "Orders of up to 45 items ship free.", ("up to 45", "(,45]"))
    r("Finance", "Analysts see earnings of 1.10-1.25 a share.", ("1.10-1.25", "[1.1,1.25]"))
    r("Finance", "The bank expects growth of between 2 and 2.5 percent.", ("between 2 and 2.5", "[2,2.5]"))
    r("NotQuantities", "Celtic beat Rangers 3-0 at Parkhead.")
    r("NotQuantities", "The 2010-11 season was his last.")
    r("NotQuantities", "Gates open 10:00-16:00 on match days.")
    r("NotQuantities", "The heatwave lasted from 18-21 July.")


def currency():
    c = lambda genre, text, *x: add("Currency", genre, text, *x)
    c("Shopping", "A pint now costs £4.95 in most London pubs.", ("£4.95", "4.95", "Pound"))
    c("Shopping", "Chocolate bars were reduced to 99p.", ("99p", "99", "Pence"))
    c("Shopping", "A coffee in Berlin costs 3,20 € at most cafés.", ("3,20 €", "3.2", "Euro"))
    c("Shopping", "Lunch at the station kiosk was CHF 12.50.", ("CHF 12.50", "12.5", "Swiss franc"))
    c("Shopping", "A loaf of bread costs 4,99 zł in Warsaw.", ("4,99 zł", "4.99", "Polish zloty"))
    c("Shopping", "A bowl of noodles costs 1,200 yen in Tokyo.", ("1,200 yen", "1200", "Japanese yen"))
    c("Shopping", "The new handset sells for ₹49,999 in India.", ("₹49,999", "49999", "Indian rupee"))
    c("Shopping", "A taxi ride across Seoul costs about ₩15,000.", ("₩15,000", "15000", "South Korean won"))
    c("Shopping", "Street food in Bangkok costs 50 baht a plate.", ("50 baht", "50", "Thai baht"))
    c("Shopping", "Stamps cost 80 groszy more from Monday.", ("80 groszy", "80", "Grosz"))
    c("Shopping", "Shoppers queued at the 99-cent store.", ("99-cent", "99", "Cent"))
    c("Shopping", "A flat white costs NZ$5.50 in Wellington.", ("NZ$5.50", "5.5", "New Zealand dollar"))
    c("Sports", "He joined Chelsea in a £97m deal.", ("£97m", "97000000", "Pound"))
    c("Sports", "The club was fined €2 million by Uefa.", ("€2 million", "2000000", "Euro"))
    c("Sports", "The winner takes home $3.6 million in prize money.", ("$3.6 million", "3600000", "Dollar"))
    c("Sports", "The forward earns 350,000 pounds a week.", ("350,000 pounds", "350000", "Pound"))
    c("Legal", "The company was fined 4.5 million euros by the regulator.", ("4.5 million euros", "4500000", "Euro"))
    c("Legal", "The maximum penalty is a fine of £5,000.", ("£5,000", "5000", "Pound"))
    c("Legal", "The council approved a budget of R2.3 billion for housing.", ("R2.3 billion", "2300000000", "South African rand"))
    c("Legal", "He must pay A$250,000 in damages.", ("A$250,000", "250000", "Australian dollar"))
    c("Finance", "Dividend 12.5p (11.8p)", ("12.5p", "12.5", "Pence"), ("11.8p", "11.8", "Pence"))
    c("Finance", "Revenue rose to US$1.2bn from US$1.05bn.", ("US$1.2bn", "1200000000", "United States dollar"),
      ("US$1.05bn", "1050000000", "United States dollar"))
    c("Finance", "The group made a pre-tax profit of SFr1.4bn.", ("SFr1.4bn", "1400000000", "Swiss franc"))
    c("Finance", "Sales EUR 2,310.4 million (EUR 2,150.9 million)", ("EUR 2,310.4 million", "2310400000", "Euro"),
      ("EUR 2,150.9 million", "2150900000", "Euro"))
    c("Finance", "It sold HK$800 million of bonds.", ("HK$800 million", "800000000", "Hong Kong dollar"))
    c("Shopping", "A township taxi fare costs 40 rand.", ("40 rand", "40", "South African rand"))
    c("Recipes", "Shopping for the recipe costs under £10.", ("£10", "10", "Pound"))
    c("NotQuantities", "Bake at gas mark 4 for an hour.")
    c("NotQuantities", "The case was heard under rule 3.2 of the code.")
    c("NotQuantities", "Celtic won 2-0 in front of their own fans.")


def dimension():
    d = lambda genre, text, *x: add("Dimension", genre, text, *x)
    d("Recipes", "200g plain flour", ("200g", "200", "Gram"))
    d("Recipes", "2 tbsp olive oil, plus extra for drizzling", ("2 tbsp", "2", "Tablespoon"))
    d("Recipes", "300ml double cream", ("300ml", "300", "Milliliter"))
    d("Recipes", "Grease and line a 23cm round cake tin.", ("23cm", "23", "Centimeter"))
    d("Recipes", "Stir in 2 cups of sugar.", ("2 cups", "2", "Cup"))
    d("Recipes", "½ tsp ground cumin", ("½ tsp", "0.5", "Teaspoon"))
    d("Recipes", "1.5kg floury potatoes, peeled", ("1.5kg", "1.5", "Kilogram"))
    d("Recipes", "8oz unsalted butter, softened", ("8oz", "8", "Ounce"))
    d("Recipes", "Each serving contains 3.5 g of fat.", ("3.5 g", "3.5", "Gram"))
    d("Sports", "He won the 400m hurdles in a personal best.", ("400m", "400", "Meter"))
    d("Sports", "She curled in a 25-yard free kick.", ("25-yard", "25", "Yard"))
    d("Sports", "The heavyweight weighed in at 17st 4lb.", ("17st", "17", "Stone"), ("4lb", "4", "Pound"))
    d("Sports", "The marathon distance is 42.195 kilometres.", ("42.195 kilometres", "42.195", "Kilometer"))
    d("Sports", "The yacht averaged 14 knots across the Atlantic.", ("14 knots", "14", "Knot"))
    d("Weather", "Up to 25mm of rain is expected in the west.", ("25mm", "25", "Millimeter"))
    d("Weather", "Gusts reached 70km/h on the coast.", ("70km/h", "70", "Kilometer per hour"))
    d("Weather", "About 10cm of snow fell overnight.", ("10cm", "10", "Centimeter"))
    d("Weather", "Pressure fell to 960 hPa as the storm deepened.", ("960 hPa", "960", "Hectopascal"))
    d("Science", "The cells are about 2.5 micrometres across.", ("2.5 micrometres", "2.5", "Micrometer"))
    d("Science", "Hydrogen emits light at 656 nanometres.", ("656 nanometres", "656", "Nanometer"))
    d("Science", "The diamond weighed 102 carats.", ("102 carats", "102", "Carat"))
    d("Science", "The reactor produces 1,600 megawatts.", ("1,600 megawatts", "1600", "Megawatt"))
    d("Legal", "A 20mph speed limit will apply in the town centre.", ("20mph", "20", "Mile per hour"))
    d("Legal", "The order covers 40 hectares of woodland.", ("40 hectares", "40", "Hectare"))
    d("Legal", "Drones may not fly within 5 kilometres of an airport.", ("5 kilometres", "5", "Kilometer"))
    d("Finance", "Output rose to 1.2 million tonnes in the quarter.", ("1.2 million tonnes", "1200000", "Metric ton"))
    d("Finance", "The mine produced 310,000 ounces of gold.", ("310,000 ounces", "310000", "Ounce"))
    d("Shopping", "The 75-inch television is on sale this week.", ("75-inch", "75", "Inch"))
    d("NotQuantities", "Celtic won 2-0 at home.")
    d("NotQuantities", "Preheat the oven to gas mark 6.")
    d("NotQuantities", "She was born on 14 May 1990.")


def percent():
    p = lambda genre, text, *x: add("Percent", genre, text, *x)
    p("Weather", "There is a 70 percent chance of rain tomorrow.", ("70 percent", "70%"))
    p("Weather", "Humidity will stay near 85% through the weekend.", ("85%", "85%"))
    p("Sports", "City enjoyed 68 per cent of possession.", ("68 per cent", "68%"))
    # a unit word with no number is a mention without a value (docs/accuracy.md): `percentage` too
    p("Sports", "His first-serve percentage was just 52%.", ("percentage", None), ("52%", "52%"))
    p("Shopping", "Save 25% on all garden furniture.", ("25%", "25%"))
    p("Shopping", "The lager is 4.8% ABV.", ("4.8%", "4.8%"))
    p("Shopping", "Prices fell 2.3pc last month.", ("2.3pc", "2.3%"))
    p("Legal", "The bill needs the support of two-thirds of members.", )
    p("Legal", "VAT will rise to 20 per cent in January.", ("20 per cent", "20%"))
    p("Legal", "The threshold is 5 percent of the vote.", ("5 percent", "5%"))
    p("Finance", "Yield 4.25% (4.31%)", ("4.25%", "4.25%"), ("4.31%", "4.31%"))
    p("Finance", "The bonds carry a 4¾% coupon.", ("4¾%", "4.75%"))
    p("Finance", "Margin 18.2 % vs 17.6 %", ("18.2 %", "18.2%"), ("17.6 %", "17.6%"))
    p("Finance", "Shares fell three percent in early trade.", ("three percent", "3%"))
    p("Science", "The vaccine was 94.5 percent effective in the trial.", ("94.5 percent", "94.5%"))
    p("Recipes", "Use chocolate with at least 70% cocoa solids.", ("70%", "70%"))
    p("NotQuantities", "He scored twice in a 3-1 win.")
    p("NotQuantities", "Sales rose by 12 million units.")


def temperature():
    t = lambda genre, text, *x: add("Temperature", genre, text, *x)
    t("Weather", "Highs of 31C are forecast for London on Friday.", ("31C", "31", "C"))
    t("Weather", "Temperatures could fall to -8C in the Highlands.", ("-8C", "-8", "C"))
    t("Weather", "Overnight lows of minus 12 degrees Celsius were recorded.", ("minus 12 degrees Celsius", "-12", "C"))
    t("Weather", "It reached 104 degrees Fahrenheit in Phoenix.", ("104 degrees Fahrenheit", "104", "F"))
    t("Weather", "The mercury hit 38.7°C on Tuesday.", ("38.7°C", "38.7", "C"))
    t("Recipes", "Preheat the oven to 180C (160C fan).", ("180C", "180", "C"), ("160C", "160", "C"))
    t("Recipes", "Bake at 350°F for 25 minutes.", ("350°F", "350", "F"))
    t("Recipes", "Heat the oil to 190 degrees.", ("190 degrees", "190", "Degree"))
    t("Science", "Water boils at 100 °C at sea level.", ("100 °C", "100", "C"))
    t("Science", "The surface of the Sun is about 5,800 kelvin.", ("5,800 kelvin", "5800", "K"))
    t("Science", "Absolute zero is minus 273.15 degrees Celsius.", ("minus 273.15 degrees Celsius", "-273.15", "C"))
    t("Sports", "The marathon was run in 30C heat.", ("30C", "30", "C"))
    t("NotQuantities", "Bake at gas mark 4 until risen.")
    t("NotQuantities", "The storm turned 90 degrees to the north.")
    t("NotQuantities", "Sales rose 5 c a share.")


def age():
    a = lambda genre, text, *x: add("Age", genre, text, *x)
    a("Sports", "The 19-year-old scored on his debut.", ("19-year-old", "19", "Year"))
    a("Sports", "The three-year-old colt won by two lengths.", ("three-year-old", "3", "Year"))
    a("Sports", "At 40 years of age, he is the oldest player in the league.", ("40 years of age", "40", "Year"))
    a("Legal", "The 150-year-old law was repealed.", ("150-year-old", "150", "Year"))
    a("Legal", "A 16-year-old boy was charged with theft.", ("16-year-old", "16", "Year"))
    a("Science", "The fossil is 3.2 million years old.", ("3.2 million years old", "3200000", "Year"))
    a("Science", "The 18-month-old chimpanzee was born in captivity.", ("18-month-old", "18", "Month"))
    a("Shopping", "The toy is not suitable for children under 36 months old.", ("36 months old", "36", "Month"))
    a("NotQuantities", "He was jailed for 12 years.")
    a("NotQuantities", "The 25-year lease runs out in March.")
    a("NotQuantities", "The 10-year gilt yield rose.")


def main():
    SET.write((number, ranges, currency, dimension, percent, temperature, age))


if __name__ == "__main__":
    main()
