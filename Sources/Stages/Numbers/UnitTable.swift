import GlossCore
import GlossText

/// The units and currencies a number can carry, by the words that name them (lowercase, one
/// space between words), and the words around a number that bound it.
enum UnitTable {
    /// What a unit word makes of the number before it. Deliberately not `Hashable` (nor
    /// `Equatable`): with the conformance the optimizer inlined and outlined `MentionReader`'s
    /// `Quantity` copies differently and the stage's warm pass cost 6% more instructions
    /// (review24); compare units by `UnitSnapshot.line(of:)`.
    struct Unit: Sendable {
        var kind: NumberMention.Kind
        /// The unit's name (`kilometer`, `celsius`, `dollar`).
        var name: String
        /// The ISO 4217 code, for money.
        var currency: String? = nil
        /// The power of ten the unit multiplies by: 6 for a code in millions (MUSD, MAUD), −1 for
        /// per mille (a percentage a tenth of its number).
        var power = 0
        /// Whether the word must be written in capitals or lowercase exactly as listed
        /// (`M` is not `m`; `C` after `41` is celsius, `c` cents).
        var caseSensitive = false
        /// Whether the word counts only fused to the number (`100W`, `5V`, not `5 V`).
        var fusedOnly = false
        /// Whether the word is an ISO code that is also a word or abbreviation in capitals
        /// (`ALL`, `MAD`, `BOB`): money only where `MentionReader.wordCodeHolds` says so.
        var isWordCode = false
        /// Whether the sign names money only before an amount with a scale (`R2.3 billion`;
        /// `R5` is a bus or a road).
        var needsScale = false
    }

    static func money(_ name: String, _ code: String?) -> Unit { Unit(kind: .money, name: name, currency: code) }
    static func dimension(_ name: String) -> Unit { Unit(kind: .dimension, name: name) }

    /// Currency signs and codes written before the number (`$ 75.3`, `US$`, `GBP 350`, `Rs 40`).
    static let currencyPrefixes: [String: Unit] = inMillions([
        "$": money("dollar", "USD"), "us$": money("united states dollar", "USD"),
        "u.s. $": money("united states dollar", "USD"), "u.s $": money("united states dollar", "USD"),
        "us $": money("united states dollar", "USD"), "usd$": money("united states dollar", "USD"),
        "usd": money("united states dollar", "USD"), "c$": money("canadian dollar", "CAD"),
        "c $": money("canadian dollar", "CAD"), "ca$": money("canadian dollar", "CAD"),
        "cad": money("canadian dollar", "CAD"), "a$": money("australian dollar", "AUD"),
        "au$": money("australian dollar", "AUD"), "aud$": money("australian dollar", "AUD"),
        "aud": money("australian dollar", "AUD"), "hk$": money("hong kong dollar", "HKD"),
        "hk $": money("hong kong dollar", "HKD"), "hkd": money("hong kong dollar", "HKD"),
        "nz$": money("new zealand dollar", "NZD"), "nz $": money("new zealand dollar", "NZD"),
        "nt$": money("new taiwan dollar", "TWD"), "nt $": money("new taiwan dollar", "TWD"), "s$": money("singapore dollar", "SGD"),
        "mex$": money("mexican peso", "MXN"), "mex $": money("mexican peso", "MXN"), "€": money("euro", "EUR"),
        "eur": money("euro", "EUR"), "£": money("pound", "GBP"), "gbp": money("british pound", "GBP"),
        "¥": money("japanese yen", "JPY"), "jpy": money("japanese yen", "JPY"), "cny": money("chinese yuan", "CNY"),
        "rmb": money("chinese yuan", "CNY"), "₹": money("indian rupee", "INR"), "rs": money("rupee", "INR"),
        "rs.": money("rupee", "INR"), "inr": money("indian rupee", "INR"), "₡": money("costa rican colón", "CRC"),
        "₿": money("bitcoin", nil), "chf": money("swiss franc", "CHF"), "₩": money("south korean won", "KRW"),
        "krw": money("south korean won", "KRW"), "₽": money("russian ruble", "RUB"), "rub": money("russian ruble", "RUB"),
        "r$": money("brazilian real", "BRL"), "brl": money("brazilian real", "BRL"),
        "bs": money("bolívar", "VES"), "bs.": money("bolívar", "VES"), "ves": money("venezuelan bolívar", "VES"),
        "sek": money("swedish krona", "SEK"), "try": money("turkish lira", "TRY"),
    ]).merging(CurrencyCatalog.symbols) { hand, _ in hand }

    /// `table` with each ISO code also written with an M before it, the finance shorthand for
    /// millions of that currency (MUSD 30, 30 MEUR).
    static func inMillions(_ table: [String: Unit]) -> [String: Unit] {
        var result = table
        for (key, unit) in table where unit.kind == .money && unit.currency?.lowercased() == key {
            var millions = unit
            millions.power = 6
            result["m" + key] = millions
        }
        return result
    }

