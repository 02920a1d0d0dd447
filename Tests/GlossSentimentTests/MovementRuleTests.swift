import Testing

@testable import GlossSentiment

/// The movement rule on sentences written for these tests: the valence each movement word ends with.
@Suite struct MovementRuleTests {
    /// "rose" and "cut" rated as the news lexicon and VADER rate them, "slash" as VADER rates "weaken"
    /// (a movement word rated more strongly than the rule's weight), "losses", "profit", "bad",
    /// "strong", "fears", "happy", "doubt", "fear" and "weak" too.
    static let lexicon = SentimentLexicon(
        vader: "rose\t0.77\ncut\t-1.1\nslash\t-1.8\nlosses\t-1.8\nprofit\t1.9\nlove\t3.2\nbad\t-2.5\nstrong\t2.3\n"
            + "fears\t-1.8\nhappy\t2.7\ndoubt\t-1.5\nfear\t-2.2\nweak\t-1.9\n")
    static let rule = MovementRule(weight: 2)

    /// The valence of `word` in `text` (one sentence) after the rules, clause factors left at 1.
    func valence(_ word: String, in text: String, _ rule: MovementRule = rule) -> Double? {
        var valences: [Double] = []
        let words = ValenceRulesTests.words(text, lexicon: Self.lexicon)
        _ = words.withUnsafeBufferPointer {
            ValenceRules(lexicon: Self.lexicon, clauses: .identity, movement: rule).score(
                $0, exclamations: 0, questions: 0, valences: &valences)
        }
        let names = text.split(whereSeparator: \.isWhitespace).map { String($0).lowercased().filter(\.isLetter) }
        guard let index = names.firstIndex(of: word) else { return nil }
        return (valences[index] * 1000).rounded() / 1000
    }

    @Test func aRiseTakesTheToneOfWhatRises() {
        #expect(valence("rose", in: "Operating costs rose 5 pct in the quarter") == -2)
        #expect(valence("rose", in: "Net profit rose to 12 mln dlrs") == 2)
        #expect(valence("risen", in: "Sales have risen sharply by 10 pct") == 2)
        #expect(valence("fell", in: "The unemployment rate fell to 5.1 pct") == 2)
        #expect(valence("narrowed", in: "The trade deficit narrowed by 2 billion") == 2)
    }

    @Test func aPassiveSubjectIsWhatMoves() {
        #expect(valence("cut", in: "Costs were cut by a third") == 2)
        #expect(valence("cut", in: "Jobs were cut by the hundreds") == -2)
    }

    @Test func anObjectOrAModifiedNounIsWhatMoves() {
        #expect(valence("cut", in: "The company cut 500 jobs") == -2)
        #expect(valence("cut", in: "The company cut its costs by half") == 2)
        #expect(valence("raised", in: "It raised its dividend") == 2)
        #expect(valence("higher", in: "Higher prices hurt shoppers") == -2)
        #expect(valence("higher", in: "Higher share prices lifted the bank") == 2)
        #expect(valence("fell", in: "Prices of bonds fell 2 pct") == -2)
        #expect(valence("fell", in: "Bonds fell 2 points") == -2)
        #expect(valence("rose", in: "The stock index rose 2 pct") == 2)
        #expect(valence("lower", in: "Lower oil prices helped airlines") == 2)
    }

    @Test func aNounOfMovementTakesWhatFollowsInOrOfOrWhatPrecedes() {
        #expect(valence("rise", in: "A rise in unemployment worries the bank") == -2)
        #expect(valence("fall", in: "The fall in profits was steep") == -2)
        #expect(valence("cuts", in: "Job cuts followed") == -2)
    }

    @Test func aNegationBetweenReversesTheMovement() {
        #expect(valence("rise", in: "Costs did not rise by much") == -2 * VaderRules.negation)
    }

    @Test func noBeforeTheQuantityReversesTheMovement() {
        // "no job cuts" is good news, as "jobs were not cut" is
        #expect(valence("cuts", in: "There were no job cuts") == -2 * VaderRules.negation)
    }

