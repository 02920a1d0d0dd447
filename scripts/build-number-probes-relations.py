#!/usr/bin/env python3
"""Writes the fourteenth probe set for issue 18, Tests/GlossNumbersTests/Probes/Relations/<Model>Model-<family>.json.

Written in one sitting by numbers21 before the stage was run on any of it and before reading the
stage's rules for these families (and without opening the spec files or any file of ../shared/eval),
in the format of the other probe sets. The thirteen earlier sets were read only as docs/accuracy.md
describes them and as lists of unit names, to keep their naming and to leave out what they hold. They
are organised by notation, words, tables and registers; none of them holds an OrdinalModel file, and
the quantities they hold are mostly levels. This one carries the families that relate a quantity to
another, by family:
- Ranks: ordinals in digits and words, compound and large ones (`101st`, `twenty-first`, `1,000th`,
  `millionth`, `two hundred and fifth`), in hyphenated adjectives (`third-largest`, `first-quarter`),
  in capitals and lower-cased wire, and the relative ones the spec's extended types name (`penultimate`,
  `next`, `last`).
- Ratios: ratios and odds (`3 to 1`, `a 2:1 ratio`, `one in a million`, `one for every`), which are two
  numbers or a fraction and never a range.
- Rates: per-unit rates (`$5 a share`, `€0.45 per kWh`, `3 mm a year`, `per capita`, `a head`), where the
  unit model lists the amount and the rate's denominator is no quantity.
- Bounds: approximations and bounds as news prose writes them (`more than`, `upwards of`, `in excess of`,
  `as many as`, `no fewer than`, `exceeding`, `at minimum`, `or so`), with the approximators that are no
  bound (`about`, `some`, `roughly`, `an estimated`).
- Changes: negative quantities and changes (`minus`, `negative`, `-3.2%`, `fell 12 feet`, `a loss of`,
  `rose from 5 to 7`), where a movement's size is positive and only a sign or `minus` makes a value
  negative.

Expected values follow docs/accuracy.md's conventions: a range includes both ends; a scale or unit
written after the last end of a range is every end's; a unit model is given a range's ends that are
written with their unit; NumberModel lists cardinals and fractions, not ordinals, dates, times or
scores; OrdinalModel lists ordinals with their number as value and the relative ones as
`ordinal.relative` (`end+0`, `end-1`, `current+1`, `current-1`); a unit or currency word with no
number is a mention without a value (`on the dollar`, `per hectare`); NumberModel lists a year read
as a cardinal (`in 1990`), as the earlier sets do; `nearly` is a bound; a fraction's value
is a double's shortest text. The first score on the unchanged stage is in numbers21's report; cases are
not edited after a failure is seen, except an expectation that was the writer's own error against those
conventions, in its own commit.

    python3 scripts/build-number-probes-relations.py
"""
from number_probe_sets import KINDS, ProbeSet, fraction

KINDS.setdefault("Ordinal", "ordinal")
SET = ProbeSet("Relations")
add = SET.add


