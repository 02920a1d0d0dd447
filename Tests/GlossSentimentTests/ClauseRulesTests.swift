import GlossCore
import Testing

@testable import GlossSentiment
import GlossStages
import GlossText

/// Each clause rule on sentences written for these tests: the factor each rated word gets.
@Suite struct ClauseRulesTests {
    /// A small lexicon whose rated words are easy to find: good +2, bad -2, and a few more.
    static let lexicon = SentimentLexicon(
        vader: "good\t2.0\nbad\t-2.0\ngreat\t3.0\nawful\t-3.0\ndisaster\t-3.0\nsuccess\t2.0\nweak\t-2.0\nhurt\t-2.0\n"
            + "disgrace\t-3.0\nbetter\t2.0\nsmiled\t2.0\ncried\t-2.0\njoy\t3.0\nrain\t-1.0\nargued\t-2.0\nfailed\t-2.0\n"
            + "refused\t-1.0\nwin\t2.0\nundermined\t-1.0\nthreatened\t-2.0\n")
    static let rules = ClauseRules(before: 0.5, after: 1.5, reported: 0.6, hedged: 0.7, counterfactual: -0.4)

    /// The factor the rules gave each rated word of `text` (one sentence), by word, in order.
    func factors(_ text: String, _ clauses: ClauseRules = rules) -> [(String, Double)] {
        let plain = valences(text, .identity)
        let ruled = valences(text, clauses)
        return zip(plain, ruled).compactMap { p, r in
            p.1 == 0 ? nil : (p.0, ((r.1 / p.1) * 1000).rounded() / 1000)
        }
    }

    func factor(_ word: String, in text: String, _ clauses: ClauseRules = rules) -> Double? {
        factors(text, clauses).first { $0.0 == word }?.1
    }

    /// The evidence of `text` (one sentence) under `clauses` (nil: VADER's reading).
    func evidence(_ text: String, _ clauses: ClauseRules? = rules) -> SentimentEvidence {
        var valences: [Double] = []
        return words(text, typographic: clauses != nil).withUnsafeBufferPointer {
            ValenceRules(lexicon: Self.lexicon, clauses: clauses).score($0, exclamations: 0, questions: 0, valences: &valences)
                .evidence
        }
    }

    /// The summed valence of `text` (one sentence) with `lexicon`, under the clause reading
    /// with factors of 1: what a word rule alone makes of it.
    func valence(_ text: String, lexicon: SentimentLexicon) -> Double {
        var valences: [Double] = []
        return ValenceRulesTests.words(text, lexicon: lexicon).withUnsafeBufferPointer {
            ValenceRules(lexicon: lexicon, clauses: .identity).score($0, exclamations: 0, questions: 0, valences: &valences)
                .evidence.valence
        }
    }

    private func valences(_ text: String, _ clauses: ClauseRules) -> [(String, Double)] {
        var valences: [Double] = []
        words(text).withUnsafeBufferPointer {
            _ = ValenceRules(lexicon: Self.lexicon, clauses: clauses).score($0, exclamations: 0, questions: 0, valences: &valences)
        }
        return Array(zip(tokensAsWords(text, Tokenizer().tokenize(text)), valences))
    }

    /// The words of `text` as the scorer collects them.
    private func words(_ text: String, typographic: Bool = true) -> [SentimentWord] {
        ValenceRulesTests.words(text, lexicon: Self.lexicon, typographic: typographic)
    }

