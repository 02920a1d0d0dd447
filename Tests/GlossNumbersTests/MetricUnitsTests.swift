import Testing

@testable import GlossNumbers

/// Every SI prefix on every metric unit, by name and by symbol, generated from the table.
@Suite struct MetricUnitsTests {
    static func dimension(_ text: String) throws -> NumberMention? {
        try NumberDetectorTests.mentions(text).first { $0.kind == .dimension }
    }

    @Test func everyPrefixedNameSingularAndPlural() throws {
        for base in MetricUnits.bases {
            for prefix in MetricUnits.prefixes where base.takes(prefix) {  // bytes from kilo up, the bel deci only
                for spelling in base.spellings {
                    let word = prefix.name + spelling
                    let expected = UnitTable.suffixes[word]?.name
                    #expect(expected != nil, "\(word)")
                    #expect(try Self.dimension("it was 7 \(MetricUnits.pluralize(word)) long")?.unit == expected, "\(word)")
                    #expect(try Self.dimension("it was 1 \(word) long")?.unit == expected, "\(word)")
                }
            }
        }
    }

    @Test func everySymbolFusedAndSpaced() throws {
        for (symbol, entry) in MetricUnits.symbols {
            guard let unit = UnitTable.suffixes[symbol], unit.name == entry.name else { continue }  // hand entry first
            #expect(try Self.dimension("it was 7\(symbol) then")?.unit == entry.name, "7\(symbol)")
            if symbol.unicodeScalars.count > 1 {
                #expect(try Self.dimension("it was 7 \(symbol) then")?.unit == entry.name, "7 \(symbol)")
            }
        }
    }

    @Test func microWithEitherMu() throws {
        #expect(try Self.dimension("a dose of 20 µg daily")?.unit == "microgram")
        #expect(try Self.dimension("a dose of 20 μg daily")?.unit == "microgram")
        #expect(try Self.dimension("a 5 μm gap")?.unit == "micrometer")
    }

    /// The SI units with special names beside the first ones, by prefixed name and the symbols
    /// news writes; names of firms and people are no unit without a prefix.
    @Test func theOtherSIUnitsWithSpecialNames() throws {
        for (text, unit) in [("doses of 20 mSv a year", "millisievert"), ("a 470 μF capacitor", "microfarad"),
            ("a 470 µF capacitor", "microfarad"), ("fields of 6 milliteslas", "millitesla"), ("0.07 MEGAHENRIES", "megahenry"),
            ("2 millihenries", "millihenry"), ("5 millisiemens", "millisiemens"), ("6 MEGALUX", "megalux"),
            ("480 decilumens", "decilumen"), ("3 kBq of iodine", "kilobecquerel"), ("40 mGy", "milligray"),
            ("12 coulombs", "coulomb"), ("3 farads", "farad"), ("2 sieverts", "sievert")]
        {
            #expect(try Self.dimension(text)?.unit == unit, "\(text)")
        }
        for text in ["It sold 500 Tesla cars.", "He lives at 10 Henry Street.", "It ordered 5 Siemens turbines.",
            "They saw 3 gray whales.", "A 5 F grade", "5 T of ore", "a 267-klm pipeline"]
        {
            #expect(try Self.dimension(text) == nil, "\(text)")
        }
    }

    @Test func bitsAgainstBytes() throws {
        #expect(try Self.dimension("a 10 Mb link")?.unit == "megabit")
        #expect(try Self.dimension("a 10 MB file")?.unit == "megabyte")
        #expect(try Self.dimension("a 10 mb file")?.unit == "megabyte")
        #expect(try Self.dimension("a 2 Gb chip")?.unit == "gigabit")
        #expect(try Self.dimension("a 100 Mbps line")?.unit == "megabit per second")
        #expect(try Self.dimension("a 3 terabytes disk")?.unit == "terabyte")
        // a capital K for kilo on data sizes (JEDEC): bits and bytes apart as with M and G
        #expect(try Self.dimension("a 4 Kb buffer")?.unit == "kilobit")
        #expect(try Self.dimension("a 4 KB buffer")?.unit == "kilobyte")
        #expect(try Self.dimension("a 4 kB buffer")?.unit == "kilobyte")
        #expect(try Self.dimension("a 4 kb buffer")?.unit == "kilobyte")
    }

    @Test func oneLetterSymbolsOnlyFused() throws {
        #expect(try Self.dimension("a 100W bulb")?.unit == "watt")
        #expect(try Self.dimension("a 5 V cell") == nil)
        #expect(try Self.dimension("at 5 pm today") == nil)  // a time, not picometres
    }

    @Test func compoundSpeeds() throws {
        #expect(try Self.dimension("at 30 miles an hour")?.unit == "mile per hour")
        #expect(try Self.dimension("at 5 km per hour")?.unit == "kilometer per hour")
        #expect(try Self.dimension("at 5 km/h")?.unit == "kilometer per hour")
        #expect(try Self.dimension("at 12 meters a second")?.unit == "meter per second")
    }

    @Test func canonicalSymbols() {
        #expect(UnitTable.symbols["kilometer"] == "km")
        #expect(UnitTable.symbols["megawatt hour"] == "MWh")
        #expect(UnitTable.symbols["microgram"] == "µg")
        #expect(UnitTable.symbols["mile"] == "mi")
    }
}