def ordinals():
    r = lambda text, *res: add("Ordinal", "Ranks", text, *res)
    r("She finished 3rd in the final.", ("3rd", "3"))
    r("The club is 22nd in the table.", ("22nd", "22"))
    r("It was the bank's 111th year.", ("111th", "111"))
    r("The 101st Airborne landed at dawn.", ("101st", "101"))
    r("He was the 1,000th visitor to the show.", ("1,000th", "1000"))
    r("The town marks its twenty-first festival.", ("twenty-first", "21"))
    r("It is the country's third-largest lender.", ("third", "3"))
    r("The firm posted its first-quarter results.", ("first", "1"))
    r("The store welcomed its millionth customer.", ("millionth", "1000000"))
    r("The ship was the two hundred and fifth built there.", ("two hundred and fifth", "205"))
    r("She is ranked 12th in the world.", ("12th", "12"))
    r("He came fortieth out of sixty runners.", ("fortieth", "40"))
    r("The seventy-seventh session opened today.", ("seventy-seventh", "77"))
    r("The team is in 2nd place.", ("2nd", "2"))
    r("the company was ranked 43rd by revenue .", ("43rd", "43"))
    r("Incomes in the 90th percentile rose.", ("90th", "90"))
    r("The church dates from the 5th century.", ("5th", "5"))
    r("The hundredth anniversary falls in May.", ("hundredth", "100"))
    r("This is the eleventh time the race has been held.", ("eleventh", "11"))
    r("SECOND QUARTER PROFIT RISES", ("SECOND", "2"))
    r("The ninety-ninth lot was withdrawn.", ("ninety-ninth", "99"))
    r("She was the sixth and he the seventh to finish.", ("sixth", "6"), ("seventh", "7"))
    r("It was his 13th win of the season.", ("13th", "13"))
    r("The exchange is the world's fifth biggest.", ("fifth", "5"))
    r("The 1st and 2nd prizes went abroad.", ("1st", "1"), ("2nd", "2"))
    r("The two thousandth patient left the clinic.", ("two thousandth", "2000"))
    r("The 23rd floor was closed.", ("23rd", "23"))
    r("The firm celebrated its one hundred and first year.", ("one hundred and first", "101"))

    def v(text, *res):
        add("Ordinal", "Relative", text, *res)
        for result in SET.files["OrdinalModel-Relative"][-1]["Results"]:
            result["TypeName"] = "ordinal.relative"
    v("This is the penultimate stage of the race.", ("penultimate", "end-1"))
    v("The next meeting is in June.", ("next", "current+1"))
    v("The last race was cancelled.", ("last", "end+0"))
    v("The previous chairman resigned.", ("previous", "current-1"))

    x = lambda text: add("Ordinal", "NotQuantities", text)
    x("The plant made 4,500 cars.")
    x("The score was 3-1 at half time.")
    x("Rates rose to 5.25% on Thursday.")
    x("The 4x4 needs new tyres.")


