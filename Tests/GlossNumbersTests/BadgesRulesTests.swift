import Testing

@testable import GlossNumbers

/// numbers28's rules, one test per phenomenon: what the twenty-first probe set (Badges: names
/// and products that hold digits, magnitudes, labels before `point`, measures and fractions
/// after `and`, ranges of ages and readings below zero) and the last stop's leftovers found
/// short. Each test's first expectations are inputs the base (693f430) read otherwise, as its
/// comments say; the rest are near misses that must not change. The sentences are the
/// writer's own, not the probe set's.
@Suite struct BadgesRulesTests {
    typealias D = NumberDetectorTests

    @Test func aNameThatOpensASentenceBeforeAVerb() throws {
        // base 693f430: the name's number read as a count
        #expect(try D.summary("Soyuz 11 landed with its crew lost.") == [])
        #expect(try D.summary("Mariner 4 was the first to reach Mars.") == ["first=1"])
        #expect(try D.summary("Pioneer 10 will drift for ever.") == [])
        #expect(try D.summary("Skylab 3 stayed up for 59 days.") == ["59=59"])
        // unchanged: a closed-class word or an imperative before the number, a noun after it
        #expect(try D.summary("About 150 were hurt.") == ["About 150=~150"])
        #expect(try D.summary("Some 40 stayed behind.") == ["Some 40=~40"])
        #expect(try D.summary("Add 3 eggs and stir.") == ["3=3"])
        #expect(try D.summary("Press 1 for help.") == ["1=1"])
        #expect(try D.summary("Only 12 were found.") == ["Only 12==12"])
    }

    @Test func aCamelCaseNameAfterADeterminer() throws {
        // base 693f430: `iPad 10` read as 10
        #expect(try D.summary("The iPad 10 sold out in a day.") == [])
        #expect(try D.summary("Her iMac 24 was stolen.") == [])
        // unchanged: a unit or a plural count after the number, a decimal price
        #expect(try D.summary("The eBay 45.23 close was flat.") == ["45.23=45.23"])
        #expect(try D.summary("The iPad holds 10 apps.") == ["10=10"])
    }

    @Test func aCapitalisedObjectBeforeACount() throws {
        // base 693f430: no number (the count read as a model of the name)
        #expect(try D.summary("They showed Parliament 12 letters.") == ["12=12"])
        #expect(try D.summary("She owes Barclays 30 payments.") == ["30=30"])
        #expect(try D.summary("In Leeds 4 libraries shut.") == ["4=4"])
        // unchanged: a model after a determiner or a preposition, and before a singular noun
        #expect(try D.summary("The Motorola 68020 chip is fast.") == [])
        #expect(try D.summary("They bought Boeing 767 aircraft.") == [])
        #expect(try D.summary("It flew on Ariane 5 rockets.") == [])
        // a verb of one object (a clause after `said`) keeps the name; a capitalised word after
        // the number is no verb of the name's
        #expect(try D.summary("He said Quantum 4 provides the data.") == [])
        #expect(try D.summary("Volume rose, Gold 12 Estimated at noon.") == ["12=12"])
    }

    @Test func aLabelWordBeforePoint() throws {
        // base 693f430: `five` read alone, or `point four` as 0.4
        #expect(try D.summary("Read rule point five at once.") == [])
        #expect(try D.summary("Check section point three now.") == [])
        #expect(try D.summary("Go to item point two.") == [])
        // unchanged: a decimal with no label before `point`
        #expect(try D.summary("Growth slowed to point four.") == ["point four=0.4"])
        #expect(try D.summary("Section 5 applies.") == [])
    }

    @Test func olderAndYoungerCompareAges() throws {
        // base 693f430: the number alone, no bound
        #expect(try D.summary("Anyone older than 70 may vote by post.") == ["older than 70=>70"])
        #expect(try D.summary("Pupils younger than 11 go free.") == ["younger than 11=<11"])
        #expect(try D.summary("Players aged 18 or older may enter.") == ["aged 18 or older=>=18 year"])
        #expect(try D.summary("Riders must be no younger than 14.") == ["no younger than 14=>=14"])
        // unchanged: `older` with no number after `than`
        #expect(try D.summary("She is older than her 2 brothers.") == ["2=2"])
    }

    @Test func aSentenceOpeningArticleBeforeAForintSign() throws {
        // base 693f430: nothing (the capital read as a headline's, the sign as feet)
        #expect(try D.summary("A 200 Ft coin rolled away.") == ["200 Ft=200 HUF"])
        // unchanged: a measure before a noun that is no payment, and a headline in title case
        #expect(try D.summary("A 40 Ft trailer was parked.") == ["40 Ft=40 foot"])
        #expect(try D.summary("Price Climbs 6,000 Ft") == ["6,000 Ft=6000 foot"])
    }

