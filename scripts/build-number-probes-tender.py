#!/usr/bin/env python3
"""Writes the eighteenth probe set for issue 18, Tests/GlossNumbersTests/Probes/Tender/<Model>Model-<family>.json.

Written in one sitting by numbers25 before the stage was run on any of it (and without opening the
spec files or any file of ../shared/eval), in the format of the other probe sets. Weighted to money,
the model that failed most on first contact in the last rounds (Currency 24/31 in Tails, 21/26 in
Sparse). Counted over the seventeen earlier sets' 4,025 inputs (regular expressions,
/tmp/numbers25/count*.py), money as news writes it is held thinly: an ISO code fused to its amount (1
input), a sign with a spaced scale (`$ 5 bn`, 2), `S/.` (0), `NT$`, `MX$`, `EC$`, `TT$`, `N$`, `J$`,
`RD$` (0 each), `US$`, `C$`, `HK$`, `A$`, `NZ$`, `R$`, `S$` (2-6 each), `crore`/`lakh` (10), ranges of
money (24), and of the current ISO codes most are never written (the codes of 224 units named in the
Currency files are mostly the big ten). Among the issue's other phenomena the least held are a `T`
suffix (7 with `G`; `G` is left out here, `5G` being a name), apostrophe grouping (12), dot grouping with a decimal comma (13), `up to` (13),
`at most` (15), a `k` suffix (15), `and above`/`and below` (15).

By family:
- Codes: every current ISO 4217 code (Foundation's `Locale.commonISOCurrencyCodes` on this machine,
  CLDR 2024: the table below, each with `Locale(identifier: "en_US").localizedString(forCurrencyCode:)`),
  in the four shapes news writes a code in (before the amount with a spaced scale, after it, before it
  with a fused scale, after a spelled scale); the codes that are English words in capitals (`ALL`,
  `TOP`, `CUP`, `MOP`) only after the amount, as docs/accuracy.md records. Left out: `SLL` and `VEF`,
  whose CLDR names carry a year range beside their successors'.
- Names: CLDR's English names and plurals as news writes them, capitalised or not.
- Signs: country-prefixed dollar and other signs (`US$`, `C$`, `HK$`, `A$`, `NZ$`, `R$`, `S/.`, `S$`,
  `NT$`, `MX$`, `EC$`, `TT$`, `N$`, `J$`, `RD$`, `RM`, `Rp`, `KSh`), the narrow local signs
  (`₾ ₭ 元 ₺ ₦ ₱ ₫ ₪`, `zł`, `Kč`, `Ft`) before and after the amount.
- Magnitudes: scales glued and spaced (`$5bn`, `$ 5 bn`, `€3.5 mln`, `¥1.2trn`, `GBP5m`, `$7.5B`,
  `$12K`, `$3T`), `crore` and `lakh` (`Rs 2.5 crore`, `₹3 lakh crore`).
- Ranges: money with both ends written (`$5m-$10m`, `between £40m and £50m`, `€2bn to €3bn`); a
  range whose first end is bare gives the unit model its second end only.
- PerUnit: money per unit (`$75 a barrel`, `99p a litre`, `cts a share`): the amount is the mention.
- Historic and Minor: `crowns` for the Nordic currencies, `CFA francs`, `sucres`, `Deutsche marks`,
  `guilders`; `halalas`, `fils`, `piastres`, `öre`, `p`, `c`.
- Number and NumberRange: the least held notation (`T`/`k`/`mn` suffixes, apostrophe and dot
  grouping, `lakh` counts) and bounds (`up to`, `at most`, `and above`, `or equal to`).
- NotQuantities per model.

Expected values follow docs/accuracy.md's conventions: a unit model is given a range's ends written
with their unit; a unit word with no number is a mention without a value; a currency's unit is its
CLDR English name (`&` spelled `and`, the US dollar `United States dollar` as the spec files name it,
the pound sterling `British pound`), a sign or word several currencies share is named by that word
(`$` Dollar, `£` Pound, `Rs` Rupee), a minor unit by its singular. The first score on the unchanged
stage is in numbers25's report; cases are not edited after a failure is seen, except an expectation
that was the writer's own error against those conventions, in its own commit.

    python3 scripts/build-number-probes-tender.py
"""
from number_probe_sets import ProbeSet

