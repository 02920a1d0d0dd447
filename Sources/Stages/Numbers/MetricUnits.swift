/// Every SI prefix on every metric unit the stage reads, by name (`kilometre`, `megawatts`)
/// and by symbol (`km`, `MW`, `µg` or `μg`), each with its canonical name and SI symbol.
///
/// Names are matched in any case; symbols as written (`Mb` is a megabit, `MB` a megabyte,
/// `mm` a millimetre, `Mm` a megametre), and a one-letter symbol only fused to the number
/// (`100W`, `5V`; `5 A` is a grade). Symbols that are also common words or times are left out:
/// `am`, `pm` (times), `fm`, `dam`, `ft`, `pt` (feet, points), and the rarest prefixes'
/// symbols (quetta, ronna, yotta, zetta, atto, zepto, yocto, ronto, quecto).
enum MetricUnits {
    struct Prefix {
        var name: String
        var symbol: String
        var power: Int
    }

    struct Base {
        /// The canonical name (`meter`) and the spellings (`metre`).
        var name: String
        var spellings: [String]
        var symbol: String
        /// Whether the symbol takes every prefix (tonnes take only k, M, G).
        var symbolPrefixes: Set<String>? = nil
        /// Whether the name is read without a prefix: not names that are names of firms or
        /// people far more often after a number (`500 Tesla cars`, `10 Henry Street`).
        var bareName = true
        /// The powers of ten whose prefixes the unit takes, by name and by symbol (nil: every
        /// one). Bytes and bits take only multiples from kilo up: a decibyte or a millibit is no
        /// size anyone states, and `dB` is the decibel. The bel takes only deci.
        var prefixPowers: ClosedRange<Int>? = nil

        /// Whether the unit takes `prefix` (the empty prefix always).
        func takes(_ prefix: Prefix) -> Bool {
            prefix.name.isEmpty || prefixPowers.map { $0.contains(prefix.power) } ?? true
        }
    }

    static let prefixes: [Prefix] = [
        Prefix(name: "quetta", symbol: "Q", power: 30), Prefix(name: "ronna", symbol: "R", power: 27),
        Prefix(name: "yotta", symbol: "Y", power: 24), Prefix(name: "zetta", symbol: "Z", power: 21),
        Prefix(name: "exa", symbol: "E", power: 18), Prefix(name: "peta", symbol: "P", power: 15),
        Prefix(name: "tera", symbol: "T", power: 12), Prefix(name: "giga", symbol: "G", power: 9),
        Prefix(name: "mega", symbol: "M", power: 6), Prefix(name: "kilo", symbol: "k", power: 3),
        Prefix(name: "hecto", symbol: "h", power: 2), Prefix(name: "deca", symbol: "da", power: 1),
        Prefix(name: "deka", symbol: "da", power: 1), Prefix(name: "deci", symbol: "d", power: -1),
        Prefix(name: "centi", symbol: "c", power: -2), Prefix(name: "milli", symbol: "m", power: -3),
        Prefix(name: "micro", symbol: "µ", power: -6), Prefix(name: "nano", symbol: "n", power: -9),
        Prefix(name: "pico", symbol: "p", power: -12), Prefix(name: "femto", symbol: "f", power: -15),
        Prefix(name: "atto", symbol: "a", power: -18), Prefix(name: "zepto", symbol: "z", power: -21),
        Prefix(name: "yocto", symbol: "y", power: -24), Prefix(name: "ronto", symbol: "r", power: -27),
        Prefix(name: "quecto", symbol: "q", power: -30),
    ]