    @Test func despiteIsAConcessionNotANegationOfAMovement() {
        // the clause rules read "despite" as a concession, and so does the movement rule
        #expect(valence("higher", in: "Profits held up despite higher costs") == -2)
    }

    @Test func otherSensesKeepTheirRating() {
        #expect(valence("rose", in: "He rose to speak") == 0.77)
        #expect(valence("fell", in: "They fell in love") == 0)
        #expect(valence("rose", in: "Profit before tax rose 5 pct") == 0.77)
        #expect(valence("cut", in: "She cut the ribbon") == -1.1)
    }

    /// A verb whose subject is a listed quantity moves it with no amount after it: the
    /// quantity lists keep other senses out ("They fell in love", "He rose to speak").
    @Test func aQuantitySubjectMovesWithNoAmount() {
        #expect(valence("fell", in: "Profits fell") == -2)
        #expect(valence("rose", in: "Profits rose") == 2)
        #expect(valence("slowed", in: "The economy has slowed") == -2)
        #expect(valence("eased", in: "Inflation eased in the spring") == 2)
        #expect(valence("fell", in: "The climber fell") == 0)
    }

    /// A forecast with "to" raises its infinitive's subject: the quantity before it moves.
    @Test func aForecastsSubjectIsWhatMoves() {
        #expect(valence("rise", in: "Costs are expected to rise") == -2)
        #expect(valence("ease", in: "Inflation is likely to ease") == 2)
        #expect(valence("fall", in: "Exports are forecast to fall to 3 billion") == -2)
        #expect(valence("rise", in: "He is set to rise") == 0)
        // a forecast that the movement will not happen is none: no rise of the costs is read
        #expect(valence("rise", in: "Costs are unlikely to rise") == 0)
        // "to" alone is no forecast: the plan is no quantity
        #expect(valence("cut", in: "Profits helped the plan to cut") == -1.1)
    }

    /// The quantity before a prepositional phrase is the subject of the verb after it.
    @Test func aPhraseAfterTheQuantityIsReadPast() {
        #expect(valence("narrowed", in: "The deficit with its neighbours narrowed") == 2)
        #expect(valence("rose", in: "Exports to the south rose 4 pct") == 2)
        #expect(valence("rose", in: "The cost of the new plant rose") == -2)
        #expect(valence("rose", in: "Prices in the capital rose") == -2)
        // a conjunction or a relative word ends the reach: the clause before is another's
        #expect(valence("rose", in: "Costs which the new plan covered rose") == 0.77)
        #expect(valence("rose", in: "Profit before tax rose 5 pct") == 0.77)
        // six words back is beyond it
        #expect(valence("rose", in: "Costs of the big old red brick house rose") == 0.77)
    }

    /// A rated quantity keeps its rating when the movement goes its way ("losses widened",
    /// "profit rose") and is negated as VADER negates when it goes against it: "profit fell" is
    /// no praise of profit, "losses narrowed" no gloom (before, "Profits fell." read positive).
    @Test func aRatedQuantityMovingAgainstItsToneIsNegated() {
        #expect(valence("losses", in: "Losses narrowed to 3 mln") == -1.8 * VaderRules.negation)
        #expect(valence("narrowed", in: "Losses narrowed to 3 mln") == 2)
        #expect(valence("profit", in: "Net profit fell 5 pct") == 1.9 * VaderRules.negation)
        #expect(valence("profit", in: "Profit fell by a fifth") == 1.9 * VaderRules.negation)
        #expect(valence("fell", in: "Net profit fell 5 pct") == -2)
        #expect(valence("losses", in: "They cut losses by half") == -1.8 * VaderRules.negation)
        // near misses: the movement goes the quantity's way, a negation turns it back, or the
        // rated word moves nothing
        #expect(valence("losses", in: "Losses widened to 3 mln") == -1.8)
        #expect(valence("profit", in: "Net profit rose 5 pct") == 1.9)
        #expect(valence("profit", in: "Net profit did not fall by much") == 1.9)
        #expect(valence("love", in: "They fell in love") == 3.2)
    }