SET = ProbeSet("Tender")
add = SET.add

# Foundation's Locale.commonISOCurrencyCodes with its en_US names (swift-corelibs-foundation, this
# machine), less SLL and VEF (see above).
CODES = """AED United Arab Emirates Dirham|AFN Afghan Afghani|ALL Albanian Lek|AMD Armenian Dram|
ANG Netherlands Antillean Guilder|AOA Angolan Kwanza|ARS Argentine Peso|AUD Australian Dollar|AWG Aruban Florin|
AZN Azerbaijani Manat|BAM Bosnia-Herzegovina Convertible Mark|BBD Barbadian Dollar|BDT Bangladeshi Taka|
BGN Bulgarian Lev|BHD Bahraini Dinar|BIF Burundian Franc|BMD Bermudan Dollar|BND Brunei Dollar|
BOB Bolivian Boliviano|BRL Brazilian Real|BSD Bahamian Dollar|BTN Bhutanese Ngultrum|BWP Botswanan Pula|
BYN Belarusian Ruble|BZD Belize Dollar|CAD Canadian Dollar|CDF Congolese Franc|CHF Swiss Franc|CLP Chilean Peso|
CNY Chinese Yuan|COP Colombian Peso|CRC Costa Rican Colón|CUC Cuban Convertible Peso|CUP Cuban Peso|
CVE Cape Verdean Escudo|CZK Czech Koruna|DJF Djiboutian Franc|DKK Danish Krone|DOP Dominican Peso|
DZD Algerian Dinar|EGP Egyptian Pound|ERN Eritrean Nakfa|ETB Ethiopian Birr|EUR Euro|FJD Fijian Dollar|
FKP Falkland Islands Pound|GBP British Pound|GEL Georgian Lari|GHS Ghanaian Cedi|GIP Gibraltar Pound|
GMD Gambian Dalasi|GNF Guinean Franc|GTQ Guatemalan Quetzal|GYD Guyanaese Dollar|HKD Hong Kong Dollar|
HNL Honduran Lempira|HRK Croatian Kuna|HTG Haitian Gourde|HUF Hungarian Forint|IDR Indonesian Rupiah|
ILS Israeli New Shekel|INR Indian Rupee|IQD Iraqi Dinar|IRR Iranian Rial|ISK Icelandic Króna|JMD Jamaican Dollar|
JOD Jordanian Dinar|JPY Japanese Yen|KES Kenyan Shilling|KGS Kyrgystani Som|KHR Cambodian Riel|KMF Comorian Franc|
KPW North Korean Won|KRW South Korean Won|KWD Kuwaiti Dinar|KYD Cayman Islands Dollar|KZT Kazakhstani Tenge|
LAK Laotian Kip|LBP Lebanese Pound|LKR Sri Lankan Rupee|LRD Liberian Dollar|LSL Lesotho Loti|LYD Libyan Dinar|
MAD Moroccan Dirham|MDL Moldovan Leu|MGA Malagasy Ariary|MKD Macedonian Denar|MMK Myanmar Kyat|
MNT Mongolian Tugrik|MOP Macanese Pataca|MRU Mauritanian Ouguiya|MUR Mauritian Rupee|MVR Maldivian Rufiyaa|
MWK Malawian Kwacha|MXN Mexican Peso|MYR Malaysian Ringgit|MZN Mozambican Metical|NAD Namibian Dollar|
NGN Nigerian Naira|NIO Nicaraguan Córdoba|NOK Norwegian Krone|NPR Nepalese Rupee|NZD New Zealand Dollar|
OMR Omani Rial|PAB Panamanian Balboa|PEN Peruvian Sol|PGK Papua New Guinean Kina|PHP Philippine Peso|
PKR Pakistani Rupee|PLN Polish Zloty|PYG Paraguayan Guarani|QAR Qatari Riyal|RON Romanian Leu|RSD Serbian Dinar|
RUB Russian Ruble|RWF Rwandan Franc|SAR Saudi Riyal|SBD Solomon Islands Dollar|SCR Seychellois Rupee|
SDG Sudanese Pound|SEK Swedish Krona|SGD Singapore Dollar|SHP St. Helena Pound|SLE Sierra Leonean Leone|
SOS Somali Shilling|SRD Surinamese Dollar|SSP South Sudanese Pound|STN São Tomé & Príncipe Dobra|
SYP Syrian Pound|SZL Swazi Lilangeni|THB Thai Baht|TJS Tajikistani Somoni|TMT Turkmenistani Manat|
TND Tunisian Dinar|TOP Tongan Paʻanga|TRY Turkish Lira|TTD Trinidad & Tobago Dollar|TWD New Taiwan Dollar|
TZS Tanzanian Shilling|UAH Ukrainian Hryvnia|UGX Ugandan Shilling|USD US Dollar|UYU Uruguayan Peso|
UZS Uzbekistani Som|VES Venezuelan Bolívar|VND Vietnamese Dong|VUV Vanuatu Vatu|WST Samoan Tala|
XAF Central African CFA Franc|XCD East Caribbean Dollar|XCG Caribbean guilder|XOF West African CFA Franc|
XPF CFP Franc|YER Yemeni Rial|ZAR South African Rand|ZMW Zambian Kwacha|ZWG Zimbabwean Gold"""