    /// The words as the rules see them, lowercased, for naming results (punctuation dropped).
    private func tokensAsWords(_ text: String, _ tokens: [Token]) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map {
            String($0).lowercased().filter { $0.isLetter || $0 == "'" }
        }
    }

    // MARK: contrast beyond "but"

    @Test(arguments: [
        "The food was good but the service was bad.",
        "The food was good, however the service was bad.",
        "The food was good; nevertheless the service was bad.",
        "The food was good, nonetheless the service was bad.",
        "The food was good, yet the service was bad.",
        "The food was good and yet the service was bad.",
        "The food was good; the service, however, was bad.",
    ])
    func anAdversativeHalvesWhatPrecedesAndRaisesWhatFollows(_ text: String) {
        #expect(factor("good", in: text) == 0.5)
        #expect(factor("bad", in: text) == 1.5)
    }

    @Test(arguments: ["The good results are not yet bad.", "The good news has yet to turn bad."])
    func yetInsideAClauseIsNoContrast(_ text: String) {
        #expect(factor("good", in: text) == 1)
    }

    @Test(arguments: ["The food was good, however.", "The food stays good however bad the service is."])
    func howeverAtASentencesEndOrInsideAClauseIsNoContrast(_ text: String) {
        #expect(factors(text).allSatisfy { $0.1 == 1 }, "\(text)")
    }

    @Test func onlyTheFirstAdversativeCounts() {
        let text = "Good start, but a bad middle, however a great end."
        #expect(factor("good", in: text) == 0.5)
        #expect(factor("bad", in: text) == 1.5)
        #expect(factor("great", in: text) == 1.5)
    }

    // MARK: concession

    @Test(arguments: [
        ("Although the food was good, the service was awful.", "good", "awful"),
        ("The service was awful, although the food was good.", "good", "awful"),
        ("Though the food was good, the service was awful.", "good", "awful"),
        ("Despite the good food, the service was awful.", "good", "awful"),
        ("In spite of the good food, the service was awful.", "good", "awful"),
        ("Whereas the food was good, the service was awful.", "good", "awful"),
        ("While the food was good, the service was awful.", "good", "awful"),
        ("The service was awful, while the food was good.", "good", "awful"),
        ("The talks were a success, albeit a weak one.", "weak", "success"),
    ])
    func aConcededClauseCountsLessThanTheMainOne(_ text: String, conceded: String, main: String) {
        #expect(factor(conceded, in: text) == 0.5, "\(text)")
        #expect(factor(main, in: text) == 1.5, "\(text)")
    }

    @Test func evenAsOpensAConcededClause() {
        let text = "The results were good, even as the outlook was awful."
        #expect(factor("awful", in: text) == 0.5)
        #expect(factor("good", in: text) == 1.5)
    }

    @Test func asWithoutEvenIsNoConcession() {
        #expect(factors("The food was as good as the service was bad, as expected.").allSatisfy { $0.1 == 1 })
    }

    @Test func despiteIsAConcessionNotANegation() {
        // VADER reads "despite" as a negation ("good" flipped); the clause rules do not
        #expect(factor("good", in: "Despite the good food, the service was awful.", .identity) == 1)
    }

    @Test(arguments: ["She smiled while he cried.", "Although good and bad."])
    func aConcessionWithoutTwoClausesChangesNothing(_ text: String) {
        #expect(factors(text).allSatisfy { $0.1 == 1 }, "\(text)")
    }

    @Test func spiteAloneIsNoConcession() {
        let lexicon = "The spite was awful but good."
        #expect(factor("good", in: lexicon) == 1.5)
    }

    // MARK: attribution and quotation

    @Test(arguments: [
        "The plan is a disaster, critics say.",
        "The plan is a disaster, the minister said.",
        "The plan is a disaster, said the minister.",
        "The minister said the plan was a disaster.",
        "Critics say that the plan is a disaster.",
        "The union claimed the plan was a disaster.",
        "According to the report, the plan is a disaster.",
        "The plan is a disaster, according to the report.",
        "The report highlights the disaster of the plan.",
    ])
    func aReportedClauseGetsTheReportedFactor(_ text: String) {
        #expect(factor("disaster", in: text) == 0.6, "\(text)")
    }

    @Test func theReporterSideOfAnAttributionKeepsItsValence() {
        #expect(factor("good", in: "A good source said the plan was a disaster.") == 1)
        #expect(factor("weak", in: "According to a weak report, the plan is a success.") == 1)
        #expect(factor("success", in: "According to a weak report, the plan is a success.") == 0.6)
    }

    @Test(arguments: [
        "He called it \"a disgrace\" yesterday.",
        "He called it “a disgrace” yesterday.",
        "He called it «a disgrace» yesterday.",
    ])
    func quotedWordsAreReported(_ text: String) {
        #expect(factor("disgrace", in: text) == 0.6, "\(text)")
    }

    @Test func wordsOutsideQuotesAndReportsAreTheWritersOwn() {
        #expect(factor("disgrace", in: "It was a disgrace yesterday.") == 1)
        #expect(factor("good", in: "\"Fine,\" he said, a good answer.") == 1)
        #expect(factor("disaster", in: "He said.", ClauseRules()) == nil)
    }

    @Test func theReportingVerbCarriesNoValenceOfItsOwn() {
        // VADER's reading counts "argued" (-2) against "success" (+2); the clause reading
        // weighs only what was argued
        let text = "The minister argued the plan was a success."
        #expect(evidence(text, nil).valence == 0)
        #expect(abs(evidence(text).valence - 2 * 0.6) < 1e-9)
    }

    @Test func accordingNeedsTo() {
        #expect(factor("disaster", in: "According the plan, a disaster.") == 1)
    }

    // MARK: hedges and counterfactuals

    @Test(arguments: [
        "The deal may hurt growth.",
        "The deal might hurt growth.",
        "The deal could hurt growth.",
        "Perhaps the deal will hurt growth.",
        "The deal will possibly hurt growth.",
        "The deal seems to hurt growth.",
        "The deal appears to hurt growth.",
        "The data suggest the deal will hurt growth.",
        "The deal will probably hurt growth.",
        "The deal will reportedly hurt growth.",
        "The deal is expected to hurt growth.",
        "The deal is widely believed to hurt growth.",
        "The deal will potentially hurt growth.",
    ])
    func aHedgeLowersTheRestOfItsClause(_ text: String) {
        #expect(factor("hurt", in: text) == 0.7, "\(text)")
    }

    @Test func aHedgeEndsWithItsClause() {
        #expect(factor("bad", in: "It may rain; the news is bad.") == 1)
        #expect(factor("good", in: "The news is good, and it may rain.") == 1)
    }

    @Test(arguments: [
        "It could have been a great film.",
        "It should have been better.",
        "It would have been good.",
        "It might have been great.",
        "It must have been good.",
    ])
    func aModalWithHaveIsACounterfactual(_ text: String) {
        let word = factors(text).first!.0
        #expect(factor(word, in: text) == -0.4, "\(text)")
    }

    @Test func identityChangesNothing() {
        let text = "Although the plan may be good, critics say it is a \"disaster\" but it could have been great."
        #expect(factors(text, .identity).allSatisfy { $0.1 == 1 })
    }
}

