#!/usr/bin/env python3
"""Writes the twenty-fifth probe set for issue 18, Tests/GlossNumbersTests/Probes/Almanacs/<Model>Model-<family>.json.

Written in one sitting by numbers32 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. The set's name is
what it leans on: the prose an almanac holds besides news — weather, sports results, recipes,
doses, science — and the loose ways such prose counts (`a 40-something`, `a couple of thousand`,
`three times as many`, `shy of 100`, `5ft 11in`, `a 12-ounce can`, `a 3-percentage-point lead`).
Weighted to what the twenty-four earlier sets hold least and to the held-out models weakest when
the issue was filed (NumberRange 56%, Percent 63%, Dimension 65%, Number 69%). Counted over their
5,680 inputs (regular expressions, /tmp/numbers32/count.py): `N-something` (0), `twice`/`N times
as` (0), `shy of` (0), `south of N` (0; `north of` 6), the low/mid 20s and decades (0), a
hyphened `N-point` (1), `two-by-four` (0), `a couple of` (1), `hundreds of`/`dozens of` with no
number (1), `upwards of` (2), fused basis points (`40bp`: 2), feet and inches written together
(`5ft 11in`: 2), a dose per kilogram (2), `psi` or its name (1), a `21st-century` ordinal (1), a
`N-ounce` measure (3), a weather amount (`N cm of snow`: 6), a season written `2019-20` (0), a
multiplied power written with superscripts (`10⁸`: 0); the checklist's items held more (glued
scale words 93–179, lakh and crore 18, `k` 34, percentage points 25, `N in M` 29, dozens 57,
split wire tokens 37, lower-case wire 377), so they appear here only inside the genres.
By family:
- Number: Approximate (`a 40-something`, `a couple of thousand`), Multiples (`three times as many`,
  `twice`), Fractions (`a third of`, `two-thirds of`), Sports (points, wickets, seconds, breaks),
  Recipes (eggs, mixed fractions), BasisPoints (fused `bp`/`bps`), Scales (`bn`, `tn`, `mn`, `k`
  in running prose), NotQuantities (model names and codes, `21st-century`, `hundreds of`, seasons).
- NumberRange: Words (`shy of`, `south of`, `upwards of`), Genres (doses, forecasts, servings,
  age bands), NotQuantities (scores, seasons, decades, `the mid-40s`, `1-in-100-year`).
- Percent: Genres (a chance of rain, a cream's strength, shooting and serving figures, milk),
  Points (a percentage point hyphened before its noun, `3 percentage points`), NotQuantities (a
  plain `point`, fractions, decades).
- Dimension: Body (`5ft 11in`, `1.73 m`), Recipes (`a 400g tin`, `a 12-ounce can`, `1 1/2 cups`),
  Weather (`5 cm of snow`, gusts in km/h), Medicine (mcg, mL, `mg/kg`), Sports (`a 42.2 km
  marathon`, `a 25-yard free kick`), Pressure (`psi` by name), NotQuantities (`two-by-four`, `4x4`).
- Currency: Genres (a transfer fee, a dose's price, `£1.50 a pint`), Words (`twenty quid`, `a couple
  of hundred dollars`, `3 lakh rupees`), Bounds (`north of $5bn`, `shy of $100`), NotQuantities.
- Temperature: Weather and Recipes (`350°F (180°C)`, `a 40-degree day`, `a low of minus 3`),
  NotQuantities (`gas mark 4`, `the mid-70s`). Age: Genres (`a two-year-old colt`, `the
  18-month-old`), NotQuantities.

Expected values follow docs/accuracy.md's conventions and the earlier sets': a range includes both
ends; a unit model is given a range's ends written with their unit (a range whose first end is bare
gives the second end only); a range's text ends at its last number; a bound's text starts at its
comparator; an ordinal, a date, a score, a season and a code or a model's name are no quantity; a
year is a number; `N in M` is a fraction; `N-odd` is N, and so is `N-something`; `twice` is no
number, `three times` is three; `a couple of` before a scale is two of it, before anything else no
number; `hundreds of` and `dozens of` say no number; a percentage point is a percent and a plain
`point` is not; a currency's unit is its CLDR English name (a bare `Rs` is `Rupee`, `quid` and `£`
`Pound`); metric units in American spelling; `psi` is `Pound per square inch`.
The first score on the unchanged stage is in numbers32's report; cases are not edited after a
failure is seen, except an expectation that was the writer's own error against those conventions,
in its own commit.

    python3 scripts/build-number-probes-almanacs.py
"""
from number_probe_sets import ProbeSet, fraction

SET = ProbeSet("Almanacs")
add = SET.add