    /// The rated words that name the moving quantity with it are part of what moves: "bad loans
    /// fell" tells of a bad thing's fall, good news, which "bad" (-2.5) read as bad; "profit
    /// margins shrank" read well from "profit" the same way (sentnews23's leads).
    @Test func aRatedModifierOfTheMovingQuantityMovesWithIt() {
        #expect(valence("bad", in: "Bad loans fell by a third") == -2.5 * VaderRules.negation)
        #expect(valence("fell", in: "Bad loans fell by a third") == 2)
        #expect(valence("profit", in: "Profit margins shrank") == 1.9 * VaderRules.negation)
        #expect(valence("strong", in: "Strong sales fell 5 pct") == 2.3 * VaderRules.negation)
        #expect(valence("bad", in: "The bank cut its bad debts by half") == -2.5 * VaderRules.negation)
        // near misses: the movement goes the modified quantity's way, a word beyond the phrase
        // (a clause's end, a number, a preposition), or a modifier two words beyond the head
        #expect(valence("bad", in: "Bad loans rose by a third") == -2.5)
        #expect(valence("strong", in: "Strong sales rose 5 pct") == 2.3)
        #expect(valence("bad", in: "It was bad, sales fell 5 pct") == -2.5)
        #expect(valence("happy", in: "Happy with the results of sales, costs fell 5 pct") == 2.7)
        #expect(valence("happy", in: "Happy shareholders saw their big old bonds fall 5 pct") == 2.7)
        // a quantity naming a movement noun: the words before it describe the movement
        #expect(valence("bad", in: "It reported bad profit falls") == -2.5)
        #expect(valence("strong", in: "It reported strong loss cuts") == 2.3)
        #expect(valence("bad", in: "Bad loans fall 5 pct") == -2.5 * VaderRules.negation)
    }

    /// A word that governs a clause before the moving quantity is no modifier of it: "Critics
    /// doubt sales will grow" doubts the growth, and "doubt" (-1.5) read as a doubt about
    /// sales that grow, good news, once negated with them (review77).
    @Test func aWordGoverningAClauseIsNoModifierOfItsQuantity() {
        #expect(valence("doubt", in: "Critics doubt sales will grow this year") == -1.5)
        #expect(valence("doubt", in: "Traders doubt losses will narrow") == -1.5)
        #expect(valence("fear", in: "Investors fear costs will fall") == -2.2)
        // near misses: an adjective before the quantity still moves with it, after the verb too
        #expect(valence("weak", in: "Analysts expect weak profits to rise") == -1.9 * VaderRules.negation)
        #expect(valence("strong", in: "Strong sales fell 5 pct") == 2.3 * VaderRules.negation)
    }

    /// A plural before a word in "-s" is not that word's subject: "fears of renewed dollar
    /// declines" holds the noun "declines" (the dollar's), not a verb whose subject, past "of",
    /// would be "fears" (whose fall read as relief: sentnews23's moved sample).
    @Test func aPluralIsNoSubjectOfAWordInS() {
        #expect(valence("fears", in: "Fears of renewed dollar declines hit stocks") == -1.8)
        #expect(valence("declines", in: "Fears of renewed dollar declines hit stocks") == 0)
        // near misses: a singular subject of a verb in "-s", a plural subject of a past verb
        #expect(valence("declines", in: "Unemployment declines by 2 pct") == 2)
        #expect(valence("declined", in: "Fears of renewed dollar weakness declined") == 2)
        #expect(valence("fears", in: "Fears of renewed dollar weakness declined") == -1.8 * VaderRules.negation)
    }

    @Test func wordNetsVerbsOfSteepMovementTakeTheToneOfWhatMoves() {
        // direction × the quantity's tone; the verbs are in movement_words.txt from WordNet's trees
        #expect(valence("plummeted", in: "Profits plummeted 40 pct in the quarter") == -2)
        #expect(valence("skyrocketed", in: "Costs skyrocketed by 30 pct") == -2)
        #expect(valence("tumbled", in: "Unemployment tumbled to 4 pct") == 2)
        #expect(valence("rebounded", in: "Exports rebounded 6 pct in May") == 2)
        #expect(valence("slumped", in: "Sales slumped 9 pct") == -2)
    }