extension ClauseRulesTests {
    @Test func aParentheticalAttributionReportsBothSidesUnlessItFollowsAQuote() {
        let text = "The plan, the minister said, is a disaster."
        #expect(factor("disaster", in: text) == 0.6)
        #expect(factor("good", in: "\"Bad,\" he said, a good answer.") == 1)
        #expect(factor("bad", in: "\"Bad,\" he said, a good answer.") == 0.6)
    }

    // MARK: evidence of reported and hedged words

    @Test func reportedAndHedgedWordsAreSummedAfterTheirFactors() {
        let said = evidence("Critics said the plan was a disaster.")
        #expect(abs(said.reported - -3 * 0.6) < 1e-9 && said.hedged == 0)
        let hedged = evidence("The plan may be a disaster.")
        #expect(abs(hedged.hedged - -3 * 0.7) < 1e-9 && hedged.reported == 0)
        let plain = evidence("The plan was a disaster.")
        #expect(plain.reported == 0 && plain.hedged == 0)
    }

    @Test func reportedWordsAreEvidenceEvenWhenTheirFactorIsOne() {
        let e = evidence("Critics say the plan is good, and it is.", .identity)
        #expect(e.reported == 2 && e.valence == 2)
    }

    @Test func vaderReadingHasNoClauseEvidence() {
        let e = evidence("Critics said it may be a disaster.", nil)
        #expect(e.reported == 0 && e.hedged == 0 && e.valence == -3)
    }

    // MARK: denials ("failed to", "refused to"): implicit negations of the verb after them

    @Test(arguments: ["The team failed to win.", "The team failed to ever win.", "The team refused to win."])
    func aDenialNegatesTheRatedWordAfterItAndCarriesNoValence(_ text: String) {
        #expect(abs(evidence(text, .identity).valence - 2 * VaderRules.negation) < 1e-9, "\(text)")
    }

    @Test func aDenialStrongerThanWhatItDeniesKeepsItsValence() {
        // "refused" (-1) denies "win" (2): "not win"; "failed" (-2) denies "rain" (-1): both count
        #expect(abs(evidence("The team failed to rain.", .identity).valence - (-2 + -1 * VaderRules.negation)) < 1e-9)
    }

    @Test func coordinatedDenialsDenyTheSameWordAndNotEachOther() {
        // "refused" (-1) and "failed" (-2) both deny "rain" (-1): "refused" says no more than
        // "rain" and drops out, "failed" keeps its own, "rain" is negated once
        let expected = -2 + -1 * VaderRules.negation
        #expect(abs(evidence("The team refused to or failed to rain.", .identity).valence - expected) < 1e-9)
        #expect(abs(evidence("The team refused to or failed to win.", .identity).valence - 2 * VaderRules.negation) < 1e-9)
    }

