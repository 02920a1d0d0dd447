#!/usr/bin/env python3
"""Writes the thirteenth probe set for issue 18, Tests/GlossNumbersTests/Probes/Trades/<Model>Model-<register>.json.

Written in one sitting by numbers20 before the stage was run on any of it and before reading the
stage's rules (and without opening the spec files or any file of ../shared/eval), in the format of the
other probe sets. The twelve earlier sets were read only as lists of unit names and inputs, to keep
their naming and to leave out what they hold; their registers are business and wire news, sports,
weather, legal notices, shopping, recipes, finance tables, medicine and science, travel, markets,
body measures, chat, earnings, budgets, 1980s wire, health, property, transport and retail prices.
This one carries issue 18's phenomena in the trades' own registers, which none of them holds:
- Motoring: car reviews and specifications (`0-60 mph`, `hp`, `Nm`, `cc`, `kWh` batteries, `mpg`,
  ranges of miles, recalls counted with `m` and `k`).
- Gadgets: phone, laptop and camera specifications (`6.7-inch`, `120Hz`, `5,000mAh`, `16GB`, `1TB`,
  `Gbps` against `GB/s`, `µs`), download counts, prices by code and sign.
- Jobs: job advertisements and pay (`£32k-£36k`, `$120K`, `per annum`, `37.5 hours`, ages, bounds
  such as `at least 5 years`).
- Polls: elections and polling (`out of`, `in`, spelled-ordinal fractions, percentage points,
  margins of error, seats, and-chains of vote counts).
- Farming: agriculture and commodities (`bushels`, `tonnes per hectare`, `cents a bushel`, `head of
  cattle`, `dozen` arithmetic, historic currencies of farm prices).
- Energy: utilities, oil and power (`p/kWh`, `MW`, `GWh`, `barrels a day`, exponent forms, `tln`).
- Auctions: sales of art, wine, stamps and coins (estimates as ranges, hammer prices in many
  currencies by sign, code and name; grouping by apostrophes and dots; `carats`, `troy ounces`).
- Fitness: nutrition labels and training (`kcal`, `kJ`, `g of protein`, `10,000 steps`, `5K`,
  temperatures of saunas and pools).
- Shipping: aviation and sea freight (`knots`, `nautical miles`, `feet`, `tonnes`, `TEU` counts,
  Currency of freight rates).
- Space: astronomy and spaceflight (`× 10^`, `e` exponents, `light-years`, `km/s`, kelvin).
- NotQuantities per model: what looks like the model's quantity in those registers and is not
  (model names such as `Model 3`, `A320neo`, `iPhone 15`, `Boeing 737`, `F-150`, `COVID-19`, `5G`,
  versions, flight numbers, phone numbers, dates and times).

Expected values follow docs/accuracy.md's conventions: a range includes both ends; a scale or unit
written after the last end of a range is every end's; a unit model is given a range's ends that are
written with their unit (`3 to 4 percent`: `4 percent`); NumberModel lists cardinals and fractions, not
ordinals, dates, times, years or scores; a sign alone is `Dollar` or `Pound`; a currency word alone is
named in full only when one currency ends with it, by the shared word otherwise (`pesos`: `Peso`);
metric units by prefix and base in American spelling; a fraction's value is a double's shortest text.
The first score on the unchanged stage is in numbers20's report; cases are not edited after a failure
is seen, except an expectation that was the writer's own error against those conventions, in its own
commit.

    python3 scripts/build-number-probes-trades.py
"""
from number_probe_sets import ProbeSet, fraction

SET = ProbeSet("Trades")
add = SET.add


