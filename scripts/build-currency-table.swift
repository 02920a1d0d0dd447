// Writes Sources/Stages/Numbers/CurrencyCatalog+CLDR.swift: every current ISO 4217 currency
// (Foundation's `Locale.commonISOCurrencyCodes`) and every historic one a news archive can
// hold (the rest of `Locale.Currency.isoCurrencies`: francs, marks, lire, pesetas, markkaa,
// escudos, guilders, punts, schillings, drachmas, and the codes retired since 1970: LTL, VEF,
// BYR, MRO, SLL...), each with its English name and the symbols CLDR gives it, from the CLDR
// data that Foundation carries (swift-corelibs-foundation / FoundationInternationalization on
// Linux). Left out: ISO's fund codes, units of account, metals and test codes, which are no
// money one pays in, and currencies withdrawn before 1970 (their CLDR name ends in a year range).
//
// Run from the repository root:   swift scripts/build-currency-table.swift
// (or swiftc -O scripts/build-currency-table.swift -o /tmp/cur && /tmp/cur)
// The output is checked in; CLDR data is Unicode licence (see the generated file's header).
import Foundation

/// ISO 4217 codes that are no currency one pays in: funds and units of account, metals, tests;
/// and ADP, the Spanish peseta as paid in Andorra (no notes of its own), so that `pesetas` stays
/// the Spanish peseta's.
let notMoney: Set<String> = [
    "ADP", "BOV", "CHE", "CHW", "CLF", "COU", "ECV", "LUC", "LUL", "MXV", "USN", "USS", "UYI", "UYW",
    "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XFO", "XFU", "XPD", "XPT", "XRE", "XSU", "XTS", "XUA", "XXX",
]

/// Whether a CLDR name says the currency was still paid in after 1970: no parenthesis, or one
/// holding a year range that ends later (`Lithuanian Litas`, `Belarusian Ruble (2000–2016)`; not
/// `Argentine Peso (1881–1970)`, nor `Belgian Franc (financial)`).
func isNewsEra(_ name: String) -> Bool {
    guard let open = name.firstIndex(of: "(") else { return true }
    let years = name[name.index(after: open)...].dropLast().split { "–—-".contains($0) }
    guard years.count == 2, let end = Int(years[1]) else { return false }
    return end > 1970
}

let current = Set(Locale.commonISOCurrencyCodes)
let historic = Set(Locale.Currency.isoCurrencies.map(\.identifier)).subtracting(current).subtracting(notMoney)
let english = Locale(identifier: "en_US")
let formatter = NumberFormatter()
formatter.locale = english
formatter.numberStyle = .currency

// Each code's symbols in the locales that use it (narrow local forms: ₾, ₭, zł, ₺).
var localSymbols: [String: Set<String>] = [:]
for identifier in Locale.availableIdentifiers {
    let locale = Locale(identifier: identifier)
    guard let code = locale.currency?.identifier, let symbol = locale.currencySymbol else { continue }
    localSymbols[code, default: []].insert(symbol)
}

// Each code's country-prefixed signs in every locale, whichever currency the locale uses (`TT$`,
// `JM$`, `BZ$`, `FJ$`, `Bds$`, `EG£`, `KR₩`: locales write a neighbour's currency so): ASCII
// letters then one currency symbol (Unicode Sc), a shape `CurrencyCatalog.isSign` reads, whose
// letters abbreviate the currency in English (`abbreviatesInEnglish`). Not the
// sign before letters (`$AR`, `£GB`), which English news does not write. Symbols in other shapes
// keep to the locales that use the currency (above), so the tables of letter signs (`Ft`, `RM`,
// `zł`) are the same as before.
func isPrefixedSign(_ symbol: String) -> Bool {
    let scalars = Array(symbol.unicodeScalars)
    guard scalars.count >= 2, let sign = scalars.last, sign.properties.generalCategory == .currencySymbol else { return false }
    return scalars.dropLast().allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
}

// Whether a prefixed sign's letters abbreviate, in English, the currency they are given to: the ISO
// code or its country's two letters (`GB£`, `MOP$`), or a first letter that opens a word of the
// currency's or its country's English name with every other letter in that name (`TT$` Trinidad
// and Tobago, `Bds$` Barbados, `RD$` Dominican Republic, `UK£` United Kingdom, `SI$` Solomon
// Islands). Not the prefixes of other languages' names for the country (`KA$`, Kanada, the
// Canadian dollar's in Ga and Nigerian Pidgin; `MZ$`, `KB$` in Ga), which English news does not write.
func abbreviatesInEnglish(_ symbol: String, code: String) -> Bool {
    let letters = String(symbol.unicodeScalars.dropLast()).uppercased()
    let region = String(code.prefix(2))
    if letters == code || letters == region { return true }
    let names = [english.localizedString(forCurrencyCode: code), english.localizedString(forRegionCode: region)].compactMap { $0 }
    return names.contains { name in
        let words = name.uppercased().split(separator: " ")
        return words.contains { $0.hasPrefix(String(letters.prefix(1))) } && letters.dropFirst().allSatisfy { name.uppercased().contains($0) }
    }
}
let allCodes = current.union(historic)
let anyLocale = NumberFormatter()
anyLocale.numberStyle = .currency
for identifier in Locale.availableIdentifiers {
    anyLocale.locale = Locale(identifier: identifier)
    for code in allCodes {
        anyLocale.currencyCode = code
        if let symbol = anyLocale.currencySymbol, isPrefixedSign(symbol), abbreviatesInEnglish(symbol, code: code) {
            localSymbols[code, default: []].insert(symbol)
        }
    }
}

struct Row { var code: String; var name: String; var symbols: [String]; var current: Bool }
var rows: [Row] = []
for code in current.union(historic).sorted() {
    guard let name = english.localizedString(forCurrencyCode: code), name != code,
        current.contains(code) || isNewsEra(name)
    else { continue }
    formatter.currencyCode = code
    var symbols = localSymbols[code] ?? []
    if let symbol = formatter.currencySymbol { symbols.insert(symbol) }
    // a symbol that is the code itself, or letters alone (kr, zł stays: it is no English word), is kept
    // only when it is not the code
    symbols.remove(code)
    rows.append(Row(code: code, name: name, symbols: symbols.sorted(), current: current.contains(code)))
}

func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

var out = """
// Generated by scripts/build-currency-table.swift from the CLDR data in Foundation; do not edit.
// CLDR: Copyright © 1991-2025 Unicode, Inc. Unicode License v3 (https://www.unicode.org/license.txt).

extension CurrencyCatalog {
    /// Every current ISO 4217 currency and every historic one paid in since 1970: code,
    /// English name (CLDR; a historic one's may end in its years), the symbols CLDR gives it in
    /// English and in the locales that use it, and whether it is current.
    static let cldr: [(code: String, name: String, symbols: [String], current: Bool)] = [

"""
for row in rows {
    out += "        (\(quoted(row.code)), \(quoted(row.name)), [\(row.symbols.map(quoted).joined(separator: ", "))], \(row.current)),\n"
}
out += "    ]\n}\n"
try out.write(toFile: "Sources/Stages/Numbers/CurrencyCatalog+CLDR.swift", atomically: true, encoding: .utf8)
print("wrote \(rows.count) currencies")
