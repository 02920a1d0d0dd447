#!/usr/bin/env python3
"""Writes the fifteenth probe set for issue 18, Tests/GlossNumbersTests/Probes/Layouts/<Model>Model-<family>.json.

Written in one sitting by numbers22 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. The fourteen earlier
sets were read only as lists of inputs and unit names, to keep their naming and to leave out what they
hold. They carry a quantity mostly alone in running prose; of their 3,582 inputs four restate a
quantity in brackets, one says `respectively`, none is a row of a table, a bullet, a `key: value` line
or a list of amounts sharing one unit. News pages write quantities in exactly those layouts, so this
set carries issue 18's phenomena in them, by family:
- Conversions: a quantity restated in brackets, after a slash, `or` or `about`, in another unit,
  currency or notation (`12 miles (19 km)`, `£5m ($6.3m)`, `a 10-foot (3-metre) wall`, `30C (86F)`,
  `1,000 yen (about $7)`); each side is its own mention.
- Lists: coordinated amounts with the unit, sign or scale written once or each time, semicolon lists,
  `respectively`, `each` (`5, 10 and 15 percent`, `$3, $4 and $5`, `2 and 3 kg`).
- Tables: a quantity in a table row (`|` or tab between cells), a bullet (`•`, `-`, `*`), a
  `key: value` line, a caption, a headline with a colon, a question and its answer.
- NotQuantities per model: what such layouts hold that is no quantity of the model (list labels
  `1.` and `(b)`, `Table 4`, `Figure 2`, `No. 5`, `#1`, footnote markers `[12]`, pages `p. 12`, ratings
  such as `4/5`, dates and times in a row).

Expected values follow docs/accuracy.md's conventions: a range includes both ends; a unit model is given
a range's ends written with their unit; a unit, sign or scale written once after the last (or a sign
before the first) of coordinated amounts belongs to each when the amounts are alike; NumberModel lists
cardinals and fractions, not ordinals, dates, times, years, scores or a number after a label, and not a
numeral fused to its unit; a sign alone is `Dollar` or `Pound`; metric units by prefix and base in
American spelling; a currency's unit is its CLDR English name. The first score on the unchanged stage is
in numbers22's report; cases are not edited after a failure is seen, except an expectation that was the
writer's own error against those conventions, in its own commit.

    python3 scripts/build-number-probes-layouts.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Layouts")
add = SET.add


def numbers():
    c = lambda text, *r: add("Number", "Conversions", text, *r)
    c("The trail is 12 miles (19 kilometres) long.", ("12", "12"), ("19", "19"))
    c("The port handled 2,000 (two thousand) boxes.", ("2,000", "2000"), ("two thousand", "2000"))
    c("Some 1.5 million (15 lakh) pilgrims attended.", ("1.5 million", "1500000"), ("15 lakh", "1500000"))
    c("A dozen (12) eggs were broken.", ("A dozen", "12"), ("12", "12"))
    c("The survey covered 4,500 households (about 18,000 people).", ("4,500", "4500"), ("18,000", "18000"))
    c("The fleet grew to 240 / 250 aircraft.", ("240", "240"), ("250", "250"))
    c("The charity fed 3.2m (3,200,000) children.", ("3.2m", "3200000"), ("3,200,000", "3200000"))

    l = lambda text, *r: add("Number", "Lists", text, *r)
    l("The panels hold 3, 5 and 8 members.", ("3", "3"), ("5", "5"), ("8", "8"))
    l("Teams of two, four or six players are allowed.", ("two", "2"), ("four", "4"), ("six", "6"))
    l("Grants went to 14 schools; 22 clinics; and 9 libraries.", ("14", "14"), ("22", "22"), ("9", "9"))
    l("The two boxes held 40 and 60 apples respectively.", ("two", "2"), ("40", "40"), ("60", "60"))
    l("Each of the 12 teams fields 11 players.", ("12", "12"), ("11", "11"))
    l("It sold 1.2 million, 1.5 million and 1.9 million copies.", ("1.2 million", "1200000"),
      ("1.5 million", "1500000"), ("1.9 million", "1900000"))
    l("Votes cast: 8,412, 7,905 and 6,230.", ("8,412", "8412"), ("7,905", "7905"), ("6,230", "6230"))
    l("Ten, twenty or thirty volunteers will do.", ("Ten", "10"), ("twenty", "20"), ("thirty", "30"))
    l("the plants employ 1,200 ; 950 ; and 430 people .", ("1,200", "1200"), ("950", "950"), ("430", "430"))

    t = lambda text, *r: add("Number", "Tables", text, *r)
    t("Attendance: 41,200", ("41,200", "41200"))
    t("Wins | 24 | Losses | 9", ("24", "24"), ("9", "9"))
    t("• 3 new stores opened", ("3", "3"))
    t("Population\t52,310", ("52,310", "52310"))
    t("Beds: 120 • Staff: 340", ("120", "120"), ("340", "340"))
    t("Q: How many seats are there? A: 450.", ("450", "450"))
    t("- 17 arrests were made", ("17", "17"))
    t("Units sold | 12,400 | 10,900", ("12,400", "12400"), ("10,900", "10900"))
    t("Caption: Some 600 workers at the plant.", ("600", "600"))
    t("Shares outstanding .......... 1,204,500", ("1,204,500", "1204500"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("See Table 4 for details.")
    x("Figure 2 shows the trend.")
    x("1. Open the lid.")
    x("(b) the seller must pay the fee.")
    x("The claim is set out on p. 12 of the report.")
    x("The song reached No. 5 in the charts.")
    x("Opening hours: 09:00-17:30")


def ranges():
    c = lambda text, *r: add("NumberRange", "Conversions", text, *r)
    c("The crowd was put at 5,000-6,000 (police) or 10,000 (organisers).", ("5,000-6,000", "[5000,6000]"))
    c("Forecasters see 8 to 10 (up from 6 to 8) storms.", ("8 to 10", "[8,10]"), ("from 6 to 8", "[6,8]"))

    l = lambda text, *r: add("NumberRange", "Lists", text, *r)
    l("Classes hold 10-15, 20-25 or 30-35 pupils.", ("10-15", "[10,15]"), ("20-25", "[20,25]"),
      ("30-35", "[30,35]"))
    l("Bids came in at more than 40 and fewer than 60.", ("more than 40 and fewer than 60", "(40,60)"))
    l("The hubs need between 50 and 80 staff each.", ("between 50 and 80", "[50,80]"))
    l("Groups of 3 to 5 and 7 to 9 were formed.", ("3 to 5", "[3,5]"), ("7 to 9", "[7,9]"))

    t = lambda text, *r: add("NumberRange", "Tables", text, *r)
    t("Guests: 150-200", ("150-200", "[150,200]"))
    t("Expected turnout | 40 to 45", ("40 to 45", "[40,45]"))
    t("• more than 300 jobs at risk", ("more than 300", "(300,)"))
    t("Capacity: up to 80", ("up to 80", "(,80]"))
    t("Price range: 10-12", ("10-12", "[10,12]"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("See pages 4-6 of the filing.")
    x("Read chapters 3 to 5 before Monday.")
    x("The office is open 9-5 on weekdays.")
    x("Arsenal 2-1 Chelsea")


def currency():
    c = lambda text, *r: add("Currency", "Conversions", text, *r)
    c("The club paid £5m ($6.3m) for him.", ("£5m", "5000000", "Pound"), ("$6.3m", "6300000", "Dollar"))
    c("A ticket costs 1,000 yen (about $7).", ("1,000 yen", "1000", "Japanese yen"), ("$7", "7", "Dollar"))
    c("The deal is worth €10bn/$11bn.", ("€10bn", "10000000000", "Euro"), ("$11bn", "11000000000", "Dollar"))
    c("It raised A$1.5 billion (US$1 billion).", ("A$1.5 billion", "1500000000", "Australian dollar"),
      ("US$1 billion", "1000000000", "United States dollar"))
    c("Fines of 500 francs ($85) were imposed.", ("500 francs", "500", "Franc"), ("$85", "85", "Dollar"))
    c("The budget is Rs 500 crore ($60 million).", ("Rs 500 crore", "5000000000", "Rupee"),
      ("$60 million", "60000000", "Dollar"))
    c("He earns 40,000 Swiss francs, or about $45,000, a year.",
      ("40,000 Swiss francs", "40000", "Swiss franc"), ("$45,000", "45000", "Dollar"))
    c("The bill came to 2 million won ($1,500).", ("2 million won", "2000000", "South Korean won"),
      ("$1,500", "1500", "Dollar"))
    c("a 50-cent (30p) stamp", ("50-cent", "50", "Cent"), ("30p", "30", "Pence"))
    c("The house sold for 1.2 million marks (about 700,000 dollars) in 1990.",
      ("1.2 million marks", "1200000", "Mark"), ("700,000 dollars", "700000", "Dollar"))
    c("Tickets are HK$500 (US$64).", ("HK$500", "500", "Hong Kong dollar"), ("US$64", "64", "United States dollar"))
    c("it paid 3.5 mln stg ( 5.6 mln dlrs ) for the stake .", ("3.5 mln stg", "3500000", "British pound"),
      ("5.6 mln dlrs", "5600000", "Dollar"))

    l = lambda text, *r: add("Currency", "Lists", text, *r)
    l("Seats cost $3, $4 and $5.", ("$3", "3", "Dollar"), ("$4", "4", "Dollar"), ("$5", "5", "Dollar"))
    l("The funds got £2m, £3m and £4m respectively.", ("£2m", "2000000", "Pound"), ("£3m", "3000000", "Pound"),
      ("£4m", "4000000", "Pound"))
    l("Prizes of €100, 200 and 500 were handed out.", ("€100", "100", "Euro"), ("200", "200", "Euro"),
      ("500", "500", "Euro"))
    l("The units cost 20, 25 or 30 euros.", ("20", "20", "Euro"), ("25", "25", "Euro"), ("30 euros", "30", "Euro"))
    l("Bonds worth 5 and 7 billion dollars were sold.", ("5", "5000000000", "Dollar"),
      ("7 billion dollars", "7000000000", "Dollar"))
    l("It paid $1.20 a share; $1.35 in 2021; and $1.50 in 2022.", ("$1.20", "1.2", "Dollar"),
      ("$1.35", "1.35", "Dollar"), ("$1.50", "1.5", "Dollar"))
    l("Each of the 4 winners gets $2,500.", ("$2,500", "2500", "Dollar"))
    l("it raised 10 mln , 15 mln and 20 mln dlrs in three offers .", ("10 mln", "10000000", "Dollar"),
      ("15 mln", "15000000", "Dollar"), ("20 mln dlrs", "20000000", "Dollar"))

    t = lambda text, *r: add("Currency", "Tables", text, *r)
    t("Revenue: $4.2bn", ("$4.2bn", "4200000000", "Dollar"))
    t("Net profit | €312m | €287m", ("€312m", "312000000", "Euro"), ("€287m", "287000000", "Euro"))
    t("• Price: £19.99", ("£19.99", "19.99", "Pound"))
    t("Salary\t$85,000", ("$85,000", "85000", "Dollar"))
    t("- Fee: 250 Swiss francs", ("250 Swiss francs", "250", "Swiss franc"))
    t("BUDGET: $1.1 TRILLION", ("$1.1 TRILLION", "1100000000000", "Dollar"))
    t("Dividend per share | 45c | 40c", ("45c", "45", "Cent"), ("40c", "40", "Cent"))
    t("Q: What does it cost? A: 12 euros.", ("12 euros", "12", "Euro"))
    t("Total cost .......... $2,400", ("$2,400", "2400", "Dollar"))

    x = lambda text: add("Currency", "NotQuantities", text)
    x("See Note 12 to the accounts.")
    x("Item 7: Management's discussion")
    x("The film is rated 4/5 by critics.")
    x("(c) the buyer may cancel within 14 days.")


def dimension():
    c = lambda text, *r: add("Dimension", "Conversions", text, *r)
    c("The trail is 12 miles (19 km) long.", ("12 miles", "12", "Mile"), ("19 km", "19", "Kilometer"))
    c("They built a 10-foot (3-metre) wall.", ("10-foot", "10", "Foot"), ("3-metre", "3", "Meter"))
    c("The farm covers about 2,000 acres (800 hectares).", ("2,000 acres", "2000", "Acre"),
      ("800 hectares", "800", "Hectare"))
    c("The jet cruised at 35,000 ft (10,668 m).", ("35,000 ft", "35000", "Foot"), ("10,668 m", "10668", "Meter"))
    c("The catch weighed 45 kg (99 lb).", ("45 kg", "45", "Kilogram"), ("99 lb", "99", "Pound"))
    c("The limit is 100 km/h (62 mph).", ("100 km/h", "100", "Kilometer per hour"),
      ("62 mph", "62", "Mile per hour"))
    c("A 5-litre (1.3-gallon) can was found.", ("5-litre", "5", "Liter"), ("1.3-gallon", "1.3", "Gallon"))
    c("The bridge spans 1,280 metres, or 4,200 feet.", ("1,280 metres", "1280", "Meter"),
      ("4,200 feet", "4200", "Foot"))
    c("The lake is 300 sq km (116 sq miles) in area.", ("300 sq km", "300", "Square kilometer"),
      ("116 sq miles", "116", "Square mile"))
    c("The cable is 2 m / 6.6 ft long.", ("2 m", "2", "Meter"), ("6.6 ft", "6.6", "Foot"))
    c("It holds 500 GB (0.5 TB) of data.", ("500 GB", "500", "Gigabyte"), ("0.5 TB", "0.5", "Terabyte"))
    c("The tanker carries 2 million barrels (318,000 cubic metres) of oil.",
      ("2 million barrels", "2000000", "Barrel"), ("318,000 cubic metres", "318000", "Cubic meter"))
    c("They put up a 6ft (1.83m) fence.", ("6ft", "6", "Foot"), ("1.83m", "1.83", "Meter"))

    l = lambda text, *r: add("Dimension", "Lists", text, *r)
    l("Bags of 2, 5 and 10 kg are sold.", ("2", "2", "Kilogram"), ("5", "5", "Kilogram"), ("10 kg", "10", "Kilogram"))
    l("The routes are 12 km, 18 km and 25 km long.", ("12 km", "12", "Kilometer"), ("18 km", "18", "Kilometer"),
      ("25 km", "25", "Kilometer"))
    l("The towers rise 120 and 150 metres respectively.", ("120", "120", "Meter"), ("150 metres", "150", "Meter"))
    l("Runners can choose 5, 10 or 21 kilometres.", ("5", "5", "Kilometer"), ("10", "10", "Kilometer"),
      ("21 kilometres", "21", "Kilometer"))
    l("Yields were 3.1 tonnes; 2.8 tonnes; and 3.4 tonnes a hectare.", ("3.1 tonnes", "3.1", "Metric ton"),
      ("2.8 tonnes", "2.8", "Metric ton"), ("3.4 tonnes", "3.4", "Metric ton"), ("hectare", None, "Hectare"))
    l("Phones with 128GB, 256GB or 512GB of storage", ("128GB", "128", "Gigabyte"), ("256GB", "256", "Gigabyte"),
      ("512GB", "512", "Gigabyte"))
    l("Pipes of 15mm, 22mm and 28mm are stocked.", ("15mm", "15", "Millimeter"), ("22mm", "22", "Millimeter"),
      ("28mm", "28", "Millimeter"))

    t = lambda text, *r: add("Dimension", "Tables", text, *r)
    t("Height: 1.85 m", ("1.85 m", "1.85", "Meter"))
    t("Weight | 72 kg | 68 kg", ("72 kg", "72", "Kilogram"), ("68 kg", "68", "Kilogram"))
    t("• Range: 480 km", ("480 km", "480", "Kilometer"))
    t("Top speed\t250 km/h", ("250 km/h", "250", "Kilometer per hour"))
    t("- Battery: 75 kWh", ("75 kWh", "75", "Kilowatt hour"))
    t("Rainfall (mm) | 42 | 38", )
    t("LENGTH: 4.7 METRES", ("4.7 METRES", "4.7", "Meter"))
    t("Storage: 1 TB SSD", ("1 TB", "1", "Terabyte"))
    t("Distance to the coast: 35 miles", ("35 miles", "35", "Mile"))
    t("Weight: 1.2kg / 2.6lb", ("1.2kg", "1.2", "Kilogram"), ("2.6lb", "2.6", "Pound"))

    x = lambda text: add("Dimension", "NotQuantities", text)
    x("See Figure 3 on page 8.")
    x("Rated 4.5/5 by 1,200 reviewers.")
    x("2. Mix the flour and the sugar.")
    x("The report cites 14 studies [3].")


def percent():
    c = lambda text, *r: add("Percent", "Conversions", text, *r)
    c("Turnout was 0.62 (62%) in the city.", ("62%", "62%"))
    c("Sales rose 12 percent (from 4.1 to 4.6 million units).", ("12 percent", "12%"))
    c("One in four (25%) adults smokes.", ("25%", "25%"))
    c("Costs fell 5% (or 3 percentage points).", ("5%", "5%"), ("3 percentage points", "3%"))
    c("Stakes of 51% (a majority) and 49% were agreed.", ("51%", "51%"), ("49%", "49%"))

    l = lambda text, *r: add("Percent", "Lists", text, *r)
    l("Rates of 5, 10 and 15 percent apply.", ("5", "5%"), ("10", "10%"), ("15 percent", "15%"))
    l("The parties won 32%, 28% and 19% respectively.", ("32%", "32%"), ("28%", "28%"), ("19%", "19%"))
    l("Prices rose 2 and 3 per cent in May and June.", ("2", "2%"), ("3 per cent", "3%"))
    l("Shares of 40 pct; 35 pct; and 25 pct were agreed.", ("40 pct", "40%"), ("35 pct", "35%"), ("25 pct", "25%"))
    l("Growth of 1.5%, 1.8% or 2.1% is forecast.", ("1.5%", "1.5%"), ("1.8%", "1.8%"), ("2.1%", "2.1%"))
    l("rates of 4.5 pct , 5 pct and 5.5 pct were set .", ("4.5 pct", "4.5%"), ("5 pct", "5%"), ("5.5 pct", "5.5%"))

    t = lambda text, *r: add("Percent", "Tables", text, *r)
    t("Margin: 14.2%", ("14.2%", "14.2%"))
    t("Yes | 52% | No | 48%", ("52%", "52%"), ("48%", "48%"))
    t("• Unemployment: 4.1 percent", ("4.1 percent", "4.1%"))
    t("Inflation\t3.4%", ("3.4%", "3.4%"))
    t("- Turnout 67 pct", ("67 pct", "67%"))
    t("POLL: 41% BACK THE PLAN", ("41%", "41%"))
    t("Q: How many agreed? A: 73 percent.", ("73 percent", "73%"))
    t("Turnout ........ 64.3%", ("64.3%", "64.3%"))

    x = lambda text: add("Percent", "NotQuantities", text)
    x("See Table 5 for the rates.")
    x("Rated 9/10 by the panel.")
    x("3. Rates and fees")


def temperature():
    c = lambda text, *r: add("Temperature", "Conversions", text, *r)
    c("Highs will reach 30C (86F) on Sunday.", ("30C", "30", "C"), ("86F", "86", "F"))
    c("Bake at 200 degrees Celsius (392 degrees Fahrenheit).", ("200 degrees Celsius", "200", "C"),
      ("392 degrees Fahrenheit", "392", "F"))
    c("The forecast high is 95F (35C).", ("95F", "95", "F"), ("35C", "35", "C"))
    c("It fell to minus 20C (minus 4F) overnight.", ("minus 20C", "-20", "C"), ("minus 4F", "-4", "F"))
    c("Water here is 4°C / 39°F all year.", ("4°C", "4", "C"), ("39°F", "39", "F"))

    l = lambda text, *r: add("Temperature", "Lists", text, *r)
    l("Highs of 25C, 27C and 31C are expected.", ("25C", "25", "C"), ("27C", "27", "C"), ("31C", "31", "C"))
    l("Lows were 2 and 4 degrees Celsius respectively.", ("2", "2", "C"), ("4 degrees Celsius", "4", "C"))
    l("Highs of 20, 22 and 24 degrees are forecast.", ("20", "20", "Degree"), ("22", "22", "Degree"),
      ("24 degrees", "24", "Degree"))

    t = lambda text, *r: add("Temperature", "Tables", text, *r)
    t("Max temp: 34°C", ("34°C", "34", "C"))
    t("London | 18C | 11C", ("18C", "18", "C"), ("11C", "11", "C"))
    t("• Oven: 180°C", ("180°C", "180", "C"))
    t("Madrid\t39°C", ("39°C", "39", "C"))

    x = lambda text: add("Temperature", "NotQuantities", text)
    x("Table 2: Sales by region")
    x("Section 3C of the code applies.")


def age():
    c = lambda text, *r: add("Age", "Conversions", text, *r)
    c("The bottle is 18 years old (distilled in 2006).", ("18 years old", "18", "Year"))
    c("The foal, 6 months old (born in May), was sold.", ("6 months old", "6", "Month"))

    l = lambda text, *r: add("Age", "Lists", text, *r)
    l("The victims were 8, 11 and 14 years old.", ("8", "8", "Year"), ("11", "11", "Year"),
      ("14 years old", "14", "Year"))
    l("A 34-year-old and a 29-year-old were held.", ("34-year-old", "34", "Year"), ("29-year-old", "29", "Year"))
    l("Its trees are 40, 60 and 90 years old.", ("40", "40", "Year"), ("60", "60", "Year"),
      ("90 years old", "90", "Year"))

    t = lambda text, *r: add("Age", "Tables", text, *r)
    t("Age: 42 years", ("42 years", "42", "Year"))
    t("• a 19-year-old student", ("19-year-old", "19", "Year"))
    t("Oldest member | 97 years old", ("97 years old", "97", "Year"))
    t("Age at death | 81 years", ("81 years", "81", "Year"))

    x = lambda text: add("Age", "NotQuantities", text)
    x("John Smith, 45, was charged.")
    x("The 12 years of talks ended.")
    x("Item 4: Years of service")


def main():
    SET.write((numbers, ranges, currency, dimension, percent, temperature, age))


if __name__ == "__main__":
    main()
