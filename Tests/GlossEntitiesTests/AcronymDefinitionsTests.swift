import GlossCore
import Testing

@testable import GlossEntities

@Suite struct AcronymDefinitionsTests {
    /// Runs the rule over one sentence of words with the given tags (confidence 0.9 each).
    static func apply(_ sentence: [(String, EntityTag)]) -> [EntityTag] {
        let words = sentence.map { WordAttributes(testing: $0.0) }
        var tags = sentence.map(\.1)
        var confidence = [Float](repeating: 0.9, count: tags.count)
        words.withUnsafeBufferPointer {
            AcronymDefinitions.apply($0, sentences: [0..<words.count], tags: &tags, confidence: &confidence)
        }
        return tags
    }

    static func untagged(_ text: String) -> [(String, EntityTag)] {
        text.split(separator: " ").map { (String($0), .outside) }
    }

    @Test func anUntaggedDefinedNameIsAnOrganisationAndSoIsItsAcronym() {
        let tags = Self.apply(Self.untagged("The Federal Aviation Administration ( FAA ) said"))
        #expect(tags == [.outside, .begin(.organization), .inside(.organization), .inside(.organization), .outside, .begin(.organization), .outside, .outside])
    }

    @Test func connectorsInsideTheNameHaveNoLetter() {
        let tags = Self.apply(Self.untagged("by the Housing Authority of New Orleans ( HANO ) today"))
        #expect(tags[2] == .begin(.organization))
        #expect(tags[3...5].allSatisfy { $0 == .inside(.organization) })
        #expect(tags[8] == .begin(.organization))
    }

    @Test func aNameAlreadyTaggedKeepsItsTypeAndGivesItToTheAcronym() {
        var sentence = Self.untagged("in the United Arab Emirates ( UAE ) .")
        sentence[2].1 = .begin(.location)
        sentence[3].1 = .inside(.location)
        sentence[4].1 = .inside(.location)
        let tags = Self.apply(sentence)
        #expect(tags[2...4] == [.begin(.location), .inside(.location), .inside(.location)])
        #expect(tags[6] == .begin(.location))
    }

    @Test func theEndOfALongerNameGivesItsType() {
        var sentence = Self.untagged("the US Federal Trade Commission ( FTC ) ruled")
        sentence[1].1 = .begin(.organization)
        for k in 2...4 { sentence[k].1 = .inside(.organization) }
        let tags = Self.apply(sentence)
        #expect(tags[1...4] == [.begin(.organization), .inside(.organization), .inside(.organization), .inside(.organization)])
        #expect(tags[6] == .begin(.organization))
    }

    @Test func initialsThatDoNotSpellTheWordAreNoDefinition() {
        #expect(Self.apply(Self.untagged("the Federal Aviation Administration ( NTSB ) said")).allSatisfy { $0 == .outside })
        // Lower-case words between the name and the bracket; an acronym with a digit.
        #expect(Self.apply(Self.untagged("Aviation Administration officials ( AA ) said")).allSatisfy { $0 == .outside })
        #expect(Self.apply(Self.untagged("Model One ( M1 ) here")).allSatisfy { $0 == .outside })
    }

    @Test func anAcronymMaySpellTheInitialsOfOfAndAndFor() {
        // The base release build found "Bank of Japan" but not "BOJ" (it spells "of" too). The
        // tagger tags a word of such a run (here the place, as it does at a sentence's start).
        var bank = Self.untagged("The Bank of Japan ( BOJ ) kept rates")
        bank[3].1 = .begin(.location)
        let tags = Self.apply(bank)
        #expect(tags[1...3] == [.begin(.organization), .inside(.organization), .inside(.organization)])
        #expect(tags[5] == .begin(.organization))
        var justice = Self.untagged("the Department of Justice ( DOJ ) said")
        justice[1].1 = .begin(.organization)
        justice[2].1 = .inside(.organization)
        justice[3].1 = .inside(.organization)
        #expect(Self.apply(justice)[5] == .begin(.organization))
        var institute = Self.untagged("the Institute for Supply Management ( IFSM ) said")
        institute[1].1 = .begin(.organization)
        #expect(Self.apply(institute)[6] == .begin(.organization))
        // Other lower-case words spell nothing; the letters must still be all there.
        #expect(Self.apply(Self.untagged("the Bank in Japan ( BIJ ) said")).allSatisfy { $0 == .outside })
        var long = Self.untagged("the Bank of Japan ( BOJA ) said")
        long[3].1 = .begin(.location)
        #expect(Self.apply(long)[1...6] == [.outside, .outside, .begin(.location), .outside, .outside, .outside])
    }