    static let bases: [Base] = [
        Base(name: "meter", spellings: ["meter", "metre"], symbol: "m"),
        Base(name: "gram", spellings: ["gram", "gramme"], symbol: "g"),
        Base(name: "liter", spellings: ["liter", "litre"], symbol: "l"),
        Base(name: "watt", spellings: ["watt"], symbol: "W"),
        Base(name: "watt hour", spellings: ["watt hour", "watt-hour"], symbol: "Wh"),
        Base(name: "joule", spellings: ["joule"], symbol: "J"),
        Base(name: "hertz", spellings: ["hertz"], symbol: "Hz"),
        Base(name: "volt", spellings: ["volt"], symbol: "V"),
        Base(name: "ampere", spellings: ["ampere", "amp"], symbol: "A"),
        Base(name: "newton", spellings: ["newton"], symbol: "N"),
        Base(name: "pascal", spellings: ["pascal"], symbol: "Pa"),
        Base(name: "ohm", spellings: ["ohm"], symbol: "Ω"),
        Base(name: "electronvolt", spellings: ["electronvolt", "electron volt"], symbol: "eV"),
        Base(name: "calorie", spellings: ["calorie"], symbol: "cal", symbolPrefixes: ["k"]),
        Base(name: "bar", spellings: ["bar"], symbol: "bar", symbolPrefixes: ["m"]),
        Base(name: "byte", spellings: ["byte"], symbol: "B", prefixPowers: 3...30),
        Base(name: "bit", spellings: ["bit"], symbol: "b", prefixPowers: 3...30),
        // the decibel (the bel is a unit accepted for use with the SI, SI brochure table 8): by
        // name and by `dB`; `Bel` alone is a name far more often than a tenth of a decibel's ten
        Base(name: "bel", spellings: ["bel"], symbol: "B", bareName: false, prefixPowers: -1 ... -1),
        Base(name: "ton", spellings: ["ton", "tonne"], symbol: "t", symbolPrefixes: ["k", "M", "G"]),
        // the other SI units with special names (SI brochure, table 4) that measure neither
        // time nor temperature; their symbols only with the prefixes that science and news
        // write, as the bare letters are grades, temperatures and scales (`5 F`, `5 T`, `5 S`)
        Base(name: "coulomb", spellings: ["coulomb"], symbol: "C", symbolPrefixes: ["m", "µ", "n", "p"]),
        Base(name: "farad", spellings: ["farad"], symbol: "F", symbolPrefixes: ["m", "µ", "n", "p"]),
        Base(name: "siemens", spellings: ["siemens"], symbol: "S", symbolPrefixes: ["m", "µ"], bareName: false),
        Base(name: "weber", spellings: ["weber"], symbol: "Wb", symbolPrefixes: ["m", "µ"], bareName: false),
        Base(name: "tesla", spellings: ["tesla"], symbol: "T", symbolPrefixes: ["m", "µ", "n"], bareName: false),
        Base(name: "henry", spellings: ["henry"], symbol: "H", symbolPrefixes: ["m", "µ", "n"], bareName: false),
        // `klm` is the wire's kilometre (`a 267-klm pipeline`): lumens and lux by bare symbol only
        Base(name: "lumen", spellings: ["lumen"], symbol: "lm", symbolPrefixes: []),
        Base(name: "lux", spellings: ["lux"], symbol: "lx", symbolPrefixes: []),
        Base(name: "becquerel", spellings: ["becquerel"], symbol: "Bq", symbolPrefixes: ["k", "M", "G", "T", "P"]),
        Base(name: "gray", spellings: ["gray"], symbol: "Gy", symbolPrefixes: ["m", "µ"], bareName: false),
        Base(name: "sievert", spellings: ["sievert"], symbol: "Sv", symbolPrefixes: ["m", "µ", "n"]),
        // the mole (SI base unit of amount) and the dalton (accepted for use with the SI, CLDR's
        // `mass-dalton`): named only with a prefix (`5 moles` are animals, `Dalton` a name),
        // their symbols with the prefixes chemistry and biology write (`mmol`, `64 kDa`)
        Base(name: "mole", spellings: ["mole"], symbol: "mol", symbolPrefixes: ["m", "µ", "n", "p"], bareName: false),
        Base(name: "dalton", spellings: ["dalton"], symbol: "Da", symbolPrefixes: ["k", "M"], bareName: false),
    ]

