#!/usr/bin/env python3
"""Writes the tenth probe set for issue 18, Tests/GlossNumbersTests/Probes/Crowded/<Model>Model-<phenomenon>.json.

Written in one sitting by numbers15 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. The nine earlier
sets carry their quantities mostly one or two to a sentence, in sentence case. This one writes them
where held-out text is likelier to trip the stage:
- Crowded: quantities inside longer sentences with other numbers nearby that are no quantities of
  the model (dates, times, scores, years, counts, ordinals).
- Pretokenised: a space on both sides of every punctuation mark (`$ 254 million`, `32 . 99 %`,
  `5 , 000`, `120 km / h`).
- Cased: capitals headlines, title-case headlines and lower-cased wire.
- Fused: typos and lost spaces (`$5million`, `42km`, `6.7in tall`, `5 kms`).
- MixedRanges: ranges with units or scales on one or both ends (`from 5 to 10 per cent`, `5-10%`,
  `between $1 and $2 billion`, `2 to 2.5 billion`).

Expected values follow docs/accuracy.md's conventions: a range includes both ends; a scale or unit
written after the last end of a range is every end's (`$5 and 10 mln`); a unit model is given a
range's ends that are written with their unit (`5-10 mg`: `10 mg`; `$5 to $10`: both); NumberModel
lists cardinals and fractions, not ordinals, dates, times or scores; a sign alone is `Dollar` or
`Pound`, a currency word alone is named in full only when one currency ends with it; metric units
by prefix and base in American spelling. The first score on the unchanged stage is in numbers15's
report; cases are not edited after a failure is seen, except an expectation that was the writer's own
error against those conventions, in its own commit.

    python3 scripts/build-number-probes-crowded.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Crowded")
add = SET.add


def number_model():
    c = lambda text, *r: add("Number", "Crowded", text, *r)
    c("The 3 suspects were held at 10:30 on March 4 after a 2-1 loss.", ("3", "3"))
    c("Police said 12 people were hurt on Friday, Oct. 9, at about 11 p.m.", ("12", "12"))
    c("In the 90th minute, with the score at 1-1, some 40,000 fans were on their feet.", ("40,000", "40000"))
    c("Of the 250 delegates, 180 voted yes at the 2 p.m. session on May 5.", ("250", "250"), ("180", "180"))
    c("Two of the 11 players scored in the 4-0 win on Sunday.", ("Two", "2"), ("11", "11"))
    c("The bill passed 52-48 on Tuesday, with three senators absent.", ("three", "3"))
    c("Some 1.3 million visitors came between June 1 and Aug. 31.", ("1.3 million", "1300000"))
    c("At 7:15 a.m. on Jan. 2 the first of 600 trucks left the depot.", ("600", "600"))
    c("The second round, on 14 April, drew 2.4 million voters.", ("2.4 million", "2400000"))
    c("After a 3-2 win on Saturday, 15 April, the club has 71 points from 34 games.",
      ("71", "71"), ("34", "34"))
    c("From 9:00 to 17:00 on Dec. 24 the shop served 1,850 customers.", ("1,850", "1850"))
    c("He finished 4th in 2:08:15, ahead of 30,000 runners.", ("30,000", "30000"))
    c("The 1st and 2nd of May saw 12 thousand protesters.", ("12 thousand", "12000"))
    c("Call before 6 p.m. on June 30 to claim one of 500 seats.", ("one", "1"), ("500", "500"))
    c("Delays of 45 minutes hit 3 of the 7 airports on Dec. 23.", ("45", "45"), ("3", "3"), ("7", "7"))

    p = lambda text, *r: add("Number", "Pretokenised", text, *r)
    p("about 5 , 000 people attended the rally .", ("5 , 000", "5000"))
    p("the index fell 1 . 5 points to 3 , 210 . 75 .", ("1 . 5", "1.5"), ("3 , 210 . 75", "3210.75"))
    p("the company has 12 , 500 employees and 40 plants .", ("12 , 500", "12500"), ("40", "40"))
    p("some 2 . 3 million people live in the region .", ("2 . 3 million", "2300000"))
    p("the survey covered 1 , 024 households in 16 towns .", ("1 , 024", "1024"), ("16", "16"))
    p("exports reached 7 . 8 billion units , officials said .", ("7 . 8 billion", "7800000000"))
    p("a further 0 . 25 points were added .", ("0 . 25", "0.25"))

    k = lambda text, *r: add("Number", "Cased", text, *r)
    k("FIVE HUNDRED JOBS TO GO AT CAR PLANT", ("FIVE HUNDRED", "500"))
    k("Two Million Visitors Expected At Fair", ("Two Million", "2000000"))
    k("THREE KILLED, 12 HURT IN BUS CRASH", ("THREE", "3"), ("12", "12"))
    k("the firm will cut twenty-five thousand jobs by next year", ("twenty-five thousand", "25000"))
    k("2.5 MLN SHARES CHANGED HANDS IN EARLY TRADE", ("2.5 MLN", "2500000"))
    k("Half A Million Fans Line The Streets", ("Half A Million", "500000"))
    k("FORTY-TWO MINERS RESCUED AFTER 9 DAYS", ("FORTY-TWO", "42"), ("9", "9"))
    k("Police Arrest Fifteen After Protest", ("Fifteen", "15"))
    k("officials counted 3.4 bln votes in total", ("3.4 bln", "3400000000"))

    n = lambda text: add("Number", "NotQuantities", text)
    n("The match ended 3-3 after extra time on 12 May.")
    n("Kick-off was moved to 20:45 on Sept. 9.")
    n("She won the 2nd and 3rd sets in the final.")
    n("THE 1ST QUARTER ENDED 28-24")


def ranges():
    m = lambda text, *r: add("NumberRange", "MixedRanges", text, *r)
    m("Inflation will be between 2 and 3 per cent next year.", ("between 2 and 3", "[2,3]"))
    m("Growth of 5-10% is expected this year.", ("5-10", "[5,10]"))
    m("The fund lost between $1 and $2 billion last year.", ("between $1 and $2 billion", "[1000000000,2000000000]"))
    m("Prices rose from 5 to 10 per cent in March.", ("from 5 to 10", "[5,10]"))
    m("Temperatures of 20 to 25 degrees are forecast.", ("20 to 25", "[20,25]"))
    m("The repair will take 3-4 weeks.", ("3-4", "[3,4]"))
    m("Between 40,000 and 50,000 people marched on Saturday, May 1.", ("Between 40,000 and 50,000", "[40000,50000]"))
    m("Some 30 to 40 tonnes of fish died in the spill.", ("30 to 40", "[30,40]"))
    m("Capacity will rise to between 1.5 and 2 million barrels a day.",
      ("between 1.5 and 2 million", "[1500000,2000000]"))
    m("Analysts see 2 to 2.5 billion euros of savings.", ("2 to 2.5 billion", "[2000000000,2500000000]"))
    m("Fees will rise from five to 10 per cent.", ("from five to 10", "[5,10]"))
    m("Between 10 a.m. and 2 p.m. on June 5, about 300 to 400 people came.", ("300 to 400", "[300,400]"))
    m("The plan costs between 3 and 4 million euros.", ("between 3 and 4 million", "[3000000,4000000]"))
    m("Yields climbed 15-20 basis points on the day.", ("15-20", "[15,20]"))
    m("Rents went up by 8 to 12 percent in 2023.", ("8 to 12", "[8,12]"))
    m("The company expects sales of $4 billion to $4.5 billion.",
      ("$4 billion to $4.5 billion", "[4000000000,4500000000]"))
    m("Shares traded between 98 and 102 pence.", ("between 98 and 102", "[98,102]"))
    m("Analysts expect a drop of 10 to 15 per cent.", ("10 to 15", "[10,15]"))

    k = lambda text, *r: add("NumberRange", "Cased", text, *r)
    k("PROFITS SEEN UP 5 TO 10 PCT", ("5 TO 10", "[5,10]"))
    k("BETWEEN 300 AND 400 JOBS TO GO", ("BETWEEN 300 AND 400", "[300,400]"))
    k("UP TO 500 HOMES FLOODED IN NORTH", ("UP TO 500", "(,500]"))
    k("Firm To Cut Up To 2,000 Jobs", ("Up To 2,000", "(,2000]"))
    k("MORE THAN 100 KILLED IN QUAKE", ("MORE THAN 100", "(100,)"))
    k("at least 40 dead after storm hits coast", ("at least 40", "[40,)"))
    k("Over 1,000 Flights Cancelled In Snow", ("Over 1,000", "(1000,)"))
    k("fewer than 20 seats left for the show", ("fewer than 20", "(,20)"))

    c = lambda text, *r: add("NumberRange", "Crowded", text, *r)
    c("Since June 2, at least 25 people have died in the 3-week heat wave.", ("at least 25", "[25,)"))
    c("On Jan. 5, fewer than 10 of the 40 ships sailed.", ("fewer than 10", "(,10)"))
    c("By 6 p.m. on polling day more than 2,000 ballots had been counted.", ("more than 2,000", "(2000,)"))
    c("The 2-1 defeat left them with no more than 3 games to play.", ("no more than 3", "(,3]"))
    c("In 2021, between 5,000 and 6,000 firms closed in 12 months.", ("between 5,000 and 6,000", "[5000,6000]"))
    c("At 4:30 the crowd of over 70,000 went quiet.", ("over 70,000", "(70000,)"))

    n = lambda text: add("NumberRange", "NotQuantities", text)
    n("They won 3-1 on aggregate.")
    n("The vote was 52-48 in favour.")
    n("Office hours are 9:00-17:00 on weekdays.")
    n("The 2019-20 season ended early.")
    n("Lines 3 and 4 were closed on May 6.")


def currency():
    c = lambda text, *r: add("Currency", "Crowded", text, *r)
    c("On March 3, after a 2-0 win, the club paid $40 million for the 23-year-old.", ("$40 million", "40000000", "Dollar"))
    c("The 2023 budget sets aside 1.2 billion euros for 12 new hospitals.", ("1.2 billion euros", "1200000000", "Euro"))
    c("By 5 p.m. on Friday, Oct. 13, the fund had raised £3.4 million.", ("£3.4 million", "3400000", "Pound"))
    c("Tickets for the Sept. 9 final cost $75, up from $60 in 2019.", ("$75", "75", "Dollar"), ("$60", "60", "Dollar"))
    c("In the 4-3 thriller, all 11 players earned 5,000 euros each.", ("5,000 euros", "5000", "Euro"))
    c("The 3 banks lent 600 million yen on 1 April to 45 firms.", ("600 million yen", "600000000", "Japanese yen"))
    c("At 9 a.m. on day 2 of the sale, 300 shares fetched $12.50 apiece.", ("$12.50", "12.5", "Dollar"))
    c("Between 2010 and 2015 the city spent 80 million pounds on 14 bridges.",
      ("80 million pounds", "80000000", "Pound"))
    c("Her 3rd novel, out on June 8, earned a $250,000 advance.", ("$250,000", "250000", "Dollar"))

    p = lambda text, *r: add("Currency", "Pretokenised", text, *r)
    p("the deal is worth $ 254 million , sources said .", ("$ 254 million", "254000000", "Dollar"))
    p("profit rose to £ 3 . 5 billion in the year .", ("£ 3 . 5 billion", "3500000000", "Pound"))
    p("it paid US $ 40 million for the stake .", ("US $ 40 million", "40000000", "United States dollar"))
    p("fares start at € 1 , 200 a head .", ("€ 1 , 200", "1200", "Euro"))
    p("shares closed at $ 32 . 99 on friday .", ("$ 32 . 99", "32.99", "Dollar"))
    p("the bank set aside 2 . 5 billion euros .", ("2 . 5 billion euros", "2500000000", "Euro"))
    p("a 12 - cent dividend was declared .", ("12 - cent", "12", "Cent"))
    p("revenue of 1 , 450 million yen was reported .", ("1 , 450 million yen", "1450000000", "Japanese yen"))

    k = lambda text, *r: add("Currency", "Cased", text, *r)
    k("FIRM FINED $5 MILLION OVER LEAK", ("$5 MILLION", "5000000", "Dollar"))
    k("Club Pays £40 Million For Striker", ("£40 Million", "40000000", "Pound"))
    k("the deal is worth 2.5 billion euros, sources said", ("2.5 billion euros", "2500000000", "Euro"))
    k("JAPAN TO SPEND 3 TRILLION YEN ON ROADS", ("3 TRILLION YEN", "3000000000000", "Japanese yen"))
    k("Brazil Raises $2 Billion In Bond Sale", ("$2 Billion", "2000000000", "Dollar"))
    k("EIGHT BILLION RAND DEAL SIGNED", ("EIGHT BILLION RAND", "8000000000", "South African rand"))
    k("Man Wins Five Thousand Pounds On Scratchcard", ("Five Thousand Pounds", "5000", "Pound"))
    k("usd 40 million was wired to the account", ("usd 40 million", "40000000", "United States dollar"))
    k("NET PROFIT 45.6 MLN DLRS VS 30.2 MLN DLRS",
      ("45.6 MLN DLRS", "45600000", "Dollar"), ("30.2 MLN DLRS", "30200000", "Dollar"))
    k("Shares Fall 20 Cents To $14.80", ("20 Cents", "20", "Cent"), ("$14.80", "14.8", "Dollar"))
    k("Oil Climbs Back Above $80 A Barrel", ("$80", "80", "Dollar"))

    f = lambda text, *r: add("Currency", "Fused", text, *r)
    f("The club spent $5million on the new stand.", ("$5million", "5000000", "Dollar"))
    f("He was fined £2,500for speeding.")
    f("The sale raised US$5m for the charity.", ("US$5m", "5000000", "United States dollar"))
    f("It cost me 20dollars in the end.", ("20dollars", "20", "Dollar"))
    f("A ticket is €15,with a discount for children.", ("€15", "15", "Euro"))
    f("The bill came to $1.2bn.", ("$1.2bn", "1200000000", "Dollar"))
    f("They paid 3 million euros ,a club record.", ("3 million euros", "3000000", "Euro"))

    m = lambda text, *r: add("Currency", "MixedRanges", text, *r)
    m("Tickets cost from $20 to $30 each.", ("$20", "20", "Dollar"), ("$30", "30", "Dollar"))
    m("A room costs $150-$200 a night.", ("$150", "150", "Dollar"), ("$200", "200", "Dollar"))
    m("The plan will cost between 3 and 4 million euros.", ("4 million euros", "4000000", "Euro"))
    m("Losses were between $1 billion and $2 billion.", ("$1 billion", "1000000000", "Dollar"),
      ("$2 billion", "2000000000", "Dollar"))
    m("Damage is estimated at 5 to 6 billion dollars.", ("6 billion dollars", "6000000000", "Dollar"))
    m("Offenders face fines of up to $10,000.", ("$10,000", "10000", "Dollar"))
    m("Prices range from £5 to £7.50 a kilo.", ("£5", "5", "Pound"), ("£7.50", "7.5", "Pound"))
    m("Bids of 2 to 3 million dollars were made.", ("3 million dollars", "3000000", "Dollar"))

    n = lambda text: add("Currency", "NotQuantities", text)
    n("The score was 2-1 at half time on 3 May.")
    n("THE 1987 BUDGET WAS PASSED ON MARCH 3")
    n("at 10:15 the 3rd session began")


def dimension():
    f = lambda text, *r: add("Dimension", "Fused", text, *r)
    f("She carried a 5kg bag up the hill.", ("5kg", "5", "Kilogram"))
    f("He ran 42km on Sunday.", ("42km", "42", "Kilometer"))
    f("The router uses the 2.4GHz band.", ("2.4GHz", "2.4", "Gigahertz"))
    f("It comes with a 65W charger.", ("65W", "65", "Watt"))
    f("I lost 3kg in a week.", ("3kg", "3", "Kilogram"))
    f("The new phone is 6.7in tall.", ("6.7in", "6.7", "Inch"))
    f("The boy grew 5cm last year.", ("5cm", "5", "Centimeter"))
    f("Buy a 500ml bottle of water.", ("500ml", "500", "Milliliter"))
    f("He was caught doing 70mph on the motorway.", ("70mph", "70", "Mile per hour"))
    f("They built a 20ft wall around the yard.", ("20ft", "20", "Foot"))
    f("The village is 5 kms from the border.", ("5 kms", "5", "Kilometer"))
    f("Winds reached 110 kmh overnight.", ("110 kmh", "110", "Kilometer per hour"))
    f("The fish weighed 12lbs when landed.", ("12lbs", "12", "Pound"))

    k = lambda text, *r: add("Dimension", "Cased", text, *r)
    k("PLANT TO ADD 500 MEGAWATTS OF POWER", ("500 MEGAWATTS", "500", "Megawatt"))
    k("DRILL REACHES 3,000 METRES", ("3,000 METRES", "3000", "Meter"))
    k("Man Walks 500 Miles For Charity", ("500 Miles", "500", "Mile"))
    k("The Plane Climbed To 35,000 Feet", ("35,000 Feet", "35000", "Foot"))
    k("OUTPUT FALLS TO 1.2 MLN TONNES", ("1.2 MLN TONNES", "1200000", "Metric ton"))
    k("TWO-MILE TAILBACK ON M25", ("TWO-MILE", "2", "Mile"))
    k("the storm dumped 30 centimetres of snow", ("30 centimetres", "30", "Centimeter"))
    k("Police Seize 40 Kilograms Of Cocaine", ("40 Kilograms", "40", "Kilogram"))
    k("GUSTS OF 120 MPH BATTER COAST", ("120 MPH", "120", "Mile per hour"))

    p = lambda text, *r: add("Dimension", "Pretokenised", text, *r)
    p("a 5 . 5 km stretch of road was closed .", ("5 . 5 km", "5.5", "Kilometer"))
    p("the pipeline runs 1 , 200 miles .", ("1 , 200 miles", "1200", "Mile"))
    p("he was driving at 120 km / h .", ("120 km / h", "120", "Kilometer per hour"))
    p("the mine produced 3 . 2 million tonnes .", ("3 . 2 million tonnes", "3200000", "Metric ton"))
    p("a 12 - foot wall surrounds the site .", ("12 - foot", "12", "Foot"))
    p("about 0 . 5 millimetres of rain fell .", ("0 . 5 millimetres", "0.5", "Millimeter"))

    c = lambda text, *r: add("Dimension", "Crowded", text, *r)
    c("The 2-1 win was watched from 300 metres away.", ("300 metres", "300", "Meter"))
    c("At 11:30 on Sunday the 12-mile march ended.", ("12-mile", "12", "Mile"))
    c("Since 1990 the lake has lost 2 metres of depth.", ("2 metres", "2", "Meter"))
    c("The 747 flew 5,000 miles on Oct. 2 with 300 passengers.", ("5,000 miles", "5000", "Mile"))
    c("On day 3 of 5, the 2 climbers rose another 800 feet.", ("800 feet", "800", "Foot"))
    c("In the 4th quarter of 2023 the mill shipped 40,000 tonnes to 6 ports.",
      ("40,000 tonnes", "40000", "Metric ton"))
    c("By 8 p.m. on May 2 about 25 millimetres of rain had fallen.", ("25 millimetres", "25", "Millimeter"))

    n = lambda text: add("Dimension", "NotQuantities", text)
    n("The 2 sides drew 1-1 on 9 March.")
    n("HE WAS 1ST IN THE 100M FINAL")
    n("Flight times are 10:40 and 13:15 on weekdays.")


def percent():
    c = lambda text, *r: add("Percent", "Crowded", text, *r)
    c("On Oct. 3 the index rose 2.5% to 4,210 after a 3-1 vote.", ("2.5%", "2.5%"))
    c("In 2022, 45 percent of the 1,200 firms cut jobs.", ("45 percent", "45%"))
    c("At 9:30 a.m. shares were up 12 pct at 340 pence.", ("12 pct", "12%"))
    c("Sales rose 7 per cent from July to September, the 3rd rise in a row.", ("7 per cent", "7%"))
    c("The 2 parties won 38% and 41% on May 4.", ("38%", "38%"), ("41%", "41%"))
    c("After the 2-0 defeat, 60 per cent of 3,000 fans polled wanted a new coach.", ("60 per cent", "60%"))

    p = lambda text, *r: add("Percent", "Pretokenised", text, *r)
    p("rates rose to 5 . 25 % on tuesday .", ("5 . 25 %", "5.25%"))
    p("it holds a 32 . 99 % stake in the bank .", ("32 . 99 %", "32.99%"))
    p("output was down 0 . 4 per cent in may .", ("0 . 4 per cent", "0.4%"))
    p("shares were up 3 % at the close .", ("3 %", "3%"))
    p("unemployment fell to 4 . 1 pct .", ("4 . 1 pct", "4.1%"))

    k = lambda text, *r: add("Percent", "Cased", text, *r)
    k("INFLATION HITS 9.1 PERCENT", ("9.1 PERCENT", "9.1%"))
    k("Rates Rise To 5.5 Per Cent", ("5.5 Per Cent", "5.5%"))
    k("SHARES JUMP TWENTY PCT ON BID", ("TWENTY PCT", "20%"))
    k("unemployment at 4.2 pct in june", ("4.2 pct", "4.2%"))
    k("Turnout Tops Seventy Percent", ("Seventy Percent", "70%"))
    k("OIL SLIPS 2 PER CENT", ("2 PER CENT", "2%"))
    k("GDP GROWS 0.3 PCT IN SECOND QUARTER", ("0.3 PCT", "0.3%"))

    m = lambda text, *r: add("Percent", "MixedRanges", text, *r)
    m("Prices may rise from 5 to 10 per cent.", ("10 per cent", "10%"))
    m("Growth of 5-10% is expected.", ("10%", "10%"))
    m("The rate will be between 2.5% and 3%.", ("2.5%", "2.5%"), ("3%", "3%"))
    m("Margins of 5%-10% are common.", ("5%", "5%"), ("10%", "10%"))
    m("Bond yields rose by 3 to 4 percentage points.", ("4 percentage points", "4%"))
    m("Wages rose 3 per cent to 4 per cent a year.", ("3 per cent", "3%"), ("4 per cent", "4%"))

    n = lambda text: add("Percent", "NotQuantities", text)
    n("The 3-1 win came on 5 May.")
    n("HE SCORED 100 IN THE 2ND TEST")


def temperature():
    c = lambda text, *r: add("Temperature", "Crowded", text, *r)
    c("On July 19, at 3 p.m., it hit 40.3C in the 2-day heat wave.", ("40.3C", "40.3", "C"))
    c("Highs of 30 to 32 degrees Celsius are expected on Aug. 2.", ("32 degrees Celsius", "32", "C"))
    c("At 6 a.m. it was minus 5 degrees, and by 2 p.m. 12 degrees.",
      ("minus 5 degrees", "-5", "Degree"), ("12 degrees", "12", "Degree"))
    c("The 3 climbers spent 2 nights at -30C on the 8,000m peak.", ("-30C", "-30", "C"))
    c("In 1976, on 26 June, London reached 35.6 °C.", ("35.6 °C", "35.6", "C"))

    k = lambda text, *r: add("Temperature", "Cased", text, *r)
    k("TEMPERATURES TO HIT 35 DEGREES", ("35 DEGREES", "35", "Degree"))
    k("Mercury Hits 104 Degrees Fahrenheit", ("104 Degrees Fahrenheit", "104", "F"))
    k("HEAT WAVE: 45C IN SEVILLE", ("45C", "45", "C"))
    k("temperatures fell to minus 20 degrees celsius", ("minus 20 degrees celsius", "-20", "C"))
    k("Thermometers Reach 50 Degrees Celsius In Desert", ("50 Degrees Celsius", "50", "C"))
    k("it was 38 . 5 degrees on monday , the met office said .", ("38 . 5 degrees", "38.5", "Degree"))

    n = lambda text: add("Temperature", "NotQuantities", text)
    n("He turned 180 degrees and ran.")
    n("The 2C class meets at 9:00 on Mondays.")


def age():
    c = lambda text, *r: add("Age", "Crowded", text, *r)
    c("The 34-year-old was arrested on March 3 after the 2-1 defeat.", ("34-year-old", "34", "Year"))
    c("The six-year-old girl, born in 2018, started school on Sept. 4.", ("six-year-old", "6", "Year"))
    c("He was 17 years old in 1999 when he won 3 titles.", ("17 years old", "17", "Year"))
    c("At 5 p.m. on day 2, a 9-month-old baby was found.", ("9-month-old", "9", "Month"))
    k = lambda text, *r: add("Age", "Cased", text, *r)
    k("A 70-Year-Old Woman Wins Lottery", ("70-Year-Old", "70", "Year"))
    k("TWO-YEAR-OLD FOUND SAFE", ("TWO-YEAR-OLD", "2", "Year"))
    k("the 45-year-old father of three was named", ("45-year-old", "45", "Year"))
    n = lambda text: add("Age", "NotQuantities", text)
    n("She retired in 2019 after 40 years at the firm.")
    n("The 10-year bond yield rose on Monday.")


def main():
    SET.write((number_model, ranges, currency, dimension, percent, temperature, age))


if __name__ == "__main__":
    main()