    @Test func aTermSpellingItsOfWithNoNameInItIsNoDefinition() {
        // review31: capitalised terms spell their "of" too; the tagger saw no name in them.
        #expect(Self.apply(Self.untagged("The Memorandum of Understanding ( MOU ) was signed")).allSatisfy { $0 == .outside })
        #expect(Self.apply(Self.untagged("a Letter of Intent ( LOI ) signed")).allSatisfy { $0 == .outside })
        #expect(Self.apply(Self.untagged("the Cost of Living Adjustment ( COLA ) rose")).allSatisfy { $0 == .outside })
        // Capitals alone still define an untagged run.
        #expect(Self.apply(Self.untagged("the Bank of Japan ( BJ ) said"))[1...5] == [
            .begin(.organization), .inside(.organization), .inside(.organization), .outside, .begin(.organization),
        ])
    }

    @Test func aTermWithNoNameAndNoOrganisationsWordIsNoDefinition() {
        #expect(Self.apply(Self.untagged("NASA built the Deep Ocean Survey Craft ( DOSC ) for")).allSatisfy { $0 == .outside })
        #expect(Self.apply(Self.untagged("a Value Added Tax ( VAT ) rise")).allSatisfy { $0 == .outside })
        // An organisation's word anywhere in the run defines it.
        #expect(Self.apply(Self.untagged("the Internal Revenue Service ( IRS ) said"))[5] == .begin(.organization))
        #expect(Self.apply(Self.untagged("the Kiena Gold Mines Ltd ( KGML ) said"))[6] == .begin(.organization))
    }

    @Test func oneCapitalisedWordIsNoDefinition() {
        #expect(Self.apply(Self.untagged("said Reuters ( R ) today")).allSatisfy { $0 == .outside })
    }

    @Test func aTermsAcronymIsNoName() {
        // A word the tagger tagged in a term's run made it an organisation before.
        var sentence = Self.untagged("the Nordic Fishing Quota Agreement ( NFQA ) lapsed")
        sentence[1].1 = .begin(.miscellaneous)
        sentence[6].1 = .begin(.organization)
        var tags = Self.apply(sentence)
        #expect(tags[1] == .begin(.miscellaneous))
        #expect(tags[2...4].allSatisfy { $0 == .outside })
        #expect(tags[6] == .outside)
        // Untagged, with an organisation's word in it.
        tags = Self.apply(Self.untagged("the Bank Deposit Insurance Rate ( BDIR ) rose"))
        #expect(tags.allSatisfy { $0 == .outside })
        // A term the tagger tagged as one name gives its type to the acronym, as before.
        sentence = Self.untagged("the Coastal Trade Act ( CTA ) passed")
        sentence[1].1 = .begin(.organization)
        sentence[2].1 = .inside(.organization)
        sentence[3].1 = .inside(.organization)
        tags = Self.apply(sentence)
        #expect(tags[1...3] == [.begin(.organization), .inside(.organization), .inside(.organization)])
        #expect(tags[5] == .begin(.organization))
    }

    @Test func anOrganisationNamedAfterAnAgreementIsStillOne() {
        // The run's last word decides: "… of Fishing and Trade" (a word of it tagged).
        var sentence = Self.untagged("the General Accord of Fishing and Trade ( GAFT ) met")
        sentence[2].1 = .begin(.miscellaneous)
        let tags = Self.apply(sentence)
        #expect(tags[1] == .begin(.organization))
        #expect(tags[8] == .begin(.organization))
    }
}