# The docs' conventions for the three names the spec files spell otherwise.
RENAMED = {"USD": "United States dollar", "GBP": "British pound"}
# ISO codes that are English words in capitals: read only after an amount (docs/accuracy.md).
WORD_CODES = {"ALL", "TOP", "CUP", "MOP"}

# (sentence with {c} for the code, span with {c}, value) — shapes of Reuters and RSS money.
SHAPES = [
    ("The bank raised {c} 12.5 mln in the offer.", "{c} 12.5 mln", "12500000"),
    ("Exports reached 840 mln {c} last year.", "840 mln {c}", "840000000"),
    ("The lender set aside {c} 3.2bn for losses.", "{c} 3.2bn", "3200000000"),
    ("Reserves fell by 1.75 billion {c} in May.", "1.75 billion {c}", "1750000000"),
]
AFTER_ONLY = [1, 3]


def currency():
    rows = [row.strip().split(" ", 1) for row in CODES.replace("\n", "").split("|")]
    for index, (code, name) in enumerate(rows):
        unit = RENAMED.get(code, name.replace(" & ", " and "))
        shape = AFTER_ONLY[index % 2] if code in WORD_CODES else index % 4
        text, span, value = SHAPES[shape]
        add("Currency", "Codes", text.format(c=code), (span.format(c=code), value, unit))

    n = lambda text, *r: add("Currency", "Names", text, *r)
    n("Farmers were paid 40 mln Kenyan shillings.", ("40 mln Kenyan shillings", "40000000", "Kenyan shilling"))
    n("The loan was 1.2 trillion Indonesian rupiahs.", ("1.2 trillion Indonesian rupiahs", "1200000000000", "Indonesian rupiah"))
    n("Imports cost 300 billion South Korean won.", ("300 billion South Korean won", "300000000000", "South Korean won"))
    n("The fine was 2,000 Polish zlotys.", ("2,000 Polish zlotys", "2000", "Polish zloty"))
    n("It sold for 15 million Czech korunas.", ("15 million Czech korunas", "15000000", "Czech koruna"))
    n("The bonds raised 90 billion Hungarian forints.", ("90 billion Hungarian forints", "90000000000", "Hungarian forint"))
    n("Pensions rose by 500 Romanian lei.", ("500 Romanian lei", "500", "Romanian leu"))
    n("The plant cost 200 million Bulgarian leva.", ("200 million Bulgarian leva", "200000000", "Bulgarian lev"))
    n("The budget is 95 billion Norwegian kroner.", ("95 billion Norwegian kroner", "95000000000", "Norwegian krone"))
    n("The club paid 40 mln Danish kroner.", ("40 mln Danish kroner", "40000000", "Danish krone"))
    n("The firm lost 3.4 billion Swedish kronor.", ("3.4 billion Swedish kronor", "3400000000", "Swedish krona"))
    n("Wages reach 12,000 Ukrainian hryvnias a month.", ("12,000 Ukrainian hryvnias", "12000", "Ukrainian hryvnia"))
    n("The state paid 9 billion Kazakhstani tenge.", ("9 billion Kazakhstani tenge", "9000000000", "Kazakhstani tenge"))
    n("Grain sold for 4,500 Ghanaian cedis a tonne.", ("4,500 Ghanaian cedis", "4500", "Ghanaian cedi"))
    n("The deal is worth 1.5 bln Malaysian ringgit.", ("1.5 bln Malaysian ringgit", "1500000000", "Malaysian ringgit"))
    n("Tolls raised 700 million Thai baht.", ("700 million Thai baht", "700000000", "Thai baht"))
    n("The council spent 80 million Moroccan dirhams.", ("80 million Moroccan dirhams", "80000000", "Moroccan dirham"))
    n("The fund holds 6 billion Saudi riyals.", ("6 billion Saudi riyals", "6000000000", "Saudi riyal"))
    n("Deposits hit 2.2 billion Kuwaiti dinars.", ("2.2 billion Kuwaiti dinars", "2200000000", "Kuwaiti dinar"))
    n("A sack of maize costs 9,000 Malawian kwacha.", ("9,000 Malawian kwacha", "9000", "Malawian kwacha"))
    n("The mine earned 3 billion Zambian kwacha.", ("3 billion Zambian kwacha", "3000000000", "Zambian kwacha"))
    n("Bread costs 60 Ethiopian birr now.", ("60 Ethiopian birr", "60", "Ethiopian birr"))
    n("The port cost 4 trillion Vietnamese dong.", ("4 trillion Vietnamese dong", "4000000000000", "Vietnamese dong"))
    n("Tickets are 250 Peruvian soles.", ("250 Peruvian soles", "250", "Peruvian sol"))
    n("The bank lent 30 billion Bangladeshi taka.", ("30 billion Bangladeshi taka", "30000000000", "Bangladeshi taka"))
    n("Fuel now costs 300 sri lankan rupees a litre.", ("300 sri lankan rupees", "300", "Sri Lankan rupee"))
    n("The airline lost 18 billion Nigerian naira.", ("18 billion Nigerian naira", "18000000000", "Nigerian naira"))
    n("The grant was 5 million Mozambican meticais.", ("5 million Mozambican meticais", "5000000", "Mozambican metical"))
    n("The levy raised 2 bln Guatemalan quetzales.", ("2 bln Guatemalan quetzales", "2000000000", "Guatemalan quetzal"))
    n("Imports fell to 900 mln Tunisian dinars.", ("900 mln Tunisian dinars", "900000000", "Tunisian dinar"))
    n("The rescue cost 14 billion Swiss francs.", ("14 billion Swiss francs", "14000000000", "Swiss franc"))
    n("Rents rose to 1,800 Turkish liras.", ("1,800 Turkish liras", "1800", "Turkish lira"))
    n("The bond raised 20 bln Philippine pesos.", ("20 bln Philippine pesos", "20000000000", "Philippine peso"))
    n("Fees were 75 Brazilian reais.", ("75 Brazilian reais", "75", "Brazilian real"))
    n("Loans of 45 billion Russian roubles were agreed.", ("45 billion Russian roubles", "45000000000", "Russian ruble"))
    n("The cost is 600 mln Egyptian pounds.", ("600 mln Egyptian pounds", "600000000", "Egyptian pound"))

    s = lambda text, *r: add("Currency", "Signs", text, *r)
    s("Assets of US$2.1 trillion are at risk.", ("US$2.1 trillion", "2100000000000", "United States dollar"))
    s("Exports were C$583 million in October.", ("C$583 million", "583000000", "Canadian dollar"))
    s("The tower sold for HK$4.8 billion.", ("HK$4.8 billion", "4800000000", "Hong Kong dollar"))
    s("Qantas earned A$1.2bn in the half.", ("A$1.2bn", "1200000000", "Australian dollar"))
    s("Fonterra paid NZ$8.20 a kilo.", ("NZ$8.20", "8.2", "New Zealand dollar"))
    s("Petrobras will invest R$40 billion this year.", ("R$40 billion", "40000000000", "Brazilian real"))
    s("A kilo of rice costs S/. 4.50 in Lima.", ("S/. 4.50", "4.5", "Peruvian sol"))
    s("The budget is S/ 200 million this year.", ("S/ 200 million", "200000000", "Peruvian sol"))
    s("DBS earned S$2.3 billion in the quarter.", ("S$2.3 billion", "2300000000", "Singapore dollar"))
    s("TSMC will spend NT$300 billion on plants.", ("NT$300 billion", "300000000000", "New Taiwan dollar"))
    s("Cemex raised MX$10 billion in bonds.", ("MX$10 billion", "10000000000", "Mexican peso"))
    s("The grant of EC$5 million was signed.", ("EC$5 million", "5000000", "East Caribbean dollar"))
    s("The plant cost TT$1.2 billion.", ("TT$1.2 billion", "1200000000", "Trinidad and Tobago dollar"))
    s("The mine pays N$50 million a year in tax.", ("N$50 million", "50000000", "Namibian dollar"))
    s("Tourism brought in J$20 billion.", ("J$20 billion", "20000000000", "Jamaican dollar"))
    s("Remittances hit RD$30,000 million.", ("RD$30,000 million", "30000000000", "Dominican peso"))
    s("Petronas posted a profit of RM12.4 billion.", ("RM12.4 billion", "12400000000", "Malaysian ringgit"))
    s("The fund has Rp 15 trillion left.", ("Rp 15 trillion", "15000000000000", "Indonesian rupiah"))
    s("A bag of maize sells for KSh 4,000.", ("KSh 4,000", "4000", "Kenyan shilling"))
    s("Bread now costs ₾3 in Tbilisi.", ("₾3", "3", "Georgian lari"))
    s("A bowl of noodles is 25,000 ₭ in Vientiane.", ("25,000 ₭", "25000", "Laotian kip"))
    s("The ticket was 80元 at the gate.", ("80元", "80", "Chinese yuan"))
    s("The bill came to ₺1,250 in Izmir.", ("₺1,250", "1250", "Turkish lira"))
    s("The fare rose to ₦500 in Lagos.", ("₦500", "500", "Nigerian naira"))
    s("Jeepney fares rose to ₱13 in Manila.", ("₱13", "13", "Philippine peso"))
    s("A coffee costs 30,000₫ in Hanoi.", ("30,000₫", "30000", "Vietnamese dong"))
    s("The flat rents for ₪6,500 a month.", ("₪6,500", "6500", "Israeli new shekel"))
    s("The fine was 5 000 zł in Krakow.", ("5 000 zł", "5000", "Polish zloty"))
    s("Beer costs 55 Kč in Prague.", ("55 Kč", "55", "Czech koruna"))
    s("The pension rose by 6,000 Ft a month.", ("6,000 Ft", "6000", "Hungarian forint"))
    s("Earnings of CN¥12 billion were reported.", ("CN¥12 billion", "12000000000", "Chinese yuan"))

    m = lambda text, *r: add("Currency", "Magnitudes", text, *r)
    m("The group will spend $ 5 bn on plants.", ("$ 5 bn", "5000000000", "Dollar"))
    m("They raised €3.5 mln in a week.", ("€3.5 mln", "3500000", "Euro"))
    m("The state has ¥1.2trn in reserve.", ("¥1.2trn", "1200000000000", "Japanese yen"))
    m("The club was sold for GBP5m.", ("GBP5m", "5000000", "British pound"))
    m("Revenue hit $7.5B last year.", ("$7.5B", "7500000000", "Dollar"))
    m("Interns earn $12K a year there.", ("$12K", "12000", "Dollar"))
    m("Apple was worth $3T at the close.", ("$3T", "3000000000000", "Dollar"))
    m("The firm lost $450mn in the quarter.", ("$450mn", "450000000", "Dollar"))
    m("Debt rose to £1.3tn.", ("£1.3tn", "1300000000000", "Pound"))
    m("The scheme costs Rs 2.5 crore a year.", ("Rs 2.5 crore", "25000000", "Rupee"))
    m("Banks wrote off ₹3 lakh crore of loans.", ("₹3 lakh crore", "3000000000000", "Indian rupee"))
    m("The actor paid Rs 40 lakh for the car.", ("Rs 40 lakh", "4000000", "Rupee"))
    m("The tender is worth INR 12 crore.", ("INR 12 crore", "120000000", "Indian rupee"))
    m("The rail link costs 1,200 crore rupees.", ("1,200 crore rupees", "12000000000", "Rupee"))
    m("The bank raised EUR 2.3bn from the sale.", ("EUR 2.3bn", "2300000000", "Euro"))
    m("Profit rose to USD1.2bn.", ("USD1.2bn", "1200000000", "United States dollar"))
    m("The fund manages 3 bln euros.", ("3 bln euros", "3000000000", "Euro"))
    m("Sales rose to 18.303 trillion yen.", ("18.303 trillion yen", "18303000000000", "Japanese yen"))
    m("The vessel cost 1.1 billion dlrs to build.", ("1.1 billion dlrs", "1100000000", "Dollar"))
    m("The bid values the firm at $ 4.2 billion.", ("$ 4.2 billion", "4200000000", "Dollar"))
    m("Deficit: $ 22 mln in the year .", ("$ 22 mln", "22000000", "Dollar"))

    r = lambda text, *res: add("Currency", "Ranges", text, *res)
    r("Analysts see a charge of $5m-$10m.", ("$5m", "5000000", "Dollar"), ("$10m", "10000000", "Dollar"))
    r("The fee is between £40m and £50m.", ("£40m", "40000000", "Pound"), ("£50m", "50000000", "Pound"))
    r("Costs will rise from €2bn to €3bn.", ("€2bn", "2000000000", "Euro"), ("€3bn", "3000000000", "Euro"))
    r("Prices ranged from C$1.5 billion to C$2 billion.", ("C$1.5 billion", "1500000000", "Canadian dollar"),
      ("C$2 billion", "2000000000", "Canadian dollar"))
    r("The stake is worth $300 million to $400 million.", ("$300 million", "300000000", "Dollar"),
      ("$400 million", "400000000", "Dollar"))
    r("The firm sees a loss of 5 to 7 mln dlrs.", ("7 mln dlrs", "7000000", "Dollar"))
    r("Bids of between 40 and 45 billion yen came in.", ("45 billion yen", "45000000000", "Japanese yen"))
    r("Fares will cost Rs 10 lakh–Rs 15 lakh.", ("Rs 10 lakh", "1000000", "Rupee"), ("Rs 15 lakh", "1500000", "Rupee"))
    r("The range is HK$2.40 to HK$2.60 a share.", ("HK$2.40", "2.4", "Hong Kong dollar"), ("HK$2.60", "2.6", "Hong Kong dollar"))

    p = lambda text, *res: add("Currency", "PerUnit", text, *res)
    p("Brent rose to $75 a barrel.", ("$75", "75", "Dollar"))
    p("Petrol fell to 99p a litre.", ("99p", "99", "Pence"))
    p("Gold hit $1,800 an ounce.", ("$1,800", "1800", "Dollar"))
    p("Cleaners earn £9.50 an hour.", ("£9.50", "9.5", "Pound"))
    p("Diesel costs €1.20 per litre.", ("€1.20", "1.2", "Euro"))
    p("Onions sold at Rs 90 per kg.", ("Rs 90", "90", "Rupee"))
    p("The dividend is 35 cts a share.", ("35 cts", "35", "Cent"))
    p("Heating oil fell 2.5 cents a gallon.", ("2.5 cents", "2.5", "Cent"))
    p("Wheat rose 1.50 dlrs per bushel.", ("1.50 dlrs", "1.5", "Dollar"))
    p("The payout is 5c a share.", ("5c", "5", "Cent"))
    p("Rooms cost ¥12,000 a night.", ("¥12,000", "12000", "Japanese yen"))
    p("Tolls rose to 3.50 euros per car.", ("3.50 euros", "3.5", "Euro"))

    h = lambda text, *res: add("Currency", "Historic", text, *res)
    h("Volvo earned 284.7 mln Swedish crowns.", ("284.7 mln Swedish crowns", "284700000", "Swedish krona"))
    h("Exports rose to 7.6 billion Norwegian crowns.", ("7.6 billion Norwegian crowns", "7600000000", "Norwegian krone"))
    h("The budget is 535 billion CFA francs.", ("535 billion CFA francs", "535000000000", "CFA franc"))
    h("The state owed 54.45 billion sucres.", ("54.45 billion sucres", "54450000000", "Ecuadorian sucre"))
    h("The port cost 800 mln Estonian kroons.", ("800 mln Estonian kroons", "800000000", "Estonian kroon"))
    h("The bank sold 60 mln Irish punts.", ("60 mln Irish punts", "60000000", "Irish pound"))
    h("The loss was 3.1 bln Belgian francs.", ("3.1 bln Belgian francs", "3100000000", "Belgian franc"))
    h("The plant cost 12 billion pesetas in 1990.", ("12 billion pesetas", "12000000000", "Spanish peseta"))

    i = lambda text, *res: add("Currency", "Minor", text, *res)
    i("A bottle of water costs 50 halalas.", ("50 halalas", "50", "Halala"))
    i("The fare is 250 fils in Kuwait.", ("250 fils", "250", "Fils"))
    i("Bread rose by 25 piastres in Cairo.", ("25 piastres", "25", "Piastre"))
    i("The stamp costs 90 öre.", ("90 öre", "90", "Öre"))
    i("The shares fell 4p to 210p.", ("4p", "4", "Pence"), ("210p", "210", "Pence"))

    x = lambda text: add("Currency", "NotQuantities", text)
    x("The G20 met in Rio.")
    x("Flight AA100 landed late.")