def numbers():
    a = lambda text, *res: add("Number", "Approximate", text, *res)
    a("The flat suits a 40-something couple.", ("40", "40"))
    a("A thirty-something banker bought the house.", ("thirty", "30"))
    a("A couple of thousand fans stayed outside.", ("A couple of thousand", "2000"))
    a("The club lost a couple thousand members.", ("a couple thousand", "2000"))
    a("Some 60-odd riders finished the stage.", ("60", "60"))
    a("It took a couple of days to dry.")
    a("Dozens of boats were swamped by the storm.")

    m = lambda text, *res: add("Number", "Multiples", text, *res)
    m("Three times as many people came as last year.", ("Three", "3"))
    m("The dose was given four times a day.", ("four", "4"))
    m("She scored twice in the second half.")
    m("The plant makes twice as many cars as 40 years ago.", ("40", "40"))
    m("Rainfall was five times the usual amount.", ("five", "5"))

    f = lambda text, *res: add("Number", "Fractions", text, *res)
    f("A third of the class was off sick.", ("A third", fraction(1, 3)))
    f("Two-thirds of the voters stayed home.", ("Two-thirds", fraction(2, 3)))
    f("Simmer for three quarters of an hour.", ("three quarters", "0.75"))
    f("A fifth of the harvest was lost to frost.", ("A fifth", "0.2"))
    f("Add 2 1/4 cups of stock and stir.", ("2 1/4", "2.25"))
    f("Fold in 1 1/2 cups of flour.", ("1 1/2", "1.5"))

    s = lambda text, *res: add("Number", "Sports", text, *res)
    s("He scored 31 points and grabbed 12 rebounds.", ("31", "31"), ("12", "12"))
    s("Bolt ran 9.58 seconds in Berlin.", ("9.58", "9.58"))
    s("She took 5 wickets for 32 runs.", ("5", "5"), ("32", "32"))
    s("He made a 147 break in the final frame.", ("147", "147"))
    s("The champion finished twelve shots clear.", ("twelve", "12"))
    s("the striker has 19 goals in 22 games .", ("19", "19"), ("22", "22"))

    r = lambda text, *res: add("Number", "Recipes", text, *res)
    r("Beat 3 eggs with the sugar.", ("3", "3"))
    r("Serves six as a starter.", ("six", "6"))
    r("Makes about 24 small cakes.", ("24", "24"))
    r("Crack two eggs into the pan.", ("two", "2"))

    b = lambda text, *res: add("Number", "BasisPoints", text, *res)
    b("The bank cut rates by 25bp on Thursday.", ("25", "25"))
    b("Markets now expect a 50bp hike.", ("50", "50"))
    b("The spread tightened 15bps overnight.", ("15", "15"))

    c = lambda text, *res: add("Number", "Scales", text, *res)
    c("The comet is 4.5bn years old.", ("4.5bn", "4500000000"))
    c("Global debt passed 300tn last year.", ("300tn", "300000000000000"))
    c("The app was downloaded 6mn times.", ("6mn", "6000000"))
    c("The marathon drew 40k runners.", ("40k", "40000"))
    c("the probe travelled 6.4 bln km .", ("6.4 bln", "6400000000"))

    n = lambda text: add("Number", "NotQuantities", text)
    n("The airline flies a Boeing 737-800 jet on the route.")
    n("Windows 11 users got the patch first.")
    n("It is a 21st-century problem.")
    n("Hundreds of fans queued for tickets.")
    n("She wore the number seven shirt with pride.")


def ranges():
    w = lambda text, *res: add("NumberRange", "Words", text, *res)
    w("The shares closed just shy of 100.", ("shy of 100", "(,100)"))
    w("Prices have stayed south of 20 all year.", ("south of 20", "(,20)"))
    w("The crowd numbered upwards of 30,000.", ("upwards of 30,000", "(30000,)"))
    w("Bids north of 500 were rejected.", ("north of 500", "(500,)"))
    w("The course suits riders of 12 and over.", ("12 and over", "[12,)"))
    w("Up to a third of the crop was lost.", ("Up to a third", "(,0.3333333333333333]"))

    g = lambda text, *res: add("NumberRange", "Genres", text, *res)
    g("Take 1-2 tablets every 4 to 6 hours.", ("1-2", "[1,2]"), ("4 to 6", "[4,6]"))
    g("Serves 4 to 6.", ("4 to 6", "[4,6]"))
    g("Highs of 20 to 25 are expected.", ("20 to 25", "[20,25]"))
    g("Winds of 30-40 km/h will ease by noon.", ("30-40", "[30,40]"))
    g("Doses of 5–10 mg/kg were tested.", ("5–10", "[5,10]"))
    g("Expect 5 to 10 cm of snow on the hills.", ("5 to 10", "[5,10]"))
    g("The race suits runners aged 18-24.", ("18-24", "[18,24]"))
    g("Roast for 40 to 45 minutes.", ("40 to 45", "[40,45]"))
    g("Two to three dozen eggs are needed.", ("Two to three dozen", "[24,36]"))
    g("Simmer for between 10 and 15 minutes.", ("between 10 and 15", "[10,15]"))

    n = lambda text: add("NumberRange", "NotQuantities", text)
    n("Federer won 6-4, 6-3 in the final.")
    n("The 2019-20 season was cut short.")
    n("Sales peaked in the 1990s.")
    n("Temperatures will be in the mid-40s.")
    n("It was a 1-in-100-year flood.")
    n("The bus leaves at 7.45.")