    @Test func aLongRunOfDenialsIsReadInLinearTime() {
        // each denial reads through at most `denialChain` denials to the word denied: the last
        // ones drop out for "win", the others keep their own; a walk down the whole run from
        // every denial would take minutes here
        let count = 50_000
        let text = "The team " + String(repeating: "failed to ", count: count) + "win."
        let expected = -2.0 * Double(count - ValenceRules.denialChain) + 2 * VaderRules.negation
        #expect(abs(evidence(text, .identity).valence - expected) < 1e-6)
    }

    @Test func vadersReadingLeavesDenialsAlone() {
        #expect(evidence("The team failed to win.", nil).valence == 0)
    }

    @Test(arguments: ["The team failed to.", "The team failed to get a win.", "The failed plan was a win."])
    func aDenialWithoutToOrOutOfReachKeepsItsOwnValence(_ text: String) {
        let expected = text.contains("win") ? 0.0 : -2.0
        #expect(abs(evidence(text, .identity).valence - expected) < 1e-9, "\(text)")
    }

    // MARK: verbs of prevention ("avoid", "undermine"): their object is kept from being, or taken away

    @Test(arguments: ["They avoided bad weather.", "They avoided a bad year.", "They avoided the bad, awful year."])
    func aVerbOfPreventionNegatesTheRatedWordsOfItsObject(_ text: String) {
        let awful = text.contains("awful") ? -3.0 : 0  // past a clause end: not the object
        #expect(abs(evidence(text, .identity).valence - (-2 * VaderRules.negation + awful)) < 1e-9, "\(text)")
    }

    @Test func aVerbOfHarmTakesAwayAGoodThingAndThreatensABadOne() {
        // "undermined" (-1) takes "success" (2) away: "no success"; "threatened" (-2) a bad
        // thing (the rain, -1) is a threat of it, and both count as they are
        #expect(abs(evidence("It undermined success.", .identity).valence - 2 * VaderRules.negation) < 1e-9)
        #expect(abs(evidence("It threatened rain.", .identity).valence - (-2 - 1)) < 1e-9)
        // one stronger than the good thing it harms keeps its own too ("threatened" -3 here, "good" 2 × -0.74)
        let lexicon = SentimentLexicon(vader: "threatened\t-3.0\ngood\t2.0\n")
        let harmed = valence("It threatened good days.", lexicon: lexicon)
        #expect(abs(harmed - (-3 + 2 * VaderRules.negation)) < 1e-9)
    }

    @Test func aVerbOfAvoidingGivesUpItsOwnValenceOnlyWhenItsObjectIsRated() {
        let lexicon = SentimentLexicon(vader: "avoid\t-1.2\nbad\t-2.0\n")
        func valence(_ text: String) -> Double { self.valence(text, lexicon: lexicon) }
        #expect(abs(valence("Avoid bad days.") - -2 * VaderRules.negation) < 1e-9)
        #expect(abs(valence("Avoid this product.") - -1.2) < 1e-9)  // a warning
    }

    /// A verb of prevention whose object is another's phrase negates what that one made of it:
    /// avoiding harm to a good thing, or a threat of a bad one, is good.
    @Test func aVerbOfPreventionNegatesTheVerbOfHarmItAvoids() {
        let lexicon = SentimentLexicon(vader: "avoid\t-1.2\nundermining\t-1.5\nconfidence\t2.3\nthreatening\t-2.4\nwar\t-2.9\n")
        func valence(_ text: String) -> Double { self.valence(text, lexicon: lexicon) }
        // "undermining confidence" is no confidence (-2.3 × 0.74), avoided: confidence kept
        let negation = VaderRules.negation
        #expect(abs(valence("Avoid undermining confidence.") - 2.3 * negation * negation) < 1e-9)
        // "threatening war" is both bad, avoided: both negated
        #expect(abs(valence("Avoid threatening war.") - (-2.4 - 2.9) * negation) < 1e-9)
        #expect(valence("Avoid threatening war.") > 0)
    }

    @Test func theVerbReachesThreeWordsAsNotDoes() {
        // "bad" and "awful" (one and three words on) are avoided, "weak" (four on) is not
        let expected = (-2 - 3) * VaderRules.negation - 2
        #expect(abs(evidence("They avoided bad and awful weak days.", .identity).valence - expected) < 1e-9)
    }