    @Test func wordNetsQuantitiesCarryTheirTone() {
        // "receipts", "indebtedness" and "shortfall" are in no hand list: their first sense lies
        // under WordNet's gross revenue, indebtedness and deficit
        #expect(valence("rose", in: "Receipts rose 5 pct") == 2)
        #expect(valence("rose", in: "Indebtedness rose 3 pct") == -2)
        #expect(valence("narrowed", in: "The shortfall narrowed to 2 billion") == 2)
    }

    @Test func aNegationReversesEachDirectionAndTone() {
        let negated = -2 * VaderRules.negation
        #expect(valence("surge", in: "Inflation did not surge by much") == negated)
        #expect(valence("slump", in: "Sales did not slump by much") == negated)  // a fall of a good, negated: good
    }

    @Test func aNounOfMovementFromWordNet() {
        #expect(valence("slump", in: "A slump in sales hit the firm") == -2)
        #expect(valence("surge", in: "A surge in inflation worried the bank") == -2)
        #expect(valence("plunge", in: "The plunge in unemployment surprised economists") == 2)
    }

    @Test func aMovementToARecordOrBeyondAForecastIsAMovement() {
        #expect(valence("rose", in: "Shares rose to a record") == 2)
        // the comparison with a forecast is not read: a smaller fall than expected is still a fall
        #expect(valence("fell", in: "Profits fell less than expected") == -2)
        #expect(valence("rose", in: "Costs rose more than forecast") == -2)
    }

    @Test func aSteepVerbMovesItsSubjectWithNoAmountAfterIt() {
        // WordNet defines these senses as steep or sudden ("drop steeply", "rise rapidly")
        #expect(valence("plunged", in: "Shares plunged") == -2)
        #expect(valence("soared", in: "Costs soared after the strike") == -2)
        #expect(valence("plunged", in: "The diver plunged") == 0)
        // a verb that is not steep needs an amount when its subject is no quantity
        #expect(valence("fell", in: "The diver fell after the strike") == 0)
    }

    @Test func aMovementWordAfterInOrOfMovesTheQuantityNotTheNounBefore() {
        // "progress" is a noun of increase, but "cutting" moves the deficit
        #expect(valence("progress", in: "Progress in cutting the deficit pleased markets") == 0)
        #expect(valence("cutting", in: "Progress in cutting the deficit pleased markets") == 2)
        #expect(valence("rise", in: "A rise in rising costs") == 0)
    }

    @Test func aStrongerOwnRatingOfTheMovementsSignStays() {
        let half = MovementRule(weight: 0.5)
        // "slash" at -1.8 says more than down × growth × 0.5
        #expect(valence("slash", in: "The strike might slash economic growth", half) == -1.8)
        #expect(valence("rose", in: "Net profit rose to 12 mln dlrs", half) == 0.77)
        // the other sign, or a weaker rating, gives way to the movement
        #expect(valence("cut", in: "The company cut its costs by half", half) == 0.5)
        #expect(valence("rose", in: "Operating costs rose 5 pct", half) == -0.5)
        #expect(valence("slash", in: "The strike might slash economic growth") == -2)
        // negated: "not slash" is VADER's +1.33 against the rule's +0.37
        #expect(valence("slash", in: "The strike did not slash growth", half) == 1.332)
    }

    @Test func anAssetsPriceIsAGainWhereverTheAssetStands() {
        #expect(valence("higher", in: "Higher prices for bonds lifted the bank") == 2)
        #expect(valence("higher", in: "Higher prices of government bonds lifted the bank") == 2)
        #expect(valence("rise", in: "A rise in prices of shares lifted the bank") == 2)
        #expect(valence("higher", in: "Higher share prices lifted the bank") == 2)
        #expect(valence("fell", in: "Prices of bonds fell 2 pct") == -2)
        #expect(valence("fell", in: "Bonds fell 2 points") == -2)
        #expect(valence("rose", in: "The stock index rose 2 pct") == 2)
        // other prices are costs, and an asset past another preposition or clause is not the price's
        #expect(valence("higher", in: "Higher prices for fuel hurt shoppers") == -2)
        #expect(valence("higher", in: "Higher prices for food in bonds markets hurt shoppers") == -2)
        #expect(valence("higher", in: "Higher prices for, bonds") == -2)
        #expect(valence("higher", in: "Higher prices of") == -2)
    }