def percent():
    g = lambda text, *res: add("Percent", "Genres", text, *res)
    g("There is a 70 percent chance of rain.", ("70 percent", "70%"))
    g("Apply a 1% hydrocortisone cream twice a day.", ("1%", "1%"))
    g("He shot 45 per cent from the field.", ("45 per cent", "45%"))
    g("She won 62% of her first serves.", ("62%", "62%"))
    g("Use 2% milk for a lighter sauce.", ("2%", "2%"))
    g("Melt 100g of 85% dark chocolate.", ("85%", "85%"))
    g("The vaccine was 94.5 percent effective.", ("94.5 percent", "94.5%"))
    g("humidity will reach 90 pct by evening .", ("90 pct", "90%"))

    p = lambda text, *res: add("Percent", "Points", text, *res)
    p("Labour holds a 3-percentage-point lead.", ("3-percentage-point", "3%"))
    p("Turnout fell 4 percentage points.", ("4 percentage points", "4%"))
    p("The party is up two percentage points on the month.", ("two percentage points", "2%"))
    p("Approval rose 1.5 percentage points to 44%.", ("1.5 percentage points", "1.5%"), ("44%", "44%"))

    n = lambda text, *res: add("Percent", "NotQuantities", text, *res)
    n("The Tories trail by a 3-point margin.")
    n("A third of voters are undecided.")
    n("One in six drivers admits to speeding.")
    n("Sales peaked in the 1990s.")
    n("The striker scored 12 points.")


def dimensions():
    b = lambda text, *res: add("Dimension", "Body", text, *res)
    b("The lock forward is 6ft 5in.", ("6ft", "6", "Foot"), ("5in", "5", "Inch"))
    b("She stands 5 ft 11 in tall.", ("5 ft", "5", "Foot"), ("11 in", "11", "Inch"))
    b("The keeper is 1.93 m tall.", ("1.93 m", "1.93", "Meter"))
    b("The jockey weighs 52 kg.", ("52 kg", "52", "Kilogram"))
    b("He lost 5 kilos before the fight.", ("5 kilos", "5", "Kilogram"))

    r = lambda text, *res: add("Dimension", "Recipes", text, *res)
    r("Add a 400g tin of tomatoes.", ("400g", "400", "Gram"))
    r("Pour in 200 ml of stock.", ("200 ml", "200", "Milliliter"))
    r("He drank a 12-ounce can of soda.", ("12-ounce", "12", "Ounce"))
    r("Grease a 9-inch pan.", ("9-inch", "9", "Inch"))
    r("Stir in 1 1/2 cups of sugar.", ("1 1/2 cups", "1.5", "Cup"))
    r("Add 3 tablespoons of honey.", ("3 tablespoons", "3", "Tablespoon"))
    r("Sift 250 grams of flour.", ("250 grams", "250", "Gram"))

    w = lambda text, *res: add("Dimension", "Weather", text, *res)
    w("Up to 5 cm of snow fell overnight.", ("5 cm", "5", "Centimeter"))
    w("Gusts of 90 km/h hit the coast.", ("90 km/h", "90", "Kilometer per hour"))
    w("Two inches of rain fell in an hour.", ("Two inches", "2", "Inch"))
    w("Visibility was down to 200 metres.", ("200 metres", "200", "Meter"))
    w("Waves of 4 m battered the pier.", ("4 m", "4", "Meter"))
    w("the storm dumped 30mm of rain .", ("30mm", "30", "Millimeter"))

    m = lambda text, *res: add("Dimension", "Medicine", text, *res)
    m("Children get 2.5 mg/kg every eight hours.", ("2.5 mg/kg", "2.5", "Milligram per kilogram"))
    m("Take 50 mcg of the hormone each morning.", ("50 mcg", "50", "Microgram"))
    m("Give 10 mL of the syrup at night.", ("10 mL", "10", "Milliliter"))
    m("A 5-mg dose was enough.", ("5-mg", "5", "Milligram"))
    m("Each pack holds 500mg tablets.", ("500mg", "500", "Milligram"))

    s = lambda text, *res: add("Dimension", "Sports", text, *res)
    s("He won the 42.2 km marathon in Berlin.", ("42.2 km", "42.2", "Kilometer"))
    s("She curled a 25-yard free kick into the net.", ("25-yard", "25", "Yard"))
    s("The 400-metre lap took him 47 seconds.", ("400-metre", "400", "Meter"))
    s("The pitcher threw at 101 mph.", ("101 mph", "101", "Mile per hour"))
    s("Half a mile from home, she led.", ("Half a mile", "0.5", "Mile"))
    s("The course is a mile and a half long.", ("a mile and a half", "1.5", "Mile"))

    p = lambda text, *res: add("Dimension", "Pressure", text, *res)
    p("Inflate the tyres to 32 pounds per square inch.", ("32 pounds per square inch", "32", "Pound per square inch"))
    p("The boiler runs at 15 psi.", ("15 psi", "15", "Pound per square inch"))

    n = lambda text: add("Dimension", "NotQuantities", text)
    n("He nailed a two-by-four to the wall.")
    n("They drove a 4x4 across the desert.")
    n("The striker is in his mid-30s.")
    n("It was a 1-in-100-year flood.")


