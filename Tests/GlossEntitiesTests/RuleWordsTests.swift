import GlossCore
import Testing

@testable import GlossEntities

@Suite struct RuleWordsTests {
    @Test func aWordsBitsAreTheListsThatHoldItWrittenWithACapital() {
        #expect(WordAttributes(testing: "Reuters").ruleWords == RuleWords.agency)
        #expect(WordAttributes(testing: "XINHUA").ruleWords == RuleWords.agency)
        #expect(WordAttributes(testing: "Itar-Tass").ruleWords == RuleWords.agency)
        #expect(WordAttributes(testing: "AB").ruleWords == RuleWords.legalForm)
        #expect(WordAttributes(testing: "Corp.").ruleWords == RuleWords.legalForm)
        #expect(WordAttributes(testing: "Co").ruleWords == RuleWords.legalForm)
        #expect(WordAttributes(testing: "S.p.A.").ruleWords == RuleWords.legalForm)
        // In lower case, or listed by neither rule, or no word at all: none.
        // "Bank" and "Senate" are organisations' words (`DefiniteShortForms`, `JoinedLegislatures`).
        #expect(WordAttributes(testing: "Bank").ruleWords == RuleWords.institutionWord)
        #expect(WordAttributes(testing: "Senate").ruleWords == RuleWords.institutionWord)
        #expect(WordAttributes(testing: "Board").ruleWords == RuleWords.organisationWord)
        for word in ["reuters", "ab", "co", "Smith", "Harbour", "bank", "Reutersx", "", ",", "É"] {
            #expect(WordAttributes(testing: word).ruleWords == 0, "\(word)")
        }
        #expect(WordAttributes.start.ruleWords == 0 && WordAttributes.end.ruleWords == 0)
    }

