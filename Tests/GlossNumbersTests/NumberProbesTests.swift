import Foundation
import GlossEvaluation
import Testing

/// The probe files (`Probes/*.probes.json`, written by `scripts/build-number-probes.py`,
/// `Probes/Blind/*.json`, by `scripts/build-number-probes-blind.py`, and
/// `Probes/Phenomena/*.json`, by `scripts/build-number-probes-phenomena.py`, and
/// `Probes/Heldout/*.json`, by `scripts/build-number-probes-heldout.py`, and
/// `Probes/Fresh/*.json`, by `scripts/build-number-probes-fresh.py`):
/// cases per phenomenon of issue 18 (notation, words, fractions, dozens, hyphenated measures,
/// currencies by code, sign and name, SI prefixes, compound units, comparators, temperatures,
/// ages, percentages), in the spec files' format and scored as `gloss evaluate numbers`
/// scores them. Each file must pass at least the cases it passed when its rules were written:
/// a change that loses a probe fails here.
@Suite struct NumberProbesTests {
    /// Cases each file passes (of its total), as last measured.
    static let floors: [String: Int] = [
        "NumberModel.probes.json": 138, "NumberRangeModel.probes.json": 60, "PercentModel.probes.json": 38,
        "CurrencyModel.probes.json": 222, "DimensionModel.probes.json": 67, "TemperatureModel.probes.json": 19,
        "AgeModel.probes.json": 13,
        // the blind set (scripts/build-number-probes-blind.py), written before the stage was run
        // on it: 306 of 316 passed then (Number 66/70, Currency 69/72, Temperature 17/20)
        "Blind/NumberModel.json": 70, "Blind/NumberRangeModel.json": 51, "Blind/PercentModel.json": 24,
        "Blind/CurrencyModel.json": 72, "Blind/DimensionModel.json": 64, "Blind/TemperatureModel.json": 20,
        "Blind/AgeModel.json": 15,
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Probes")

    @Test(arguments: floors.keys.sorted())
    func probeFilePassesItsFloor(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let score = try NumberEvaluation.evaluate(path: path)
        #expect(score.cases > 10, "\(name) holds too few cases")
        #expect(score.passed >= Self.floors[name] ?? score.cases, "\(score.text(file: name))\n\(score.failures.joined(separator: "\n"))")
    }

    /// The phenomena set (`Probes/Phenomena/<Model>Model-<phenomenon>.json`, by
    /// `scripts/build-number-probes-phenomena.py`), written before the rules for them: 36 of
    /// its 67 cases passed then; every case passes since.
    @Test func everyPhenomenonProbePasses() throws {
        let scores = try Self.scores(in: "Phenomena")
        var cases = 0
        for (name, score) in scores {
            cases += score.cases
            #expect(score.passed == score.cases, "\(score.text(file: name))\n\(score.failures.joined(separator: "\n"))")
        }
        #expect(scores.count == 13 && cases == 67)
    }

    /// The fourth set (`Probes/Heldout/<Model>Model-<phenomenon>.json`, by
    /// `scripts/build-number-probes-heldout.py`), written before the rules for it: 246 of its
    /// 261 cases passed then (244 before two expectations were corrected); the four it fails
    /// since are conventions the stage keeps (`PB`, `ym`, `nearly` as a bound, a year span as a
    /// range; `1 , 250` passes since numbers15 read one spaced comma group).
    static let heldoutFailures: [String: Int] = [
        "DimensionModel-DataSizes.json": 1, "DimensionModel-SIPrefixes.json": 1,
        "NumberRangeModel-Bounds.json": 1, "NumberRangeModel-NotQuantities.json": 1,
    ]

    @Test func everyHeldoutProbePassesButTheConventions() throws {
        let scores = try Self.scores(in: "Heldout")
        var cases = 0
        for (name, score) in scores {
            cases += score.cases
            #expect(score.passed >= score.cases - (Self.heldoutFailures[name] ?? 0), "\(score.text(file: name))\n\(score.failures.joined(separator: "\n"))")
        }
        #expect(scores.count == 21 && cases == 261)
    }

    /// The fifth set (`Probes/Fresh/<Model>Model-<phenomenon>.json`, by
    /// `scripts/build-number-probes-fresh.py`), written before the rules for it: 276 of its
    /// 311 cases passed on the unchanged stage (272 as first written, before four expectations that
    /// contradicted the documented naming of a currency word alone were corrected); 288 after numbers10's
    /// rules (minor units, SI units with special names, days before a month); 303 after
    /// numbers11's (IEC prefixes, CLDR units, pre-tokenised groups, versions, house numbers);
    /// 306 after numbers13's (`a ten-pound` fine as money); 307 after numbers15's (one spaced
    /// comma group, `€ 2 , 400 million`).
    /// Each file must pass at least what it passes now.
    static let freshFloors: [String: Int] = [
        "AgeModel-Forms.json": 12, "AgeModel-NotQuantities.json": 4, "CurrencyModel-Adjectival.json": 9,
        "CurrencyModel-Codes.json": 14, "CurrencyModel-Historic.json": 10, "CurrencyModel-MinorUnits.json": 8,
        "CurrencyModel-Names.json": 20, "CurrencyModel-NotQuantities.json": 6, "CurrencyModel-Notation.json": 10,
        "CurrencyModel-Signs.json": 7, "DimensionModel-Adjectival.json": 8, "DimensionModel-CLDRUnits.json": 13,
        "DimensionModel-CompoundUnits.json": 10, "DimensionModel-DataSizes.json": 10,
        "DimensionModel-NotQuantities.json": 7, "DimensionModel-SIPrefixes.json": 18, "NumberModel-Bounds.json": 3,
        "NumberModel-NotQuantities.json": 9, "NumberModel-Notation.json": 22, "NumberModel-Words.json": 24,
        "NumberRangeModel-Bounds.json": 13, "NumberRangeModel-Comparators.json": 26,
        "NumberRangeModel-NotQuantities.json": 7, "PercentModel-Forms.json": 8, "PercentModel-NotQuantities.json": 3,
        "PercentModel-Notation.json": 6, "TemperatureModel-NotQuantities.json": 5, "TemperatureModel-Scales.json": 13,
    ]

    @Test func freshProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Fresh", Self.freshFloors, files: 28, cases: 311)
    }