    @Test func aRallyIsARiseInValue() {
        // "rally" moves a security's price up in every form; a gathering moves no quantity
        #expect(valence("rally", in: "Equities rally in Tokyo") == 2)
        #expect(valence("rallies", in: "The stock index rallies on the news") == 2)
        #expect(valence("rally", in: "Thousands joined a rally in the capital") == 0)
        #expect(valence("rally", in: "Supporters rally behind the mayor") == 0)
    }

    @Test func aRatingIsAQuantityOfValue() {
        // "rating" n1 (an appraisal of value) is a quantity of WordNet's good tree: a credit
        // rating, a valuation, a score
        #expect(valence("lowered", in: "The agency lowered the ratings on its bonds") == -2)
        #expect(valence("raised", in: "The agency raised its rating on the state") == 2)
        #expect(valence("fell", in: "His approval ratings fell 5 points") == -2)
        #expect(valence("rose", in: "Valuations rose 10 pct this year") == 2)
    }

    @Test func aCurrencysNameIsNoQuantity() {
        // "mark" n1 is a grade (under rating n1), but a currency's name moves as an exchange rate
        #expect(valence("climbed", in: "The mark climbed 2 pct against the dollar") == 0)
        #expect(valence("fell", in: "Marks fell 2 pct") == 0)
    }

    /// A stock market's index is an asset: its rise is good news. An index a quantity names is
    /// that quantity's measure ("the price index"), as before.
    @Test func anIndexNoQuantityNamesIsAMarketsIndex() {
        #expect(valence("high", in: "The Nikkei index climbed to a record high") == 2)
        #expect(valence("fell", in: "The benchmark index fell 3 pct") == -2)
        #expect(valence("rose", in: "Asian indices rose sharply") == 2)
        // near misses: a measure of a cost or of a hardship
        #expect(valence("rose", in: "The consumer price index rose 0.4 pct") == -2)
        #expect(valence("high", in: "The price index climbed to a record high") == -2)
        #expect(valence("fell", in: "The unemployment index fell 2 points") == 2)
        #expect(valence("rose", in: "The cost of living index rose 2 pct") == -2)
    }

    /// An index a statistics office names for prices, with no price word, measures prices: its
    /// rise is bad news, not a market's gain (`MovementWords.priceIndexNames`).
    @Test func aPriceIndexNamedByNoPriceWordMeasuresPrices() {
        #expect(valence("climbed", in: "The crude materials index climbed 1.8 pct in March") == -2)
        #expect(valence("rose", in: "The wholesale index rose 0.3 pct") == -2)
        #expect(valence("fell", in: "The producer index fell 0.2 pct") == 2)
        #expect(valence("rose", in: "The GDP deflator rose 2 pct") == -2)
        // the abbreviations name a price index with no "index" after them (review97)
        #expect(valence("rose", in: "The CPI rose 0.3 pct in May") == -2)
        #expect(valence("fell", in: "The PPI fell 0.5 pct") == 2)
        #expect(valence("climbed", in: "Britain's RPI climbed 0.4 pct") == -2)
        #expect(valence("rose", in: "The HICP rose 2.1 pct") == -2)
        // near miss: a company so abbreviated whose shares move
        #expect(valence("rose", in: "CPI shares rose 2 pct") == 2)
        // near misses: a market's index, one a quantity names, and "consumer" naming no index
        #expect(valence("climbed", in: "The composite index climbed 1.8 pct") == 2)
        #expect(valence("rose", in: "The consumer confidence index rose 3 points") == 2)
        #expect(valence("rose", in: "Consumer spending rose 2 pct") == valence("rose", in: "Spending rose 2 pct"))
    }

