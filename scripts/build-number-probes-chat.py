#!/usr/bin/env python3
"""Writes the ninth probe set for issue 18, Tests/GlossNumbersTests/Probes/Chat/<Model>Model-<phenomenon>.json.

Written in one sitting by numbers14 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. The eight earlier
sets carry their quantities mostly in news and reports; this one is written the way the
Recognizers-Text spec authors write their English cases: short sentences, many of them questions
or chat (`Can you ...`, `I need ...`, `How much is ...`), numbers in words in full, and each file
one phenomenon bullet of issue 18:
- Words: decimals said with `point`, negative numbers in words, numbers chained with `and` that
  are one number or two, `a hundred`, numbers split across `thousand`/`million`.
- Fractions: a spelled ordinal as denominator, compound ones and their plurals (`three
  twenty-firsts`, `forty-one hundredths`), `out of`, `over` and `in` fractions, mixed numbers,
  and ordinals that are no number.
- Dozens: `half a dozen`, `two dozens of`, `a dozen and a half`, vague `dozens of`.
- Notation: magnitude suffixes, apostrophe grouping, a negative sign, `x 10^`.
- Comparators and bounds: every comparator form (`higher or equal than`, `no more than`, `up to`,
  `equal to`, `between ... and`, `from ... to`), open and half-open bounds joined by `and`/`but`,
  and a bound that is a fraction (`2 in 5`).
- Currencies by name, plural, symbol (`₾ ₭ 元 ₺ ₦ ₱ ₫ ₪`), code, historic ones and minor units;
  amounts in words (`five dollars and fifty cents` is one amount, the documented convention).
- SI prefixes (with `µ` and `μ`), data sizes (bits against bytes), compound speed units,
  temperatures in words, ages in words.

Expected values follow the conventions docs/accuracy.md states (a range includes both ends; a unit
model is given a range's ends written with their unit; NumberModel lists every cardinal and
fraction but no ordinal and no numeral fused to a unit; `1 in 4` is one ratio), CLDR's English
currency names (`Georgian Lari`, `Laotian Kip`), a currency word that several currencies of the
table end with named by that word (`Franc`, `Lira`, `Escudo`, `Guilder`; `pesetas` is the Spanish
peseta alone: the table has no other), SI names in American spelling (`Microsecond`,
`Kilopascal`), `X per Y` for compound units. The first score on the unchanged stage is in
numbers14's report; cases are not edited after a failure is seen, except an expectation that was
the writer's own error against those conventions, in its own commit.

    python3 scripts/build-number-probes-chat.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Chat")
add = SET.add

THIRD = "0.3333333333333333"


def number_words():
    n = lambda text, *r: add("Number", "Words", text, *r)
    n("What is two hundred point zero five plus one?", ("two hundred point zero five", "200.05"), ("one", "1"))
    n("Can you round eighteen point seven five for me?", ("eighteen point seven five", "18.75"))
    n("My score was ninety-nine point nine.", ("ninety-nine point nine", "99.9"))
    n("The answer is negative three point two.", ("negative three point two", "-3.2"))
    n("Type in minus four point five please.", ("minus four point five", "-4.5"))
    n("I counted one hundred and twenty-one sheep last night.", ("one hundred and twenty-one", "121"))
    n("Three thousand and forty tickets were sold.", ("Three thousand and forty", "3040"))
    n("Please add five and seven together.", ("five", "5"), ("seven", "7"))
    n("One million two hundred thousand people live there.", ("One million two hundred thousand", "1200000"))
    n("There were a hundred and one dalmatians in the film.", ("a hundred and one", "101"))
    n("Is two thousand and nineteen bigger than two thousand and nine?",
      ("two thousand and nineteen", "2019"), ("two thousand and nine", "2009"))
    n("I have a thousand questions for you.", ("a thousand", "1000"))
    n("Write down nine hundred ninety-nine thousand nine hundred ninety-nine.",
      ("nine hundred ninety-nine thousand nine hundred ninety-nine", "999999"))
    n("How do you spell one point zero zero one?", ("one point zero zero one", "1.001"))
    n("twelve thousand three hundred and forty five point six seven", ("twelve thousand three hundred and forty five point six seven", "12345.67"))
    n("She said three hundred, and I said four hundred.", ("three hundred", "300"), ("four hundred", "400"))
    n("I bought 1 hundred apples.", ("1 hundred", "100"))
    n("The town has 3 thousand residents.", ("3 thousand", "3000"))


def number_fractions():
    n = lambda text, *r: add("Number", "Fractions", text, *r)
    n("I ate one third of the pizza.", ("one third", THIRD))
    n("Only one twentieth of the votes were counted.", ("one twentieth", "0.05"))
    n("Is two hundredths bigger than one tenth?", ("two hundredths", "0.02"), ("one tenth", "0.1"))
    n("The bolt is seven thirty-seconds of an inch wide.", ("seven thirty-seconds", "0.21875"))
    n("Forty-one hundredths is the same as 0.41.", ("Forty-one hundredths", "0.41"), ("0.41", "0.41"))
    n("What is three twenty-firsts as a decimal?", ("three twenty-firsts", "0.14285714285714285"))
    n("Can you give me one twenty-first of it?", ("one twenty-first", "0.047619047619047616"))
    n("Three thousandths of a gram is tiny.", ("Three thousandths", "0.003"))
    n("It costs two millionths of a cent.", ("two millionths", "0.000002"))
    n("I need one and a quarter cups of flour.", ("one and a quarter", "1.25"))
    n("He walked two and three quarters miles.", ("two and three quarters", "2.75"))
    n("Five eighths of the class passed.", ("Five eighths", "0.625"))
    n("What's one over three?", ("one over three", THIRD))
    n("Simplify 7 over 21 for me.", ("7 over 21", THIRD))
    n("I got eight out of ten questions right.", ("eight out of ten", "0.8"))
    n("Only 45 out of 50 seats were filled.", ("45 out of 50", "0.9"))
    n("One in three people will get it.", ("One in three", THIRD))
    n("So 4 in 5 users agreed?", ("4 in 5", "0.8"))
    n("Mix in 1/3 of the sugar first.", ("1/3", THIRD))
    n("Add 2 1/2 cups of milk.", ("2 1/2", "2.5"))
    n("A quarter of the staff left.", ("A quarter", "0.25"))
    n("Nine tenths of the work is done.", ("Nine tenths", "0.9"))
    n("She finished third in the race.")
    n("This is my second cup of coffee.")
    n("The 21st century began in 2001.", ("2001", "2001"))


def number_dozens():
    n = lambda text, *r: add("Number", "Dozens", text, *r)
    n("Can I get a dozen eggs and half a dozen muffins?", ("a dozen", "12"), ("half a dozen", "6"))
    n("I need three dozens of roses for Friday.", ("three dozens", "36"))
    n("Give me one dozen please.", ("one dozen", "12"))
    n("She bought half-a-dozen bagels.", ("half-a-dozen", "6"))
    n("We made a dozen and a half cupcakes.", ("a dozen and a half", "18"))
    n("How many is five dozen?", ("five dozen", "60"))
    n("Twenty dozen pencils arrived today.", ("Twenty dozen", "240"))
    n("Dozens of people came to the party.")


def number_notation():
    n = lambda text, *r: add("Number", "Notation", text, *r)
    n("The video got 1.2k likes.", ("1.2k", "1200"))
    n("He has 15K followers now.", ("15K", "15000"))
    n("Is 1'000'000 a million?", ("1'000'000", "1000000"), ("a million", "1000000"))
    n("My balance is -250 right now.", ("-250", "-250"))
    n("What is 6.02 x 10^23 divided by 2?", ("6.02 x 10^23", "602000000000000000000000"), ("2", "2"))
    n("The answer is 3.5e-4.", ("3.5e-4", "0.00035"))
    n("I wrote 1,234,567.89 on the cheque.", ("1,234,567.89", "1234567.89"))
    n("We need 2.5 billion to finish it.", ("2.5 billion", "2500000000"))
    n("See you at 5:30 tomorrow.")


def ranges_comparators():
    r = lambda text, *x: add("NumberRange", "Comparators", text, *x)
    r("Is the price higher or equal than 50?", ("higher or equal than 50", "[50,)"))
    r("Show me the numbers that are no more than 200.", ("no more than 200", "(,200]"))
    r("I want a number that is more than 100.", ("more than 100", "(100,)"))
    r("Pick something less than 20.", ("less than 20", "(,20)"))
    r("We need at least three volunteers.", ("at least three", "[3,)"))
    r("You can bring at most 8 guests.", ("at most 8", "(,8]"))
    r("The bag holds up to 40 books.", ("up to 40", "(,40]"))
    r("Kids under 12 eat free.", ("under 12", "(,12)"))
    r("Anything above 50 is fine.", ("above 50", "(50,)"))
    r("Values below 0 are errors.", ("below 0", "(,0)"))
    r("There were fewer than ten of us.", ("fewer than ten", "(,10)"))
    r("Is it no less than five?", ("no less than five", "[5,)"))
    r("Keep it not more than twelve.", ("not more than twelve", "(,12]"))
    r("Find values equal to or greater than 60.", ("equal to or greater than 60", "[60,)"))
    r("Find values equal to or less than 60.", ("equal to or less than 60", "(,60]"))
    r("Is it bigger than 15?", ("bigger than 15", "(15,)"))
    r("Is it smaller than 3?", ("smaller than 3", "(,3)"))
    r("Can I invite 30 or more people?", ("30 or more", "[30,)"))
    r("Groups of 5 or fewer are allowed.", ("5 or fewer", "(,5]"))
    r("Children 6 and above need a ticket.", ("6 and above", "[6,)"))
    r("Which numbers are equal to 30?", ("equal to 30", "[30,30]"))
    r("Any number less than or equal to forty-two works.", ("less than or equal to forty-two", "(,42]"))
    r("I have more than a hundred stamps.", ("more than a hundred", "(100,)"))
    r("Is the total greater or equal to 18?", ("greater or equal to 18", "[18,)"))
    r("Is it lower or equal than nine?", ("lower or equal than nine", "(,9]"))
    r("The score must be no fewer than 70.", ("no fewer than 70", "[70,)"))


def ranges_between():
    r = lambda text, *x: add("NumberRange", "Between", text, *x)
    r("I want something between 20 and 30.", ("between 20 and 30", "[20,30]"))
    r("Count from five to ten.", ("from five to ten", "[5,10]"))
    r("Pick a number between one hundred and two hundred.", ("between one hundred and two hundred", "[100,200]"))
    r("It costs from 1,000 to 2,000.", ("from 1,000 to 2,000", "[1000,2000]"))
    r("Ages 10-20 may apply.", ("10-20", "[10,20]"))
    r("Give me a number larger than 1000 and smaller than 2000.",
      ("larger than 1000 and smaller than 2000", "(1000,2000)"))
    r("It should be more than 10 but less than or equal to 20.",
      ("more than 10 but less than or equal to 20", "(10,20]"))
    r("Choose at least 4 and less than 9.", ("at least 4 and less than 9", "[4,9)"))
    r("Expect twenty to thirty people.", ("twenty to thirty", "[20,30]"))
    r("The result is between 0.5 and 1.5.", ("between 0.5 and 1.5", "[0.5,1.5]"))
    r("Is 2 in 5 a good ratio?")
    r("I got eight out of ten questions right, she said.")


def currency_names():
    c = lambda text, *x: add("Currency", "Names", text, *x)
    c("I paid five dollars and fifty cents for it.", ("five dollars and fifty cents", "5.5", "Dollar"))
    c("That will be twenty-five cents.", ("twenty-five cents", "25", "Cent"))
    c("Can you lend me two hundred euros?", ("two hundred euros", "200", "Euro"))
    c("It only costs one euro.", ("one euro", "1", "Euro"))
    c("A coffee is a hundred yen here.", ("a hundred yen", "100", "Japanese yen"))
    c("I sent her ten Canadian dollars.", ("ten Canadian dollars", "10", "Canadian dollar"))
    c("The room is 30 Australian dollars a night.", ("30 Australian dollars", "30", "Australian dollar"))
    c("I changed 1,000 rupees at the airport.", ("1,000 rupees", "1000", "Rupee"))
    c("How much is 5 yuan?", ("5 yuan", "5", "Chinese yuan"))
    c("He won a million dollars!", ("a million dollars", "1000000", "Dollar"))
    c("They raised two point five million pounds.", ("two point five million pounds", "2500000", "Pound"))
    c("The ticket was 45 Mexican pesos.", ("45 Mexican pesos", "45", "Mexican peso"))
    c("A meal costs 60 Turkish lira.", ("60 Turkish lira", "60", "Turkish lira"))
    c("I owe you three thousand won.", ("three thousand won", "3000", "South Korean won"))


def currency_symbols():
    c = lambda text, *x: add("Currency", "Symbols", text, *x)
    c("Is ₾50 enough for a taxi?", ("₾50", "50", "Georgian Lari"))
    c("A bowl of noodles is ₭10,000.", ("₭10,000", "10000", "Laotian Kip"))
    c("The dress was 100元 on sale.", ("100元", "100", "Chinese Yuan"))
    c("Can I pay ₺75 by card?", ("₺75", "75", "Turkish Lira"))
    c("The book costs ₦500.", ("₦500", "500", "Nigerian Naira"))
    c("Lunch was only ₱250.", ("₱250", "250", "Philippine Peso"))
    c("A coffee in Hanoi is ₫20,000.", ("₫20,000", "20000", "Vietnamese Dong"))
    c("The bus fare is ₪6.", ("₪6", "6", "Israeli New Shekel"))
    c("Do you have $5.99?", ("$5.99", "5.99", "Dollar"))
    c("It's £3.50 for a pint.", ("£3.50", "3.5", "Pound"))
    c("I found €20 on the floor!", ("€20", "20", "Euro"))
    c("The fee is US$ 30 per person.", ("US$ 30", "30", "United States dollar"))
    c("Can you send USD 45 today?", ("USD 45", "45", "United States dollar"))
    c("That's 120 CHF in total.", ("120 CHF", "120", "Swiss franc"))
    c("We spent $1.5 million on it.", ("$1.5 million", "1500000", "Dollar"))
    c("The flat sold for £2m.", ("£2m", "2000000", "Pound"))


def currency_historic():
    c = lambda text, *x: add("Currency", "Historic", text, *x)
    c("Back then a loaf cost 10 francs.", ("10 francs", "10", "Franc"))
    c("My grandfather paid 100 Deutsche Marks for it.", ("100 Deutsche Marks", "100", "German mark"))
    c("In 1995 a coffee was 2,000 lire.", ("2,000 lire", "2000", "Lira"))
    c("The hotel cost 5,000 pesetas a night.", ("5,000 pesetas", "5000", "Spanish peseta"))
    c("Dinner was 3,000 escudos in Lisbon.", ("3,000 escudos", "3000", "Escudo"))
    c("A tram ticket cost 3 guilders.", ("3 guilders", "3", "Guilder"))
    c("The sauna cost 40 markkaa.", ("40 markkaa", "40", "Finnish markka"))
    c("He saved 500 French francs.", ("500 French francs", "500", "French franc"))
    c("It was worth 20 Austrian schillings.", ("20 Austrian schillings", "20", "Austrian schilling"))
    c("The fine was 200 Irish pounds.", ("200 Irish pounds", "200", "Irish pound"))


def currency_minor():
    c = lambda text, *x: add("Currency", "MinorUnits", text, *x)
    c("The stamp costs 99 cents.", ("99 cents", "99", "Cent"))
    c("Can I borrow 50 pence?", ("50 pence", "50", "Pence"))
    c("It is one penny cheaper.", ("one penny", "1", "Penny"))
    c("Bread went up 20 kopeks.", ("20 kopeks", "20", "Kopek"))
    c("The chewing gum is 10 centimes.", ("10 centimes", "10", "Centime"))
    c("Tips of 5 cents are rude.", ("5 cents", "5", "Cent"))
    c("He had 3 dollars and 25 cents left.", ("3 dollars and 25 cents", "3.25", "Dollar"))
    c("I will call you at 9 tonight.")
    c("Where can I change money?")


def dimension_prefixes():
    d = lambda text, *x: add("Dimension", "SIPrefixes", text, *x)
    d("The coil is rated at 3 µH.", ("3 µH", "3", "Microhenry"))
    d("A current of 10 µA flows through it.", ("10 µA", "10", "Microampere"))
    d("The signal is 5 μV at most.", ("5 μV", "5", "Microvolt"))
    d("The screen is 30 cm wide.", ("30 cm", "30", "Centimeter"))
    d("The chip runs at 3 GHz.", ("3 GHz", "3", "Gigahertz"))
    d("The turbine makes 2 MW of power.", ("2 MW", "2", "Megawatt"))
    d("Pump the tyre to 220 kPa.", ("220 kPa", "220", "Kilopascal"))
    d("The flash delivers 300 mJ.", ("300 mJ", "300", "Millijoule"))
    d("The cable can hold 7 kN.", ("7 kN", "7", "Kilonewton"))
    d("Add 5 decilitres of water.", ("5 decilitres", "5", "Deciliter"))
    d("Each pill has 3 centigrams of salt.", ("3 centigrams", "3", "Centigram"))
    d("The hair is 70 micrometres thick.", ("70 micrometres", "70", "Micrometer"))
    d("It weighs twenty nanograms.", ("twenty nanograms", "20", "Nanogram"))
    d("The drop is 0.2 µL.", ("0.2 µL", "0.2", "Microliter"))
    d("A 40 mA charge is enough.", ("40 mA", "40", "Milliampere"))


def dimension_data():
    d = lambda text, *x: add("Dimension", "DataSizes", text, *x)
    d("My phone has 64 gigabytes of storage.", ("64 gigabytes", "64", "Gigabyte"))
    d("Is 100 megabits per second fast?", ("100 megabits per second", "100", "Megabit per second"))
    d("The movie file is 700 MB.", ("700 MB", "700", "Megabyte"))
    d("The image is only 4 KB.", ("4 KB", "4", "Kilobyte"))
    d("Each cell stores 8 Kb.", ("8 Kb", "8", "Kilobit"))
    d("I bought a 1 TB drive.", ("1 TB", "1", "Terabyte"))
    d("A char is 16 bits here.", ("16 bits", "16", "Bit"))
    d("The header takes two bytes.", ("two bytes", "2", "Byte"))
    d("Can you send the 2 GB file?", ("2 GB", "2", "Gigabyte"))
    d("The plan gives you 5 gigabits a month.", ("5 gigabits", "5", "Gigabit"))
    d("Our line does 1.5 Gbps.", ("1.5 Gbps", "1.5", "Gigabit per second"))
    d("The download speed is 20 Mbps.", ("20 Mbps", "20", "Megabit per second"))
    d("The disk holds three terabytes.", ("three terabytes", "3", "Terabyte"))
    d("The key is 128 bit.", ("128 bit", "128", "Bit"))


def dimension_speed():
    d = lambda text, *x: add("Dimension", "Speed", text, *x)
    d("How fast is 100 kilometers per hour?", ("100 kilometers per hour", "100", "Kilometer per hour"))
    d("I was riding at 25 km/h.", ("25 km/h", "25", "Kilometer per hour"))
    d("Sound moves at 343 m/s in air.", ("343 m/s", "343", "Meter per second"))
    d("The speed limit is 30 mph.", ("30 mph", "30", "Mile per hour"))
    d("The boat does ten knots.", ("ten knots", "10", "Knot"))
    d("The ball left at 90 feet per second.", ("90 feet per second", "90", "Foot per second"))
    d("We drove at 80 kph the whole way.", ("80 kph", "80", "Kilometer per hour"))
    d("He ran at twelve miles an hour.", ("twelve miles an hour", "12", "Mile per hour"))
    d("Is sixty kilometres an hour too slow?", ("sixty kilometres an hour", "60", "Kilometer per hour"))


def dimension_measures():
    d = lambda text, *x: add("Dimension", "Measures", text, *x)
    d("I walked three miles today.", ("three miles", "3", "Mile"))
    d("How far is ten kilometers?", ("ten kilometers", "10", "Kilometer"))
    d("We did a 5-kilometre run.", ("5-kilometre", "5", "Kilometer"))
    d("The room is two square meters.", ("two square meters", "2", "Square meter"))
    d("The flat is 1,200 square feet.", ("1,200 square feet", "1200", "Square foot"))
    d("They own 40 acres of land.", ("40 acres", "40", "Acre"))
    d("It's two and a half miles from here.", ("two and a half miles", "2.5", "Mile"))
    d("I weigh 70 kilograms.", ("70 kilograms", "70", "Kilogram"))
    d("Grab a 20-pound bag of rice.", ("20-pound", "20", "Pound"))
    d("Add 3 ounces of cheese.", ("3 ounces", "3", "Ounce"))
    d("The truck carries five tonnes.", ("five tonnes", "5", "Metric ton"))
    d("Drink two liters of water a day.", ("two liters", "2", "Liter"))
    d("The tank holds 3 gallons.", ("3 gallons", "3", "Gallon"))
    d("Pour 500 ml into the pot.", ("500 ml", "500", "Milliliter"))
    d("We bought a two-litre bottle.", ("two-litre", "2", "Liter"))
    d("It is a three-ton truck.", ("three-ton", "3", "Ton"))
    d("The pool is 25 metres long.", ("25 metres", "25", "Meter"))
    d("I'll be there in 5 minutes.")
    d("Turn left after 2 blocks.")


def percent():
    p = lambda group, text, *x: add("Percent", group, text, *x)
    p("Words", "What is 20 percent of 50?", ("20 percent", "20%"))
    p("Words", "I got twenty-five percent off.", ("twenty-five percent", "25%"))
    p("Words", "Fifty per cent of them agreed.", ("Fifty per cent", "50%"))
    p("Words", "I am one hundred percent sure.", ("one hundred percent", "100%"))
    p("Words", "It went up three percentage points.", ("three percentage points", "3%"))
    p("Words", "Rates rose forty point five percent.", ("forty point five percent", "40.5%"))
    p("Words", "Is minus 3 percent a loss?", ("minus 3 percent", "-3%"))
    p("Words", "a hundred percent of the seats are taken", ("a hundred percent", "100%"))
    p("Words", "The tax is nine and a half percent.", ("nine and a half percent", "9.5%"))
    p("Notation", "Is 15% a good tip?", ("15%", "15%"))
    p("Notation", "Battery at 5.5% now.", ("5.5%", "5.5%"))
    p("Notation", "Growth was 10 pct last year.", ("10 pct", "10%"))
    p("Notation", "Save 30 % today!", ("30 %", "30%"))
    p("Notation", "Did it drop -2%?", ("-2%", "-2%"))
    p("Notation", "Between 5% and 10% of users left.", ("5%", "5%"), ("10%", "10%"))
    p("Notation", "Inflation is 2 to 3 percent.", ("3 percent", "3%"))
    p("NotQuantities", "One in five people said yes.")
    p("NotQuantities", "My score was 80 out of 100.")
    p("NotQuantities", "Half of them left early.")


def temperature():
    t = lambda group, text, *x: add("Temperature", group, text, *x)
    t("Words", "It's seventy degrees Fahrenheit outside.", ("seventy degrees Fahrenheit", "70", "F"))
    t("Words", "Is twenty-two degrees Celsius warm?", ("twenty-two degrees Celsius", "22", "C"))
    t("Words", "Last night it was minus ten degrees.", ("minus ten degrees", "-10", "Degree"))
    t("Words", "Keep the oven at four hundred degrees.", ("four hundred degrees", "400", "Degree"))
    t("Words", "It is eighty five degrees fahrenheit today.", ("eighty five degrees fahrenheit", "85", "F"))
    t("Words", "It dropped to minus twelve Celsius.", ("minus twelve Celsius", "-12", "C"))
    t("Words", "The room is two hundred and ninety-five kelvin.", ("two hundred and ninety-five kelvin", "295", "K"))
    t("Words", "Water freezes at thirty-two degrees F.", ("thirty-two degrees F", "32", "F"))
    t("Words", "A fever of one hundred and two degrees is high.", ("one hundred and two degrees", "102", "Degree"))
    t("Symbols", "Set the thermostat to 68 °F.", ("68 °F", "68", "F"))
    t("Symbols", "It was 5°C this morning.", ("5°C", "5", "C"))
    t("Symbols", "Water boils at 212°F at sea level.", ("212°F", "212", "F"))
    t("Symbols", "Can you heat it to 40 degrees centigrade?", ("40 degrees centigrade", "40", "C"))
    t("Symbols", "It was -5 degrees Celsius in the morning.", ("-5 degrees Celsius", "-5", "C"))
    t("Symbols", "His temperature is 98.6 degrees.", ("98.6 degrees", "98.6", "Degree"))
    t("NotQuantities", "Make a 180-degree turn here.")
    t("NotQuantities", "She has a degree in physics.")


def age():
    a = lambda group, text, *x: add("Age", group, text, *x)
    a("Words", "I am twenty-five years old.", ("twenty-five years old", "25", "Year"))
    a("Words", "My daughter is three months old.", ("three months old", "3", "Month"))
    a("Words", "How old is a 10 year old dog in human years?", ("10 year old", "10", "Year"))
    a("Words", "The baby is eight weeks old.", ("eight weeks old", "8", "Week"))
    a("Words", "We adopted a 2-day-old puppy.", ("2-day-old", "2", "Day"))
    a("Words", "Grandma turned one hundred and one years old.", ("one hundred and one years old", "101", "Year"))
    a("Words", "She's nine and a half years old.", ("nine and a half years old", "9.5", "Year"))
    a("Words", "He is forty years of age.", ("forty years of age", "40", "Year"))
    a("Words", "The kitten is six weeks old now.", ("six weeks old", "6", "Week"))
    a("Words", "A fifteen-year-old won the contest.", ("fifteen-year-old", "15", "Year"))
    a("Words", "Is a seven-month-old baby allowed?", ("seven-month-old", "7", "Month"))
    a("NotQuantities", "Ten years ago we met in Paris.")
    a("NotQuantities", "He signed a 3-year contract.")
    a("NotQuantities", "I waited two hours for the bus.")


def main():
    SET.write((number_words, number_fractions, number_dozens, number_notation, ranges_comparators, ranges_between,
               currency_names, currency_symbols, currency_historic, currency_minor, dimension_prefixes, dimension_data,
               dimension_speed, dimension_measures, percent, temperature, age))


if __name__ == "__main__":
    main()
