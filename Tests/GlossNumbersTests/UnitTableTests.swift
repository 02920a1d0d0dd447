import Testing

@testable import GlossNumbers

@Suite struct UnitTableTests {
    @Test func unitsAndCurrencies() {
        #expect(UnitTable.suffixes["km"]?.name == "kilometer")
        #expect(UnitTable.suffixes["degrees celsius"]?.kind == .temperature)
        #expect(UnitTable.suffixes["C"]?.caseSensitive == true)
        #expect(UnitTable.suffixes["years old"]?.kind == .age)
        #expect(UnitTable.suffixes["euros"]?.currency == "EUR")
        #expect(UnitTable.currencyPrefixes["us$"]?.currency == "USD")
        #expect(UnitTable.currencyPrefixes["rs"]?.currency == "INR")
    }

    /// The capital spellings of litre symbols are kept whatever order the symbol table is read
    /// in (a Dictionary's order changes with each process's hash seed), except the lone "L".
    @Test func litreSymbolsKeepTheirCapitalSpellingsButNotTheLoneL() {
        for symbol in ["mL", "kL", "dL", "cL", "ml", "kl", "l"] {
            #expect(UnitTable.suffixes[symbol]?.name.hasSuffix("liter") == true, "\(symbol)")
        }
        #expect(UnitTable.suffixes["L"] == nil)
    }

    @Test func everyKeyFitsTheLongestLengths() {
        for key in UnitTable.suffixes.keys {
            #expect(key.split(separator: " ").count <= UnitTable.longestSuffix, "\(key)")
        }
        for key in UnitTable.modifiers.keys {
            #expect(key.split(separator: " ").count <= UnitTable.longestModifier, "\(key)")
        }
    }

    @Test func bareUnitsAreUnambiguousWordsOfTheSuffixTable() {
        for (key, unit) in UnitTable.bareUnits {
            #expect(UnitTable.suffixes[key]?.name == unit.name, "\(key)")
            #expect(key.split(separator: " ").count <= UnitTable.longestSuffix, "\(key)")
        }
        #expect(UnitTable.bareUnits["celsius"]?.kind == .temperature)
        for word in ["pound", "pounds", "degree", "degrees", "try", "usd", "c", "m", "bit", "euro", "foot"] {
            #expect(UnitTable.bareUnits[word] == nil, "\(word)")
        }
    }

    @Test func edgesTurnAwayByShapeAndAdmitWhatTheyCannotPack() {
        let edges = UnitTable.Edges(["per cent", "km", "bolívar"], last: false)
        func admits(_ word: String) -> Bool {
            var bytes = Array(word.utf8)
            return bytes.withUnsafeMutableBufferPointer { edges.admits($0.baseAddress!, from: 0, to: $0.count) }
        }
        func contains(_ word: String) -> Bool {
            var bytes = Array(word.utf8)
            return bytes.withUnsafeMutableBufferPointer { edges.contains($0.baseAddress!, from: 0, to: $0.count) }
        }
        #expect(admits("Per") && admits("KM"))
        #expect(!admits("pet") && !admits("kms") && !admits("the") && !admits("pie") && !admits("k3"))
        // a token that cannot be packed may start a key it cannot be checked against
        #expect(admits("bolívar") && admits("€"))
        #expect(contains("per") && !contains("bolívar") && !contains("€"))
    }

