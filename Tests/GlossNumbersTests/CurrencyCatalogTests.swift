import Testing

@testable import GlossNumbers

/// Every currency of the CLDR table by name, plural, code and symbol, generated from the table.
@Suite struct CurrencyCatalogTests {
    static func money(_ text: String) throws -> NumberMention? {
        try NumberDetectorTests.mentions(text).first { $0.kind == .money }
    }

    /// `hasBytes`, the byte test the tables ask before Foundation's string search, is false
    /// only where Foundation's `contains` is false too, on every CLDR name as written and as
    /// the catalog lowercases it, and true where the bytes are there.
    @Test func theByteTestAgreesWithFoundationsSearch() {
        for row in CurrencyCatalog.cldr {
            for name in [row.name, row.name.lowercased(), CurrencyCatalog.baseName(row.name).lowercased()] {
                #expect(CurrencyCatalog.hasBytes(name, " and ") == name.contains(" and "), "\(name)")
                #expect(CurrencyCatalog.hasBytes(name, " & ") == name.contains(" & "), "\(name)")
                #expect(CurrencyCatalog.hasBytes(name, " (") == name.contains(" ("), "\(name)")
            }
        }
        #expect(CurrencyCatalog.hasBytes("trinidad and tobago dollar", " and "))
        #expect(!CurrencyCatalog.hasBytes("andorran peseta", " and "))
        #expect(!CurrencyCatalog.hasBytes(" an", " and "))
        #expect(CurrencyCatalog.baseName("Belarusian Ruble (2000–2016)") == "Belarusian Ruble")
        #expect(CurrencyCatalog.baseName("Belarusian Ruble") == "Belarusian Ruble")
    }

    /// The byte-read word split and letter test answer as `split(separator:)` and
    /// `Character.isLetter` do, on every name, form and country name the catalog splits, and on
    /// spellings beyond ASCII or with doubled and edge spaces.
    @Test func theByteWordSplitAgreesWithTheCharacterSplit() {
        var texts = ["  lux  franc ", "colón", "são tomé & príncipe dobra", "a\r\nb c", "", " ", "côte d’ivoire", "guinea-bissau", "st. helena"]
        for row in CurrencyCatalog.byPrecedence { texts.append(row.name); texts += CurrencyCatalog.forms(of: row.name) }
        for (form, _) in CurrencyCatalog.countryNames { texts.append(form) }
        for text in texts {
            #expect(CurrencyCatalog.words(text).map(String.init) == text.split(separator: " ").map(String.init), "\(text)")
            #expect(CurrencyCatalog.isLettersAndSpaces(text) == text.allSatisfy { $0.isLetter || $0 == " " }, "\(text)")
        }
        #expect(CurrencyCatalog.words("  lux  franc ") == ["lux", "franc"])
        #expect(!CurrencyCatalog.isLettersAndSpaces("guinea-bissau") && CurrencyCatalog.isLettersAndSpaces("sri lanka"))
    }

    /// Names with `&` in CLDR are read with `and` (`Trinidad & Tobago Dollar`), and both
    /// spellings after an amount name the currency.
    @Test func ampersandNamesAreReadWithAnd() throws {
        #expect(CurrencyCatalog.byPrecedence.contains { $0.name == "trinidad and tobago dollar" })
        #expect(!CurrencyCatalog.byPrecedence.contains { $0.name.contains("&") })
        #expect(CurrencyCatalog.names["trinidad and tobago dollars"]?.currency == "TTD")
        #expect(CurrencyCatalog.names["trinidad & tobago dollars"]?.currency == "TTD")
    }

