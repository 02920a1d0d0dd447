/// Units made of other units, generated over the lengths and times rather than listed:
/// areas and volumes (`square kilometres`, `sq km`, `km²`, `cubic feet`, `cu ft`, `m³`),
/// speeds (`miles an hour`, `kilometres per hour`, `km/h`, `km / h` as pre-tokenised text
/// writes it, `metres a second`, `m/s`), and the customary measures news uses beside them
/// (`bushels`, `pints`, `troy ounces`, `light years`, `furlongs`, `fathoms`, `bpd`); temperatures, every degree word
/// before every spelling of a scale (`degree celcius`, `degs farenheit`, `deg. c`).
///
/// Canonical names are singular, the square or cubic or `per` form of the base's name
/// (`square kilometer`, `kilometer per hour`); `UnitTable`'s hand-written entries come first.
enum CompoundUnits {
    /// A length: canonical name, its spellings (singular and plural), and its symbols.
    struct Length {
        var name: String
        var words: [String]
        var symbols: [String]
    }

    static let lengths: [Length] = [
        Length(name: "kilometer", words: ["kilometer", "kilometers", "kilometre", "kilometres"], symbols: ["km"]),
        Length(name: "meter", words: ["meter", "meters", "metre", "metres"], symbols: ["m"]),
        Length(name: "centimeter", words: ["centimeter", "centimeters", "centimetre", "centimetres"], symbols: ["cm"]),
        Length(name: "millimeter", words: ["millimeter", "millimeters", "millimetre", "millimetres"], symbols: ["mm"]),
        Length(name: "mile", words: ["mile", "miles"], symbols: ["mi"]),
        Length(name: "yard", words: ["yard", "yards"], symbols: ["yd"]),
        Length(name: "foot", words: ["foot", "feet"], symbols: ["ft"]),
        Length(name: "inch", words: ["inch", "inches"], symbols: ["in"]),
    ]

    /// Times a speed is given per: name, the words after `per`/`a`/`an`, and the symbols after `/`.
    static let times: [(name: String, words: [String], symbols: [String])] = [
        ("hour", ["hour"], ["h", "hr"]), ("second", ["second"], ["s", "sec"]), ("minute", ["minute"], ["min"]),
    ]

    /// A volume: canonical name and its plural spellings (`per` takes a plural before it).
    static let volumes: [(name: String, words: [String])] = [
        ("liter", ["liters", "litres"]), ("gallon", ["gallons"]), ("cubic meter", ["cubic meters", "cubic metres"]),
        ("cubic foot", ["cubic feet"]),
    ]

    /// Flows and fuel economy, generated: every volume per second, minute, hour or day
    /// (`litres per minute`, `cubic feet per second`; not barrels, which the specs read as
    /// barrels), and the lengths per volume that economy is given in (`miles per gallon`,
    /// `miles to the gallon`, `mpg`, `kilometres per litre`, `km/l`).
    private static func addRates(_ add: ([String], String) -> Void) {
        for volume in volumes {
            for time in ["second", "minute", "hour", "day"] {
                add(volume.words.map { $0 + " per " + time }, volume.name + " per " + time)
            }
        }
        // `per`, `to the` and `a` all say it (`40 miles to the gallon`, `15 kilometres a litre`)
        let miles = ["miles", "mile"].flatMap { mile in ["per", "to the", "a"].map { "\(mile) \($0) gallon" } }
        add(miles + ["mpg"], "mile per gallon")
        let kilometres = ["kilometers", "kilometres"].flatMap { length in
            ["per", "to the", "a"].flatMap { link in ["liter", "litre"].map { "\(length) \(link) \($0)" } }
        }
        add(kilometres + ["km/l", "kmpl"], "kilometer per liter")
    }

    /// Masses and amounts of substance that concentrations and doses are given in: name,
    /// plural word, symbols (lowercase).
    static let contents: [(name: String, plural: String, symbols: [String])] = [
        ("gram", "grams", ["g"]), ("milligram", "milligrams", ["mg"]), ("microgram", "micrograms", ["µg", "μg", "ug", "mcg"]),
        ("nanogram", "nanograms", ["ng"]), ("picogram", "picograms", ["pg"]), ("kilogram", "kilograms", ["kg"]),
        ("mole", "moles", ["mol"]), ("millimole", "millimoles", ["mmol"]), ("micromole", "micromoles", ["µmol", "μmol", "umol"]),
        ("nanomole", "nanomoles", ["nmol"]),
    ]