    @Test func aUnitAndAFractionBeforeOfOrAWordOfTime() throws {
        // base 693f430: `mile` with no value before `of fence`; 1.5 miles before `hour`
        #expect(try D.summary("A mile and a half of track was laid.") == ["A mile and a half=1.5 mile"])
        #expect(try D.summary("They ran a mile and a half hour later.") == ["mile=mile", "a half=0.5"])
        // unchanged: a fraction of what follows a determiner, and a plain measure
        #expect(try D.summary("It ran a mile and a half of the way.").first == "mile=mile")
        #expect(try D.summary("We swam a mile and a half.") == ["a mile and a half=1.5 mile"])
    }

    @Test func aRangeBelowZeroSaidFromTheNearerEnd() throws {
        // base 693f430: nothing, or two readings
        #expect(try D.summary("Lows of between -4 and -9 are due.") == ["between -4 and -9=[-9,-4]"])
        #expect(try D.summary("It will be between minus 2 and minus 6 degrees Celsius.")
            == ["between minus 2 and minus 6 degrees Celsius=[-6,-2] celsius"])
        // unchanged: an ascending range, and a list after `and` without `between`
        #expect(try D.summary("Lows of between -9 and -4 are due.") == ["between -9 and -4=[-9,-4]"])
        #expect(try D.summary("Readings were -4 and -9.") == ["-4=-4", "-9=-9"])
    }

    @Test func aSingleDigitsTBeforeAPluralCount() throws {
        // base 693f430: nothing (a fused `T` after one digit was a size)
        #expect(try D.summary("The model saw 4T tokens.") == ["4T=4000000000000"])
        #expect(try D.summary("It stores 2T records.") == ["2T=2000000000000"])
        // unchanged: a size alone, a tesla before a word of magnetism, two digits
        #expect(try D.summary("The toddler wears a 3T.") == [])
        #expect(try D.summary("They built 7T magnets.").allSatisfy { !$0.contains("000000000000") })
        #expect(try D.summary("The index counts 25T rows.") == ["25T=25000000000000"])
    }
    // review79: near misses numbers28's rules read wrongly, each with what must stay

    @Test func anAdverbThatOpensASentenceBeforeACount() throws {
        // numbers28 9c478e5: the count read as a name's model (base 693f430 read it)
        #expect(try D.summary("Yesterday 40 were hurt in the clashes.") == ["40=40"])
        #expect(try D.summary("Overall 12 were arrested.") == ["12=12"])
        #expect(try D.summary("Officially 300 were killed.") == ["300=300"])
        #expect(try D.summary("Later 4 died in hospital.") == ["4=4"])
        // unchanged: a name that opens the sentence before a verb
        #expect(try D.summary("Soyuz 11 landed with its crew lost.") == [])
        #expect(try D.summary("Pioneer 10 will drift for ever.") == [])
    }

    @Test func aRankOrLabelNameAfterAPrepositionOrAVerb() throws {
        // numbers28 9c478e5: the label's number read as a count of the plural after it
        #expect(try D.summary("For Level 3 sites the fee is lower.") == [])
        #expect(try D.summary("In Grade 5 classes pupils learn Latin.") == [])
        // unchanged: a series label's name, a place after a preposition, an object after a verb
        // of two objects
        #expect(try D.summary("In Phase 2 trials the drug worked.") == [])
        #expect(try D.summary("In Leeds 4 libraries shut.") == ["4=4"])
        #expect(try D.summary("They showed Parliament 12 letters.") == ["12=12"])
    }

    @Test func aVerbOfOneObjectBeforeAProductsModel() throws {
        // numbers28 9c478e5: a model read as a count, the verb taken for one of two objects
        #expect(try D.summary("The carrier bought Boeing 737 jets in May.") == [])
        #expect(try D.summary("The lessor sold Airbus 320 planes.") == [])
        #expect(try D.summary("He got Pixel 7 phones for the staff.") == [])
        // unchanged: a dative verb's object, then the count
        #expect(try D.summary("She owes Barclays 30 payments.") == ["30=30"])
        #expect(try D.summary("They handed Siemens 200 patents.") == ["200=200"])
    }

    @Test func aComparativeOfAgeOnAYear() throws {
        // numbers28 9c478e5: older read as later
        #expect(try D.summary("It runs on a 2014 or older laptop.") == ["2014 or older=<=2014"])
        #expect(try D.summary("Vans older than 2009 are banned.") == ["older than 2009=<2009"])
        #expect(try D.summary("A 1997 or younger boat is exempt.") == ["1997 or younger=>=1997"])
        // unchanged: an age keeps the comparative's direction
        #expect(try D.summary("Anyone 21 or older may enter.") == ["21 or older=>=21"])
        #expect(try D.summary("Staff older than 55 retired.") == ["older than 55=>55"])
    }
}