def currency():
    g = lambda text, *res: add("Currency", "Genres", text, *res)
    g("The club paid a £100m transfer fee.", ("£100m", "100000000", "Pound"))
    g("The drug costs $1,200 a dose.", ("$1,200", "1200", "Dollar"))
    g("A pint costs £1.50 in the club bar.", ("£1.50", "1.5", "Pound"))
    g("The winner takes home €3.4 mn.", ("€3.4 mn", "3400000", "Euro"))
    g("A 50p coin was minted for the games.", ("50p", "50", "Pence"))
    g("The fund raised $1.2bn for the hospital.", ("$1.2bn", "1200000000", "Dollar"))

    w = lambda text, *res: add("Currency", "Words", text, *res)
    w("The ticket cost him twenty quid.", ("twenty quid", "20", "Pound"))
    w("Repairs cost a couple of hundred dollars.", ("a couple of hundred dollars", "200", "Dollar"))
    w("The prize was 3 lakh rupees.", ("3 lakh rupees", "300000", "Rupee"))
    w("She won five hundred euros at the fair.", ("five hundred euros", "500", "Euro"))

    b = lambda text, *res: add("Currency", "Bounds", text, *res)
    b("The deal is worth north of $5bn.", ("$5bn", "5000000000", "Dollar"))
    b("Fares sit just shy of $100.", ("$100", "100", "Dollar"))
    b("The fee is upwards of £2,000.", ("£2,000", "2000", "Pound"))

    n = lambda text: add("Currency", "NotQuantities", text)
    n("Formula 1 teams met in Monaco.")
    n("Prices rose sharply in the 1980s.")
    n("She won the 200-metre final.")


def temperature():
    t = lambda text, *res: add("Temperature", "Genres", text, *res)
    t("Bake at 350°F (180°C) for an hour.", ("350°F", "350", "F"), ("180°C", "180", "C"))
    t("Highs of 25C are forecast for Sunday.", ("25C", "25", "C"))
    t("It was a 40-degree day in Adelaide.", ("40-degree", "40", "Degree"))
    t("The child ran a fever of 39.5C.", ("39.5C", "39.5", "C"))
    t("Expect a low of minus 3 degrees tonight.", ("minus 3 degrees", "-3", "Degree"))
    t("Chill the dough at 4 degrees Celsius.", ("4 degrees Celsius", "4", "C"))

    n = lambda text: add("Temperature", "NotQuantities", text)
    n("Cook the stew at gas mark 3 until tender.")
    n("Highs will be in the mid-70s.")
    n("The 1-in-100-year flood hit the town.")


def age():
    a = lambda text, *res: add("Age", "Genres", text, *res)
    a("The two-year-old colt won the Derby trial.", ("two-year-old", "2", "Year"))
    a("The 18-month-old was rescued unhurt.", ("18-month-old", "18", "Month"))
    a("Open a 10-year-old Bordeaux with the lamb.", ("10-year-old", "10", "Year"))
    a("The 30-year-old stadium will be rebuilt.", ("30-year-old", "30", "Year"))

    n = lambda text: add("Age", "NotQuantities", text)
    n("He signed a two-year deal with the club.")
    n("The under-21s won the cup.")


SET.write([numbers, ranges, percent, dimensions, currency, temperature, age])