    /// What a concentration or a dose is given per: a volume (`mg/dL`, `mmol/L`, `µg/m³`) or,
    /// for a mass, a body's mass (`mg/kg`): name, words after `per`, symbols after `/`.
    static let containers: [(name: String, words: [String], symbols: [String], massOnly: Bool)] = [
        ("liter", ["liter", "litre"], ["l"], false), ("deciliter", ["deciliter", "decilitre"], ["dl"], false),
        ("milliliter", ["milliliter", "millilitre"], ["ml"], false),
        ("cubic meter", ["cubic meter", "cubic metre"], ["m3", "m³"], false), ("kilogram", ["kilogram"], ["kg"], true),
    ]

    /// Concentrations and doses, generated: every mass or amount of `contents` per every
    /// container (`milligram per deciliter`, `millimole per liter`, `milligram per kilogram`),
    /// by symbols (`mg/dL`, `mg / dL` as pre-tokenised text writes it) and words (`micrograms
    /// per cubic metre`). CLDR lists two of them (`milligram-ofglucose-per-deciliter`,
    /// `millimole-per-liter`); SI makes the rest.
    private static func addConcentrations(_ add: ([String], String) -> Void) {
        for content in contents {
            let isMass = content.name.hasSuffix("gram")
            for container in containers where (isMass || !container.massOnly) && container.name != content.name {
                let name = content.name + " per " + container.name
                for symbol in content.symbols {
                    for over in container.symbols { add([symbol + "/" + over, symbol + " / " + over], name) }
                }
                add(container.words.map { content.plural + " per " + $0 }, name)
            }
        }
    }

    /// Every generated spelling, lowercase, with its unit.
    static let entries: [(word: String, unit: UnitTable.Unit)] = {
        var entries: [(String, UnitTable.Unit)] = []
        func add(_ words: [String], _ name: String) { for word in words { entries.append((word, UnitTable.dimension(name))) } }
        for length in lengths {
            let square = "square " + length.name
            let cubic = "cubic " + length.name
            // square feet, sq feet, sq. feet, square-foot (a 2,000-square-foot house)
            for word in ["square ", "sq ", "sq. ", "square-"] { add(length.words.map { word + $0 }, square) }
            for word in ["cubic ", "cu ", "cu. ", "cubic-"] { add(length.words.map { word + $0 }, cubic) }
            for symbol in length.symbols where symbol != "in" {
                add(["sq " + symbol, "sq. " + symbol, symbol + "2", symbol + "²"], square)
                add(["cu " + symbol, "cu. " + symbol, symbol + "3", symbol + "³"], cubic)
            }
            for time in times {
                let speed = length.name + " per " + time.name
                for word in length.words where word.hasSuffix("s") || word == "feet" {
                    for timeWord in time.words {
                        add([word + " per " + timeWord, word + " an " + timeWord, word + " a " + timeWord], speed)
                    }
                }
                for symbol in length.symbols where symbol != "in" {
                    for timeSymbol in time.symbols {
                        add([symbol + "/" + timeSymbol, symbol + " / " + timeSymbol], speed)
                    }
                }
            }
        }
        addRates(add)
        addConcentrations(add)
        add(["bushel", "bushels", "bu"], "bushel")
        add(["pint", "pints"], "pint")
        add(["quart", "quarts"], "quart")  // not qt: the wire's quarter (3RD QT)
        add(["fluid ounce", "fluid ounces", "fl oz"], "fluid ounce")
        add(["troy ounce", "troy ounces", "troy oz"], "troy ounce")
        add(["light year", "light years", "light-year", "light-years"], "light year")
        // the rest of Foundation's `UnitLength` outside the metric system, by name (numbers30):
        // its symbols (`fur`, `ftm`, `au`, `pc`, `smi`) are words or codes in news
        add(["furlong", "furlongs"], "furlong")
        add(["fathom", "fathoms"], "fathom")
        add(["parsec", "parsecs"], "parsec")
        add(["astronomical unit", "astronomical units"], "astronomical unit")
        add(["scandinavian mile", "scandinavian miles"], "scandinavian mile")
        // barrels a day stay barrels, as the specs read them; only the abbreviation is a rate
        add(["bpd", "b/d"], "barrel per day")
        add(["hz", "hertz"], "hertz")
        add(["khz", "kilohertz"], "kilohertz")
        add(["mhz", "megahertz"], "megahertz")
        add(["ghz", "gigahertz"], "gigahertz")
        for (scale, words) in [("celsius", ["celsius", "celcius", "centigrade", "centigrate", "c"]), ("fahrenheit", ["fahrenheit", "farenheit", "f"])] {
            for degree in ["degree", "degrees", "deg", "deg.", "degs", "°", "º", "˚"] {
                for word in words { entries.append((degree + " " + word, UnitTable.Unit(kind: .temperature, name: scale))) }
            }
        }
        return entries
    }()
}