    @Test func reachHoldsEveryStartOrEndOfEveryKey() {
        let starts = UnitTable.reach(["Per Cent", "km/h"], last: false)
        for part in ["p", "per", "per ", "per cent", "km", "km/", "km/h"] { #expect(starts.contains(part), "\(part)") }
        #expect(!starts.contains("cent") && !starts.contains("per cents"))
        let ends = UnitTable.reach(["up to"], last: true)
        #expect(ends.contains("to") && ends.contains("up to") && !ends.contains("up"))
        // every key of the tables the reader looks up is within its own reach
        for key in UnitTable.suffixes.keys { #expect(UnitTable.suffixReach.contains(key.lowercased()), "\(key)") }
        for key in UnitTable.modifiers.keys { #expect(UnitTable.modifierReach.contains(key), "\(key)") }
    }

    @Test func minorUnitsByCurrency() {
        #expect(UnitTable.minorUnits(of: "canadian dollar")?["cents"]?.description == "0.01")
        #expect(UnitTable.minorUnits(of: "british pound")?["pence"]?.description == "0.01")
        #expect(UnitTable.minorUnits(of: "chinese yuan")?["mao"]?.description == "0.1")
        #expect(UnitTable.minorUnits(of: "japanese yen")?["sen"]?.description == "0.01")
        #expect(UnitTable.minorUnits(of: "georgian lari")?["tetri"]?.description == "0.01")  // WordNet's (numbers23)
        #expect(UnitTable.minorUnits(of: "uzbekistani som")?["tiyin"]?.description == "0.01")  // a WordNet gloss (numbers24)
        #expect(UnitTable.minorUnits(of: "hungarian forint") == nil)
    }

    @Test func isoCodesAlsoComeInMillions() {
        #expect(UnitTable.currencyPrefixes["mchf"]?.power == 6)
        #expect(UnitTable.currencyPrefixes["mchf"]?.currency == "CHF")
        #expect(UnitTable.suffixes["mjpy"]?.power == 6)
        #expect(UnitTable.currencyPrefixes["chf"]?.power == 0)
        // a sign or a name has no millions form
        #expect(UnitTable.currencyPrefixes["m$"] == nil)
        #expect(UnitTable.suffixes["meuros"] == nil)
    }
}

/// The edges of a key read without the tokeniser are the tokens the tokeniser makes.
@Suite struct UnitTableEdgesTests {
    @Test func plainEdgesAreTheTokenisersTokensOnEveryTable() {
        let tables: [[String]] = [
            Array(UnitTable.suffixes.keys) + ["pound", "pounds", "marks"], Array(UnitTable.bareUnits.keys),
            Array(UnitTable.currencyPrefixes.keys) + CurrencyCatalog.codes.keys, Array(UnitTable.modifiers.keys),
            Array(UnitTable.postModifiers.keys),
        ]
        var plain = 0
        for key in tables.joined() {
            for last in [false, true] {
                guard let edge = UnitTable.Edges.plainEdge(of: key, last: last) else { continue }
                plain += 1
                #expect(edge == UnitTable.Edges.tokenizedEdge(of: key, last: last), "\(key)")
            }
        }
        #expect(plain > 1000)
    }

    /// `Edges` folds each plain edge's bytes into one reused buffer, read from the string's
    /// storage: the bytes are the edge lowercased, on every key of the suffix table, and a
    /// bridged-like string without contiguous storage folds the same way.
    @Test func edgesFoldPlainWordsAsLowercased() {
        var folded: [UInt8] = []
        for key in Array(UnitTable.suffixes.keys) + ["Degrees Celsius", "KM"] {
            for last in [false, true] {
                guard let range = UnitTable.Edges.plainEdgeRange(of: key, last: last) else { continue }
                UnitTable.Edges.fold(key.utf8[range], into: &folded)
                #expect(folded == Array(String(decoding: key.utf8[range], as: UTF8.self).lowercased().utf8), "\(key)")
            }
        }
        UnitTable.Edges.fold("Degrees CELSIUS".dropFirst(8).utf8, into: &folded)
        #expect(folded == Array("celsius".utf8))
    }

    @Test func onlyKeysOfLettersAndSingleSpacesArePlain() {
        #expect(UnitTable.Edges.plainEdge(of: "degrees Celsius", last: true) == "Celsius")
        #expect(UnitTable.Edges.plainEdge(of: "degrees Celsius", last: false) == "degrees")
        for key in ["km/h", "u.s. dollar", "°c", "m3", "per  cent", " per", "", "bolívar"] {
            #expect(UnitTable.Edges.plainEdge(of: key, last: false) == nil, "\(key)")
        }
    }
}

/// Degree signs keyboards give (º, ˚), bits by their network abbreviation, and DM beside dm.
@Suite struct UnitTableVariantTests {
    @Test func degreeSignVariants() throws {
        #expect(try NumberDetectorTests.summary("Expect 20ºC at noon.") == ["20ºC=20 celsius"])
        #expect(try NumberDetectorTests.summary("Lows near 14˚F are due.") == ["14˚F=14 fahrenheit"])
    }

    @Test func bitsByAbbreviation() throws {
        #expect(try NumberDetectorTests.summary("It sent 8 Mbit of data.") == ["8 Mbit=8 megabit"])
        #expect(try NumberDetectorTests.summary("a 1 Gbit link") == ["1 Gbit=1 gigabit"])
    }

    @Test func capitalDMIsTheMarkLowerCaseDmTheDecimetre() throws {
        #expect(try NumberDetectorTests.summary("A 10 DM note.") == ["10 DM=10 DEM"])
        #expect(try NumberDetectorTests.summary("It is 10 dm long.") == ["10 dm=10 decimeter"])
    }
}