    /// Each file of the probe subfolder `name` passes at least its floor (all its cases when
    /// it has none), and the folder holds `files` files of `cases` cases in all.
    static func expectFloors(in name: String, _ floors: [String: Int], files: Int, cases expected: Int) throws {
        let scores = try Self.scores(in: name)
        var cases = 0
        for (file, score) in scores {
            cases += score.cases
            #expect(score.passed >= floors[file] ?? score.cases, "\(score.text(file: file))\n\(score.failures.joined(separator: "\n"))")
        }
        #expect(scores.count == files && cases == expected)
    }

    /// The sixth set (`Probes/Wire/<Model>Model-<phenomenon>.json`, by
    /// `scripts/build-number-probes-wire.py`), written before the rules for it, in news-wire
    /// carriers: 238 of its 262 cases passed on the unchanged stage (235 as first written,
    /// before three expectations that contradicted the documented naming of a currency word
    /// alone were corrected); 260 after numbers11's rules. Each file must pass at least what
    /// it passes now.
    static let wireFloors: [String: Int] = [
        "AgeModel-Forms.json": 9, "AgeModel-NotQuantities.json": 4, "CurrencyModel-Adjectival.json": 8,
        "CurrencyModel-Codes.json": 12, "CurrencyModel-Historic.json": 10, "CurrencyModel-MinorUnits.json": 6,
        "CurrencyModel-Names.json": 16, "CurrencyModel-NotQuantities.json": 7, "CurrencyModel-Notation.json": 9,
        "CurrencyModel-Signs.json": 3, "DimensionModel-Adjectival.json": 3, "DimensionModel-CLDRUnits.json": 11,
        "DimensionModel-CompoundUnits.json": 9, "DimensionModel-DataSizes.json": 9,
        "DimensionModel-NotQuantities.json": 8, "DimensionModel-SIPrefixes.json": 15, "NumberModel-Bounds.json": 2,
        "NumberModel-NotQuantities.json": 9, "NumberModel-Notation.json": 20, "NumberModel-Words.json": 23,
        "NumberRangeModel-Bounds.json": 10, "NumberRangeModel-Comparators.json": 18,
        "NumberRangeModel-NotQuantities.json": 8, "PercentModel-Forms.json": 6, "PercentModel-NotQuantities.json": 4,
        "PercentModel-Notation.json": 6, "TemperatureModel-NotQuantities.json": 4, "TemperatureModel-Scales.json": 11,
    ]

