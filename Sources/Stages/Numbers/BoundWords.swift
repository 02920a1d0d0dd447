/// The words that bound a number, generated from a small grammar of English comparison so
/// that every combination is there, not only the ones met (`higher or equal than`,
/// `no fewer than`, `and above`, `or lower`):
///
/// ```
///   before:  COMPARATIVE than                      more than 5         >
///            COMPARATIVE (than) or EQUAL           greater or equal to <= / >=
///            EQUAL or COMPARATIVE than             equal to or less than
///            (EQUAL: equal (to|than), equals, equivalent to)
///            (no|not) COMPARATIVE than             no more than 5      <=
///            PREPOSITION (or equal to)             above 5, under 5
///            not PREPOSITION                       not above 5         <= (not below: >=)
///            north of, south of                    north of 100        > / < (a level on a chart)
///            (just) shy of, short of               shy of 100          <   (a mark not reached)
///            up to and including; up to but not including           <= / <
///   after:   (or|and) COMPARATIVE|PREPOSITION      5 or more, 7 and above   >= / <=
///            (or|and) up(wards)|onwards|beyond     18 and up           >=
///            upwards|onwards                        from 10 upwards     >=
///   before:  in excess of, upwards of, exceeding    more than: >; not exceeding <=
///            at (the) least|most                   3 at most           >= / <=
///            as POSITIVE as                        as high as 9        <= (as low as 20: >=)
///            (POSITIVE: the plain form of each comparative: much, many, great, high,
///            large, big; little, few, low, small)
/// ```
///
/// `UnitTable.modifiers` and `postModifiers` hold these under the hand-written entries.
enum BoundWords {
    /// Comparatives that take `than`, by direction.
    static let greaterComparatives = ["more", "greater", "higher", "larger", "bigger"]
    static let lessComparatives = ["less", "fewer", "lower", "smaller"]
    /// Comparatives of age, in the forms news writes them (`older than 60`, `no younger than
    /// 16`, `18 or older`; numbers28): not every form of `directions`, which cost the tables'
    /// set-up more than they are met.
    static let ageComparatives: [(word: String, strict: NumberMention.Comparator, inclusive: NumberMention.Comparator,
        inverse: NumberMention.Comparator)] = [("older", .greater, .greaterOrEqual, .lessOrEqual), ("younger", .less, .lessOrEqual, .greaterOrEqual)]
    /// Whether the bound words `text` (`or older`, `no younger than`) hold a comparative of age.
    static func isAgeComparative(_ text: String) -> Bool {
        text.utf8.count >= 5 && ageComparatives.contains { text.lowercased().contains($0.word) }
    }

    /// The comparator of an age's bound read on a year (`2015 or older`: made in 2015 or
    /// before): an older thing was made earlier, so the direction turns; `~` and `=` stay.
    static func earlierOrLater(_ comparator: NumberMention.Comparator) -> NumberMention.Comparator {
        switch comparator {
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .approximately, .equal: comparator
        }
    }

    /// The plain forms of the comparatives (`much`/`many` of `more`, `little`/`few` of `less`
    /// and `fewer`), by direction: `as high as 9` names the top a figure reached or may reach,
    /// `as low as 20` the bottom (`fares as low as 20 euros`: 20 and up; numbers29). A
    /// multiplier before them compares two amounts and bounds neither (`twice as high as`:
    /// `MentionReader.isTimesAs`).
    static let greaterPositives = ["much", "many", "great", "high", "large", "big"]
    static let lessPositives = ["little", "few", "low", "small"]

    /// Prepositions that compare without `than`.
    static let greaterPrepositions = ["above", "over"]
    static let lessPrepositions = ["below", "under"]