    /// An object opening with an article reaches its fourth word, the head after two
    /// modifiers ("averted a bruising trade war", "the threat of war"), unless a word that ends
    /// a noun phrase stands before it.
    @Test func anObjectWithAnArticleReachesTheNounAfterTwoModifiers() {
        let lexicon = SentimentLexicon(
            vader: "avoid\t-1.2\naverted\t-0.7\nwar\t-2.9\nbad\t-2.0\nthreat\t-2.4\nundermines\t-1.5\nrecovery\t2.0\n")
        func valence(_ text: String) -> Double { self.valence(text, lexicon: lexicon) }
        let negation = VaderRules.negation
        #expect(abs(valence("They averted a long bad war.") - (-2 - 2.9) * negation) < 1e-9)
        #expect(abs(valence("Leaders hope to avoid the threat of war.") - (-2.4 - 2.9) * negation) < 1e-9)
        // a verb of harm: the good head is taken away, and it gives up its own (-1.5 against 2)
        #expect(abs(valence("It undermines the fragile economic recovery.") - 2.0 * negation) < 1e-9)
    }

    /// A rated head with "of" and a complement of the other tone is what a verb of avoiding
    /// takes away: the head already reverses its complement ("a conflict of interest" harms the
    /// interest), so the complement keeps its valence; an unrated head, or one of the same
    /// tone, lets the reach go on to it ("the spread of war", "the threat of war").
    @Test func aComplementOfTheOtherToneIsLeftToItsHead() {
        let lexicon = SentimentLexicon(
            vader: "avoid\t-1.2\nconflict\t-1.3\ninterest\t2.0\nloss\t-1.3\nconfidence\t2.3\nwar\t-2.9\nthreat\t-2.4\n")
        func valence(_ text: String) -> Double { self.valence(text, lexicon: lexicon) }
        let negation = VaderRules.negation
        // the complement negated too gave 0.96 - 1.48 < 0, bad news
        #expect(abs(valence("They avoid a conflict of interest.") - (-1.3 * negation + 2.0)) < 1e-9)
        #expect(abs(valence("They avoid a loss of confidence.") - (-1.3 * negation + 2.3)) < 1e-9)
        #expect(valence("They avoid a conflict of interest.") > 0)
        // near misses: an unrated head, a head of the complement's tone
        #expect(abs(valence("They avoid the spread of war.") - (-2.9 * negation)) < 1e-9)
        #expect(abs(valence("They avoid the threat of war.") - (-2.4 - 2.9) * negation) < 1e-9)
    }

    /// A verb of erasing or recouping takes its object back, whatever its tone: lost ground
    /// regained is good news, a gain given up bad news.
    @Test func aVerbOfErasingNegatesItsWholeObject() {
        let lexicon = SentimentLexicon(vader: "losses\t-1.5\ngains\t1.5\nrose\t1.0\nstrong\t2.0\nbad\t-2.0\n")
        func valence(_ text: String) -> Double { self.valence(text, lexicon: lexicon) }
        let negation = VaderRules.negation
        #expect(abs(valence("Shares rose, erasing losses from last week.") - (1.0 - 1.5 * negation)) < 1e-9)
        #expect(abs(valence("The fund recouped its losses.") - (-1.5 * negation)) < 1e-9)
        #expect(valence("The fund recouped its losses.") > 0)
        #expect(abs(valence("The stock erased its early gains.") - (1.5 * negation)) < 1e-9)
        // near misses: a passive's agent, an infinitive, an object beyond reach, a verb of recovering
        #expect(abs(valence("Its gains were erased by strong selling.") - (1.5 + 2.0)) < 1e-9)
        #expect(abs(valence("They hope to recoup, with strong sales, the losses.") - (2.0 - 1.5)) < 1e-9)
        #expect(abs(valence("Shares recovered on strong demand.") - 2.0) < 1e-9)
        #expect(abs(valence("Its gains were wiped out by strong selling.") - (1.5 + 2.0)) < 1e-9)
        #expect(abs(valence("The files were erased in a bad fraud.") - -2.0) < 1e-9)  // a passive, no object
    }

    /// Words a lexicon adds after its word lists (a compound's second word, "trade rows") are
    /// read too: the flag of a phrase break covers every id.
    @Test func anObjectOfWordsAddedByCompoundsIsRead() {
        let lexicon = SentimentLexicon(vader: "avoided\t-1.2\nbitter\t-2.0\nrows\t-1.5\n", compounds: "bitter trade\t-2.0\t5 0.5\n")
        let negation = VaderRules.negation
        // "trade", added by the compound, is the object's third word: "rows" is its fourth
        #expect(abs(valence("They avoided a bitter trade rows.", lexicon: lexicon) - (-2 - 1.5) * negation) < 1e-9)
    }