def numbers():
    m = lambda text, *r: add("Number", "Motoring", text, *r)
    m("The hatchback found 48,210 buyers in Europe.", ("48,210", "48210"))
    m("Ford is recalling 1.9m pickups over a faulty latch.", ("1.9m", "1900000"))
    m("Dealers delivered 12k vans in the spring.", ("12k", "12000"))
    m("The carmaker will build two hundred thousand electric vans.", ("two hundred thousand", "200000"))
    m("Only one in eight drivers checks the tyre pressure.", ("one in eight", "0.125"))
    m("the plant built 3 , 412 , 000 cars in total .", ("3 , 412 , 000", "3412000"))
    m("TOYOTA TO RECALL 2.2 MLN VEHICLES", ("2.2 MLN", "2200000"))
    m("Nine hundred and ninety-nine owners signed the petition.", ("Nine hundred and ninety-nine", "999"))

    g = lambda text, *r: add("Number", "Gadgets", text, *r)
    g("The app has been downloaded 1.2bn times.", ("1.2bn", "1200000000"))
    g("The chip packs 19 billion transistors.", ("19 billion", "19000000000"))
    g("Three quarters of users never change the default ringtone.", ("Three quarters", "0.75"))
    g("The cell survives 1 000 charge cycles.", ("1 000", "1000"))
    g("The sensor takes 2.5e5 readings an hour.", ("2.5e5", "250000"))
    g("The console sold 4.5 M units at launch.", ("4.5 M", "4500000"))
    g("Eight out of ten buyers choose the black model.", ("Eight out of ten", "0.8"))
    g("the handset maker shipped 58.2 mn phones .", ("58.2 mn", "58200000"))

    j = lambda text, *r: add("Number", "Jobs", text, *r)
    j("The retailer will hire 15,000 seasonal staff.", ("15,000", "15000"))
    j("Applicants need five years of experience.", ("five", "5"))
    j("The firm received four thousand three hundred applications.", ("four thousand three hundred", "4300"))
    j("Only one out of every 250 applicants is hired.", ("one out of every 250", "0.004"))
    j("some 2.3 mln people are out of work .", ("2.3 mln", "2300000"))
    j("The council employs 12 500 people.", ("12 500", "12500"))
    j("Two fifths of the posts are part-time.", ("Two fifths", "0.4"))

    p = lambda text, *r: add("Number", "Polls", text, *r)
    p("The poll of 1,012 adults has a margin of error of three points.", ("1,012", "1012"), ("three", "3"))
    p("Four out of five voters back the measure.", ("Four out of five", "0.8"))
    p("Seven twelfths of precincts have reported.", ("Seven twelfths", fraction(7, 12)))
    p("The party won 326 of the 650 seats.", ("326", "326"), ("650", "650"))
    p("Two hundred and six votes and ninety-one abstentions were cast.",
      ("Two hundred and six", "206"), ("ninety-one", "91"))
    p("One in three voters is undecided.", ("One in three", fraction(1, 3)))
    p("The turnout was zero point six one.", ("zero point six one", "0.61"))
    p("Five twenty-fourths of the seats changed hands.", ("Five twenty-fourths", fraction(5, 24)))
    p("A third of the ballots were postal.", ("A third", fraction(1, 3)))

    f = lambda text, *r: add("Number", "Farming", text, *r)
    f("Farmers planted 90.4 million acres of corn.", ("90.4 million", "90400000"))
    f("The hens lay four dozen eggs a day.", ("four dozen", "48"))
    f("A quarter of a million hectares were flooded.", ("A quarter of a million", "250000"))
    f("the harvest was put at 58.5 mln tonnes .", ("58.5 mln", "58500000"))
    f("The ranch runs 1,250 head of cattle.", ("1,250", "1250"))
    f("Half a dozen silos burned down.", ("Half a dozen", "6"))
    f("WHEAT STOCKS SEEN AT 1.1 BILLION BUSHELS", ("1.1 BILLION", "1100000000"))
    f("The co-op has two thousand and twelve members.", ("two thousand and twelve", "2012"))

    e = lambda text, *r: add("Number", "Energy", text, *r)
    e("the grid connected 2 . 5 million homes .", ("2 . 5 million", "2500000"))
    e("The plant burns 1.1E+07 tonnes of coal.", ("1.1E+07", "11000000"))
    e("The field holds an estimated 4.2 tln cubic feet of gas.", ("4.2 tln", "4200000000000"))
    e("The utility serves 5.4 m customers.", ("5.4 m", "5400000"))
    e("The wind farm has eighty-four turbines.", ("eighty-four", "84"))
    e("Some 3.1 billion cubic metres of gas were stored.", ("3.1 billion", "3100000000"))

    a = lambda text, *r: add("Number", "Auctions", text, *r)
    a("The sale drew 3,412 bids from 41 countries.", ("3,412", "3412"), ("41", "41"))
    a("The cellar held twenty-one thousand four hundred bottles.", ("twenty-one thousand four hundred", "21400"))
    a("Collectors bought 1'250 prints in Zurich.", ("1'250", "1250"))
    a("The catalogue lists 2.345.000 stamps.", ("2.345.000", "2345000"))
    a("Bidding opened at 1.5 k and closed within minutes.", ("1.5 k", "1500"))
    a("Eighteen lots and a dozen prints were withdrawn.", ("Eighteen", "18"), ("a dozen", "12"))

    t = lambda text, *r: add("Number", "Fitness", text, *r)
    t("She walks ten thousand steps a day.", ("ten thousand", "10000"))
    t("Eat five portions of fruit and vegetables a day.", ("five", "5"))
    t("One in four adults does too little exercise.", ("One in four", "0.25"))
    t("The app logged 1.5M runs last year.", ("1.5M", "1500000"))
    t("Nine tenths of the gym's members train at night.", ("Nine tenths", "0.9"))

    s = lambda text, *r: add("Number", "Shipping", text, *r)
    s("The ship can carry 24,346 containers.", ("24,346", "24346"))
    s("The port handled 37.2 million boxes last year.", ("37.2 million", "37200000"))
    s("The airline flies 1,100 routes with 720 jets.", ("1,100", "1100"), ("720", "720"))
    s("Two thirds of the fleet is grounded.", ("Two thirds", fraction(2, 3)))

    o = lambda text, *r: add("Number", "Space", text, *r)
    o("The galaxy holds about 1 × 10^11 stars.", ("1 × 10^11", "100000000000"))
    o("The probe has travelled 24.3 billion kilometres.", ("24.3 billion", "24300000000"))
    o("Saturn has 146 known moons.", ("146", "146"))
    o("The survey mapped 1.8e9 stars.", ("1.8e9", "1800000000"))
    o("The dust grain weighs 3x10^-15 kilograms.", ("3x10^-15", "3E-15"))
    o("Some two hundred billion galaxies are visible.", ("two hundred billion", "200000000000"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("The iPhone went on sale on Friday.")
    x("Call 0800 123 4567 to book a test drive.")
    x("The polls close at 22:00 tonight.")
    x("She came second in the primary.")
    x("The rover landed on 18 February.")


def ranges():
    m = lambda text, *r: add("NumberRange", "Motoring", text, *r)
    m("The range is between 250 and 300 miles on a charge.", ("between 250 and 300", "[250,300]"))
    m("Prices start from 35,000 to 42,000 depending on trim.", ("from 35,000 to 42,000", "[35000,42000]"))
    m("Cars with more than 200 hp pay a higher levy.", ("more than 200", "(200,)"))
    m("Repairs cost up to 2,000 a car.", ("up to 2,000", "(,2000]"))
    m("Cars scoring 95 or lower on the test are exempt.", ("95 or lower", "(,95]"))

    g = lambda text, *r: add("NumberRange", "Gadgets", text, *r)
    g("The battery lasts 18-20 hours.", ("18-20", "[18,20]"))
    g("Phones with at least 8 GB of memory get the update.", ("at least 8", "[8,)"))
    g("Screens of less than 6 inches are rare now.", ("less than 6", "(,6)"))
    g("The update reached between 1.5 and 2 billion devices.", ("between 1.5 and 2 billion", "[1500000000,2000000000]"))
    g("Tablets rated 80 or under fail the drop test.", ("80 or under", "(,80]"))

    j = lambda text, *r: add("NumberRange", "Jobs", text, *r)
    j("The role pays 32,000 to 36,000 a year.", ("32,000 to 36,000", "[32000,36000]"))
    j("Candidates need at least 5 years of experience.", ("at least 5", "[5,)"))
    j("Shifts last from 8 to 12 hours.", ("from 8 to 12", "[8,12]"))
    j("Firms with fewer than 50 staff are exempt.", ("fewer than 50", "(,50)"))
    j("Staff over 55 may retire early.", ("over 55", "(55,)"))
    j("The scheme will create 3-4k jobs.", ("3-4k", "[3000,4000]"))

    p = lambda text, *r: add("NumberRange", "Polls", text, *r)
    p("Support is between 40 and 45 among women.", ("between 40 and 45", "[40,45]"))
    p("More than 3 in 4 voters want change.", ("More than 3 in 4", "(0.75,)"))
    p("Fewer than one in five trusts the press.", ("Fewer than one in five", "(,0.2)"))
    p("Seats with a majority of 5,000 or less are marginal.", ("5,000 or less", "(,5000]"))
    p("The party needs at least 326 seats.", ("at least 326", "[326,)"))
    p("Polls give it 28–32 seats.", ("28–32", "[28,32]"))
    p("Over two thirds of members voted yes.", ("Over two thirds", "(0.6666666666666666,)"))

    f = lambda text, *r: add("NumberRange", "Farming", text, *r)
    f("Yields ranged from 7.5 to 9 tonnes a hectare.", ("from 7.5 to 9", "[7.5,9]"))
    f("Farms of 100 or more hectares get less aid.", ("100 or more", "[100,)"))
    f("The crop is put at 1.1-1.2 bln bushels .", ("1.1-1.2 bln", "[1100000000,1200000000]"))
    f("Herds of no more than 30 cows qualify.", ("no more than 30", "(,30]"))
    f("CORN CROP SEEN BELOW 14 BILLION BUSHELS", ("BELOW 14 BILLION", "(,14000000000)"))

    e = lambda text, *r: add("NumberRange", "Energy", text, *r)
    e("Bills will rise by 10 to 15 a month.", ("10 to 15", "[10,15]"))
    e("Homes using over 2,900 kWh pay the higher rate.", ("over 2,900", "(2900,)"))
    e("Output will be between 9.5m and 10m barrels a day.", ("between 9.5m and 10m", "[9500000,10000000]"))
    e("The plant needs at most 40 staff on a shift.", ("at most 40", "(,40]"))
    e("Sites rated at or above 5 are exempt.", ("at or above 5", "[5,)"))

    a = lambda text, *r: add("NumberRange", "Auctions", text, *r)
    a("The estimate is 3,000-5,000 for the pair.", ("3,000-5,000", "[3000,5000]"))
    a("Lots priced between two and three thousand sold well.", ("between two and three thousand", "[2000,3000]"))
    a("Bids of 500 or higher are accepted.", ("500 or higher", "[500,)"))
    a("Lots under 1,000 carry no premium.", ("under 1,000", "(,1000)"))

    t = lambda text, *r: add("NumberRange", "Fitness", text, *r)
    t("Aim for 150 to 300 minutes of exercise a week.", ("150 to 300", "[150,300]"))
    t("Rest for 60-90 seconds between sets.", ("60-90", "[60,90]"))
    t("Do no fewer than 10 reps.", ("no fewer than 10", "[10,)"))
    t("Keep your heart rate under 150.", ("under 150", "(,150)"))

    s = lambda text, *r: add("NumberRange", "Shipping", text, *r)
    s("Rates rose to between 2,500 and 3,000 a box.", ("between 2,500 and 3,000", "[2500,3000]"))
    s("Ships of more than 400 metres cannot pass.", ("more than 400", "(400,)"))
    s("Flights of less than 2.5 hours will be banned.", ("less than 2.5", "(,2.5)"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("The Boeing 737 landed safely.")
    x("The 2024-25 budget was passed.")
    x("Call 555-0142 for a quote.")
    x("Doors open at 7-30 on Friday.")
    x("He ran the marathon in 2:59:40.")


def currency():
    m = lambda text, *r: add("Currency", "Motoring", text, *r)
    m("The base model costs $38,990 before incentives.", ("$38,990", "38990", "Dollar"))
    m("The hybrid is priced from £31,595.", ("£31,595", "31595", "Pound"))
    m("The SUV sells for 52.900,00 € in Germany.", ("52.900,00 €", "52900", "Euro"))
    m("A full charge costs about 12 dollars at home.", ("12 dollars", "12", "Dollar"))
    m("The recall will cost the firm $1.2bn.", ("$1.2bn", "1200000000", "Dollar"))
    m("Tata sold the unit for INR 9,300 crore.", ("INR 9,300 crore", "93000000000", "Indian rupee"))
    m("A new Proton costs RM 48,800.", ("RM 48,800", "48800", "Malaysian ringgit"))
    m("The taxi fare is 350 baht to the airport.", ("350 baht", "350", "Thai baht"))
    m("Petrol rose by 9 cents a litre.", ("9 cents", "9", "Cent"))

    g = lambda text, *r: add("Currency", "Gadgets", text, *r)
    g("The phone costs $999, or $41.62 a month.", ("$999", "999", "Dollar"), ("$41.62", "41.62", "Dollar"))
    g("The laptop is listed at ¥248,800 in Tokyo.", ("¥248,800", "248800", "Japanese yen"))
    g("The tablet costs DKK 3,999 in Copenhagen.", ("DKK 3,999", "3999", "Danish krone"))
    g("The headphones sell for A$549.", ("A$549", "549", "Australian dollar"))
    g("The console costs ₽ 59 990 in Moscow.", ("₽ 59 990", "59990", "Russian ruble"))
    g("The watch is priced at ₩399,000.", ("₩399,000", "399000", "South Korean won"))
    g("The camera costs 1 299 zł in Warsaw.", ("1 299 zł", "1299", "Polish zloty"))
    g("A charger costs 25 lari in Tbilisi.", ("25 lari", "25", "Georgian lari"))
    g("The smartwatch costs NT$12,900.", ("NT$12,900", "12900", "New Taiwan dollar"))
    g("The earbuds are 1.299,90 TL in Istanbul.", ("1.299,90 TL", "1299.9", "Turkish lira"))

    j = lambda text, *r: add("Currency", "Jobs", text, *r)
    j("The post pays £32k-£36k a year.", ("£32k", "32000", "Pound"), ("£36k", "36000", "Pound"))
    j("Senior engineers earn $120K plus stock.", ("$120K", "120000", "Dollar"))
    j("The salary is €45,000 per annum.", ("€45,000", "45000", "Euro"))
    j("Pickers earn 11.44 pounds an hour.", ("11.44 pounds", "11.44", "Pound"))
    j("Graduates start on R 350,000 a year.", ("R 350,000", "350000", "South African rand"))
    j("The minimum wage is 13,000 pesos a month.", ("13,000 pesos", "13000", "Peso"))
    j("Nurses earn KSh 85,000 a month.", ("KSh 85,000", "85000", "Kenyan shilling"))
    j("The bonus is worth CHF 20'000.", ("CHF 20'000", "20000", "Swiss franc"))
    j("Drivers are paid 15 dollars and 50 cents an hour.", ("15 dollars and 50 cents", "15.5", "Dollar"))

    p = lambda text, *r: add("Currency", "Polls", text, *r)
    p("The campaign raised $52.3 million in the quarter.", ("$52.3 million", "52300000", "Dollar"))
    p("Each voter got a 500-rupee voucher.", ("500-rupee", "500", "Rupee"))
    p("The party spent £12.4m on the election.", ("£12.4m", "12400000", "Pound"))
    p("Donors gave half a billion dollars to the race.", ("half a billion dollars", "500000000", "Dollar"))

    f = lambda text, *r: add("Currency", "Farming", text, *r)
    f("Corn futures rose 12 cents to $4.56 a bushel.", ("12 cents", "12", "Cent"), ("$4.56", "4.56", "Dollar"))
    f("Milk fetches 36 pence a litre at the farm gate.", ("36 pence", "36", "Pence"))
    f("the ministry paid 1.2 bln zlotys in drought aid .", ("1.2 bln zlotys", "1200000000", "Polish zloty"))
    f("Coffee growers got 1.8 million Colombian pesos a load.", ("1.8 million Colombian pesos", "1800000", "Colombian peso"))
    f("The board set a floor of 4,500 rupiah a kilo.", ("4,500 rupiah", "4500", "Indonesian rupiah"))
    f("Cocoa farmers receive GH₵ 3,228 a bag.", ("GH₵ 3,228", "3228", "Ghanaian cedi"))
    f("the ec paid 450 mln irish pounds to farmers .", ("450 mln irish pounds", "450000000", "Irish pound"))
    f("the ec paid 3.5 bln belgian francs to growers .", ("3.5 bln belgian francs", "3500000000", "Belgian franc"))
    f("The subsidy was 30 billion drachmas.", ("30 billion drachmas", "30000000000", "Greek drachma"))

    e = lambda text, *r: add("Currency", "Energy", text, *r)
    e("Brent rose $1.12 to $84.30 a barrel.", ("$1.12", "1.12", "Dollar"), ("$84.30", "84.3", "Dollar"))
    e("The cap falls to £1,717 a year.", ("£1,717", "1717", "Pound"))
    e("The standing charge is 53.35p a day.", ("53.35p", "53.35", "Pence"))
    e("The pipeline will cost USD 4.5bn.", ("USD 4.5bn", "4500000000", "United States dollar"))
    e("Gazprom earned RUB 1.2 trillion.", ("RUB 1.2 trillion", "1200000000000", "Russian ruble"))
    e("Aramco paid a dividend of SAR 73.5 billion.", ("SAR 73.5 billion", "73500000000", "Saudi riyal"))
    e("The utility owes ₴ 2.3 billion to suppliers.", ("₴ 2.3 billion", "2300000000", "Ukrainian hryvnia"))
    e("KazMunayGas raised ₸ 150 bn in bonds.", ("₸ 150 bn", "150000000000", "Kazakhstani tenge"))
    e("Gas costs 0,89 € per cubic metre.", ("0,89 €", "0.89", "Euro"))
    e("the utility will invest 3.5 bln dlrs in the grid .", ("3.5 bln dlrs", "3500000000", "Dollar"))

    a = lambda text, *r: add("Currency", "Auctions", text, *r)
    a("The painting sold for $91.1 million with fees.", ("$91.1 million", "91100000", "Dollar"))
    a("The diamond fetched HK$ 98 million in Hong Kong.", ("HK$ 98 million", "98000000", "Hong Kong dollar"))
    a("The stamp sold for £7.9m to a collector.", ("£7.9m", "7900000", "Pound"))
    a("The Ferrari went for €10.2 million.", ("€10.2 million", "10200000", "Euro"))
    a("The coin fetched 1.2 million Swiss francs.", ("1.2 million Swiss francs", "1200000", "Swiss franc"))
    a("The vase is estimated at 2-3 million yuan.", ("3 million yuan", "3000000", "Chinese yuan"))
    a("The violin sold for JPY 1.2 billion.", ("JPY 1.2 billion", "1200000000", "Japanese yen"))
    a("The Picasso sold for 20 million Deutsche marks in 1989.", ("20 million Deutsche marks", "20000000", "German mark"))
    a("The manuscript fetched 4.5 billion lire.", ("4.5 billion lire", "4500000000", "Lira"))
    a("A Qing bowl sold for CNY 22 million.", ("CNY 22 million", "22000000", "Chinese yuan"))
    a("The watch sold for €1.2m, twice its estimate.", ("€1.2m", "1200000", "Euro"))

    t = lambda text, *r: add("Currency", "Fitness", text, *r)
    t("Membership costs $29.99 a month.", ("$29.99", "29.99", "Dollar"))
    t("A protein bar costs 250 yen in Osaka.", ("250 yen", "250", "Japanese yen"))
    t("The class is 15 euros a session.", ("15 euros", "15", "Euro"))
    t("The race entry fee is 40 Canadian dollars.", ("40 Canadian dollars", "40", "Canadian dollar"))

    s = lambda text, *r: add("Currency", "Shipping", text, *r)
    s("Freight rates hit $14,000 per container.", ("$14,000", "14000", "Dollar"))
    s("The fare is NOK 1 250 one way.", ("NOK 1 250", "1250", "Norwegian krone"))
    s("The airline lost 3.2 bn Singapore dollars.", ("3.2 bn Singapore dollars", "3200000000", "Singapore dollar"))
    s("The toll for the canal is EGP 2.1 million a ship.", ("EGP 2.1 million", "2100000", "Egyptian pound"))
    s("A ferry seat costs 60 dirhams.", ("60 dirhams", "60", "Dirham"))
    s("The ticket costs Rp 1.250.000 to Bali.", ("Rp 1.250.000", "1250000", "Indonesian rupiah"))
    s("Port fees rose to 3,400 Danish kroner.", ("3,400 Danish kroner", "3400", "Danish krone"))

    o = lambda text, *r: add("Currency", "Space", text, *r)
    o("The telescope cost $10bn to build.", ("$10bn", "10000000000", "Dollar"))
    o("The agency's budget is €7.8 billion.", ("€7.8 billion", "7800000000", "Euro"))
    o("The launch cost 67 million US dollars.", ("67 million US dollars", "67000000", "United States dollar"))

    x = lambda text: add("Currency", "NotQuantities", text)
    x("The Model 3 is the best seller.")
    x("The F-150 is built in Michigan.")
    x("Flight EK203 leaves at noon.")
    x("The A320neo burns less fuel.")
    x("The iPhone 15 Pro has a titanium frame.")


def dimension():
    m = lambda text, *r: add("Dimension", "Motoring", text, *r)
    m("The car reaches 62 mph in 4.2 seconds.", ("62 mph", "62", "Mile per hour"))
    m("The engine makes 300 hp.", ("300 hp", "300", "Horsepower"))
    m("The battery holds 82 kWh.", ("82 kWh", "82", "Kilowatt hour"))
    m("The hybrid returns 58 mpg.", ("58 mpg", "58", "Mile per gallon"))
    m("It can tow 3,500 kg.", ("3,500 kg", "3500", "Kilogram"))
    m("The 1.5-litre engine is frugal.", ("1.5-litre", "1.5", "Liter"))
    m("The van has a 400-mile range.", ("400-mile", "400", "Mile"))
    m("The boot holds 520 litres.", ("520 litres", "520", "Liter"))
    m("It tops out at 250 km/h.", ("250 km/h", "250", "Kilometer per hour"))
    m("The car is 4.6 metres long.", ("4.6 metres", "4.6", "Meter"))

    g = lambda text, *r: add("Dimension", "Gadgets", text, *r)
    g("The phone has a 6.7-inch screen.", ("6.7-inch", "6.7", "Inch"))
    g("It ships with 16GB of memory.", ("16GB", "16", "Gigabyte"))
    g("The 1TB model costs more.", ("1TB", "1", "Terabyte"))
    g("The router reaches 2.4 Gbps.", ("2.4 Gbps", "2.4", "Gigabit per second"))
    g("The laptop weighs 1.24 kg.", ("1.24 kg", "1.24", "Kilogram"))
    g("The chip runs at 3.2GHz.", ("3.2GHz", "3.2", "Gigahertz"))
    g("The charger delivers 65 W.", ("65 W", "65", "Watt"))
    g("The phone is 7.9 mm thin.", ("7.9 mm", "7.9", "Millimeter"))
    g("The card reads at 200 MB/s.", ("200 MB/s", "200", "Megabyte per second"))
    g("The chip is built on a 3-nanometre process.", ("3-nanometre", "3", "Nanometer"))
    g("The watch weighs 38.7 grams.", ("38.7 grams", "38.7", "Gram"))
    g("The file is 700 megabytes.", ("700 megabytes", "700", "Megabyte"))

    f = lambda text, *r: add("Dimension", "Farming", text, *r)
    f("The farm covers 640 acres.", ("640 acres", "640", "Acre"))
    f("Growers harvested 2.4 million bushels.", ("2.4 million bushels", "2400000", "Bushel"))
    f("A 25-kilogram sack of rice costs more.", ("25-kilogram", "25", "Kilogram"))
    f("The dairy ships 30,000 gallons a day.", ("30,000 gallons", "30000", "Gallon"))
    f("The field got 40 mm of rain.", ("40 mm", "40", "Millimeter"))
    f("The pumpkin weighed 1,247 pounds.", ("1,247 pounds", "1247", "Pound"))
    f("the ministry bought 500,000 tonnes of wheat .", ("500,000 tonnes", "500000", "Metric ton"))
    f("The estate spans 3,000 hectares.", ("3,000 hectares", "3000", "Hectare"))

    e = lambda text, *r: add("Dimension", "Energy", text, *r)
    e("The plant will produce 1,600 MW.", ("1,600 MW", "1600", "Megawatt"))
    e("The farm generated 4.2 GWh in March.", ("4.2 GWh", "4.2", "Gigawatt hour"))
    e("The line carries 400 kV.", ("400 kV", "400", "Kilovolt"))
    e("The well pumps 12,000 barrels a day.", ("12,000 barrels", "12000", "Barrel"))
    e("The reactor is rated 3.4 gigawatts.", ("3.4 gigawatts", "3.4", "Gigawatt"))
    e("The tank holds 160,000 cubic metres of gas.", ("160,000 cubic metres", "160000", "Cubic meter"))
    e("The typical home uses 2,700 kilowatt hours a year.", ("2,700 kilowatt hours", "2700", "Kilowatt hour"))
    e("The panel produces 400 watts.", ("400 watts", "400", "Watt"))

    s = lambda text, *r: add("Dimension", "Shipping", text, *r)
    s("The ship is 400 metres long.", ("400 metres", "400", "Meter"))
    s("The vessel cruises at 22 knots.", ("22 knots", "22", "Knot"))
    s("The jet climbed to 41,000 feet.", ("41,000 feet", "41000", "Foot"))
    s("The route is 8,000 nautical miles.", ("8,000 nautical miles", "8000", "Nautical mile"))
    s("The plane carries 100 tonnes of cargo.", ("100 tonnes", "100", "Metric ton"))
    s("The canal is 193 km long.", ("193 km", "193", "Kilometer"))
    s("A 300-tonne crane lifted the hull.", ("300-tonne", "300", "Metric ton"))
    s("The drone flew 15 kilometres.", ("15 kilometres", "15", "Kilometer"))

    t = lambda text, *r: add("Dimension", "Fitness", text, *r)
    t("She ran 42.2 kilometres in the heat.", ("42.2 kilometres", "42.2", "Kilometer"))
    t("He lifts 120 kg in the squat.", ("120 kg", "120", "Kilogram"))
    t("Drink two litres of water a day.", ("two litres", "2", "Liter"))
    t("The bar has 20 g of protein.", ("20 g", "20", "Gram"))
    t("The pool is 50 metres long.", ("50 metres", "50", "Meter"))
    t("Add 250 ml of milk.", ("250 ml", "250", "Milliliter"))
    t("He swam 1.5 miles in open water.", ("1.5 miles", "1.5", "Mile"))
    t("The drink has 5 mg of zinc and 80 µg of iodine.", ("5 mg", "5", "Milligram"), ("80 µg", "80", "Microgram"))

    o = lambda text, *r: add("Dimension", "Space", text, *r)
    o("The star is 4.2 light-years away.", ("4.2 light-years", "4.2", "Light year"))
    o("The comet moves at 70 km/s.", ("70 km/s", "70", "Kilometer per second"))
    o("The rover drove 28 miles on Mars.", ("28 miles", "28", "Mile"))
    o("The station orbits 408 km up.", ("408 km", "408", "Kilometer"))
    o("The mirror is 6.5 m across.", ("6.5 m", "6.5", "Meter"))
    o("The rocket burns 2,000 tonnes of fuel.", ("2,000 tonnes", "2000", "Metric ton"))

    a = lambda text, *r: add("Dimension", "Auctions", text, *r)
    a("The diamond weighs 101.38 carats.", ("101.38 carats", "101.38", "Carat"))
    a("The bar holds 400 troy ounces of gold.", ("400 troy ounces", "400", "Troy ounce"))
    a("The canvas is 2.4 metres wide.", ("2.4 metres", "2.4", "Meter"))

    x = lambda text: add("Dimension", "NotQuantities", text)
    x("The Model S was updated in March.")
    x("COVID-19 cases fell.")
    x("The Galaxy S24 went on sale.")
    x("Take the A1 north to Newcastle.")
    x("Version 2.4 of the app fixes the bug.")
    x("The 5G network covers the coast.")


def percent():
    m = lambda text, *r: add("Percent", "Motoring", text, *r)
    m("Electric cars took 16.5% of sales.", ("16.5%", "16.5%"))
    m("The battery charges to 80 percent in 18 minutes.", ("80 percent", "80%"))
    m("Dealers offer 0% finance.", ("0%", "0%"))

    g = lambda text, *r: add("Percent", "Gadgets", text, *r)
    g("Shipments fell 11 per cent in the quarter.", ("11 per cent", "11%"))
    g("The screen is 20 % brighter.", ("20 %", "20%"))
    g("The battery was at two percent.", ("two percent", "2%"))

    j = lambda text, *r: add("Percent", "Jobs", text, *r)
    j("Unemployment rose to 4.2 pct in june .", ("4.2 pct", "4.2%"))
    j("Staff will get a 3.5-percent raise.", ("3.5-percent", "3.5%"))
    j("The employer pays 5 percent into the pension.", ("5 percent", "5%"))

    p = lambda text, *r: add("Percent", "Polls", text, *r)
    p("The poll has a margin of error of 3.1 percentage points.", ("3.1 percentage points", "3.1%"))
    p("Labour leads with 44%, the Tories on 23%.", ("44%", "44%"), ("23%", "23%"))
    p("Turnout was sixty-seven point three per cent.", ("sixty-seven point three per cent", "67.3%"))
    p("Support slipped by half a point to 38 percent.", ("38 percent", "38%"))
    p("The lead narrowed to 2 points, or 2 percent.", ("2 percent", "2%"))
    p("Approval stands at between 40 and 42 per cent.", ("42 per cent", "42%"))

    f = lambda text, *r: add("Percent", "Farming", text, *r)
    f("Wheat prices rose 25% in a month.", ("25%", "25%"))
    f("Grain must be dried to 14 percent moisture.", ("14 percent", "14%"))
    f("GRAIN EXPORTS DOWN 8.3 PCT", ("8.3 PCT", "8.3%"))

    e = lambda text, *r: add("Percent", "Energy", text, *r)
    e("Renewables made up 43.1 percent of supply.", ("43.1 percent", "43.1%"))
    e("Bills will fall by seven per cent.", ("seven per cent", "7%"))
    e("The price cap drops 12 . 5 % in july .", ("12 . 5 %", "12.5%"))

    a = lambda text, *r: add("Percent", "Auctions", text, *r)
    a("The buyer's premium is 26% on the first $1 million.", ("26%", "26%"))
    a("Sales rose 16 per cent on the year.", ("16 per cent", "16%"))

    t = lambda text, *r: add("Percent", "Fitness", text, *r)
    t("The yoghurt has 0.1% fat.", ("0.1%", "0.1%"))
    t("Body fat fell to 18 percent.", ("18 percent", "18%"))

    x = lambda text: add("Percent", "NotQuantities", text)
    x("The 24/7 gym opened in May.")
    x("The poll closes at 9/10 on Friday.")
    x("The 50/50 raffle opens at noon.")


def temperature():
    m = lambda text, *r: add("Temperature", "Motoring", text, *r)
    m("The oil should reach 90C before you push the engine.", ("90C", "90", "C"))
    m("The battery loses range below -10 °C.", ("-10 °C", "-10", "C"))

    g = lambda text, *r: add("Temperature", "Gadgets", text, *r)
    g("The chip throttles at 100 degrees Celsius.", ("100 degrees Celsius", "100", "C"))
    g("The phone works between 0 and 35 °C.", ("35 °C", "35", "C"))
    g("The laptop ran at 95°C under load.", ("95°C", "95", "C"))

    f = lambda text, *r: add("Temperature", "Farming", text, *r)
    f("A frost of minus 4 degrees hit the vines.", ("minus 4 degrees", "-4", "Degree"))
    f("Citrus is damaged below 28 °F.", ("28 °F", "28", "F"))
    f("FROST OF MINUS 3 C DAMAGES CROPS", ("MINUS 3 C", "-3", "C"))

    e = lambda text, *r: add("Temperature", "Energy", text, *r)
    e("Set the thermostat to 18 degrees.", ("18 degrees", "18", "Degree"))
    e("The water leaves the boiler at 60 degrees C.", ("60 degrees C", "60", "C"))
    e("LNG is stored at -162 °C.", ("-162 °C", "-162", "C"))

    t = lambda text, *r: add("Temperature", "Fitness", text, *r)
    t("The sauna is kept at 85 degrees Celsius.", ("85 degrees Celsius", "85", "C"))
    t("Cold plunges at 10C aid recovery.", ("10C", "10", "C"))
    t("Hot yoga is done at 105 degrees Fahrenheit.", ("105 degrees Fahrenheit", "105", "F"))

    o = lambda text, *r: add("Temperature", "Space", text, *r)
    o("Venus's surface is 464 °C.", ("464 °C", "464", "C"))
    o("The sensor is cooled to 7 kelvin.", ("7 kelvin", "7", "K"))
    o("The Sun's surface is about 5,500 degrees Celsius.", ("5,500 degrees Celsius", "5500", "C"))
    o("Nights on the Moon fall to minus 173 degrees Celsius.", ("minus 173 degrees Celsius", "-173", "C"))

    x = lambda text: add("Temperature", "NotQuantities", text)
    x("The car turned 180 degrees on the ice.")
    x("She has a degree in engineering.")
    x("The Model 3 has a 75 kWh battery.")


def age():
    j = lambda text, *r: add("Age", "Jobs", text, *r)
    j("Applicants must be 18 years old.", ("18 years old", "18", "Year"))
    j("The 52-year-old engineer was promoted.", ("52-year-old", "52", "Year"))
    j("The firm, 30 years old this year, is hiring.", ("30 years old", "30", "Year"))

    m = lambda text, *r: add("Age", "Motoring", text, *r)
    m("The 12-year-old car failed its test.", ("12-year-old", "12", "Year"))
    m("The van is only six months old.", ("six months old", "6", "Month"))

    g = lambda text, *r: add("Age", "Gadgets", text, *r)
    g("My laptop is five years old.", ("five years old", "5", "Year"))
    g("A 3-year-old phone still gets updates.", ("3-year-old", "3", "Year"))

    p = lambda text, *r: add("Age", "Polls", text, *r)
    p("The 81-year-old senator is running again.", ("81-year-old", "81", "Year"))
    p("Voters must be 16 years of age.", ("16 years of age", "16", "Year"))

    f = lambda text, *r: add("Age", "Farming", text, *r)
    f("The calves are 10 weeks old.", ("10 weeks old", "10", "Week"))
    f("The 200-year-old farm was sold.", ("200-year-old", "200", "Year"))
    f("The lambs are three days old.", ("three days old", "3", "Day"))

    t = lambda text, *r: add("Age", "Fitness", text, *r)
    t("The 70-year-old runner set a record.", ("70-year-old", "70", "Year"))
    t("The gym's oldest member is 92 years old.", ("92 years old", "92", "Year"))

    o = lambda text, *r: add("Age", "Space", text, *r)
    o("The 46-year-old probe is still sending data.", ("46-year-old", "46", "Year"))

    x = lambda text: add("Age", "NotQuantities", text)
    x("The car comes with a 7-year warranty.")
    x("The 20-year loan on the tractor was repaid.")
    x("The mission lasted 15 years.")
    x("He signed a three-year contract.")


def main():
    SET.write((numbers, ranges, currency, dimension, percent, temperature, age))


if __name__ == "__main__":
    main()