    @Test func theTableIsComplete() {
        #expect(CurrencyCatalog.cldr.count >= 250)
        let codes = Set(CurrencyCatalog.cldr.map(\.code))
        for code in ["USD", "EUR", "JPY", "GEL", "LAK", "TRY", "NGN", "PHP", "VND", "ILS", "FRF", "DEM", "ITL", "ESP", "FIM", "PTE", "NLG"] {
            #expect(codes.contains(code), "\(code)")
        }
        // historic: retired since 1970, as a news archive holds them
        for code in ["LTL", "VEF", "SLL", "BYR", "MRO", "EEK", "LVL", "SKK", "SIT", "CYP", "MTL", "IEP", "GRD", "ATS", "BEF", "ZWD", "TRL", "ROL"] {
            #expect(codes.contains(code), "\(code)")
        }
        // no funds, metals, tests, nor currencies withdrawn before 1970
        for code in ["XAU", "XTS", "XXX", "CLF", "USN", "ARM", "BGO", "BRZ"] { #expect(!codes.contains(code), "\(code)") }
    }

    /// Each currency's English name and plural after an amount gives its code (or the
    /// hand-written entry's, which comes first); historic ones by their name without years.
    @Test func everyNameAndPlural() throws {
        for (_, name, _, _) in CurrencyCatalog.byPrecedence {
            for form in CurrencyCatalog.forms(of: name).prefix(2) {
                let found = try Self.money("They paid 25 \(form) for it.")
                #expect(found?.value?.description == "25", "\(form)")
                let unit = UnitTable.suffixes[form]
                #expect(found?.currency == unit?.currency, "\(form)")
                // a historic currency's name that a current one bears too is the current one's
                let bearer = CurrencyCatalog.byPrecedence.first { $0.name == name }?.code
                if UnitTable.suffixes[form]?.name == name { #expect(found?.currency == bearer, "\(form)") }
            }
        }
    }

    /// Every code, current or historic, before and after an amount in mixed-case prose; a
    /// code that is also a word (`ALL`, `MAD`) with nothing after a code-first amount.
    @Test func everyCodeInCapitalsBeforeAndAfter() throws {
        #expect(CurrencyCatalog.codes.count == CurrencyCatalog.cldr.count - 1)  // all but MCF, a gas measure
        #expect(try Self.money("reserves of 78.6 mln MCF of gas") == nil)
        for (code, unit) in CurrencyCatalog.codes {
            let before = unit.isWordCode ? "They paid \(code) 40." : "They paid \(code) 40 for it."
            #expect(try Self.money(before)?.currency == code, "\(code)")
            // KGS after a number is kilograms: the hand-written unit comes first
            guard UnitTable.suffixes[code]?.currency == code else { continue }
            #expect(try Self.money("They paid 40 \(code) for it.")?.currency == code, "\(code)")
        }
        // codes that are words are not read in capitals
        #expect(try Self.money("THE TOP 10 SONGS") == nil)
        #expect(try Self.money("ALL 3 MEN") == nil)
    }

    /// A code fused to its amount is money for the usual codes (`USD115`, `EUR40`), not for
    /// every code: `COP30` is a conference, `ALL3` no amount.
    @Test func onlyUsualCodesFusedToTheAmount() throws {
        #expect(try Self.money("They paid USD115.5 for it.")?.currency == "USD")
        #expect(try Self.money("They paid EUR40 for it.")?.currency == "EUR")
        #expect(try Self.money("He will attend COP30 in Brazil.") == nil)
        #expect(try Self.money("They won ALL3 for it.") == nil)
    }

    /// The years CLDR gives a historic currency's name are no part of the name; `&` is `and`.
    @Test func historicNamesAndAmpersands() throws {
        #expect(CurrencyCatalog.baseName("Belarusian Ruble (2000–2016)") == "Belarusian Ruble")
        #expect(CurrencyCatalog.codes["BYR"]?.name == "belarusian ruble")
        #expect(CurrencyCatalog.names["belarusian rubles"]?.currency == "BYN")  // the current one first
        #expect(CurrencyCatalog.names["lithuanian litas"]?.currency == "LTL")
        #expect(try NumberDetectorTests.summary("it cost 40 Trinidad and Tobago dollars") == ["40 Trinidad and Tobago dollars=40 TTD"])
        #expect(try NumberDetectorTests.summary("it cost 40 Trinidad & Tobago dollars") == ["40 Trinidad & Tobago dollars=40 TTD"])
        #expect(CurrencyCatalog.codes["TTD"]?.name == "trinidad and tobago dollar")
    }

    /// Every English name CLDR spells otherwise, singular and plural, after an amount.
    @Test func everyEnglishNameBesideCLDRs() throws {
        for (code, names) in CurrencyCatalog.englishNames {
            for name in names {
                for form in CurrencyCatalog.forms(of: name).prefix(2) {
                    let found = try Self.money("They paid 25 \(form) for it.")
                    #expect(found?.currency == code && found?.value?.description == "25", "\(form)")
                }
            }
        }
        #expect(try Self.money("They paid 25 Bermudian dollars.")?.unit == "bermudan dollar")  // CLDR's name
    }

    /// A currency by its country's name before the name's last word, as news writes it.
    @Test func theCountrysNameBeforeTheLastWord() throws {
        for (text, code) in [("7.5 mln Luxembourg francs", "LUF"), ("40 Kenya shillings", "KES"), ("900 Sri Lanka rupees", "LKR"),
            ("12 Uganda shillings", "UGX"), ("2,000 GREECE DRACHMAS", "GRD")]
        {
            #expect(try Self.money("They paid \(text) for it.")?.currency == code, "\(text)")
        }
        #expect(CurrencyCatalog.countryNames.allSatisfy { $0.form.split(separator: " ").count <= 3 })
        #expect(try Self.money("They paid 40 Greek drachmae for it.")?.currency == "GRD")
    }

    /// A country's name before an English word that ends its currency's name is the subject or
    /// modifier of that word, not money: a year before it stays a year.
    @Test func theCountrysNameBeforeAnEnglishWordIsNoCurrency() throws {
        for text in ["In 1988 South Korea won 12 gold medals.", "By 2015 Brazil real GDP had fallen.",
            "In 2020 Germany marks 30 years of unity.", "In 2012 Syria pounds rebel towns.", "two Brazil real estate firms"]
        {
            #expect(try Self.money(text) == nil, "\(text)")
        }
        #expect(try Self.money("They paid 40 Canada dollars for it.")?.currency == "CAD")
    }

    /// A word that ends several names is one currency when one country has them all.
    @Test func aWordOfOneCountryIsItsCurrentCurrency() throws {
        #expect(CurrencyCatalog.soleCurrency(of: ["AOA", "AOK", "AON", "AOR"]) == "AOA")
        #expect(CurrencyCatalog.soleCurrency(of: ["CVE", "PTE"]) == nil)
        #expect(try Self.money("It cost 817 kwanzas.")?.currency == "AOA")
        #expect(try Self.money("It cost 90 escudos.")?.currency == nil)
        #expect(try Self.money("It cost 40 punts.")?.currency == "IEP")
        #expect(try Self.money("In 1983 Zaire set out on a reform.") == nil)  // a country
    }

    /// The European Currency Unit by the acronym the news wire wrote, in any case and plural.
    @Test(arguments: ["a 150 mln ECU eurobond", "It raised 40 mln Ecus.", "They lent 2.5 billion ecus."])
    func theEcuIsTheEuropeanCurrencyUnit(_ text: String) throws {
        #expect(try Self.money(text)?.currency == "XEU", "\(text)")
    }

    @Test func everyUniqueSymbolBeforeTheAmount() throws {
        for (key, unit) in CurrencyCatalog.symbols where UnitTable.currencyPrefixes[key]?.currency == unit.currency {
            // the table's keys are lowercase; a sign of letters and a slash is read in capitals only
            let symbol = key.contains("/") ? key.uppercased() : key
            let found = try Self.money("They paid \(symbol)40 for it.") ?? Self.money("They paid \(symbol) 40 for it.")
            #expect(found?.currency == unit.currency, "\(symbol)")
        }
        for (symbol, code) in [("₾", "GEL"), ("₭", "LAK"), ("元", "CNY"), ("₺", "TRY"), ("₦", "NGN"), ("₱", "PHP"), ("₫", "VND"), ("₪", "ILS")] {
            #expect(try Self.money("it cost \(symbol)50 then")?.currency == code, "\(symbol)")
        }
    }

    @Test func historicEuropeanCurrencies() throws {
        #expect(try Self.money("It cost 300 French francs.")?.currency == "FRF")
        #expect(try Self.money("It cost 300 francs.")?.currency == nil)  // French, Swiss or Belgian
        #expect(try Self.money("It cost 300 francs.")?.unit == "franc")
        #expect(try Self.money("It cost 20 Deutsche marks.")?.currency == "DEM")
        #expect(try Self.money("It cost 20 German marks.")?.currency == "DEM")
        #expect(try Self.money("It cost 1,000 Italian lire.")?.currency == "ITL")
        #expect(try Self.money("It cost 500 pesetas.")?.currency == "ESP")
        #expect(try Self.money("It cost 40 markkaa.")?.currency == "FIM")
        #expect(try Self.money("It cost 90 Portuguese escudos.")?.currency == "PTE")
        #expect(try Self.money("It cost 12 Dutch guilders.")?.unit == "netherlands guilder")
        // the markka by its English name, the Baltic plurals (litai, lati)
        #expect(try Self.money("It cost 10 Finnish marks.")?.currency == "FIM")
        #expect(try Self.money("It cost 1 Finnish mark.")?.currency == "FIM")
        #expect(try Self.money("It cost 40,000 Lithuanian litai.")?.currency == "LTL")
        #expect(try Self.money("It cost 40 Lithuanian litas.")?.currency == "LTL")
        #expect(try Self.money("It cost 300 Latvian lati.")?.currency == "LVL")
        #expect(try Self.money("It cost 300 Latvian lats.")?.currency == "LVL")
    }

    @Test func newsWireAbbreviations() throws {
        #expect(try NumberDetectorTests.summary("a loss of 5.2 mln dlrs in") == ["5.2 mln dlrs=5200000 USD"])
        #expect(try NumberDetectorTests.summary("profit of 20 mln stg") == ["20 mln stg=20000000 GBP"])
    }

    @Test func minorUnits() throws {
        #expect(try Self.money("It cost 5 rubles and 20 kopeks.")?.value?.description == "5.2")
        #expect(try Self.money("It cost 3 francs and 50 centimes.")?.value?.description == "3.5")
        #expect(try Self.money("It cost 2 yuan 5 jiao.")?.value?.description == "2.5")
        #expect(try Self.money("It cost 20 kopeks.")?.unit == "kopek")
        #expect(CurrencyCatalog.minorUnits(of: "swiss franc")?["centimes"]?.description == "0.01")
        #expect(CurrencyCatalog.minorUnits(of: "georgian lari")?["tetri"]?.description == "0.01")  // WordNet's (numbers23)
        #expect(CurrencyCatalog.minorUnits(of: "uzbekistani som")?["tiyin"]?.description == "0.01")  // a WordNet gloss (numbers24)
        #expect(CurrencyCatalog.minorUnits(of: "hungarian forint") == nil)
    }

    /// The names worked out once give what the rule by the last word gives, on every name.
    @Test func minorUnitsByNameAgreeWithTheRule() {
        #expect(CurrencyCatalog.minorByName.count > 100)
        for (name, minor) in CurrencyCatalog.minorByName {
            #expect(minor == CurrencyCatalog.minorUnitsByLastWord(name), "\(name)")
            #expect(CurrencyCatalog.minorUnits(of: name) == CurrencyCatalog.minorUnitsByLastWord(name), "\(name)")
        }
        #expect(CurrencyCatalog.minorByName["british pound"] != nil)
        #expect(CurrencyCatalog.minorUnits(of: "old pound")?["pence"] != nil)  // not listed: by the rule
    }

    @Test func plurals() throws {
        #expect(CurrencyCatalog.forms(of: "nigerian naira").contains("nigerian nairas"))
        #expect(try Self.money("It cost 375 Nigerian nairas.")?.currency == "NGN")
        #expect(try Self.money("It cost 339 South African rands.")?.currency == "ZAR")
        #expect(CurrencyCatalog.plural(of: "lira") == "lire")
        #expect(CurrencyCatalog.plural(of: "yen") == "yen")
        #expect(CurrencyCatalog.plural(of: "dinar") == "dinars")
        #expect(CurrencyCatalog.forms(of: "costa rican colón").contains("costa rican colones"))
        #expect(CurrencyCatalog.forms(of: "costa rican colón").contains("costa rican colon"))
    }

    @Test func moneyScaleLetters() throws {
        #expect(try NumberDetectorTests.summary("sales of €3m last year") == ["€3m=3000000 EUR"])
        #expect(try NumberDetectorTests.summary("raised US$5m in") == ["US$5m=5000000 USD"])
        #expect(try NumberDetectorTests.summary("a deal worth $5 b") == ["$5 b=5000000000 USD"])
        #expect(try NumberDetectorTests.summary("won 5m euros") == ["5m euros=5000000 EUR"])
        #expect(try NumberDetectorTests.summary("ran 5m today") == ["5m=5 meter"])  // no money: metres
        #expect(try NumberDetectorTests.summary("sales of $5G last year") == ["$5G=5000000000 USD"])
        #expect(try NumberDetectorTests.summary("a 5G phone") == [])  // the network
    }

    @Test func everyIrregularPluralAlsoTakesTheEnglishS() throws {
        for (code, name, _, _) in CurrencyCatalog.cldr where !name.contains("(") {
            let lower = name.lowercased()
            guard let last = lower.split(separator: " ").last.map(String.init), CurrencyCatalog.plural(of: last) != last + "s",
                CurrencyCatalog.plural(of: last) != last, !last.hasSuffix("s")
            else { continue }
            let sPlural = String(lower.dropLast(last.count)) + last + "s"
            #expect(CurrencyCatalog.forms(of: lower).contains(sPlural), "\(code) \(sPlural)")
            #expect(CurrencyCatalog.names[sPlural]?.currency == CurrencyCatalog.names[lower]?.currency, "\(code) \(sPlural)")
        }
        #expect(try NumberDetectorTests.summary("15 Turkish liras") == ["15 Turkish liras=15 TRY"])
        #expect(try NumberDetectorTests.summary("15 Turkish lire") == ["15 Turkish lire=15 TRY"])
    }

    @Test func wonAfterASumAndPoundsWithPence() throws {
        for amount in ["3,000", "150", "5 bln", "1.2 billion"] {
            #expect(try NumberDetectorTests.mentions("paid \(amount) won for it").first?.currency == "KRW", "\(amount)")
        }
        // a small count before won is a tally: they have 3 won
        #expect(try NumberDetectorTests.mentions("they have 3 won and 2 lost").allSatisfy { $0.currency == nil })
        #expect(try NumberDetectorTests.summary("costs 2 pounds 30 pence") == ["2 pounds 30 pence=2.3 GBP"])
        #expect(try NumberDetectorTests.summary("costs 2 pounds and 30p") == ["2 pounds and 30p=2.3 GBP"])
        #expect(try NumberDetectorTests.summary("weighs 2 pounds 3 ounces") .first?.hasSuffix("pound") == true)
        let mark = try NumberDetectorTests.mentions("a 477 mln mark profit")
        #expect(mark.map(\.kind) == [.money] && mark.first?.value?.double == 477e6 && mark.first?.unit == "mark")
    }
}

/// A currency word only one currency ends with resolves to that currency's full name; the
/// signs and codes of one currency too; crowns and reais are money.
@Suite struct CurrencyCatalogFullNameTests {
    @Test func aHeadOfOneCurrencyNamesItInFull() throws {
        var checked = 0
        for (head, codes) in CurrencyCatalog.heads where codes.count == 1 {
            guard let unit = CurrencyCatalog.names[head], let code = codes.first else { continue }
            let name = CurrencyCatalog.byPrecedence.first { $0.code == code }?.name
            #expect(unit.name == name, "\(head)")
            #expect(unit.currency == code, "\(head)")
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test func signsAndCodesOfOneCurrencyAreNamedInFull() throws {
        let cases = [
            ("¥100", "japanese yen"), ("₹ 40", "indian rupee"), ("INR 40", "indian rupee"), ("₽ 500", "russian ruble"),
            ("₩ 900", "south korean won"), ("50 naira", "nigerian naira"), ("20 baht", "thai baht"),
        ]
        for (text, name) in cases {
            let found = try NumberDetectorTests.mentions("it cost \(text) today")
            #expect(found.map { $0.unit ?? "" } == [name], "\(text)")
        }
        // rupees alone are rupees of no one country in name (Indian by code)
        #expect(try NumberDetectorTests.mentions("it cost 40 rupees").map { $0.unit ?? "" } == ["rupee"])
    }

    @Test func crownsAndReaisAreMoney() throws {
        #expect(try NumberDetectorTests.summary("it paid 420 mln crowns") == ["420 mln crowns=420000000 crown"])
        for (country, code) in [("Swedish", "SEK"), ("Danish", "DKK"), ("Norwegian", "NOK"), ("Czech", "CZK")] {
            let found = try NumberDetectorTests.mentions("it paid 5 mln \(country) crowns")
            #expect(found.map { $0.currency ?? "" } == [code], "\(country)")
        }
        #expect(try NumberDetectorTests.summary("it cost 50 reais") == ["50 reais=50 BRL"])
        #expect(try NumberDetectorTests.summary("it traded at 1.85 marks") == ["1.85 marks=1.85 mark"])
        #expect(try NumberDetectorTests.summary("he got 5 marks for the essay") == ["5=5"])
    }
}

/// Signs written after the amount, generated from the table: every sign with no letters.
@Suite struct CurrencySignAfterAmountTests {
    @Test func everyBareSignAfterAnAmountIsItsCurrency() throws {
        let signs = CurrencyCatalog.symbols.filter { CurrencyCatalog.isBareSign($0.key) }
        #expect(signs.count >= 20)
        for (sign, unit) in signs {
            for written in ["40 \(sign)", "40\(sign)"] {
                let found = try NumberDetectorTests.mentions("A meal costs \(written) here.")
                #expect(found.map(\.normalized) == ["40 \(unit.currency ?? "")"], "\(written)")
            }
        }
    }

    @Test func signsWithLettersAreNotBare() {
        #expect(CurrencyCatalog.isBareSign("₺") && CurrencyCatalog.isBareSign("元"))
        #expect(!CurrencyCatalog.isBareSign("CA$") && !CurrencyCatalog.isBareSign("dm"))
    }

    @Test func dollarsAfterACountrysAbbreviation() throws {
        #expect(try NumberDetectorTests.summary("net profit of 78 mln N.Z. Dlrs") == ["78 mln N.Z. Dlrs=78000000 NZD"])
        #expect(try NumberDetectorTests.summary("a 200 mln H.K. Dlr issue") == ["200 mln H.K. Dlr=200000000 HKD"])
        #expect(try NumberDetectorTests.summary("a 75 MLN CAN DLR BOND") == ["75 MLN CAN DLR=75000000 CAD"])
    }

    /// Minor units of the riyal, naira, dinar, dirham and pound beside the first ones, as
    /// money of their own.
    @Test func moreMinorUnits() throws {
        for (text, unit) in [("costs 90 halalas more", "halala"), ("went up 50 kobo", "kobo"), ("rose 30 fils", "fils"),
            ("up 20 piastres", "piastre")]
        {
            let found = try NumberDetectorTests.mentions(text)
            #expect(found.count == 1 && found[0].kind == .money && found[0].unit == unit, "\(text)")
        }
    }
}