    @Test(arguments: [
        "They avoided the war and won the good days.",  // a conjunction before the fourth word
        "They avoided the war to win good days.",  // an infinitive's "to"
        "They avoided the war in bad years.",  // a preposition other than "of"
        "They avoided the war as bad years came.",  // a conjunction of time
        "They avoided any long cold bad days.",  // no article: three words, as before
    ])
    func anObjectBrokenBeforeItsFourthWordReachesThree(_ text: String) {
        let lexicon = SentimentLexicon(vader: "avoided\t-1.2\nwar\t-2.9\nbad\t-2.0\ngood\t2.0\nwin\t2.0\nwon\t2.0\n")
        let negation = VaderRules.negation
        let object = text.contains("war") ? -2.9 * negation : 0
        let rest = (text.contains("bad") ? -2.0 : 0) + (text.contains("good") ? 2 : 0) + (text.contains("win") ? 2 : 0)
            + (text.contains("won") ? 2 : 0)
        let own = text.contains("war") ? 0 : -1.2  // "avoided" keeps its own with no rated object
        #expect(abs(valence(text, lexicon: lexicon) - (object + rest + own)) < 1e-9, "\(text)")
    }

    @Test(arguments: [
        "They threatened to win.",  // an infinitive: what they threatened to do
        "The win was threatened by rain.",  // a passive's agent
        "They threatened, it seems, a win.",  // a clause ends after the verb
        "They avoided it and the team won a good game.",  // beyond three words
    ])
    func aVerbOfPreventionWithoutAnObjectWithinReachNegatesNothing(_ text: String) {
        let plain = evidence(text, .identity).valence
        let own = text.contains("threatened") ? -2.0 : 0
        let rest = (text.contains("win") ? 2.0 : 0) + (text.contains("good") ? 2 : 0) + (text.contains("rain") ? -1 : 0)
        #expect(abs(plain - (own + rest)) < 1e-9, "\(text)")
    }

    @Test func aNegatedVerbOfPreventionLeavesItsObjectAsItWas() {
        // "not" negates "bad" (two words on), the prevention negates it back: "did not avoid bad days" is bad
        let expected = -2 * VaderRules.negation * VaderRules.negation
        #expect(abs(evidence("They did not avoid bad days.", .identity).valence - expected) < 1e-9)
    }

    @Test func vadersReadingLeavesVerbsOfPreventionAlone() {
        #expect(evidence("They avoided bad weather.", nil).valence == -2)
    }

    // MARK: nouns of ending with "to" ("an end to the war"): what follows stops

    @Test func aNounOfEndingWithToNegatesWhatFollows() {
        let lexicon = SentimentLexicon(vader: "war\t-2.9\nfighting\t-1.9\nsubsidies\t1.0\nbad\t-2.0\ngood\t2.0\n")
        func valence(_ text: String) -> Double { self.valence(text, lexicon: lexicon) }
        let negation = VaderRules.negation
        // a bad thing's end is good news, a good thing's end bad
        #expect(abs(valence("They want an end to the war.") - -2.9 * negation) < 1e-9)
        #expect(abs(valence("Talks brought a halt to the fighting.") - -1.9 * negation) < 1e-9)
        #expect(abs(valence("The plan calls for an end to subsidies.") - 1.0 * negation) < 1e-9)
        // two words after "to", three after an article: "good" is a fourth, "hurt" a third
        let hurt = SentimentLexicon(vader: "subsidies\t1.0\nhurt\t-2.0\n")
        #expect(abs(self.valence("An end to farm subsidies hurt the farms.", lexicon: hurt) - (1.0 * negation - 2)) < 1e-9)
        #expect(abs(valence("They sought an end to the long bad good days.") - (-2 * negation + 2)) < 1e-9)
        // nor past the clause's end: "good" after the comma is no object of the end
        #expect(abs(valence("They sought an end to bad, good days.") - (-2 * negation + 2)) < 1e-9)
        #expect(abs(valence("They sought an end to bad good days.") - (-2 + 2) * negation) < 1e-9)
        // "no" after it denies a noun of its own, not the end: the war still stops
        #expect(abs(valence("They want an end to the war with no winners.") - -2.9 * negation) < 1e-9)
    }