def numbers():
    q = lambda text, *r: add("Number", "Ratios", text, *r)
    q("The board voted seven to two for the deal.", ("seven", "7"), ("two", "2"))
    q("The chance of a match is one in a million.", ("one in a million", "1e-06"))
    q("There is one doctor for every 1,200 people.", ("one", "1"), ("1,200", "1200"))
    q("Women outnumber men three to one in the field.", ("three", "3"), ("one", "1"))
    q("The odds are 100 to 1 against.", ("100", "100"), ("1", "1"))
    q("Nine in ten firms expect higher costs.", ("Nine in ten", "0.9"))
    q("Prices are three times higher than in 1990.", ("three", "3"), ("1990", "1990"))
    q("One out of every four loans is in arrears.", ("One out of every four", "0.25"))
    q("Only 2 in 100 applicants are chosen.", ("2 in 100", "0.02"))
    q("The shares split five for one.", ("five", "5"), ("one", "1"))

    n = lambda text, *r: add("Number", "Changes", text, *r)
    n("The index closed at minus 12.", ("minus 12", "-12"))
    n("The balance stood at -4,250 at the end of May.", ("-4,250", "-4250"))
    n("The reading was negative 3.", ("negative 3", "-3"))
    n("The gauge fell from 40 to 35.", ("40", "40"), ("35", "35"))
    n("Output fell by a third in the year.", ("a third", fraction(1, 3)))
    n("Orders dropped 1.2 million from a year earlier.", ("1.2 million", "1200000"))
    n("the index lost 23.45 points to 1,852.10 .", ("23.45", "23.45"), ("1,852.10", "1852.1"))
    n("Sales fell by half in the spring.", ("half", "0.5"))
    n("Jobless claims rose by 14,000 to 231,000.", ("14,000", "14000"), ("231,000", "231000"))
    n("The figure was revised to -0.7 from -0.5.", ("-0.7", "-0.7"), ("-0.5", "-0.5"))

    b = lambda text, *r: add("Number", "Bounds", text, *r)
    b("About 300 people attended the rally.", ("300", "300"))
    b("Some 40 firms signed the letter.", ("40", "40"))
    b("Roughly 2.5 million homes lost power.", ("2.5 million", "2500000"))
    b("An estimated 12,000 people fled.", ("12,000", "12000"))
    b("Around two thousand troops were sent.", ("two thousand", "2000"))
    b("The ferry carried approximately 850 passengers.", ("850", "850"))
    b("Fifty or so protesters gathered.", ("Fifty", "50"))

    r = lambda text, *res: add("Number", "Rates", text, *res)
    r("The heart beats 72 times a minute.", ("72", "72"))
    r("The plant turns out 40 cars an hour.", ("40", "40"))
    r("There are 1.3 doctors per 1,000 people.", ("1.3", "1.3"), ("1,000", "1000"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("She finished third in the final.")
    x("The deal closed on the 21st.")
    x("He was the last to leave.")


def ranges():
    b = lambda text, *r: add("NumberRange", "Bounds", text, *r)
    b("Upwards of 10,000 people marched.", ("Upwards of 10,000", "(10000,)"))
    b("The deal is worth in excess of 5 billion.", ("in excess of 5 billion", "(5000000000,)"))
    b("As many as 300 jobs could go.", ("As many as 300", "(,300]"))
    b("No fewer than 20 ships were hit.", ("No fewer than 20", "[20,)"))
    b("Not more than 15 people may enter.", ("Not more than 15", "(,15]"))
    b("Costs exceeding 2,000 must be approved.", ("exceeding 2,000", "(2000,)"))
    b("Sales surpassed 1 million in March.", ("surpassed 1 million", "(1000000,)"))
    b("The loan must be at minimum 500.", ("at minimum 500", "[500,)"))
    b("The fee is at maximum 40 a month.", ("at maximum 40", "(,40]"))
    b("Groups larger than 12 must book.", ("larger than 12", "(12,)"))
    b("Bids higher than 90 were rejected.", ("higher than 90", "(90,)"))
    b("Towns smaller than 5,000 get a grant.", ("smaller than 5,000", "(,5000)"))
    b("Scores lower than 40 fail.", ("lower than 40", "(,40)"))
    b("No less than 8 members must attend.", ("No less than 8", "[8,)"))
    b("Not less than 30 days' notice is needed.", ("Not less than 30", "[30,)"))
    b("Inflation is seen above 4 this year.", ("above 4", "(4,)"))
    b("The index stayed below 50 for a third month.", ("below 50", "(,50)"))
    b("Nearly 200 homes were flooded.", ("Nearly 200", "(,200)"))
    b("A score of 60 and above is a pass.", ("60 and above", "[60,)"))
    b("The vote needs more than half of members.", ("more than half", "(0.5,)"))
    b("greater than or equal to 18 is required .", ("greater than or equal to 18", "[18,)"))
    b("Loans of 250,000 and more are checked.", ("250,000 and more", "[250000,)"))
    b("Stocks bigger than 100 were counted.", ("bigger than 100", "(100,)"))
    b("MORE THAN 1,000 FLEE FLOODS", ("MORE THAN 1,000", "(1000,)"))

    q = lambda text, *r: add("NumberRange", "Ratios", text, *r)
    q("The committee backed it 9 to 3.", )
    q("The ratio of debt to equity is 2 to 1.", )
    q("Bookmakers offer odds of 7 to 2.", )

    c = lambda text, *r: add("NumberRange", "Changes", text, *r)
    c("The rate rose from 5 to 7 last year.", ("from 5 to 7", "[5,7]"))
    c("Membership grew from 1,200 to 1,900.", ("from 1,200 to 1,900", "[1200,1900]"))
    c("Forecasts range between -2 and 1.", ("between -2 and 1", "[-2,1]"))
    c("Readings of -5 to -1 are normal.", ("-5 to -1", "[-5,-1]"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("The 21st-century economy runs on data.")
    x("He placed 3rd to 5th in every race.")


def currency():
    r = lambda text, *res: add("Currency", "Rates", text, *res)
    r("The company will pay $1.25 a share.", ("$1.25", "1.25", "Dollar"))
    r("Power costs €0.45 per kWh in Berlin.", ("€0.45", "0.45", "Euro"))
    r("Petrol sells at $3.89 a gallon.", ("$3.89", "3.89", "Dollar"))
    r("The dollar bought ¥152 at the close.", ("dollar", None, "Dollar"), ("¥152", "152", "Japanese yen"))
    r("Income per capita is $62,000.", ("$62,000", "62000", "Dollar"))
    r("Tickets cost £12 a head.", ("£12", "12", "Pound"))
    r("Rice costs Rs 45 a kilo.", ("Rs 45", "45", "Rupee"))
    r("Creditors will get 40 cents on the dollar.", ("40 cents", "40", "Cent"), ("dollar", None, "Dollar"))
    r("the fund pays 12 cts a share quarterly .", ("12 cts", "12", "Cent"))
    r("Staff earn 15 dollars an hour.", ("15 dollars", "15", "Dollar"))
    r("The toll is CHF 40 per vehicle.", ("CHF 40", "40", "Swiss franc"))
    r("Parking costs 2 euros per hour.", ("2 euros", "2", "Euro"))

    c = lambda text, *res: add("Currency", "Changes", text, *res)
    c("The firm posted a net loss of $3.4 million.", ("$3.4 million", "3400000", "Dollar"))
    c("Shares fell $2.15 to $48.30.", ("$2.15", "2.15", "Dollar"), ("$48.30", "48.3", "Dollar"))
    c("Profit dropped 120 mln dlrs to 1.1 billion dlrs .",
      ("120 mln dlrs", "120000000", "Dollar"), ("1.1 billion dlrs", "1100000000", "Dollar"))
    c("The deficit widened by £4bn.", ("£4bn", "4000000000", "Pound"))
    c("Revenue rose €250m from a year earlier.", ("€250m", "250000000", "Euro"))
    c("The budget was cut by 3 billion euros.", ("3 billion euros", "3000000000", "Euro"))
    c("The stock lost 75 cents.", ("75 cents", "75", "Cent"))
    c("The rouble weakened past 100 roubles to the dollar.", ("100 roubles", "100", "Russian ruble"),
      ("dollar", None, "Dollar"))

    b = lambda text, *res: add("Currency", "Bounds", text, *res)
    b("The house sold for more than $2 million.", ("$2 million", "2000000", "Dollar"))
    b("The repairs will cost upwards of £50,000.", ("£50,000", "50000", "Pound"))
    b("Fines of up to €10,000 apply.", ("€10,000", "10000", "Euro"))
    b("The painting fetched about $450,000.", ("$450,000", "450000", "Dollar"))
    b("Some 300 million yen was lost.", ("300 million yen", "300000000", "Japanese yen"))
    b("It cost in excess of 2 million francs.", ("2 million francs", "2000000", "Franc"))

    x = lambda text: add("Currency", "NotQuantities", text)
    x("The firm ranked 5th in the survey.")
    x("She was the 100th customer.")


def dimension():
    r = lambda text, *res: add("Dimension", "Rates", text, *res)
    r("The glacier retreats 3 mm a year.", ("3 mm", "3", "Millimeter"))
    r("Farms use 120 kg of nitrogen per hectare.", ("120 kg", "120", "Kilogram"), ("hectare", None, "Hectare"))
    r("Each person throws away 1.2 kilograms a day.", ("1.2 kilograms", "1.2", "Kilogram"))
    r("The coast loses 2 metres a year.", ("2 metres", "2", "Meter"))
    r("The plant draws 40 litres a second.", ("40 litres", "40", "Liter"))
    r("The limit is 30 miles per hour here.", ("30 miles per hour", "30", "Mile per hour"))

    c = lambda text, *res: add("Dimension", "Changes", text, *res)
    c("The river fell 12 feet overnight.", ("12 feet", "12", "Foot"))
    c("The lake level dropped 30 cm in a week.", ("30 cm", "30", "Centimeter"))
    c("The ice sheet shrank by 1.2 km.", ("1.2 km", "1.2", "Kilometer"))
    c("Output rose by 40,000 tonnes to 1.3 million tonnes.",
      ("40,000 tonnes", "40000", "Metric ton"), ("1.3 million tonnes", "1300000", "Metric ton"))
    c("The well is at minus 20 metres.", ("minus 20 metres", "-20", "Meter"))
    c("The glacier thinned by 45 metres since 1980.", ("45 metres", "45", "Meter"))

    b = lambda text, *res: add("Dimension", "Bounds", text, *res)
    b("The storm dropped roughly 40 mm of rain.", ("40 mm", "40", "Millimeter"))
    b("The fish weighed nearly 3 kilograms.", ("3 kilograms", "3", "Kilogram"))
    b("The wall is more than 8 metres high.", ("8 metres", "8", "Meter"))
    b("Some 300 tonnes of aid arrived.", ("300 tonnes", "300", "Metric ton"))
    b("The hike is about 14 miles.", ("14 miles", "14", "Mile"))

    x = lambda text: add("Dimension", "NotQuantities", text)
    x("The 3rd Division moved north.")
    x("She was the first woman to swim it.")


def percent():
    c = lambda text, *r: add("Percent", "Changes", text, *r)
    c("GDP shrank -0.3% in the quarter.", ("-0.3%", "-0.3%"))
    c("Prices fell 2.1 percent in May.", ("2.1 percent", "2.1%"))
    c("Real wages were minus 1.5 per cent.", ("minus 1.5 per cent", "-1.5%"))
    c("Inflation was negative 0.2 percent.", ("negative 0.2 percent", "-0.2%"))
    c("The rate rose by 0.25 percentage points to 5.5%.", ("0.25 percentage points", "0.25%"), ("5.5%", "5.5%"))
    c("Exports fell 4 pct after rising 6 pct .", ("4 pct", "4%"), ("6 pct", "6%"))
    c("Shares slid -12.5% on the news.", ("-12.5%", "-12.5%"))
    c("JOBLESS RATE FALLS TO 3.9 PCT FROM 4.1 PCT", ("3.9 PCT", "3.9%"), ("4.1 PCT", "4.1%"))

    b = lambda text, *r: add("Percent", "Bounds", text, *r)
    b("Nearly 60 percent of voters stayed home.", ("60 percent", "60%"))
    b("About 15% of staff will go.", ("15%", "15%"))
    b("Upwards of 70 per cent back the plan.", ("70 per cent", "70%"))

    r = lambda text, *res: add("Percent", "Rates", text, *res)
    r("The account pays 4.5% a year.", ("4.5%", "4.5%"))
    r("Prices rise 2 percent per month.", ("2 percent", "2%"))

    x = lambda text: add("Percent", "NotQuantities", text)
    x("The 5th of the month is payday.")
    x("The odds were 3 to 1.")


def temperature():
    n = lambda text, *r: add("Temperature", "Changes", text, *r)
    n("The low tonight is minus 8C.", ("minus 8C", "-8", "C"))
    n("It fell to -20F in the town.", ("-20F", "-20", "F"))
    n("Expect a low of negative 4 degrees Fahrenheit.", ("negative 4 degrees Fahrenheit", "-4", "F"))
    n("The core is kept at −196 °C.", ("−196 °C", "-196", "C"))
    n("Lows of -3 Celsius are forecast.", ("-3 Celsius", "-3", "C"))
    n("Temperatures will top 40 degrees Celsius.", ("40 degrees Celsius", "40", "C"))

    b = lambda text, *r: add("Temperature", "Bounds", text, *r)
    b("Highs of around 35C are expected.", ("35C", "35", "C"))
    b("Water boils at roughly 100 degrees Celsius.", ("100 degrees Celsius", "100", "C"))

    x = lambda text: add("Temperature", "NotQuantities", text)
    x("She took the 3rd degree in her exam.")


def age():
    b = lambda text, *r: add("Age", "Bounds", text, *r)
    b("The victim was about 45 years old.", ("45 years old", "45", "Year"))
    b("The oak is nearly 300 years old.", ("300 years old", "300", "Year"))
    b("Players must be at least 16 years old.", ("16 years old", "16", "Year"))

    r = lambda text, *res: add("Age", "Ranks", text, *res)
    r("The 90-year-old came first in her class.", ("90-year-old", "90", "Year"))
    r("She is the second 17-year-old to win it.", ("17-year-old", "17", "Year"))

    x = lambda text: add("Age", "NotQuantities", text)
    x("He celebrated his 40th birthday.")
    x("The firm marks its 50th year.")


def main():
    SET.write((ordinals, numbers, ranges, currency, dimension, percent, temperature, age))


if __name__ == "__main__":
    main()