def numbers():
    w = lambda text, *r: add("Number", "Notation", text, *r)
    w("The index counts 2T tokens.", ("2T", "2000000000000"))
    w("The app has 350k users.", ("350k", "350000"))
    w("The film drew 12mn viewers.", ("12mn", "12000000"))
    w("The canton counts 1'048'000 people.", ("1'048'000", "1048000"))
    w("Turnover was 12.345.678,90 in the year.", ("12.345.678,90", "12345678.9"))
    w("Some 2 lakh people attended.", ("2 lakh", "200000"))
    w("About 1.5 crore voters are new.", ("1.5 crore", "15000000"))

    x = lambda text: add("Number", "NotQuantities", text)
    x("The G7 summit ended.")
    x("She drove the A4 to Paris.")


def ranges():
    b = lambda text, *r: add("NumberRange", "Bounds", text, *r)
    b("Cars carry up to 7 people.", ("up to 7", "(,7]"))
    b("The lift holds at most 12.", ("at most 12", "(,12]"))
    b("Groups of 12 and above may enter.", ("12 and above", "[12,)"))
    b("Marks of 50 and below fail.", ("50 and below", "(,50]"))
    b("Values greater than or equal to 30 pass.", ("greater than or equal to 30", "[30,)"))
    b("Bids of less than or equal to 80 win.", ("less than or equal to 80", "(,80]"))
    b("Up to 1.2 mln homes lost power.", ("Up to 1.2 mln", "(,1200000]"))

    x = lambda text: add("NumberRange", "NotQuantities", text)
    x("The 2024-25 season opens today.")


def main():
    SET.write((currency, numbers, ranges))


if __name__ == "__main__":
    main()