    @Test func wireProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Wire", Self.wireFloors, files: 28, cases: 262)
    }

    /// The seventh set (`Probes/Genres/<Model>Model-<genre>.json`, by
    /// `scripts/build-number-probes-genres.py`), written before the rules for it, in the genres
    /// the earlier sets hold least (sports, weather and science, legal notices, shopping,
    /// recipes, finance tables): 146 of its 159 cases passed on the unchanged stage (145 as
    /// first written); 156 after numbers12's rules, all 159 after numbers13's (`SFr1.4bn`,
    /// `R2.3 billion`, `17st`). Each file passes all its cases.
    static let genresFloors: [String: Int] = [:]

    @Test func genresProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Genres", Self.genresFloors, files: 47, cases: 159)
    }

    /// The eighth set (`Probes/Registers/<Model>Model-<register>.json`, by
    /// `scripts/build-number-probes-registers.py`), written before the rules for it, in
    /// registers the seven earlier sets hold none of (medicine and science, sports records,
    /// weather and travel, markets in other currencies, imperial body measures): 143 of its
    /// 169 cases passed on the unchanged stage; 162 after numbers13's rules, 163 after
    /// numbers15's (`€ 3 , 150 million`). Each file passes all its cases but these (feet and
    /// inches are one length, a set score's numbers are cardinals: conventions kept; `50 paise`
    /// keeps its name as the fourth set expects, a spaced `1 g`).
    static let registersFloors: [String: Int] = [
        "CurrencyModel-Markets.json": 20, "DimensionModel-Body.json": 5, "DimensionModel-Medicine.json": 10,
        "NumberModel-NotQuantities.json": 4,
    ]

    @Test func registersProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Registers", Self.registersFloors, files: 38, cases: 169)
    }

    /// The ninth set (`Probes/Chat/<Model>Model-<phenomenon>.json`, by
    /// `scripts/build-number-probes-chat.py`), written before the rules for it, in the short
    /// chat-like English of the spec authors over issue 18's phenomena: 250 of its 254 cases
    /// passed on the unchanged stage (249 as first written); 253 after numbers14's rules. Each
    /// file passes all its cases but `3 guilders` (the hand table names the plural `netherlands
    /// guilder`; the documented naming gives a word three currencies end with its own name).
    static let chatFloors: [String: Int] = ["CurrencyModel-Historic.json": 9]

    @Test func chatProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Chat", Self.chatFloors, files: 22, cases: 254)
    }

    /// The tenth set (`Probes/Crowded/<Model>Model-<phenomenon>.json`, by
    /// `scripts/build-number-probes-crowded.py`), written before the rules for it: quantities
    /// among dates, times and scores, pre-tokenised, in capitals, title case and lower case,
    /// fused to their units and in mixed ranges. 189 of its 204 cases passed on the unchanged
    /// stage; after numbers15's rules each file passes all its cases but these conventions kept:
    /// NumberModel lists a score's numbers (`a 2-1 loss`, `ENDED 28-24`), and a capital `C`
    /// fused to a number is a temperature (`The 2C class`).
    static let crowdedFloors: [String: Int] = [
        "NumberModel-Crowded.json": 10, "NumberModel-NotQuantities.json": 2, "TemperatureModel-NotQuantities.json": 1,
    ]

    @Test func crowdedProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Crowded", Self.crowdedFloors, files: 30, cases: 204)
    }

    /// The eleventh set (`Probes/Margins/<Model>Model-<phenomenon>.json`, by
    /// `scripts/build-number-probes-margins.py`), written before the rules for it and before
    /// the rules' code was read: issue 18's phenomena at their margins over the seven models.
    /// 218 of its 233 cases passed on the unchanged stage; after numbers16's rules each file
    /// passes all its cases but the convention that a capital `C` fused to a number is a
    /// temperature (`The 3C bus`).
    static let marginsFloors: [String: Int] = ["TemperatureModel-NotQuantities.json": 2]

    @Test func marginsProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Margins", Self.marginsFloors, files: 30, cases: 233)
    }

    /// The twelfth set (`Probes/Reports/<Model>Model-<register>.json`, by
    /// `scripts/build-number-probes-reports.py`), written before the rules for it and before
    /// the stage was run on it: issue 18's phenomena in earnings releases, budgets and
    /// statistics, 1980s wire, health and science, property, transport and consumer prices.
    /// 263 of its 269 cases passed on the unchanged stage (264 after one expectation that was
    /// the writer's error was corrected); after numbers19's rules each file passes all its
    /// cases but these conventions kept: `nearly` is a bound (`Nearly 40 people`), and a capital
    /// `C` fused to a number is a temperature (`The 4C battery pack`).
    static let reportsFloors: [String: Int] = [
        "NumberRangeModel-NotQuantities.json": 4, "TemperatureModel-NotQuantities.json": 3,
    ]

    @Test func reportsProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Reports", Self.reportsFloors, files: 36, cases: 269)
    }

    /// The thirteenth set (`Probes/Trades/<Model>Model-<register>.json`, by
    /// `scripts/build-number-probes-trades.py`), written before the rules for it and before the
    /// stage was run on it: issue 18's phenomena in motoring, gadgets, job advertisements, polls,
    /// farming, energy, auctions, fitness, shipping and space. 331 of its 339 cases passed on the
    /// unchanged stage; after numbers20's rules each file passes all its cases but two left,
    /// which numbers21's rules read: a spaced one-letter symbol where the sentence speaks of
    /// power (`65 W`; `5 A grades` stay grades), and a clock time written with a hyphen (`at
    /// 7-30`), no range.
    static let tradesFloors: [String: Int] = [:]

    @Test func tradesProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Trades", Self.tradesFloors, files: 65, cases: 339)
    }

    /// The fourteenth set (`Probes/Relations/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-relations.py`), written before the rules for it and before the
    /// stage was run on it: ranks (the first OrdinalModel files of any set), ratios and odds,
    /// per-unit rates, bounds and approximations in news prose, negative quantities and changes.
    /// 169 of its 180 cases passed on the unchanged stage as written, 178 after nine expectations
    /// that were the writer's errors against documented conventions were corrected; after
    /// numbers21's rules (an ordinal hyphened to a word, an ordinal takes no unit) every file
    /// passes all its cases.
    @Test func relationsProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Relations", [:], files: 30, cases: 180)
    }

    /// The fifteenth set (`Probes/Layouts/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-layouts.py`), written before the rules for it and before the
    /// stage was run on it: quantities restated in brackets or after a slash (conversions),
    /// coordinated amounts sharing a unit, sign or scale (lists), table rows, bullets, `key:
    /// value` lines, and the labels such layouts hold that are no quantities. 147 of its 163 cases
    /// passed on the unchanged stage as written, 151 after four expectations that were the
    /// writer's errors against documented conventions were corrected, 154 after numbers22's
    /// rules (`Table 4`, `Figure 2`, `No. 5`), 160 after numbers23's (`1.` opening a list, `p. 12`,
    /// cited ranges of parts, `Age:` keys), all 163 after numbers24's (a bullet at the text's
    /// start, `(10,668 m)`, `3.2m (3,200,000)`).
    @Test func layoutsProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Layouts", [:], files: 28, cases: 163)
    }

    /// The sixteenth set (`Probes/Tails/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-tails.py`), written before the rules for it and before the
    /// stage was run on it: the tails of issue 18's phenomena that the fifteen earlier sets hold
    /// at their heads (`oh` decimals, rare denominators, ECU and cruzados, minor units of every
    /// continent, pico- to exa- units, energy by the hour). 131 of its 146 cases passed on the
    /// unchanged stage as written, 133 after two expectations that were the writer's errors
    /// against documented conventions were corrected, 139 after numbers23's rules, 144 after
    /// numbers24's (`zaires`, `tiyin`, `stotinki`, `20 staff or fewer`) and its convention that the
    /// article is part of `a half-dozen`, all 146 after numbers25's (`2 Kobo e-reader`,
    /// `$5bn-a-quarter`).
    @Test func tailsProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Tails", [:], files: 23, cases: 146)
    }

    /// The seventeenth set (`Probes/Sparse/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-sparse.py`), written before the rules for it and before the
    /// stage was run on it: the phenomena of issue 18 the sixteen earlier sets hold least
    /// (`and`-chains, `dozen`, `point` decimals, `between` ranges, spelled fractions, data sizes,
    /// historic currencies and minor units, rare SI prefixes, compound units). 124 of its 134
    /// cases passed on the unchanged stage as written, 126 after two expectations that were the
    /// writer's errors against documented conventions were corrected, 134 after numbers24's rules.
    @Test func sparseProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Sparse", [:], files: 23, cases: 134)
    }

    /// The eighteenth set (`Probes/Tender/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-tender.py`), written before the rules for it and before the
    /// stage was run on it: money as news writes it (every current ISO 4217 code, CLDR names and
    /// plurals, country-prefixed signs, glued and spaced scales, `crore` and `lakh`, ranges, money
    /// per unit, historic and minor units) and the least held notation and bounds. 287 of its
    /// 298 cases passed on the unchanged stage, 295 after numbers25's rules, 297 after
    /// numbers26's (`840 mln KGS`, `6,000 Ft`), all 298 since numbers28 read a single digit's `T`
    /// before a plural count as trillions (`2T tokens`).
    @Test func tenderProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Tender", [:], files: 13, cases: 298)
    }

    /// The nineteenth set (`Probes/Gauges/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-gauges.py`), written before the rules for it and before the
    /// stage was run on it: measures and bounds (speeds and flows, `µ`/`μ` and every SI prefix,
    /// bits against bytes, decibels, hyphened measures, every comparator form). 266 of its 280
    /// cases passed on the unchanged stage as written, 267 after one expectation that was the
    /// writer's error against a documented convention was corrected (a length per day is a
    /// speed), 279 after numbers26's rules (decibels, `25-per-cent`, `a half-mile`, a dialled
    /// `999`), and all 280 since numbers27 read a product's whole version as no quantity
    /// (`Windows 11 is out now`).
    @Test func gaugesProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Gauges", [:], files: 28, cases: 280)
    }

    /// The twentieth set (`Probes/Tallies/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-tallies.py`), written before the rules for it and before the
    /// stage was run on it: counts, fractions, comparators and ranges (`and`-chains, compound
    /// ordinals, dozens, `point` decimals, grouping, wire text, every comparator wording, ranges
    /// of percentages). 252 of its 267 cases passed on the unchanged stage as written, 255 after
    /// three expectations that were the writer's error against documented conventions were
    /// corrected (`a half-dozen` keeps its article; a unit word with no number is a mention; a
    /// number left out; a fourth, `Dollar General`, was undone by review74: a name), and all 267 after numbers27's rules (`not above`, `north of`, `up to
    /// and including`, `from 10 up to 20`, `point five`, `a mile and a half`).
    @Test func talliesProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Tallies", [:], files: 31, cases: 267)
    }

    /// The twenty-first set (`Probes/Badges/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-badges.py`), written before the rules for it and before the
    /// stage was run on it: names and products that hold digits beside quantities, magnitudes in
    /// running text, labels before `point`, a unit and a fraction after `and`, ranges of ages and
    /// readings below zero, codes and signs with scales. 184 of its 221 cases passed on the
    /// unchanged stage; one expectation that was the writer's error against a documented
    /// convention was corrected (a unit word with no number is a mention); 212 after numbers28's
    /// rules, 214 after numbers29's (a variant's number after a model's, `737 MAX 9`; a
    /// designation hyphened to a letter, `51-L`), 215 after numbers30's (a model's variant
    /// hyphened after a name before a verb, `The Boeing 737-800 was delayed`). The floors are the
    /// files still short: a name before a plural (`Pixel 9 owners`, `Formula 1 teams`), a fused
    /// `m` or `T` as millions or trillions before a noun of money (`450m last year`, `3T debt`,
    /// `at least 3m`), `The A 100 Ft coin`.
    static let badgesFloors: [String: Int] = [
        "DimensionModel-NotQuantities.json": 3, "NumberModel-Magnitudes.json": 16, "NumberModel-Names.json": 32,
        "NumberRangeModel-Bounds.json": 9,
    ]

    @Test func badgesProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Badges", Self.badgesFloors, files: 27, cases: 221)
    }

    /// The twenty-second set (`Probes/Reaches/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-reaches.py`), written before the rules for it and before the
    /// stage was run on it: ranges and bounds in every model (`as low as`, `as high as`, signed
    /// ends, `down 5-7`), fractions in odd places (`one in three`, `a quarter past nine`),
    /// spelled numbers with `and` and hyphens, compound units, other number formats. 190 of its
    /// 201 cases passed on the unchanged stage; 199 after numbers29's rules (`as … as` bounds, a
    /// time of day said with `past` or `to`, `plus` on a range's end, `a couple of hundred`,
    /// dots grouping thousands before a currency sign written after the amount), 200 after
    /// numbers30's (dots grouping thousands in a range of counts, `1.200 to 1.500 guests`). The
    /// floor is the file still short: a score read as two numbers by the number model (`ended
    /// 2-1`, as three earlier sets' scores are).
    static let reachesFloors: [String: Int] = ["NumberModel-NotQuantities.json": 6]

    @Test func reachesProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Reaches", Self.reachesFloors, files: 31, cases: 201)
    }

    /// The twenty-third set (`Probes/Seams/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-seams.py`), written before the rules for it and before the
    /// stage was run on it: numbers at a seam with other numbers or notation (a count after a
    /// date, a quantity beside a score, a price per unit of measure, a range whose sign, scale
    /// or unit is written once, dots grouping a range's thousands, imperial measures, fractions
    /// joined to wholes, table rows, wire text). 169 of its 196 cases passed on the unchanged
    /// stage; 178 after numbers30's rules, 179 after numbers31's (`2,000 pounds was raised`:
    /// pounds said to be raised or paid are money). The floors are the files still short: a
    /// score's two counts read by the number model (as three earlier sets' scores are), units outside Foundation's `UnitLength` (`league`,
    /// `hundredweight`) and `psi` named as CLDR names it, a bare `kilo` (a word of other senses
    /// is no mention without a number), a single number with dots grouping its thousands (`Fewer
    /// than 1.500 seats`) and a dot-grouped range with no noun after it, a decimal comma spaced
    /// in wire text (`4 , 5 pct`).
    static let seamsFloors: [String: Int] = [
        "DimensionModel-Imperial.json": 9, "DimensionModel-PerUnit.json": 3,
        "NumberModel-NotQuantities.json": 3, "NumberModel-Scores.json": 0, "NumberRangeModel-Bounds.json": 4,
        "NumberRangeModel-Grouping.json": 4, "PercentModel-Wire.json": 2,
    ]

    @Test func seamsProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Seams", Self.seamsFloors, files: 42, cases: 196)
    }

    /// The twenty-fourth set (`Probes/Ledgers/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-ledgers.py`), written before the rules for it and before the
    /// stage was run on it: ranks beside counts, minus in words, signs and accounts' brackets,
    /// basis points, per mille, hyphened adjectival measures, compound units, ranges with a unit
    /// at both ends, dashes, bounds, split wire tokens. 176 of its 192 cases passed on the
    /// unchanged stage as first written; six expectations that were the writer's errors against
    /// documented conventions were corrected (a range's text ends at its last number; a unit
    /// word with no number is a mention), 182 then; 190 after numbers31's rules (per mille, a
    /// bracketed figure alone in a cell between bars, `below zero`, a minus before a currency
    /// sign, a telephone extension); 191 after numbers32's (`40bp`: basis points fused to their
    /// number are the count). The floor is the file still short: `Net income\t310\t(85)`: a
    /// bracket after another figure is left positive, as the wire writes the period compared
    /// with there (`3,285.00 (3,300.00)`).
    static let ledgersFloors: [String: Int] = ["NumberModel-Signs.json": 7]

    @Test func ledgersProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Ledgers", Self.ledgersFloors, files: 37, cases: 192)
    }

    /// The twenty-fifth set (`Probes/Almanacs/<Model>Model-<family>.json`, by
    /// `scripts/build-number-probes-almanacs.py`), written before the rules for it and before the
    /// stage was run on it: weather, sports results, recipes, doses and science, loose counts
    /// (`a 40-something`, `a couple of thousand`, `three times as many`), bounds in words (`shy
    /// of`, `south of`), fused basis points, feet and inches, `psi`. 134 of its 146 cases passed
    /// on the unchanged stage; 141 after numbers32's rules (basis points, `shy of`, a dozen after
    /// a range, a model's round variant, `quid`). The floors are the files still short: feet and
    /// inches read as one length in feet (`6ft 5in`, a convention the stage keeps), `psi` named
    /// as CLDR names it (`pound-force per square inch`), and `the number seven shirt` (a shirt's
    /// number read as a count).
    static let almanacsFloors: [String: Int] = [
        "DimensionModel-Body.json": 3, "DimensionModel-Pressure.json": 0, "NumberModel-NotQuantities.json": 4,
    ]

    @Test func almanacsProbeFilesPassTheirFloors() throws {
        try Self.expectFloors(in: "Almanacs", Self.almanacsFloors, files: 29, cases: 146)
    }

    /// Each `.json` file of the probe subfolder `name`, by file name, with its score.
    static func scores(in name: String) throws -> [(name: String, score: NumberEvaluation.Score)] {
        let folder = folder.appendingPathComponent(name)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, try NumberEvaluation.evaluate(path: folder.appendingPathComponent($0).path)) }
    }
}