    /// What thrives is well off: a verb of thriving with no quantity for its subject is good
    /// news; with one, it moves it as "grow" does.
    @Test func aVerbOfThrivingIsGoodNewsOfWhatThrives() {
        #expect(valence("thriving", in: "Small firms in the region are thriving") == 2)
        #expect(valence("prospered", in: "The town prospered after the war") == 2)
        #expect(valence("booming", in: "Business is booming") == 2)
        // near misses: a burden that booms, and a verb of growth with no quantity (no tone)
        #expect(valence("booming", in: "Costs are booming") == -2)
        #expect(valence("grew", in: "The town grew after the war") == 0)
    }

    /// An index named by a word of tone measures that thing (review90): "the fear index" rising
    /// is bad news, not a market's gain.
    @Test func anIndexARatedWordNamesTakesItsTone() {
        #expect(valence("jumped", in: "The fear index jumped 5 points") == -2)
        #expect(valence("fell", in: "The fear index fell to a low") == 2)
        // near misses: a market's index, named by no word of tone, and one a quantity names
        #expect(valence("jumped", in: "The Nikkei index jumped 5 points") == 2)
        #expect(valence("rose", in: "The price index rose 2 pct in a strong year") == -2)
    }

    /// A bad thing that thrives is bad news (review90): a word of the subject, or of the noun
    /// after a verb of thriving used as an adjective, rated bad turns the verb's tone.
    @Test func aBadThingThrivingIsBadNews() {
        #expect(valence("thriving", in: "Fear is thriving in the town") == -2)
        #expect(valence("thriving", in: "The bad habit is thriving") == -2)
        #expect(valence("booming", in: "They run a booming fear business") == -2)
        // near misses: a bad word outside what thrives, a good one in it
        #expect(valence("thriving", in: "Small firms are thriving in a bad year") == 2)
        #expect(valence("thriving", in: "The happy town is thriving") == 2)
        #expect(valence("booming", in: "A booming market in spite of bad news") == 2)
    }

    @Test func aQuantityNamingTheNextIsNotTheObjectItsHeadIs() {
        // English compounds are headed last: "debt ratings" are ratings, "wage costs" costs
        #expect(valence("reduced", in: "The agency reduced the company's debt ratings") == -2)
        #expect(valence("cut", in: "The firm cut wage costs by 5 pct") == 2)
        // a measure after its quantity reads as before ("the unemployment rate")
        #expect(valence("lowered", in: "The plan lowered the unemployment rate") == 2)
        // a quantity alone, or before a word that names none, is the object as before
        #expect(valence("cut", in: "The firm cut wages by 5 pct") == -2)
        #expect(valence("reduced", in: "The firm reduced debt sharply") == 2)
    }

    @Test func aMeasureAfterAQuantityIsNoHeadToSkipTo() {
        // a measure takes the tone of the word before it: skipping to it lost an asset's price
        // ("share price index" futures fell: an asset's price fell, bad; the head rule's first
        // form read a fall in "price index", a cost's measure, as good news)
        #expect(valence("drop", in: "A steep drop in share price index futures") == -2)
        #expect(valence("lowered", in: "The plan lowered the unemployment rate") == 2)
        // a good or bad head after its modifier is still the object
        #expect(valence("cut", in: "The firm cut wage costs by 5 pct") == 2)
    }

    @Test func anAssetBeforeABurdenThatIsNoPriceLeavesItABurden() {
        // "stock losses" are losses, only "stock prices" are an asset's value
        #expect(valence("higher", in: "Higher stock losses hurt the bank") == -2)
    }

    @Test func aWordWhoseUsualSenseIsNoMovementMovesNothing() {
        // under WordNet's "increase" and "decrease" only through rare senses: "include" (to add as
        // part), "content" (to satisfy in a limited way); they moved the losses and costs after them
        #expect(valence("including", in: "Charges were high, including losses of 5 mln") == 0)
        #expect(valence("content", in: "Content costs were high") == 0)
        #expect(valence("raising", in: "Charges were high, raising costs by 5 mln") == -2)
    }