    /// Words written after the number, as the builder below makes them: what tests and
    /// `UnitSnapshot.render()` read. The reader reads the same entries from `suffixBytes`,
    /// loaded from the checked-in snapshot without running this builder (tens of millions of
    /// instructions of `String` and `Dictionary` work, once a process).
    static let suffixes: [String: Unit] = {
        var table: [String: Unit] = [:]
        func add(_ words: [String], _ unit: Unit) { for word in words { table[word] = unit } }
        // money
        add(["dollar", "dollars"], money("dollar", "USD"))
        add(["us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "usd", "united states dollar", "united states dollars"], money("united states dollar", "USD"))
        add(["canadian dollar", "canadian dollars", "cad"], money("canadian dollar", "CAD"))
        add(["australian dollar", "australian dollars", "aud"], money("australian dollar", "AUD"))
        add(["hong kong dollars", "hkd"], money("hong kong dollar", "HKD"))
        add(["euro", "euros", "eur", "€"], money("euro", "EUR"))
        add(["pound sterling", "pounds sterling", "sterling", "gbp"], money("british pound", "GBP"))
        add(["yen", "jpy"], money("japanese yen", "JPY"))
        add(["yuan", "rmb", "renminbi", "cny", "kuai"], money("chinese yuan", "CNY"))
        add(["rupee", "rupees"], money("rupee", "INR"))
        add(["inr"], money("indian rupee", "INR"))
        add(["bolivar", "bolivares", "bolívar", "bolívares"], money("bolívar", "VES"))
        add(["peso", "pesos"], money("peso", nil))
        add(["mexican pesos"], money("mexican peso", "MXN"))
        add(["turkish lira", "try"], money("turkish lira", "TRY"))
        add(["dutch guilders", "guilders"], money("netherlands guilder", nil))
        add(["swiss francs", "chf"], money("swiss franc", "CHF"))
        add(["rubles", "roubles"], money("russian ruble", "RUB"))
        add(["bitcoin", "bitcoins"], money("bitcoin", nil))
        add(["₡"], money("costa rican colón", "CRC"))
        add(["$"], money("dollar", "USD"))
        add(["cent", "cents", "cts", "ct", "¢"], money("cent", nil))  // cts: the news wire's (Shr 29 cts); ¢ the cent sign
        table["c"] = Unit(kind: .money, name: "cent", caseSensitive: true)  // 14.7c, not 41C
        table["DM"] = Unit(kind: .money, name: "german mark", currency: "DEM", caseSensitive: true)  // 10 DM, not 10 dm
        // the Turkish lira's `TL` after the amount, as Turkish prices write it (`1.299,90 TL`), in
        // capitals only; no one writes the teralitre (`TL` in MetricUnits' generated symbols) instead
        table["TL"] = Unit(kind: .money, name: "turkish lira", currency: "TRY", caseSensitive: true)
        add(["pence", "p"], money("pence", nil))
        add(["penny", "pennies"], money("penny", nil))  // one penny: the singular keeps its name, as pence does
        // the pound sterling as British speech names it, singular and plural alike (`twenty quid`,
        // `a quid`); a word of no other sense after a number (numbers32)
        add(["quid"], money("pound", "GBP"))
        // lengths
        add(["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"], dimension("kilometer"))
        add(["meter", "meters", "metre", "metres"], dimension("meter"))
        table["m"] = Unit(kind: .dimension, name: "meter", caseSensitive: true)
        add(["cm", "centimeter", "centimeters", "centimetre", "centimetres"], dimension("centimeter"))
        table["mm"] = Unit(kind: .dimension, name: "millimeter", caseSensitive: true)
        add(["millimeter", "millimeters", "millimetre", "millimetres"], dimension("millimeter"))
        add(["mile", "miles", "mi"], dimension("mile"))
        add(["nautical mile", "nautical miles", "nmi"], dimension("nautical mile"))
        add(["foot", "feet", "ft"], dimension("foot"))
        add(["inch", "inches", "\""], dimension("inch"))
        // the symbol `in` only fused (`a 34in waist`): spaced it is the preposition
        table["in"] = Unit(kind: .dimension, name: "inch", caseSensitive: true, fusedOnly: true)
        add(["yard", "yards", "yd", "yds"], dimension("yard"))
        // mass
        add(["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], dimension("kilogram"))
        add(["gram", "grams", "gramme", "grammes"], dimension("gram"))
        add(["mg", "milligram", "milligrams"], dimension("milligram"))
        add(["microgram", "micrograms", "microgramme", "microgrammes", "µg", "mcg"], dimension("microgram"))
        add(["lb", "lbs"], dimension("pound"))
        add(["ounce", "ounces", "oz"], dimension("ounce"))
        // CLDR's `mass-stone` (`20 stone`; `stones` are thrown) and its symbol `st` fused to a
        // number whose ordinal is not in `st` (`17st`; `21st` is an ordinal), and `mass-carat`
        table["stone"] = Unit(kind: .dimension, name: "stone", caseSensitive: true)
        table["st"] = Unit(kind: .dimension, name: "stone", caseSensitive: true, fusedOnly: true)
        add(["carat", "carats"], dimension("carat"))
        add(["ton", "tons"], dimension("ton"))
        add(["short ton", "short tons"], dimension("short ton"))
        add(["long ton", "long tons"], dimension("long ton"))
        table["t"] = Unit(kind: .dimension, name: "ton", caseSensitive: true)
        add(["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"], dimension("metric ton"))
        // volume, area
        add(["liter", "liters", "litre", "litres"], dimension("liter"))
        add(["ml", "milliliter", "milliliters", "millilitre", "millilitres"], dimension("milliliter"))
        add(["gallon", "gallons", "gal"], dimension("gallon"))
        add(["barrel", "barrels", "bbl"], dimension("barrel"))
        add(["cubic feet", "cubic foot"], dimension("cubic foot"))
        add(["cubic meters", "cubic metres", "cubic meter", "cubic metre", "m3"], dimension("cubic meter"))
        add(["teaspoon", "teaspoons", "tsp"], dimension("teaspoon"))
        add(["tablespoon", "tablespoons", "tbsp"], dimension("tablespoon"))
        // CLDR's `volume-cup`, in lower case only (`the FA Cup`, `three World Cups`)
        for key in ["cup", "cups"] { table[key] = Unit(kind: .dimension, name: "cup", caseSensitive: true) }
        add(["square meters", "square metres", "square meter", "square metre", "sq m", "m2"], dimension("square meter"))
        add(["square kilometers", "square kilometres", "square kilometer", "square kilometre", "sq km", "km2"], dimension("square kilometer"))
        add(["square miles", "square mile", "sq mi"], dimension("square mile"))
        add(["square feet", "square foot", "sq ft"], dimension("square foot"))
        add(["hectare", "hectares", "ha"], dimension("hectare"))
        add(["acre", "acres"], dimension("acre"))
        // water volumes (an acre covered a foot deep), CLDR's `volume-acre-foot`
        add(["acre-foot", "acre-feet", "acre foot", "acre feet", "acre-ft"], dimension("acre foot"))
        // pressure: CLDR's `pressure-atmosphere`; the symbol only in lower case (an ATM is a cash machine)
        add(["atmosphere", "atmospheres"], dimension("atmosphere"))
        // CLDR's `pressure-millimeter-ofhg`, `pressure-inch-ofhg`, `pressure-pound-force-per-square-inch`
        add(["mmhg", "mm hg", "millimeter of mercury", "millimeters of mercury", "millimetre of mercury",
             "millimetres of mercury"], dimension("millimeter of mercury"))
        add(["inhg", "in hg", "inch of mercury", "inches of mercury"], dimension("inch of mercury"))
        add(["psi", "pound per square inch", "pounds per square inch"], dimension("pound-force per square inch"))
        // CLDR's `concentr-permillion` and `concentr-portion-per-1e9`
        add(["ppm", "part per million", "parts per million"], dimension("part per million"))
        add(["ppb", "part per billion", "parts per billion"], dimension("part per billion"))
        table["atm"] = Unit(kind: .dimension, name: "atmosphere", caseSensitive: true)
        // the tesla without a prefix in lower case only, as health reporting rates scanners (`a
        // 3-tesla scanner`, `7 teslas`); `Tesla` in capitals is the carmaker (`500 Tesla cars`)
        for key in ["tesla", "teslas"] { table[key] = Unit(kind: .dimension, name: "tesla", caseSensitive: true) }
        // power: CLDR's `power-horsepower` by name in any case (`300 horsepower`) and by the symbols
        // `hp` and `bhp` (brake horsepower, the same unit measured at the crankshaft) in lower case
        // only: `HP` in capitals is the maker of printers (`500 HP printers`)
        add(["horsepower", "horse power"], dimension("horsepower"))
        for key in ["hp", "bhp"] { table[key] = Unit(kind: .dimension, name: "horsepower", caseSensitive: true) }
        // the decibel's `dB` as lower-cased text and quick writing give it (`3 db`, `90db`): no other
        // unit lowers to it since bits take no prefix below kilo; `DB` in capitals stays no unit
        table["db"] = Unit(kind: .dimension, name: "decibel", caseSensitive: true)
        // speed
        add(["km/h", "kph", "kmph", "kmh", "km/hr", "kilometers per hour", "kilometres per hour"], dimension("kilometer per hour"))
        add(["mph", "miles per hour"], dimension("mile per hour"))
        add(["knot", "knots"], dimension("knot"))
        // data
        add(["bit", "bits"], dimension("bit"))
        add(["byte", "bytes"], dimension("byte"))
        add(["kb", "kilobyte", "kilobytes"], dimension("kilobyte"))
        add(["mb", "megabyte", "megabytes"], dimension("megabyte"))
        add(["gb", "gigabyte", "gigabytes"], dimension("gigabyte"))
        add(["tb", "terabyte", "terabytes"], dimension("terabyte"))
        addBinaryPrefixes(to: &table)
        // temperature
        let celsius = Unit(kind: .temperature, name: "celsius")
        let fahrenheit = Unit(kind: .temperature, name: "fahrenheit")
        add(["°c", "celsius", "celcius", "centigrade", "centigrate", "degrees celsius", "degree celsius", "deg celsius",
             "degrees centigrade", "degrees c", "degree c", "° c", "°celsius", "deg c", "degs c", "deg. c", "℃"], celsius)
        add(["°f", "fahrenheit", "farenheit", "degrees fahrenheit", "degree fahrenheit", "deg fahrenheit", "degrees f",
             "degree f", "° f", "deg f", "degs f", "deg. f", "℉"], fahrenheit)
        add(["kelvin", "kelvins", "degrees kelvin"], Unit(kind: .temperature, name: "kelvin"))
        table["C"] = Unit(kind: .temperature, name: "celsius", caseSensitive: true)
        table["F"] = Unit(kind: .temperature, name: "fahrenheit", caseSensitive: true)
        add(["degrees", "degree", "°", "deg", "degs"], Unit(kind: .temperature, name: "degree"))
        // the ordinal indicator and the ring above, which keyboards give for the degree sign (20ºC)
        for (key, unit) in table where key.utf8.contains(0xB0) && key.contains("°") {  // ° is C2 B0: a byte first
            for sign in ["º", "˚"] { table[key.replacingOccurrences(of: "°", with: sign)] = unit }
        }
        // age
        add(["years old", "year old", "years of age", "year-old", "years-old"], Unit(kind: .age, name: "year"))
        add(["months old", "month old", "months of age", "month-old"], Unit(kind: .age, name: "month"))
        add(["weeks old", "week old", "weeks of age", "week-old"], Unit(kind: .age, name: "week"))
        add(["days old", "day old", "days of age", "day-old"], Unit(kind: .age, name: "day"))
        // and as pre-tokenised text writes the hyphenated ones, a space either side (19 - year - old)
        for (key, unit) in table where unit.kind == .age && key.contains("-") {
            table[key.replacingOccurrences(of: "-", with: " - ")] = unit
        }
        // percent
        add(["%", "percent", "percents", "per cent", "per-cent", "percentage", "pct", "pc", "p.c."], Unit(kind: .percent, name: "%"))
        add(["percentage points", "percentage point", "points percentage", "percentage-point", "percentage-points"], Unit(kind: .percent, name: "percentage point"))
        // per mille, a tenth of a percent (`0.5‰`, `35 per mille`): a percentage a power of ten down
        add(["‰", "per mille", "per-mille", "permille"], Unit(kind: .percent, name: "%", power: -1))
        // data sizes in bits by the abbreviation networks write (8 Mbit, 1 Gbit)
        add(["kbit", "kbits"], dimension("kilobit"))
        add(["mbit", "mbits"], dimension("megabit"))
        add(["gbit", "gbits"], dimension("gigabit"))
        add(["tbit", "tbits"], dimension("terabit"))
        add(["bps", "bit/s"], dimension("bit per second"))
        add(["kbps", "kbit/s", "kb/s"], dimension("kilobit per second"))
        add(["mbps", "mbit/s", "mb/s"], dimension("megabit per second"))
        add(["gbps", "gbit/s", "gb/s"], dimension("gigabit per second"))
        add(["tbps", "tbit/s"], dimension("terabit per second"))
        for (word, unit) in CompoundUnits.entries where table[word] == nil { table[word] = unit }
        addGenerated(to: &table)
        return inMillions(table)
    }()

    /// The IEC binary prefixes (IEC 80000-13) on bytes and bits: the names in any case
    /// (`mebibytes`, `Gibibit`), the symbols only as written (`KiB`, `MiB`, `Gibit`; `MIB`
    /// is a name in capitals).
    static let binaryPrefixes: [(name: String, symbol: String)] = [
        ("kibi", "Ki"), ("mebi", "Mi"), ("gibi", "Gi"), ("tebi", "Ti"), ("pebi", "Pi"), ("exbi", "Ei"), ("zebi", "Zi"),
        ("yobi", "Yi"),
    ]

    private static func addBinaryPrefixes(to table: inout [String: Unit]) {
        for (name, symbol) in binaryPrefixes {
            for (base, baseSymbols) in [("byte", ["B"]), ("bit", ["bit", "b"])] {
                let unit = dimension(name + base)
                table[name + base] = unit
                table[name + base + "s"] = unit
                for baseSymbol in baseSymbols {
                    var exact = unit
                    exact.caseSensitive = true
                    table[symbol + baseSymbol] = exact
                }
            }
        }
    }

    /// The generated tables under the hand-written entries: every currency (CLDR) by name and
    /// minor unit, every SI prefix on every metric unit by name and symbol.
    private static func addGenerated(to table: inout [String: Unit]) {
        table.reserveCapacity(table.count + CurrencyCatalog.names.count + CurrencyCatalog.minorNames.count
            + CurrencyCatalog.symbols.count + CurrencyCatalog.codes.count + MetricUnits.names.count + 2 * MetricUnits.symbols.count)
        // each entry found once (a look-up then a store would hash and probe twice): the table's
        // own entries first, then the currency names', then the minor units'
        table.merge(CurrencyCatalog.names) { hand, _ in hand }
        table.merge(CurrencyCatalog.minorNames) { hand, _ in hand }
        // a sign after the amount, as much of the world writes it (40 ₺, 3.75 ₹, 40 元)
        for (sign, unit) in CurrencyCatalog.symbols where table[sign] == nil && CurrencyCatalog.isBareSign(sign) {
            table[sign] = unit
        }
        // and a sign of letters with one beyond ASCII, which no English word is (4,99 zł, 120 Kč)
        table.merge(CurrencyCatalog.letterSigns) { hand, _ in hand }
        // a code whose lower case is a unit read only as written is kept (CUP beside `cup`)
        for (code, unit) in CurrencyCatalog.codes where table[code.lowercased()]?.caseSensitive != false {
            var written = unit
            written.caseSensitive = true
            table[code] = written
        }
        table.merge(MetricUnits.names.lazy.map { ($0.key, dimension($0.value.name)) }) { hand, _ in hand }
        // Every symbol as written (5 mL, 4 kL), except a lone capital letter whose lower-case
        // form is the same unit: "5670L 5680H" in a price table is low and high, not litres.
        // Lower-case symbols come first, so the rule does not depend on a Dictionary's order,
        // which changes with each process's hash seed.
        for (symbol, entry) in lowerCaseFirst(MetricUnits.symbols)
        where table[symbol] == nil && !isLoneCapitalVariant(symbol, of: entry, in: table) {
            var unit = dimension(entry.name)
            unit.caseSensitive = true
            unit.fusedOnly = symbol.unicodeScalars.count == 1
            table[symbol] = unit
        }
    }

    /// Whether `symbol` is one capital letter whose lower-case form already names `entry`'s unit.
    private static func isLoneCapitalVariant(_ symbol: String, of entry: MetricUnits.Entry, in table: [String: Unit]) -> Bool {
        symbol.unicodeScalars.count == 1 && symbol != symbol.lowercased() && table[symbol.lowercased()]?.name == entry.name
    }

    /// Symbols whose lower-case form is themselves before the others, then by their bytes
    /// (each symbol lowercased once, not once per comparison).
    private static func lowerCaseFirst(_ symbols: [String: MetricUnits.Entry]) -> [(key: String, value: MetricUnits.Entry)] {
        symbols.map { (entry: $0, lower: $0.key == $0.key.lowercased(), bytes: Array($0.key.utf8)) }
            .sorted { a, b in a.lower != b.lower ? a.lower : a.bytes.lexicographicallyPrecedes(b.bytes) }
            .map(\.entry)
    }

    /// The SI or usual symbol of a unit name (`kilometer` km, `mile` mi, `celsius` °C), if any:
    /// `builtSymbols`, as `UnitSnapshot` stores it.
    static let symbols: [String: String] = UnitSnapshot.loaded.symbols

    /// The builder of `symbols` (tests and `UnitSnapshot.render()` read it).
    static let builtSymbols: [String: String] = {
        var table: [String: String] = [
            "mile": "mi", "nautical mile": "nmi", "foot": "ft", "inch": "in", "yard": "yd", "pound": "lb",
            "ounce": "oz", "metric ton": "t", "gallon": "gal", "barrel": "bbl", "cubic foot": "ft³", "cubic meter": "m³",
            "square meter": "m²", "square kilometer": "km²", "square mile": "mi²", "square foot": "ft²",
            "hectare": "ha", "acre": "ac", "kilometer per hour": "km/h", "mile per hour": "mph", "knot": "kn",
            "celsius": "°C", "fahrenheit": "°F", "kelvin": "K", "degree": "°", "%": "%", "teaspoon": "tsp", "tablespoon": "tbsp",
        ]
        let names = MetricUnits.names.map { (bytes: Array($0.key.utf8), entry: $0.value) }.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for (_, entry) in names where table[entry.name] == nil { table[entry.name] = entry.symbol }
        return table
    }()

    /// Unit words that are a mention even without a number (`a small percent`, `convert it to
    /// celsius`, `the dollar fell`, `a metric ton is`), each with the unit it names in `suffixes`.
    /// Only words that name a unit whatever the context: no abbreviations or signs but `%`, no
    /// ISO codes (`try`, `cad`), and none of `pound`, `degree`, `foot`, `inch`, `yard`, `ton`, `bit`,
    /// `knot`, `kilo`, `meter`, `euro` (singular: `euro zone`), `sterling` or `pence` (`Vice President
    /// Pence`), which also mean other things.
    static let bareUnits: [String: Unit] = {
        let words = [
            "%", "percent", "per cent", "percentage", "percentage point", "percentage points",
            "celsius", "celcius", "centigrade", "centigrate", "fahrenheit", "farenheit", "degrees celsius",
            "degree celsius", "degrees centigrade", "degrees fahrenheit", "degree fahrenheit",
            "dollar", "dollars", "us dollar", "us dollars", "u.s. dollars", "united states dollars", "canadian dollar",
            "canadian dollars", "australian dollar", "australian dollars", "hong kong dollars", "euros",
            "pound sterling", "pounds sterling", "yen", "yuan", "rmb", "renminbi", "kuai", "rupee", "rupees",
            "bolivar", "bolivares", "peso", "pesos", "mexican pesos", "turkish lira", "dutch guilders", "guilders",
            "swiss francs", "rubles", "roubles", "bitcoin", "bitcoins", "cents",
            "kilometer", "kilometers", "kilometre", "kilometres", "metres", "centimeter", "centimeters", "centimetre",
            "centimetres", "millimeter", "millimeters", "millimetre", "millimetres", "mile", "miles", "nautical mile",
            "nautical miles", "kilogram", "kilograms", "kilogramme", "kilogrammes", "gram", "grams", "gramme",
            "grammes", "milligram", "milligrams", "microgram", "micrograms", "microgramme", "microgrammes", "ounce",
            "ounces", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes", "liter",
            "liters", "litre", "litres", "milliliter", "milliliters", "millilitre", "millilitres", "gallon", "gallons",
            "cubic feet", "cubic meters", "cubic metres", "square meters", "square metres", "square kilometers",
            "square kilometres", "square miles", "square feet", "hectare", "hectares", "acre", "acres",
            "kilometers per hour", "kilometres per hour", "miles per hour", "kilobyte", "kilobytes", "megabyte",
            "megabytes", "gigabyte", "gigabytes", "terabyte", "terabytes",
        ]
        var table: [String: Unit] = [:]
        for word in words {
            guard let unit = suffixBytes[word] else { preconditionFailure("no unit '\(word)'") }
            table[word] = unit
        }
        return table
    }()

    /// The names of the units of length, which make a speed with a time unit after `per` or `/`.
    static let lengths: WordSet = [
        "kilometer", "meter", "centimeter", "millimeter", "mile", "nautical mile", "foot", "inch", "yard",
    ]

    /// The units of time, shortest first, by name and plural. A duration is no dimension here
    /// (`5 years` is a number), but the units give a speed or a rate its time (`timeUnits`), a
    /// number with a fused `m` its millions (`66m years ago`), and an `Age:` key its unit.
    static let unitsOfTime: [(name: String, plural: String)] = [
        ("millisecond", "milliseconds"), ("second", "seconds"), ("minute", "minutes"), ("hour", "hours"), ("day", "days"),
        ("week", "weeks"), ("month", "months"), ("year", "years"), ("decade", "decades"), ("century", "centuries"),
    ]

    /// Time units after `per` or `/`: the units of time up to the day, and abbreviations as
    /// written (`/s`, `/ms`, `/h`).
    static let timeUnits: [String: String] = {
        var table = ["sec": "second", "s": "second", "ms": "millisecond", "min": "minute", "hr": "hour", "h": "hour"]
        for unit in unitsOfTime.prefix(through: unitsOfTime.firstIndex { $0.name == "day" }!) {
            table[unit.name] = unit.name
            table[unit.plural] = unit.name
        }
        return table
    }()

    /// The words of a currency's minor units, each worth its fraction of the major unit
    /// (`cents` of dollars and euros, `pence` of pounds, `mao` and `fen` of yuan), or nil.
    static func minorUnits(of currency: String) -> [String: NumberValue]? {
        CurrencyCatalog.minorUnits(of: currency)
    }

    /// The first or last token of each key of a table, as the tokeniser splits the key, so a
    /// reader can tell from one token's bytes, without making a string, that no key can match
    /// there. Tokens that cannot be packed (non-ASCII, long) are not listed: they always pass.
    struct Edges: Sendable {
        let table: WordTable
        /// For each ASCII first byte (A–Z folded) and second letter (26 for none or no letter),
        /// a bit for each length some token of a key has: most tokens are turned away on these
        /// alone, before any packing.
        let shapes: [UInt32]

        /// The second letter's index in `shapes`: 0…25, or 26 for none or no letter.
        @inline(__always)
        private static func secondLetter(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> Int {
            guard length > 1 else { return 26 }
            let letter = (bytes[start + 1] | 0x20) &- UInt8(ascii: "a")
            return letter < 26 ? Int(letter) : 26
        }

        init<S: Sequence>(_ keys: S, last: Bool) where S.Element == String {
            var builder = Builder(capacity: keys.underestimatedCount)
            Self.forEachToken(of: keys, last: last) { builder.add($0) }
            self.init(builder)
        }

        /// The edges of the tokens given to `builder` (`UnitSnapshot` gives the ones
        /// `forEachToken` found in the keys, stored).
        init(_ builder: Builder) {
            table = WordTable(builder.entries)
            shapes = builder.shapes
        }

        /// What an `Edges` is made of, gathered one token at a time.
        struct Builder {
            var entries: [(key: WordTable.Key, value: UInt8)] = []
            var shapes = [UInt32](repeating: 0, count: 128 * 27)

            init(capacity: Int) { entries.reserveCapacity(capacity) }

            /// Adds a token's bytes (lowercase, at least one byte): its shape when it is ASCII-led
            /// and short, its packed key when it packs.
            mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                if bytes[0] < 0x80 && bytes.count <= 16 {
                    shapes[Int(bytes[0]) * 27 + Edges.secondLetter(base, 0, bytes.count)] |= 1 << UInt32(bytes.count)
                }
                if let packed = WordTable.Key(base, from: 0, to: bytes.count) { entries.append((packed, 1)) }
            }
        }

        /// Calls `body` with the bytes of each token a key of `keys` starts (or, `last`, ends)
        /// with, lowercased: the plain word of a key of ASCII words, otherwise the token the
        /// tokeniser makes of the key alone and, for a key without a space, the key itself (in
        /// running text it may be one token, US$5, 5 kWh, where alone it is two).
        static func forEachToken<S: Sequence>(
            of keys: S, last: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void
        ) where S.Element == String {
            var scratch: [UInt8] = []  // one buffer for every key's folded word, not an array a key
            for key in keys {
                if let word = plainEdgeRange(of: key, last: last) {
                    fold(key.utf8[word], into: &scratch)
                    scratch.withUnsafeBufferPointer(body)
                    continue
                }
                guard let edge = tokenizedEdge(of: key, last: last) else { continue }
                Array(edge.lowercased().utf8).withUnsafeBufferPointer(body)
                if !key.utf8.contains(UInt8(ascii: " ")) { Array(key.lowercased().utf8).withUnsafeBufferPointer(body) }
            }
        }

        /// `bytes` with A–Z folded to a–z, in `folded` (emptied first), read from the string's
        /// storage where it is contiguous: stepping a `UTF8View` cost some 30 instructions a byte.
        static func fold(_ bytes: Substring.UTF8View, into folded: inout [UInt8]) {
            folded.removeAll(keepingCapacity: true)
            let read: Void? = bytes.withContiguousStorageIfAvailable { stored in
                for byte in stored { folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            }
            if read == nil { for byte in bytes { folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) } }
        }

        /// The first (or `last`) token the tokeniser makes of `key` alone.
        static func tokenizedEdge(of key: String, last: Bool) -> String? {
            var document = Document(id: "key", text: key)
            guard (try? Tokenizer().process(&document)) != nil, let token = last ? document.tokens.last : document.tokens.first
            else { return nil }
            return String(document.text(of: token.span))
        }

        /// The first (or `last`) word of a key of ASCII letters and single spaces, which is the
        /// token the tokeniser makes there (`UnitTableTests` checks this on every table), without
        /// tokenising; nil for any other key.
        static func plainEdge(of key: String, last: Bool) -> String? {
            plainEdgeRange(of: key, last: last).map { String(decoding: key.utf8[$0], as: UTF8.self) }
        }

        /// Where `plainEdge` lies in the key's bytes, found in one pass without making strings.
        static func plainEdgeRange(of key: String, last: Bool) -> Range<String.UTF8View.Index>? {
            let utf8 = key.utf8
            var wordStart = utf8.startIndex
            var first: Range<String.UTF8View.Index>?
            var index = utf8.startIndex
            while index < utf8.endIndex {
                let byte = utf8[index]
                if byte == UInt8(ascii: " ") {
                    guard index > wordStart else { return nil }  // a leading or double space
                    if first == nil { first = wordStart..<index }
                    wordStart = utf8.index(after: index)
                } else if (byte | 0x20) < 0x61 || (byte | 0x20) > 0x7A {
                    return nil
                }
                index = utf8.index(after: index)
            }
            guard utf8.endIndex > wordStart else { return nil }  // empty, or a trailing space
            return last ? wordStart..<utf8.endIndex : first ?? wordStart..<utf8.endIndex
        }

        /// Whether a key may start (or end) at `bytes[start..<end]`: true for bytes that cannot
        /// be packed (non-ASCII, long), which may belong to a key the table could not list.
        @inline(__always)
        func admits(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
            match(bytes, from: start, to: end) ?? true
        }

        /// Whether a key starts (or ends) at `bytes[start..<end]`; false for bytes that cannot be packed.
        @inline(__always)
        func contains(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
            match(bytes, from: start, to: end) ?? false
        }

        /// Whether the table holds the token, or nil when the bytes cannot be packed.
        @inline(__always)
        private func match(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool? {
            let length = end - start
            var first = bytes[start]
            guard first < 0x80 && length <= 16 else { return nil }
            if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { first |= 0x20 }
            guard shapes[Int(first) * 27 + Self.secondLetter(bytes, start, length)] & (1 << UInt32(length)) != 0 else {
                return false
            }
            guard let key = WordTable.Key(bytes, from: start, to: end, lowercased: true) else { return nil }
            return table.contains(key)
        }
    }

    /// Every start of a key of `keys` (or, `last`, every end), the key itself included,
    /// lowercased, as bytes: a reader makes a key one piece longer only while it is in this
    /// set, however the text splits into pieces.
    static func reach<S: Sequence>(_ keys: S, last: Bool) -> ByteSet where S.Element == String {
        ByteSet(prefixesOf: keys, last: last, lowercasing: true)
    }

    /// `reach(suffixKeysRead, last: false)`, as `UnitSnapshot` stores it.
    static let suffixReach = UnitSnapshot.loaded.suffixReach
    static let bareUnitReach = reach(bareUnits.keys, last: false)
    static let prefixReach = reach(Array(currencyPrefixes.keys) + CurrencyCatalog.codes.keys, last: true)
    static let modifierReach = reach(modifiers.keys, last: true)
    static let postModifierReach = reach(postModifiers.keys, last: false)

    /// `suffixes`, `bareUnits`, `currencyPrefixes`, `modifiers` and `postModifiers` looked up by
    /// bytes (`ByteTable`): what `MentionReader` reads keys of pieces with.
    static let suffixBytes = UnitSnapshot.loaded.suffixBytes
    static let bareUnitBytes = ByteTable(bareUnits)
    static let currencyPrefixBytes = ByteTable(currencyPrefixes)
    static let modifierBytes = ByteTable(modifiers)
    static let postModifierBytes = ByteTable(postModifiers)

    static let bareUnitStarts = Edges(bareUnits.keys, last: false)
    static let suffixStarts = UnitSnapshot.loaded.suffixStarts

    /// The keys of `suffixes` and the words the reader reads as units by its own rules
    /// (`pound`, `marks`): what `suffixReach` and `suffixStarts` are made of.
    static var suffixKeysRead: [String] { suffixes.keys + ["pound", "pounds", "marks"] }

    /// Every distinct unit of `suffixes` (from `UnitSnapshot`).
    static let suffixUnits: [Unit] = UnitSnapshot.loaded.units
    static let prefixEnds = Edges(Array(currencyPrefixes.keys) + CurrencyCatalog.codes.keys, last: true)
    static let modifierEnds = Edges(modifiers.keys, last: true)
    static let postModifierStarts = Edges(postModifiers.keys, last: false)

    /// The longest key of `suffixes`, in words (`bosnia-herzegovina convertible marks`), as
    /// `UnitSnapshot` stores it.
    static let longestSuffix = UnitSnapshot.loaded.longestSuffix

    /// The most words in one of `keys` (1 for none): spaces counted in the bytes, with no
    /// string split.
    static func mostWords<S: Sequence>(_ keys: S) -> Int where S.Element == String {
        var most = 1
        for key in keys {
            var words = 0
            var inWord = false
            for byte in key.utf8 {
                if byte == UInt8(ascii: " ") {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            most = max(most, words)
        }
        return most
    }

    /// Words before a number that bound or approximate it, with the comparator they give: the
    /// hand-written ones, then the grammar of `BoundWords`.
    static let modifiers: [String: NumberMention.Comparator] = handModifiers.merging(BoundWords.before) { hand, _ in hand }

    private static let handModifiers: [String: NumberMention.Comparator] = [
        "nearly": .less, "almost": .less, "just under": .less, "just below": .less, "close to": .approximately,
        "about": .approximately, "around": .approximately, "roughly": .approximately, "approximately": .approximately,
        "some": .approximately, "an estimated": .approximately, "estimated": .approximately, "circa": .approximately,
        "approx.": .approximately, "~": .approximately, "more than": .greater, "greater than": .greater,
        "larger than": .greater, "higher than": .greater, "over": .greater, "above": .greater, "in excess of": .greater,
        "upwards of": .greater, "exceeding": .greater, "exceed": .greater, "exceeds": .greater, "exceeded": .greater,
        "surpassed": .greater, "surpasses": .greater, "surpassing": .greater, "surpass": .greater, "beyond": .greater, ">": .greater,
        "at least": .greaterOrEqual, "no less than": .greaterOrEqual, "no fewer than": .greaterOrEqual,
        "not less than": .greaterOrEqual, "a minimum of": .greaterOrEqual, ">=": .greaterOrEqual,
        "> =": .greaterOrEqual, "greater than or equal to": .greaterOrEqual, "more than or equal to": .greaterOrEqual,
        "equal to or more than": .greaterOrEqual, "equal to or greater than": .greaterOrEqual,
        "at least or equal to": .greaterOrEqual, "greater or equal to": .greaterOrEqual,
        "greater or equal than": .greaterOrEqual, "more or equal than": .greaterOrEqual,
        "less or equal to": .lessOrEqual, "less or equal than": .lessOrEqual,
        "fewer than": .less, "less than": .less, "lower than": .less, "smaller than": .less, "below": .less,
        "under": .less, "<": .less,
        "up to": .lessOrEqual, "at most": .lessOrEqual, "no more than": .lessOrEqual, "not more than": .lessOrEqual,
        "a maximum of": .lessOrEqual, "as many as": .lessOrEqual, "as much as": .lessOrEqual, "<=": .lessOrEqual,
        "< =": .lessOrEqual, "=<": .lessOrEqual, "=>": .greaterOrEqual, "≤": .lessOrEqual, "≥": .greaterOrEqual,
        // the other signs Unicode has for the same two relations (slanted, over a double line)
        "⩽": .lessOrEqual, "⩾": .greaterOrEqual, "≦": .lessOrEqual, "≧": .greaterOrEqual, "less than or equal to": .lessOrEqual, "equal to or less than": .lessOrEqual,
        "equal to or fewer than": .lessOrEqual,
        "only": .equal, "just": .equal, "exactly": .equal, "precisely": .equal, "equal to": .equal, "equals": .equal,
        "equals to": .equal, "equaling to": .equal, "equalling": .equal, "equal": .equal,
    ]

    /// Words after a number that bound it: the hand-written ones, then `BoundWords`.
    static let postModifiers: [String: NumberMention.Comparator] = handPostModifiers.merging(BoundWords.after) { hand, _ in hand }

    private static let handPostModifiers: [String: NumberMention.Comparator] = [
        "or more": .greaterOrEqual, "or greater": .greaterOrEqual, "or above": .greaterOrEqual,
        "and above": .greaterOrEqual, "and over": .greaterOrEqual, "or higher": .greaterOrEqual,
        "plus": .greaterOrEqual, "+": .greaterOrEqual, "or less": .lessOrEqual, "or fewer": .lessOrEqual,
        "or below": .lessOrEqual, "and below": .lessOrEqual, "and under": .lessOrEqual, "or lower": .lessOrEqual,
        "or greater than": .greaterOrEqual, "or more than": .greaterOrEqual, "or less than": .lessOrEqual,
        // more than 5 or equal to it: closes the bound the words before open (see MentionReader)
        "or equal to": .equal,
    ]

    /// The longest key of `modifiers`, in words.
    static let longestModifier = mostWords(modifiers.keys)

    /// The longest key of `postModifiers`, in words.
    static let longestPostModifier = mostWords(postModifiers.keys)

    /// Words that make a following four-digit number a year.
    static let yearContext: WordSet = [
        "in", "of", "since", "from", "until", "till", "by", "during", "before", "after", "year", "early", "late", "mid",
        "spring", "summer", "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "circa", "c.", "between", "and", "to", "through", "for", "the", "'s", "due", "maturing", "ended", "ending",
    ]

    /// Words that make a following number a fiscal year.
    static let fiscalContext: WordSet = ["fiscal", "fy", "financial"]

    /// Words that make a following bare `one` a pronoun (`the one you mentioned`).
    static let pronounContext: WordSet = ["the", "this", "that", "which", "each", "every", "any", "no", "no-"]
}