    /// Symbols that are other words (`am` and `pm` are times, `ft` feet, `pt` points) or scale
    /// abbreviations, which news means far more often (`5B` and `5b` are billions, `7MN`
    /// and `7mN` millions, `2TN` trillions, not bytes, bits and newtons).
    private static let excludedSymbols: Set<String> = [
        "am", "pm", "fm", "dam", "ft", "pt", "PB", "cal", "bar", "Pa", "ha", "B", "b", "MN", "mN", "TN",
        "C", "F", "S", "T", "H",
        // the dalton's bare symbol is the first word of names after a year (`the 2017 Da Nang
        // summit`, `the 2006 Da Vinci Code`); `kDa` and `MDa` stay
        "Da",
    ]
    private static let rarePrefixes: Set<String> = ["quetta", "ronna", "yotta", "zetta", "atto", "zepto", "yocto", "ronto", "quecto", "deka"]

    /// A unit of the table: its canonical name (`kilometer`) and symbol (`km`).
    struct Entry: Sendable {
        var name: String
        var symbol: String
    }

    /// Names, lowercase, singular and plural: `kilometer`, `kilometres`, `megawatt hours`.
    static let names: [String: Entry] = {
        var table: [String: Entry] = [:]
        for base in bases {
            for prefix in [Prefix(name: "", symbol: "", power: 0)] + prefixes
            where (base.bareName || !prefix.name.isEmpty) && base.takes(prefix) {
                let entry = Entry(name: prefix.name + base.name, symbol: symbol(prefix, base))
                for spelling in base.spellings {
                    let word = prefix.name + spelling
                    table[word] = entry
                    table[pluralize(word)] = entry
                }
            }
        }
        table["micron"] = Entry(name: "micrometer", symbol: "µm")
        table["microns"] = table["micron"]
        return table
    }()

    /// Symbols as written: `km`, `MW`, `µg`, `μg` (Greek mu), `ug`; one-letter symbols too.
    static let symbols: [String: Entry] = {
        var table: [String: Entry] = [:]
        for base in bases {
            for prefix in [Prefix(name: "", symbol: "", power: 0)] + prefixes
            where !rarePrefixes.contains(prefix.name) && base.takes(prefix) {
                if let allowed = base.symbolPrefixes, !prefix.name.isEmpty, !allowed.contains(prefix.symbol) { continue }
                let written = symbol(prefix, base)
                if excludedSymbols.contains(written) { continue }
                let entry = Entry(name: prefix.name + base.name, symbol: written)
                // the micro sign U+00B5, the Greek letter U+03BC and the ASCII stand-in `u`,
                // on every form of the base's symbol (the litre's `l` and `L`: `μL`, `uL`)
                let prefixForms = prefix.symbol == "µ" ? ["µ", "μ", "u"] : [prefix.symbol]
                let baseForms = base.symbol == "l" ? ["l", "L"] : [base.symbol]
                for prefixForm in prefixForms {
                    for baseForm in baseForms { table[prefixForm + baseForm] = entry }
                }
                // data sizes take a capital K for kilo too (JEDEC), bits and bytes apart as
                // with every prefix: Kb a kilobit, KB a kilobyte
                if prefix.name == "kilo", base.name == "bit" || base.name == "byte" { table["K" + base.symbol] = entry }
            }
        }
        return table
    }()

    private static func symbol(_ prefix: Prefix, _ base: Base) -> String { prefix.symbol + base.symbol }

    /// `kilometres`, `megawatt hours`, `kilohertz`, `millisiemens`, `kilolux` (no change),
    /// `millihenries`, `ohms`.
    static func pluralize(_ word: String) -> String {
        if word.hasSuffix("hertz") || word.hasSuffix("siemens") || word.hasSuffix("lux") { return word }
        if word.hasSuffix("henry") { return word.dropLast() + "ies" }
        return word + "s"
    }
}