    /// Words before the number.
    static let before: [String: NumberMention.Comparator] = {
        var table: [String: NumberMention.Comparator] = [:]
        for (words, strict, inclusive, inverse) in directions {
            for word in words {
                table[word + " than"] = strict
                for equal in equalForms {
                    table[word + " or " + equal] = inclusive
                    table[word + " than or " + equal] = inclusive
                    table[equal + " or " + word + " than"] = inclusive
                }
                table["no " + word + " than"] = inverse
                table["not " + word + " than"] = inverse
            }
        }
        for word in greaterPrepositions {
            table[word] = .greater
            table[word + " or equal to"] = .greaterOrEqual
            table["not " + word] = .lessOrEqual
        }
        for word in lessPrepositions {
            table[word] = .less
            table[word + " or equal to"] = .lessOrEqual
            table["not " + word] = .greaterOrEqual
        }
        for (word, strict, _, inverse) in ageComparatives {
            table[word + " than"] = strict
            table["no " + word + " than"] = inverse
            table["not " + word + " than"] = inverse
        }
        for word in greaterPositives { table["as " + word + " as"] = .lessOrEqual }
        for word in lessPositives { table["as " + word + " as"] = .greaterOrEqual }
        table["north of"] = .greater
        table["south of"] = .less
        // a mark not reached (`closed just shy of 100`, `fell short of 5,000`): below it; `just`
        // before the words stays outside the bound, as it does before `under` (numbers32)
        table["shy of"] = .less
        table["short of"] = .less
        table["up to and including"] = .lessOrEqual
        table["up to but not including"] = .less
        table["up to but excluding"] = .less
        for phrase in ["in excess of", "upwards of", "exceeding"] { table[phrase] = .greater }
        table["at or above"] = .greaterOrEqual
        table["at or below"] = .lessOrEqual
        table["not exceeding"] = .lessOrEqual
        for phrase in ["at least", "at the least", "at minimum", "a minimum of", "minimum of", "no less than"] {
            table[phrase] = .greaterOrEqual
        }
        for phrase in ["at most", "at the most", "at maximum", "a maximum of", "maximum of", "up to", "no more than"] {
            table[phrase] = .lessOrEqual
        }
        return table
    }()

    /// Words after the number.
    static let after: [String: NumberMention.Comparator] = {
        var table: [String: NumberMention.Comparator] = [:]
        for joiner in ["or", "and"] {
            for word in greaterComparatives + greaterPrepositions { table[joiner + " " + word] = .greaterOrEqual }
            for word in lessComparatives + lessPrepositions { table[joiner + " " + word] = .lessOrEqual }
            for word in ["up", "upwards", "upward", "onwards", "onward", "beyond"] { table[joiner + " " + word] = .greaterOrEqual }
        }
        for (word, _, inclusive, _) in ageComparatives { table["or " + word] = inclusive }
        for word in ["upwards", "upward", "onwards", "onward"] { table[word] = .greaterOrEqual }
        for phrase in ["at least", "at the least", "minimum", "or greater than", "or more than"] { table[phrase] = .greaterOrEqual }
        for phrase in ["at most", "at the most", "maximum", "or less than", "or fewer than"] { table[phrase] = .lessOrEqual }
        // more than 5 or equal to it: closes the bound the words before open (see MentionReader)
        for phrase in ["or equal to", "or equal", "or equals"] { table[phrase] = .equal }
        return table
    }()

    /// The words for equality in `greater or equal to`, `equal to or less than`.
    /// (Five words at most in a key, as before: each more word costs every number a look-up.)
    static let equalForms = ["equal to", "equal than", "equal", "equals", "equivalent to"]

    /// Each direction's words, strict comparator, inclusive comparator, and what `no … than` makes.
    private static let directions: [([String], NumberMention.Comparator, NumberMention.Comparator, NumberMention.Comparator)] = [
        (greaterComparatives, .greater, .greaterOrEqual, .lessOrEqual),
        (lessComparatives, .less, .lessOrEqual, .greaterOrEqual),
    ]

    /// The most words in a key of `table`.
    static func longest(_ table: [String: NumberMention.Comparator]) -> Int {
        table.keys.map { $0.split(separator: " ").count }.max() ?? 1
    }
}
