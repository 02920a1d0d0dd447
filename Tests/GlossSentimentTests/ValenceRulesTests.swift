import GlossCore
import Testing

@testable import GlossSentiment
import GlossText

/// VADER's word rules and the news compounds, each on a sentence written for the test: the
/// valence the rules give each word and the sentence's compound score.
@Suite struct ValenceRulesTests {
    static let lexicon = SentimentLexicon(
        vader: "good\t2.0\nbad\t-2.0\nwin\t2.0\nfailed\t-2.0\ninterest\t2.0\nshit\t-2.5\n",
        compounds: "interest rates\t0\t870 0.33\n")

    /// The words of `text` as the scorer collects them with `lexicon`.
    static func words(_ text: String, lexicon: SentimentLexicon, typographic: Bool = true) -> [SentimentWord] {
        var text = text
        let tokens = Tokenizer().tokenize(text)
        var words: [SentimentWord] = []
        text.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer {
                _ = SentimentWord.collect(
                    bytes.baseAddress!, tokens: $0, range: 0..<tokens.count, lexicon: lexicon, typographic: typographic,
                    into: &words)
            }
        }
        return words
    }

    /// The valence of each word of `text` (one sentence, no punctuation) and the compound score,
    /// read by VADER's rules (`clauses` nil) or with clause rules that change no factor.
    func score(_ text: String, clauses: ClauseRules? = nil, exclamations: Int = 0) -> (valences: [Double], compound: Double) {
        var valences: [Double] = []
        let result = Self.words(text, lexicon: Self.lexicon).withUnsafeBufferPointer {
            ValenceRules(lexicon: Self.lexicon, clauses: clauses).score(
                $0, exclamations: exclamations, questions: 0, valences: &valences)
        }
        return (valences.map { ($0 * 1000).rounded() / 1000 }, result.score.compound)
    }

    @Test func aRatedWordKeepsItsRatingAndUnratedWordsCountZero() {
        let (valences, compound) = score("the food was good")
        #expect(valences == [0, 0, 0, 2.0])
        #expect(abs(compound - 2 / (4.0 + 15).squareRoot()) < 1e-9)
    }

    @Test func aNegationWithinThreeWordsFlipsAndShrinks() {
        #expect(score("it was not good").valences.last == -1.48)
        #expect(score("not at all good").valences.last == -1.48)
        #expect(score("not the food that was good").valences.last == 2.0)
    }

    @Test func boostersAndDampenersAddInTheWordsDirection() {
        #expect(score("very good").valences == [0, 2.293])
        #expect(score("very bad").valences == [0, -2.293])
        #expect(score("barely good").valences == [0, 1.707])
    }

    @Test func capitalsInAMixedCaseSentenceAddEmphasis() {
        #expect(score("the food was GOOD").valences.last == 2.733)
        #expect(score("GOOD FOOD").valences.first == 2.0)
    }

    @Test func butHalvesWhatPrecedesAndRaisesWhatFollows() {
        #expect(score("good food but bad service").valences == [1.0, 0, 0, -3.0, 0])
    }

    @Test func leastNegatesExceptInAtLeast() {
        #expect(score("the least good").valences.last == -1.48)
        #expect(score("at least good").valences.last == 2.0)
    }

    @Test func exclamationsAddToTheSumInItsDirection() {
        let calm = score("good").compound
        let loud = score("good", exclamations: 2).compound
        #expect(abs(loud - (2 + 2 * VaderRules.exclamation) / ((2 + 2 * VaderRules.exclamation) * (2 + 2 * VaderRules.exclamation) + 15).squareRoot()) < 1e-9)
        #expect(loud > calm)
    }

    @Test func aNewsCompoundTakesItsOwnValenceBeforeAnyRule() {
        #expect(score("interest rates rose").valences == [0, 0, 0])
        #expect(score("INTEREST rates rose sharply today").valences.first == 0)
        #expect(score("very interest rates").valences == [0, 0, 0])
        #expect(score("interest in peace").valences.first == 2.0)
        #expect(score("rates of interest").valences.last == 2.0)
    }

    @Test func aClauseEndBetweenTheWordsMakesNoCompound() {
        // "in the national interest, rates ...": the comma parts the words
        #expect(score("in the national interest, rates rose").valences[3] == 2.0)
        #expect(score("interest; rates rose").valences.first == 2.0)
        #expect(score("interest rates, rose").valences.first == 0)
    }

    @Test func aDenialWithToNegatesTheWordItDenies() {
        let clauses = ClauseRules(before: 1, after: 1, reported: 1, hedged: 1, counterfactual: 1)
        let denied = score("they failed to win", clauses: clauses).valences
        #expect(denied == [0, 0, 0, -1.48])
        #expect(score("they failed to win").valences == [0, -2.0, 0, 2.0])
    }

    static let clauseFactorsOne = ClauseRules(before: 1, after: 1, reported: 1, hedged: 1, counterfactual: 1)

    @Test func aNounOfAbsenceWithOfNegatesWhatItLacks() {
        let lexicon = SentimentLexicon(vader: "lack\t-1.3\nprogress\t1.8\ngood\t2.0\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        // "lack of progress" reads as "no progress": the lack gives up its own valence to the stronger word
        #expect(valences("a lack of progress") == [0, 0, 0, -1.332])
        #expect(valences("a lack of real progress") == [0, 0, 0, 0, -1.332])
        // without "of" the noun keeps its rating and denies nothing
        #expect(valences("a lack progress") == [0, -1.3, 1.8])
    }

    @Test func aNounOfHarmWithToTurnsTheGoodItHarmsIntoItsLoss() {
        let lexicon = SentimentLexicon(vader: "obstacle\t-0.8\npeace\t2.5\nhopes\t1.9\nblow\t-0.5\nthreat\t-2.4\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("an obstacle to peace") == [0, 0, 0, -1.85])
        #expect(valences("a blow to their hopes") == [0, 0, 0, 0, -1.406])
        // "threat to" is mostly an infinitive's ("a threat to impose"): no harm noun
        #expect(valences("a threat to peace") == [0, -2.4, 0, 2.5])
        // VADER's rules alone keep both ratings
        #expect(Self.valences("an obstacle to peace", lexicon: lexicon, clauses: nil) == [0, -0.8, 0, 2.5])
    }

    @Test func aNegatedNounOfHarmOrAbsenceDeniesNothing() {
        let lexicon = SentimentLexicon(vader: "obstacle\t-0.8\npeace\t2.5\nlack\t-1.3\ngood\t2.0\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        // "no obstacle to peace" is good news: "no" negates the obstacle, and peace keeps its rating
        #expect(valences("no obstacle to peace") == [0, 0.592, 0, 2.5])
        #expect(valences("not an obstacle to peace") == [0, 0, 0.592, 0, 2.5])
        #expect(valences("there was no lack of good ideas") == [0, 0, 0, 0.962, 0, 2.0, 0])
    }

    /// "too" before an unrated word is an excess and judges as "excessive" does ("too high", "too
    /// much"); before a rated word that word carries the tone, and at a clause's end it is "also".
    @Test func tooBeforeAnUnratedWordJudgesAsExcessiveDoes() {
        let lexicon = SentimentLexicon(vader: "excessive\t-0.8\ngood\t2.0\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("prices are too high") == [0, 0, -0.8, 0])
        #expect(valences("they paid too much for it") == [0, 0, -0.8, 0, 0, 0])
        #expect(valences("it is too good") == [0, 0, 0, 2.0])
        #expect(valences("me too") == [0, 0])
        // a negation before it turns it as VADER turns a rated word
        #expect(valences("not too high") == [0, 0.592, 0])
        // VADER's rules alone, and a lexicon without "excessive", read no excess
        #expect(Self.valences("prices are too high", lexicon: lexicon, clauses: nil) == [0, 0, 0, 0])
        let plain = SentimentLexicon(vader: "good\t2.0\n")
        #expect(Self.valences("prices are too high", lexicon: plain, clauses: Self.clauseFactorsOne) == [0, 0, 0, 0])
    }

    /// "too early to say", "too soon to tell" put a judgement off: a hedge, no excess; "too
    /// early" or "too soon" without "to" after it is still one.
    @Test func tooEarlyOrTooSoonToJudgeIsNoExcess() {
        let lexicon = SentimentLexicon(vader: "excessive\t-0.8\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("it is too early to say") == [0, 0, 0, 0, 0, 0])
        #expect(valences("it is too soon to tell") == [0, 0, 0, 0, 0, 0])
        #expect(valences("the rains came too early") == [0, 0, 0, -0.8, 0])
        #expect(valences("the frost came too soon") == [0, 0, 0, -0.8, 0])
        #expect(valences("it is too late to say") == [0, 0, -0.8, 0, 0, 0])
    }

    /// "too" before a verb, pronoun or article follows what it adds to: "also", no excess.
    @Test func tooBeforeAVerbOrPronounIsAlso() {
        let lexicon = SentimentLexicon(vader: "excessive\t-0.8\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("the city too has new towers") == [0, 0, 0, 0, 0, 0])
        #expect(valences("he too would sign the pact") == [0, 0, 0, 0, 0, 0])
        #expect(valences("here too they waited") == [0, 0, 0, 0])
        #expect(valences("the towers are too tall") == [0, 0, 0, -0.8, 0])
    }

    /// "too" is read in its own pass over the sentences holding it, with the word rules a rated
    /// word gets: a booster before it adds to the excess, as it would to "excessive".
    @Test func anExcessTakesTheWordRulesOfARatedWord() {
        let lexicon = SentimentLexicon(vader: "excessive\t-0.8\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("prices are really too high") == [0, 0, 0, -1.093, 0])
        #expect(valences("prices are really excessive") == [0, 0, 0, -1.093])
        #expect(valences("it is not too much") == [0, 0, 0, 0.592, 0])
        #expect(valences("too high and too fast") == [-0.8, 0, 0, -0.8, 0])
    }

    /// The pass reads each "too" as the word loop reads a rated word: with a lexicon rating "too"
    /// as "excessive" (read in the loop) every excess gets the same valence, in sentences with
    /// several "too", a capitalised or upper-case one, one in quotes and one in a negated scope;
    /// a "too" the pass finds no excess for (at the clause's end, "also") counts nothing.
    @Test func anExcessReadInItsPassEqualsTheWordLoopsReading() {
        let unrated = SentimentLexicon(vader: "excessive\t-0.8\n")
        let rated = SentimentLexicon(vader: "excessive\t-0.8\ntoo\t-0.8\n")
        func both(_ text: String) -> (pass: [Double], loop: [Double]) {
            (Self.valences(text, lexicon: unrated, clauses: Self.clauseFactorsOne),
             Self.valences(text, lexicon: rated, clauses: Self.clauseFactorsOne))
        }
        for text in [
            "rates are far too high and rents are too high", "Too high, said the traders; too slow, said the buyers",
            "the bank said rates were \"too high\" and \"too volatile\"", "it is not too late and not too large",
            "the fund was never too keen on bonds", "we are TOO exposed to the dollar", "TOO MUCH DEBT TOO LITTLE GROWTH",
            "but it was too little, too late",
        ] {
            let (pass, loop) = both(text)
            #expect(pass == loop, "\(text)")
        }
        // no excess: the word loop's rated "too" counts, the pass leaves it at 0
        #expect(both("rents are high too").pass == [0, 0, 0, 0])
        #expect(both("Britain too is concerned").pass == [0, 0, 0, 0])
        #expect(both("the rally came too early to say").pass == [0, 0, 0, 0, 0, 0, 0])
        #expect(both("rents are high too").loop.last == -0.8)
    }

    /// "no longer" negates as "not" does, up to three words after it, within its clause, and its
    /// "no" then counts nothing itself; with nothing rated in reach "no" keeps its rating (a loss:
    /// "it no longer works"); VADER's rules alone keep "no" rated.
    @Test func noLongerNegatesAsNotDoes() {
        let lexicon = SentimentLexicon(vader: "no\t-1.2\nthreat\t-2.4\ngood\t2.0\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("it is no longer good") == [0, 0, 0, 0, -1.48])
        #expect(valences("it is no longer a threat") == [0, 0, 0, 0, 0, 1.776])
        #expect(valences("it is no longer seen as good") == [0, 0, 0, 0, 0, 0, -1.48])
        // out of reach, and across a clause mark
        #expect(valences("no longer hopes for a good deal") == [-1.2, 0, 0, 0, 0, 2.0, 0])
        #expect(valences("it is no longer open, a good sign") == [0, 0, -1.2, 0, 0, 0, 2.0, 0])
        #expect(valences("it no longer works") == [0, -1.2, 0, 0])
        // "no" before a word it does not qualify keeps its rating
        #expect(valences("no deal is longer") == [-1.2, 0, 0, 0])
        #expect(Self.valences("it is no longer a threat", lexicon: lexicon, clauses: nil) == [0, 0, -1.2, 0, 0, -2.4])
    }

    /// "no longer" is read in one pass after the word rules, so the words in its reach are negated
    /// as "not" negates them: after their boosters and capitals ("no longer very good" reads as
    /// "not very good"), and only in its clause.
    @Test func noLongerNegatesAfterTheWordRulesAsNotDoes() {
        let lexicon = SentimentLexicon(vader: "no\t-1.2\ngood\t2.0\nthreat\t-2.4\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("it is no longer very good")[5] == valences("it is not very good")[4])
        // (2.0 + 0.293) × -0.74, rounded as `valences` rounds; before the pass -1.773 (the booster after the negation)
        #expect(valences("it is no longer very good") == [0, 0, 0, 0, 0, -1.697])
        #expect(valences("it is no longer seen as GOOD")[6] == valences("it is not seen as GOOD")[5])
        #expect(valences("it is no longer seen as GOOD")[6] == -2.022)
        // two of them in one sentence, each with its own reach and its own "no"
        #expect(valences("no longer good and no longer a threat") == [0, 0, -1.48, 0, 0, 0, 0, 1.776])
        #expect(valences("no longer good, and no longer works") == [0, 0, -1.48, 0, -1.2, 0, 0])
        #expect(valences("no longer, a good deal") == [-1.2, 0, 0, 2.0, 0])
        // "no longer" at the sentence's end, or "longer" alone, negates nothing
        #expect(valences("it is good no longer") == [0, 0, 2.0, -1.2, 0])
        #expect(valences("good for longer") == [2.0, 0, 0])
    }

    /// A verb of need ("need", "require", "rely", "seek", "afford") stops a negation before it: the
    /// need is denied, not what is needed, so what it governs in the negation's reach counts
    /// nothing ("does not need government support", "cannot afford to lose"), and the "no" of "no
    /// longer" before one counts nothing either ("no longer required to report"). VADER's rules
    /// alone reach across it, as published.
    @Test func aNegationStopsAtAVerbOfNeed() {
        let lexicon = SentimentLexicon(vader: "no\t-1.2\ngood\t2.0\nlose\t-1.3\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("it does not need good luck") == [0, 0, 0, 0, 0, 0])
        #expect(valences("it does not have good luck") == [0, 0, 0, 0, -1.48, 0])
        #expect(valences("we cannot afford to lose") == [0, 0, 0, 0, 0])
        #expect(valences("they did not then require good") == [0, 0, 0, 0, 0, 0])
        // beyond the negation's reach the word keeps its rating
        #expect(valences("it does not need the old good") == [0, 0, 0, 0, 0, 0, 2.0])
        // "no longer" before a verb of need: "no" and the rest of the reach count nothing
        #expect(valences("it no longer needs good luck") == [0, 0, 0, 0, 0, 0])
        #expect(valences("it no longer needs to trade") == [0, 0, 0, 0, 0, 0])
        #expect(valences("it no longer seems good") == [0, 0, 0, 0, -1.48])
        #expect(Self.valences("it does not need good luck", lexicon: lexicon, clauses: nil) == [0, 0, 0, 0, -1.48, 0])
        #expect(Self.valences("it no longer needs to trade", lexicon: lexicon, clauses: nil) == [0, -1.2, 0, 0, 0, 0])
    }

    /// A bad thing not needed is spared: under a denied verb of need it is negated as "not" negates
    /// it, where a good thing counts nothing. "afford" spares nothing ("cannot afford to lose" is a
    /// risk), nor does a need whose bad thing stands after a modal (the next clause's).
    @Test func aBadThingNotNeededIsSpared() {
        let lexicon = SentimentLexicon(vader: "no\t-1.2\ngood\t2.0\nlose\t-1.3\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("it does not need to lose") == [0, 0, 0, 0, 0, 0.962])
        #expect(valences("not need lose") == [0, 0, 0.962])
        #expect(valences("they never sought to lose") == [0, 0, 0, 0, 0.962])
        #expect(valences("it does not need good luck") == [0, 0, 0, 0, 0, 0])
        #expect(valences("we cannot afford to lose") == [0, 0, 0, 0, 0])
        #expect(valences("it is not needed could lose") == [0, 0, 0, 0, 0, 0])
        // "no longer" before a verb of need spares a bad thing in its reach, and its "no" counts nothing
        #expect(valences("it no longer needs to lose") == [0, 0, 0, 0, 0, 0.962])
        #expect(valences("it no longer affords to lose") == [0, 0, 0, 0, 0, 0])
    }

    /// A denied need spares only the bad thing it governs: not a word after a clause's end ("does
    /// not need it, sadly": the word after the comma is not what is needed) nor one after a modal
    /// or hedge that starts the next predicate ("capacity not needed will depress prices", "may
    /// depress", "can depress"); there the word counts nothing, as before any sparing; nor a bad
    /// thing said to be there already ("does not need more losses"). A word between the negation
    /// and the verb leaves the sparing whole ("does not always need losses").
    @Test(arguments: [
        ("it does not need it, sadly", [0, 0, 0, 0, 0, 0]),
        ("it did not need help: losses", [0, 0, 0, 0, 0, 0]),
        ("it is not needed - losses", [0, 0, 0, 0, 0, 0]),
        ("it is not needed will lose", [0, 0, 0, 0, 0, 0]),
        ("it is not needed may lose", [0, 0, 0, 0, 0, 0]),
        ("it no longer needed will lose", [0, 0, 0, 0, 0, 0]),
        ("it is not needed can lose", [0, 0, 0, 0, 0, 0]),
        ("it does not need more losses", [0, 0, 0, 0, 0, 0]),
        // "another", "further" and "additional" say so too ("does not need another crisis")
        ("it does not need another loss", [0, 0, 0, 0, 0, 0]),
        ("they did not seek further losses", [0, 0, 0, 0, 0, 0]),
        ("it no longer needs additional losses", [0, 0, 0, 0, 0, 0]),
        // near misses: an article or a number between them presupposes nothing
        ("it does not need the losses", [0, 0, 0, 0, 0, 1.11]),
        ("it does not need two losses", [0, 0, 0, 0, 0, 1.11]),
        ("it does not always need losses", [0, 0, 0, 0, 0, 1.11]),
        // "more" and "can" count only between the verb and the word: before the negation they
        // start no other predicate
        ("more firms do not need losses", [0, 0, 0, 0, 0, 1.11]),
        ("firms that can grow do not need losses", [0, 0, 0, 0, 0, 0, 0, 1.11]),
    ] as [(String, [Double])])
    func aDeniedNeedSparesOnlyWhatItGoverns(text: String, expected: [Double]) {
        let lexicon = SentimentLexicon(vader: "lose\t-1.3\nsadly\t-2.0\nlosses\t-1.5\nloss\t-1.5\n")
        #expect(Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) == expected)
    }

    /// A denied "afford" tells of a constraint (a hardship, a risk) and reads as "unable" does, what
    /// it governs still counting nothing; "not" after it makes it a necessity, and a verb of letting
    /// go, neglect or delay after "to" an urgency ("cannot afford to wait"), which count nothing.
    /// An "afford" no negation reaches in its clause, and VADER's rules alone, are left as they were.
    @Test(arguments: [
        ("we cannot afford to pay", [0, 0, -1.5, 0, 0]),
        ("they can no longer afford to keep it", [0, 0, 0, 0, -1.5, 0, 0, 0]),
        ("families can no longer afford rent", [0, 0, 0, 0, -1.5, 0]),
        ("they could not really afford good food", [0, 0, 0, 0, -1.5, 0, 0]),
        ("few never afforded it", [0, 0, -1.5, 0]),
        // near misses
        ("we cannot afford not to act", [0, 0, 0, 0, 0, 0]),
        ("we cannot afford to lose", [0, 0, 0, 0, 0]),
        ("investors cannot afford to wait", [0, 0, 0, 0, 0]),
        ("they can no longer afford to ignore it", [0, 0, 0, 0, 0, 0, 0, 0]),
        ("we cannot afford to pass up the offer", [0, 0, 0, 0, 0, 0, 0, 0]),
        // "pass" without "up" hands something on: a constraint, as "pay" is
        ("firms cannot afford to pass costs on", [0, 0, -1.5, 0, 0, 0, 0]),
        ("we can afford to pay", [0, 0, 0, 0, 0]),
        // a verb of letting go that is not the infinitive after "afford to" is no urgency
        ("we cannot afford it and lose", [0, 0, -1.5, 0, 0, -1.3]),
        ("not all of them afford it", [0, 0, 0, 0, 0, 0]),
        ("it is not cheap, but we afford it", [0, 0, 0, 0, 0, 0, 0, 0]),
        ("the price is no longer good, as few afford it", [0, 0, 0, 0, 0, -1.48, 0, 0, 0, 0]),
        // a split infinitive is the same necessity; "or not" and "not only" deny nothing
        ("we cannot afford to not act", [0, 0, 0, 0, 0, 0]),
        ("ask whether or not you can afford it", [0, 0, 0, 0, 0, 0, 0, 0]),
        ("they not only afford the rent", [0, 0, 0, 0, 0, 0]),
        // but a denial before them still counts ("not" is the negation there)
        ("they do not afford it or not", [0, 0, 0, -1.5, 0, 0, 0]),
    ] as [(String, [Double])])
    func aDeniedAffordReadsAsUnable(text: String, expected: [Double]) {
        let lexicon = SentimentLexicon(vader: "unable\t-1.5\nlose\t-1.3\ngood\t2.0\nno\t-1.2\n")
        #expect(Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) == expected)
        #expect(Self.valences(text, lexicon: lexicon, clauses: nil).allSatisfy { $0 != -1.5 })
    }

    /// Adjectives of degree unrated by the lexicon measure what they modify, as VADER's "enormous"
    /// and "extreme" do: a bad thing after one is worse ("an acute shortage"), a good thing better
    /// ("a spectacular success"); one the lexicon rates keeps its rating and boosts nothing, and
    /// without the editorial words none boosts.
    @Test func degreeAdjectivesBoostWhatTheyModify() {
        let vader = "shortage\t-1.0\nsuccess\t2.0\nfailure\t-2.0\n"
        let editorial = SentimentLexicon(vader: vader, editorial: true)
        func valences(_ text: String, _ lexicon: SentimentLexicon) -> [Double] {
            Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne)
        }
        #expect(valences("an acute shortage", editorial) == [0, 0, -1.293])
        #expect(valences("an unprecedented failure", editorial) == [0, 0, -2.293])
        #expect(valences("a spectacular success", editorial) == [0, 0, 2.293])
        // not past its clause's end: it modifies no word there (a comma's coordinated
        // adjective or the next clause's word), while a degree adverb keeps VADER's reach
        #expect(valences("the crowd was massive, a success", editorial) == [0, 0, 0, 0, 0, 2.0])
        #expect(valences("a vast, costly failure", editorial) == [0, 0, 0, -2.0])
        #expect(valences("it was extremely, a success", editorial) == [0, 0, 0, 0, 2.278])
        // nothing rated after it: no valence of its own
        #expect(valences("the meeting was extraordinary", editorial) == [0, 0, 0, 0])
        // rated by the lexicon: a judgement, not a degree
        let rated = SentimentLexicon(vader: vader + "spectacular\t2.5\n", editorial: true)
        #expect(valences("a spectacular success", rated) == [0, 2.5, 2.0])
        #expect(valences("an acute shortage", SentimentLexicon(vader: vader)) == [0, 0, -1.0])
    }

    /// A negation stopped at a verb of need leaves the word after the verb nothing: a booster
    /// before the negation does not raise it from zero, as it would a word it reaches.
    @Test func aBoosterBeforeAStoppedNegationAddsNothing() {
        let lexicon = SentimentLexicon(vader: "good\t2.0\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("they absolutely never needed good luck") == [0, 0, 0, 0, 0, 0])
        // the same booster three words back still raises a word no need stands before
        #expect(valences("they absolutely never had good luck")[4] == -1.744)
    }

    /// A word of need after an article is the noun ("the needs of users", "a need for"), not the
    /// verb: it stops no negation, and "no longer" before it keeps its "no" as before any
    /// unrated reach ("it no longer meets the needs of users" tells of a loss).
    @Test func theNounNeedStopsNoNegation() {
        let lexicon = SentimentLexicon(vader: "no\t-1.2\ngood\t2.0\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("it no longer meets the needs of users") == [0, -1.2, 0, 0, 0, 0, 0, 0])
        #expect(valences("not a need good") == [0, 0, 0, -1.48])
        #expect(valences("not need good") == [0, 0, 0])
    }

    /// "mature" as the verb of finance or growth ("the notes mature on May 1") has no valence; the
    /// adjective keeps its rating, and VADER's rules alone rate both.
    @Test func matureAsTheVerbOfFinanceIsNoPraise() {
        let lexicon = SentimentLexicon(vader: "mature\t1.8\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("the notes mature on May 1") == [0, 0, 0, 0, 0, 0])
        #expect(valences("bonds that mature in ten years") == [0, 0, 0, 0, 0, 0])
        #expect(valences("the loans will mature") == [0, 0, 0, 0])
        #expect(valences("the bonds mature March 26") == [0, 0, 0, 0, 0])
        #expect(valences("when they mature, rates may rise") == [0, 0, 0, 0, 0, 0])
        #expect(valences("a mature market") == [0, 1.8, 0])
        // a clause's end is no cue: reviews end adjectives there
        #expect(valences("a mature, careful reading") == [0, 1.8, 0, 0])
        #expect(valences("a mature and stable market") == [0, 1.8, 0, 0, 0])
        #expect(Self.valences("the notes mature on May 1", lexicon: lexicon, clauses: nil) == [0, 0, 1.8, 0, 0, 0])
    }

    /// After an article, a booster or a preposition "mature" is the adjective, whatever follows
    /// it: a capitalised word, a number or a preposition of time there is no cue of the verb.
    @Test func matureAfterAnArticleBoosterOrPrepositionIsTheAdjective() {
        let lexicon = SentimentLexicon(vader: "mature\t1.8\n")
        func valences(_ text: String) -> [Double] { Self.valences(text, lexicon: lexicon, clauses: Self.clauseFactorsOne) }
        #expect(valences("a mature European market")[1] == 1.8)
        #expect(valences("the mature US banks")[1] == 1.8)
        #expect(valences("growth in mature Asian economies")[2] == 1.8)
        #expect(valences("a very mature in-house team")[2] > 1.8)
        // the verb's cues still hold after a noun, "will" or "to"
        #expect(valences("the notes will mature in May")[3] == 0)
        #expect(valences("the European notes mature in May")[3] == 0)
        #expect(valences("loans due to mature on June 1")[3] == 0)
    }

    /// The valence of each word of `text` under `lexicon`, rounded to three places.
    static func valences(_ text: String, lexicon: SentimentLexicon, clauses: ClauseRules?) -> [Double] {
        var valences: [Double] = []
        _ = words(text, lexicon: lexicon).withUnsafeBufferPointer {
            ValenceRules(lexicon: lexicon, clauses: clauses).score($0, exclamations: 0, questions: 0, valences: &valences)
        }
        return valences.map { ($0 * 1000).rounded() / 1000 }
    }

    @Test func normalizeStaysWithinOne() {
        #expect(ValenceRules.normalize(0) == 0)
        #expect(abs(ValenceRules.normalize(4) - 4 / 31.0.squareRoot()) < 1e-12)
        #expect(ValenceRules.normalize(1e9) <= 1 && ValenceRules.normalize(-1e9) >= -1)
    }

    @Test func sharesAddOneToEachRatedWordAndSumToOne() {
        let (score, sum) = ValenceRules.combine([2, 0, -1], exclamations: 0, questions: 0)
        #expect(sum == 1)
        #expect(abs(score.positive - 3.0 / 6) < 1e-12 && abs(score.negative - 2.0 / 6) < 1e-12)
        #expect(abs(score.neutral - 1.0 / 6) < 1e-12)
    }

    /// The one-pass tally (selects on each valence's sign) gives the figures the two branching
    /// passes gave, to the bit: generated sentences of valences with zeros, negative zeros,
    /// repeated values and a NaN now and then, against the passes written out here.
    @Test func theTallyEqualsTheBranchingPassesToTheBit() {
        var random = SplitMix64(seed: 2307)
        let pool: [Double] = [0, -0.0, 1.9, -2.5, 0.293, -0.74 * 1.9, 3.4, -4, 1e-300, -1e-300, .nan]
        for _ in 0..<3_000 {
            let valences = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                Bool.random(using: &random)
                    ? pool.randomElement(using: &random)! : Double.random(in: -4...4, using: &random)
            }
            let emphasis = [0, 0.292, 0.96].randomElement(using: &random)!
            // the passes the tally replaced
            var sum = 0.0, positive = 0.0, negative = 0.0, neutral = 0.0
            var evidence = SentimentEvidence(words: Double(valences.count))
            for valence in valences {
                sum += valence
                if valence > 0 { positive += valence + 1 } else if valence < 0 { negative += valence - 1 } else { neutral += 1 }
                evidence.valence += valence
                if valence > 0 {
                    evidence.positive += valence
                    evidence.rated += 1
                } else if valence < 0 {
                    evidence.negative += valence
                    evidence.rated += 1
                }
            }
            let tally = valences.withUnsafeBufferPointer { ValenceRules.Tally($0) }
            #expect(tally.sum.bitPattern == sum.bitPattern || (tally.sum.isNaN && sum.isNaN))
            #expect(tally.positiveShare.bitPattern == positive.bitPattern)
            #expect(tally.negativeShare.bitPattern == negative.bitPattern)
            #expect(tally.neutral == neutral && tally.count == valences.count)
            #expect(tally.positive.bitPattern == evidence.positive.bitPattern)
            #expect(tally.negative.bitPattern == evidence.negative.bitPattern)
            #expect(tally.rated == evidence.rated)
            if evidence.valence > 0 { evidence.valence += emphasis } else if evidence.valence < 0 { evidence.valence -= emphasis }
            let made = SentimentEvidence(valences: valences, emphasis: emphasis)
            #expect(made.valence.bitPattern == evidence.valence.bitPattern || (made.valence.isNaN && evidence.valence.isNaN))
            #expect(made.positive.bitPattern == evidence.positive.bitPattern && made.words == evidence.words)
            #expect(made.negative.bitPattern == evidence.negative.bitPattern && made.rated == evidence.rated)
        }
    }
}