    @Test(arguments: [
        "By the end of the war the city was in ruins.",  // "end of": a time
        "The war will end to everyone's relief.",  // the verb "end"
        "At the end, to the good people, a war.",  // a clause ends after "end"
        "Shares ended to the good.",  // "ended" is no noun of ending
        "No end to the good war.",  // no article before "end"
        "There is no sign of an early end to the war.",  // a negation before it: the war goes on
        "They are not declaring an end to the war.",
        "An end to the war is not in sight.",  // a negation after it: the war goes on
        "A halt to the war is nowhere in sight.",
        "An end to the good times never came.",
    ])
    func endWithoutToOrAsAVerbNegatesNothing(_ text: String) {
        let lexicon = SentimentLexicon(vader: "war\t-2.9\nruins\t-2.0\ngood\t2.0\nrelief\t1.9\n")
        let plain = (text.contains("war") ? -2.9 : 0) + (text.contains("ruins") ? -2 : 0) + (text.contains("good") ? 2 : 0)
            + (text.contains("relief") ? 1.9 : 0)
        #expect(abs(valence(text, lexicon: lexicon) - plain) < 1e-9, "\(text)")
    }

    // MARK: nouns of doubt with "over"/"about": a good thing named there is doubted, not had

    @Test(arguments: ["There are doubts over success.", "Concerns about the good year grew.", "Fears over a win."])
    func aGoodThingAfterANounOfDoubtCountsForNothing(_ text: String) {
        #expect(evidence(text, .identity).valence == 0, "\(text)")
    }

    @Test(arguments: [
        "There are doubts over the bad debt.",  // a bad thing stays bad
        "He spoke over a good meal.",  // no noun of doubt before "over"
        "Doubts grew, over the year, good news came.",  // a clause ends between
    ])
    func onlyAGoodThingAfterANounOfDoubtIsDoubted(_ text: String) {
        let expected = text.contains("bad") ? -2.0 : 2
        #expect(evidence(text, .identity).valence == expected, "\(text)")
    }

    // MARK: words of news prose VADER misreads: "like", "less", magnitudes, a negation's reach

    /// A lexicon with "like" (VADER 1.5), magnitudes ("strong", "huge") and a few rated words.
    static let prose = SentimentLexicon(
        vader: "like\t1.5\nstrong\t2.3\nhuge\t1.3\nlosses\t-2.0\ngood\t1.9\nrestrictive\t-0.77\nhappy\t2.7\n")

    @Test(arguments: [
        "The new plant looks like a factory of the last century.",
        "Countries like Norway export gas.",
        "Like many banks, it cut staff.",
    ])
    func likeAsAPrepositionCarriesNoValence(_ text: String) {
        #expect(valence(text, lexicon: Self.prose) == 0, "\(text)")
    }

    @Test(arguments: [
        "I like the new plant.", "Investors would like a deal.", "They also like it.",
        // review37: before "to" it is a verb whatever precedes it (a noun subject, an adverb)
        "Many growers like to plant early.", "The board would probably like to sell.",
    ])
    func likeAfterASubjectOrAModalIsAVerbOfLiking(_ text: String) {
        #expect(abs(valence(text, lexicon: Self.prose) - 1.5) < 1e-9, "\(text)")
    }

    @Test func likeAfterANegationIsANegatedVerb() {
        #expect(abs(valence("Voters don't like it.", lexicon: Self.prose) - 1.5 * VaderRules.negation) < 1e-9)
    }

    @Test func lessReversesTheWordAfterIt() {
        // VADER's dampener first (-0.77 + 0.293), then reversed as "least" reverses
        let expected = (-0.77 + VaderRules.boost) * VaderRules.negation
        #expect(abs(valence("Rates are at a far less restrictive level.", lexicon: Self.prose) - expected) < 1e-9)
        #expect(valence("Shoppers were less happy.", lexicon: Self.prose) < 0)
        // "more or less" is an approximation, no reversal (VADER's booster and dampener stay)
        #expect(abs(valence("They were more or less happy.", lexicon: Self.prose) - (2.7 - VaderRules.boost + 0.9 * VaderRules.boost)) < 1e-9)
    }

    @Test func aNegationReachesAcrossArticlesAndBeToAFourthWord() {
        let expected = 1.9 * VaderRules.negation
        #expect(abs(valence("It might not necessarily be a good thing.", lexicon: Self.prose) - expected) < 1e-9)
        // a content word between: out of reach, as in VADER
        #expect(abs(valence("It did not say that a good plan is needed.", lexicon: Self.prose) - 1.9) < 1e-9)
    }

    @Test(arguments: ["The economy took a strong hit.", "Exporters suffered huge losses.", "It was a strong blow to trade."])
    func aMagnitudeBeforeABadThingTakesItsSign(_ text: String) {
        let losses = text.contains("losses") ? -2.0 : 0
        let magnitude = text.contains("strong") ? -2.3 : -1.3
        #expect(abs(valence(text, lexicon: Self.prose) - (magnitude + losses)) < 1e-9, "\(text)")
    }