    @Test func aVerbOfRisingMovesNoObject() {
        // "rise" is a subject verb: "heighten, rise" (a tagged sense under WordNet's "make
        // bigger") made "rose" an object verb, and the costs after it rose (review26)
        // (the income and the shares rose: their subjects, not the costs or losses after)
        #expect(valence("rose", in: "Net income rose despite higher costs") == 2)
        #expect(valence("rose", in: "Shares rose amid losses elsewhere") == 2)
        #expect(valence("raised", in: "It raised its dividend") == 2)
    }

    /// An adverb of steep degree marks a movement with no amount after it, as "by 5 pct" does;
    /// a mild one does not ("fell slowly"; "sank" is steep on its own, so "Profits sank slowly"
    /// is a movement either way).
    @Test func aSteepDegreeAdverbMarksAMovementWithNoAmount() {
        #expect(valence("fell", in: "Profits fell sharply") == -2)
        #expect(valence("declined", in: "Costs declined dramatically last year") == 2)
        #expect(valence("rose", in: "Sales rose significantly, the company said") == 2)
        #expect(valence("fell", in: "The leaves fell slowly") == 0)
        #expect(valence("sank", in: "Profits sank slowly") == -2)
        #expect(valence("fell", in: "They fell sharply in love") == 0)
    }

    /// A high or low after "record" takes the tone of the quantity before it; without "record",
    /// or with no quantity, a high or low is no movement.
    @Test func aRecordHighOrLowTakesTheToneOfItsQuantity() {
        #expect(valence("low", in: "Unemployment fell to a record low") == 2)
        #expect(valence("highs", in: "Costs reached record highs") == -2)
        #expect(valence("high", in: "Profits hit a record high in May") == 2)
        #expect(valence("low", in: "The yen hit a record low") == 0)
        #expect(valence("low", in: "Unemployment stayed low") == 0)
        #expect(valence("high", in: "A record high crowd came") == 0)
    }

    /// A movement word that is also a time ("fall": autumn) names the time after "next",
    /// "last", "this": no movement; "this fall in profits" is still a fall.
    @Test func aTimeAfterNextOrLastIsNoMovement() {
        #expect(valence("fall", in: "The new tariffs on steel start next fall") == 0)
        #expect(valence("fall", in: "Prices of steel go up next fall") == 0)
        #expect(valence("fall", in: "This fall in profits hurt the bank") == -2)
        #expect(valence("fall", in: "Tariffs on steel will fall next year") == 2)
    }

    /// "no" or "without" in the three words before the subject negates its movement; a negated
    /// verb there does not ("did not expect costs to rise so much": they rose).
    @Test func aNegatingDeterminerBeforeTheSubjectReversesTheMovement() {
        #expect(valence("rise", in: "No one expects costs to rise") == -2 * VaderRules.negation)
        #expect(valence("increase", in: "The pact held no wage increase") == 2 * VaderRules.negation)
        #expect(valence("cut", in: "Risks grow without a deficit cut") == 2 * VaderRules.negation)
        #expect(valence("rise", in: "They did not expect costs to rise so much") == -2)
        #expect(valence("rise", in: "No analyst in the city expects costs to rise") == -2)
        // a stop word (a conjunction, relative word or preposition) ends the reach
        #expect(valence("rose", in: "It was not because costs rose 5 pct") == -2)
        // "no longer" is an adverb, no determiner: a negated verb of expecting, as "not" is
        #expect(valence("rise", in: "Investors no longer expect costs to rise") == -2)
    }

    /// "maturing" (due for repayment) moves no bond.
    @Test func maturingMovesNothing() {
        #expect(valence("maturing", in: "Bonds maturing in May total 2 billion") == 0)
        #expect(valence("matured", in: "The bond matured on Monday") == 0)
    }

    @Test func weightZeroChangesNothing() {
        let off = MovementRule(weight: 0)
        #expect(valence("rose", in: "Operating costs rose 5 pct", off) == 0.77)
    }
}