    @Test func theBitsAreWhatTheRulesOwnListsSay() {
        // One table for both lists: each listed word, capitalised, has its list's bit only.
        for word in NewsAgencies.names { #expect(RuleWords.bits(of: word) == RuleWords.agency) }
        for word in NameHeads.joiningLegalForms { #expect(RuleWords.bits(of: word) == RuleWords.legalForm) }
        for word in RuleWords.organisationWords { #expect(RuleWords.bits(of: word) == RuleWords.organisationWord) }
        for word in RuleWords.institutionWords { #expect(RuleWords.bits(of: word) == RuleWords.institutionWord) }
        // The rules' lists, each under its own bit (the older rules skip the institutions' words).
        for word in JoinedLegislatures.chambers.words + ChurchNames.churches.words + DefiniteShortForms.heads.words {
            #expect(RuleWords.bits(of: word) == RuleWords.institutionWord)
        }
        for word in [AirlineNames.air, BoardNames.board] + FieldInstitutions.heads.words + PartyNames.words.words {
            #expect(RuleWords.bits(of: word) == RuleWords.organisationWord)
        }
        #expect(RuleWords.bits(of: WordAttributes(testing: "Said").word) == 0)
    }

    @Test func findGivesTheMarkedTokensOfTheSentencesInOrder() {
        let words = ["Reuters", "said", "Volvo", "AB", "rose", "Kyodo", "Co", "x"].map(WordAttributes.init(testing:))
        let found = words.withUnsafeBufferPointer { RuleWords.find($0, sentences: [0..<4, 4..<7]) }
        #expect(found.map(\.token) == [0, 3, 5, 6])
        #expect(found.map(\.sentence) == [0..<4, 0..<4, 4..<7, 4..<7])
        #expect(found.map(\.bits) == [RuleWords.agency, RuleWords.legalForm, RuleWords.agency, RuleWords.legalForm])
        // Tokens outside the sentences given are not read; no sentences, or no words, none found.
        let middle = words.withUnsafeBufferPointer { RuleWords.find($0, sentences: [1..<3, 4..<5]) }
        #expect(middle.isEmpty)
        #expect(words.withUnsafeBufferPointer { RuleWords.find($0, sentences: []) }.isEmpty)
        #expect([WordAttributes]().withUnsafeBufferPointer { RuleWords.find($0, sentences: []) }.isEmpty)
    }

    @Test func aHeadlinesRestoredWordsHaveTheBitsOfTheirNewCasing() throws {
        // In an all-capitals headline "REUTERS" is read as "Reuters" and keeps its bit; "CORP",
        // which the lexicon writes in lower case more often, is lowered and has none (no
        // capital: the rules never took a lowered word either).
        let (words, headline) = try HeadlineCasingTests.describe("U.S. STOCKS FALL AS REUTERS SAYS ACME CORP WARNS")
        #expect(headline)
        #expect(words.allSatisfy { $0.inHeadline })
        #expect(words.map(\.ruleWords) == [0, 0, 0, 0, RuleWords.agency, 0, 0, 0, 0])
        #expect(words[4].flags & WordAttributes.Flags.allCapitals == 0)
    }

    /// The tagger's one pass (`find(_:sentences:into:sentencesInto:)`) gives the rule words
    /// `find(_:sentences:)` gives and the sentences `RuleSentences.find` gives, over generated
    /// windows: agencies, legal forms, nationalities and possessives anywhere in a sentence (its
    /// first word too), cut into sentences at random, with empty and one-word sentences and
    /// tokens outside any sentence; kept arrays filled before are replaced.
    @Test func theOnePassFindsWhatTheTwoPassesFind() {
        let gazetteer = RuleSentencesTests.gazetteer
        let vocabulary = ["Reuters", "Kyodo", "AB", "Co", "German", "american", "'s", "’S", "Tarnford", "said", "the", ",", "Volvo"]
        var random = SplitMix64(seed: 23)
        var kept = [RuleWords.Found](repeating: RuleWords.Found(token: 9, sentence: 9..<10, bits: 3), count: 8)
        var keptSentences = RuleSentences()
        keptSentences.demonyms = [7..<9]
        keptSentences.possessives = [1..<2, 3..<4]
        var acted = 0
        for round in 0..<300 {
            let count = Int(random.next() % 40)
            let text = (0..<count).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
            let words = WordAttributes.described(text, gazetteer: gazetteer)
            var sentences: [Range<Int>] = []
            var start = Int(random.next() % 3)
            while start < count {
                let end = min(count, start + Int(random.next() % 8))
                sentences.append(start..<end)
                start = end + (random.next() % 4 == 0 ? 1 : 0)
            }
            words.withUnsafeBufferPointer { words in
                RuleWords.find(words, sentences: sentences, into: &kept, sentencesInto: &keptSentences)
                let found = RuleWords.find(words, sentences: sentences)
                var separate = RuleSentences()
                separate.find(words, sentences: sentences)
                #expect(kept.map(\.token) == found.map(\.token), "round \(round)")
                #expect(kept.map(\.sentence) == found.map(\.sentence) && kept.map(\.bits) == found.map(\.bits), "round \(round)")
                #expect(keptSentences.demonyms == separate.demonyms, "round \(round)")
                #expect(keptSentences.possessives == separate.possessives, "round \(round)")
                acted += found.count + separate.demonyms.count + separate.possessives.count
            }
        }
        #expect(acted > 300)
    }

    @Test func findIntoAKeptArrayReplacesItsWordsInItsStorage() {
        let words = ["Reuters", "said", "Volvo", "AB", "rose"].map(WordAttributes.init(testing:))
        var kept = [RuleWords.Found](repeating: RuleWords.Found(token: 9, sentence: 9..<10, bits: 3), count: 64)
        let capacity = kept.capacity
        words.withUnsafeBufferPointer { RuleWords.find($0, sentences: [0..<5], into: &kept) }
        #expect(kept.map(\.token) == [0, 3])
        #expect(kept.map(\.bits) == [RuleWords.agency, RuleWords.legalForm])
        #expect(kept.capacity == capacity)
        // No words: emptied, as a fresh array would be.
        [WordAttributes]().withUnsafeBufferPointer { RuleWords.find($0, sentences: [], into: &kept) }
        #expect(kept.isEmpty)
    }
}