    @Test(arguments: ["The team showed strong form.", "A huge, good crowd came.", "Losses were strong, huge."])
    func aMagnitudeBeforeNoBadThingKeepsItsRating(_ text: String) {
        let expected = (text.contains("strong") ? 2.3 : 0) + (text.contains("huge") ? 1.3 : 0)
            + (text.contains("good") ? 1.9 : 0) + (text.contains("Losses") ? -2 : 0)
        #expect(abs(valence(text, lexicon: Self.prose) - expected) < 1e-9, "\(text)")
    }

    @Test func vadersReadingKeepsLikeLessAndMagnitudes() {
        var valences: [Double] = []
        let words = ValenceRulesTests.words("It looks like a strong hit.", lexicon: Self.prose)
        let sum = words.withUnsafeBufferPointer {
            ValenceRules(lexicon: Self.prose, clauses: nil).score($0, exclamations: 0, questions: 0, valences: &valences)
                .evidence.valence
        }
        #expect(abs(sum - (1.5 + 2.3)) < 1e-9)
    }

    /// A lexicon for the rules of issue 22's fourth pass: rated words that stand in names, a
    /// verb of stopping, "effectively".
    static let news = SentimentLexicon(
        vader: "security\t1.4\njustice\t2.4\nliberty\t2.4\ngood\t1.9\nresign\t-1.4\neffectively\t1.9\ndetains\t-1.5\n")

    @Test(arguments: [
        "The Security Council met on Monday.", "Officials of the Justice Ministry spoke.",
        "A Department of Justice lawyer spoke.", "Liberty Mutual Co posted results.",
    ])
    func aRatedWordInAnOrganisationsNameNamesIt(_ text: String) {
        #expect(valence(text, lexicon: Self.news) == 0, "\(text)")
    }

    @Test(arguments: [
        "The security council met.", "Security improved at the Bank.", "They sought justice, Council members said.",
        "Good News Today is a show.",
    ])
    func aRatedWordOutsideANameKeepsItsRating(_ text: String) {
        #expect(valence(text, lexicon: Self.news) > 0, "\(text)")
    }

    @Test func aHeadlineInTitleCaseOpensANameOnlyAfterAnArticleOrAtItsStart() {
        // the verb is capitalised too, and a capitalised head follows it: no name
        #expect(abs(valence("Police Detains Church Leaders Again", lexicon: Self.news) + 1.5) < 1e-9)
        #expect(valence("The Security Council Meets Today", lexicon: Self.news) == 0)
        #expect(valence("Security Council Backs Plan", lexicon: Self.news) == 0)
    }

    @Test(arguments: [
        ("The panel should veto the plan.", -1.2), ("The minister ought to quit.", -1.2),
        ("The tax should be scrapped.", -1.2), ("Leaders must step down.", -1.2), ("He must resign.", -1.4),
        ("The board should reject the good offer.", -1.2 + 1.9 * VaderRules.negation),
        // a name inside the object does not use up its reach
        ("They should block the New York Stock Exchange good deal.", -1.2 + 1.9 * VaderRules.negation),
    ])
    func aModalOfObligationBeforeAVerbOfStoppingCarriesTheWritersStance(_ text: String, _ expected: Double) {
        #expect(abs(valence(text, lexicon: Self.news) - expected) < 1e-9, "\(text)")
    }

    @Test(arguments: [
        ("The board should not reject the offer.", 0), ("Talks may stop.", 0), ("Leaders must step up.", 0),
        ("The panel will veto the plan.", 0), ("No plan should be vetoed.", 0),
    ])
    func withoutAnObligationOrWhenNegatedAStopIsNoStance(_ text: String, _ expected: Double) {
        #expect(abs(valence(text, lexicon: Self.news) - expected) < 1e-9, "\(text)")
    }

    @Test(arguments: [
        "The law would effectively end the program.", "It is effectively a merger.", "Pay was effectively frozen.",
    ])
    func effectivelyBeforeWhatItQualifiesMeansInEffect(_ text: String) {
        #expect(valence(text, lexicon: Self.news) == 0, "\(text)")
    }

    @Test(arguments: [
        ("The team worked effectively.", 1.9), ("They compete effectively with rivals.", 1.9),
        ("We must act to effectively fight it.", 1.9),
        // VADER's booster "more" adds its 0.293 as before
        ("It ran more effectively here.", 1.9 + VaderRules.boost),
    ])
    func effectivelyAsAnAdverbOfMannerKeepsItsRating(_ text: String, _ expected: Double) {
        #expect(abs(valence(text, lexicon: Self.news) - expected) < 1e-9, "\(text)")
    }
}
