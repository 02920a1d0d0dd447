import GlossCore
import Testing

@testable import GlossEntities

@Suite struct PartnerFirmsTests {
    /// "Varnia" stands for a listed country, "Dellmere" and "Kessel" for listed surnames.
    static let gazetteer = Gazetteer(text: "country\tvarnia\nsurname\tdellmere\nsurname\tkessel\n")

    static let o = EntityTag.outside
    static let per = EntityTag.begin(.person)
    static let inPer = EntityTag.inside(.person)
    static let org = EntityTag.begin(.organization)
    static let inOrg = EntityTag.inside(.organization)

    /// The tags after `OrganisationContexts` (which calls the rule, and `BusinessAgents`') of the
    /// sentences given as words with their tags, sentences parted by a "|" word of their own.
    static func apply(_ text: [(String, EntityTag)], gazetteer: Gazetteer = PartnerFirmsTests.gazetteer) -> [EntityTag] {
        var sentences: [Range<Int>] = []
        var words: [String] = []
        var tags: [EntityTag] = []
        var start = 0
        for (word, tag) in text {
            if word == "|" {
                sentences.append(start..<words.count)
                start = words.count
                continue
            }
            words.append(word)
            tags.append(tag)
        }
        sentences.append(start..<words.count)
        var described = WordAttributes.described(words, gazetteer: gazetteer)
        // "But" as a corpus writes it: usually in lower case.
        for k in described.indices where words[k] == "But" { described[k].casing = 2 }
        var confidence = [Float](repeating: 0.9, count: tags.count)
        described.withUnsafeBufferPointer {
            OrganisationContexts.apply($0, sentences: sentences, tags: &tags, confidence: &confidence)
        }
        return tags
    }

    @Test func aPairWithACueIsOneFirm() {
        let (o, per, org, inOrg) = (Self.o, Self.per, Self.org, Self.inOrg)
        // A person after the firm's possessive; a part of a company after it.
        #expect(
            Self.apply([("But", o), ("Quorvik", per), ("and", o), ("Dellmere", per), ("'s", o), ("Reid", per), ("said", o)])
                == [o, org, inOrg, inOrg, o, per, o])
        #expect(Self.apply([("Quorvik", per), ("and", o), ("Dellmere", org), ("'s", o), ("stock", o), ("fell", o)]) == [org, inOrg, inOrg, o, o, o])
        // "said its"; a noun for firms before it; a job and "at".
        #expect(Self.apply([("Quorvik", per), ("and", o), ("Dellmere", org), ("said", o), ("its", o), ("view", o)]) == [org, inOrg, inOrg, o, o, o])
        #expect(Self.apply([("said", o), ("brokers", o), ("Quorvik", per), ("and", o), ("Dellmere", per), (".", o)]) == [o, o, org, inOrg, inOrg, o])
        #expect(
            Self.apply([("an", o), ("economist", o), ("at", o), ("Quorvik", per), ("and", o), ("Dellmere", o), (",", o)])
                == [o, o, o, org, inOrg, inOrg, o])
    }

    @Test func aPairWrittenTwiceIsOneFirm() {
        let (o, per, org, inOrg) = (Self.o, Self.per, Self.org, Self.inOrg)
        #expect(
            Self.apply([("Quorvik", per), ("and", o), ("Dellmere", per), ("rose", o), ("|", o), ("Quorvik", per), ("and", o), ("Dellmere", org), ("fell", o)])
                == [org, inOrg, inOrg, o, org, inOrg, inOrg, o])
    }

    @Test func twoSurnamesInACompanysContextAreOneFirm() {
        let (o, per, org, inOrg) = (Self.o, Self.per, Self.org, Self.inOrg)
        #expect(
            Self.apply([("a", o), ("subsidiary", o), ("of", o), ("Kessel", per), ("and", o), ("Dellmere", per), (",", o)])
                == [o, o, o, org, inOrg, inOrg, o])
        // Not listed: two companies ("shares of Vitol and Trafigura").
        #expect(
            Self.apply([("a", o), ("subsidiary", o), ("of", o), ("Quorvik", per), ("and", o), ("Dellmere", per), (",", o)])
                == [o, o, o, org, o, org, o])
    }

    @Test func twoPeopleStay() {
        let (o, per, inPer, org) = (Self.o, Self.per, Self.inPer, Self.org)
        // No cue: two people as often as a firm.
        var text = [("Quorvik", per), ("and", o), ("Dellmere", per), ("met", o), ("today", o)]
        #expect(Self.apply(text) == text.map(\.1))
        // "said it" is said of people too ("said it was time").
        text = [("Quorvik", per), ("and", o), ("Dellmere", per), ("said", o), ("it", o), ("was", o)]
        #expect(Self.apply(text) == text.map(\.1))
        // A partner's word in a longer person's name in the document.
        text = [("Maria", per), ("Quorvik", inPer), ("spoke", o), ("|", o), ("Quorvik", per), ("and", o), ("Dellmere", per), ("'s", o), ("Reid", per)]
        #expect(Self.apply(text) == text.filter { $0.0 != "|" }.map(\.1))
        // After a title; a listed country; a longer second name; a name in capitals.
        text = [("Secretary", o), ("Quorvik", per), ("and", o), ("Dellmere", per), ("'s", o), ("Reid", per)]
        #expect(Self.apply(text) == text.map(\.1))
        text = [("Varnia", org), ("and", o), ("Dellmere", per), ("'s", o), ("Reid", per)]
        #expect(Self.apply(text) == text.map(\.1))
        text = [("brokers", o), ("Quorvik", per), ("and", o), ("Dellmere", per), ("Vantor", inPer), ("said", o)]
        #expect(Self.apply(text) == text.map(\.1))
        text = [("brokers", o), ("QUORVIK", org), ("and", o), ("Dellmere", org), ("said", o)]
        #expect(Self.apply(text) == text.map(\.1))
        // After a plural noun for firms, two names neither of them a listed surname or given
        // name: two firms ("Soviet banks Gosbank and Vneshtorgbank").
        text = [("banks", o), ("Quorvik", org), ("and", o), ("Vantor", org), (".", o)]
        #expect(Self.apply(text) == text.map(\.1))
        // Either partner written alone in the document: two companies.
        text = [("Quorvik", org), ("and", o), ("Vantor", org), ("'s", o), ("Reid", per), ("|", o), ("Vantor", org), ("rose", o)]
        #expect(Self.apply(text) == text.filter { $0.0 != "|" }.map(\.1))
    }

    @Test func aPairWrittenTwiceInALongerPersonsNameOrOfPeopleInTheNewsStays() {
        let (o, per, inPer, org, inOrg) = (Self.o, Self.per, Self.inPer, Self.org, Self.inOrg)
        // The pair's first word inside a longer person's name where it is written again: a
        // person and a company ("Donald Trump and Interstate Properties … Trump and Interstate").
        var text = [
            ("Maria", per), ("Quorvik", inPer), ("and", o), ("Dellmere", org), ("Estates", inOrg), ("said", o), ("|", o),
            ("Quorvik", per), ("and", o), ("Dellmere", org), ("own", o),
        ]
        #expect(Self.apply(text) == text.filter { $0.0 != "|" }.map(\.1))
        // Two words news writes as people's names, written twice: two people.
        text = [("Reagan", per), ("and", o), ("Gorbachev", per), ("met", o), ("|", o), ("Reagan", per), ("and", o), ("Gorbachev", per), ("agreed", o)]
        #expect(Self.apply(text) == text.filter { $0.0 != "|" }.map(\.1))
        // One word twice is a firm's name, listed or not.
        text = [("Johnson", per), ("and", o), ("Johnson", per), ("rose", o), ("|", o), ("Johnson", per), ("and", o), ("Johnson", per), ("fell", o)]
        #expect(Self.apply(text) == [org, inOrg, inOrg, o, org, inOrg, inOrg, o])
    }

    @Test func aDocumentOfManyPairsIsWalkedAtMostMostWalksTimes() {
        let (o, per, org, inOrg) = (Self.o, Self.per, Self.org, Self.inOrg)
        // Each candidate pair walks the document once: past `mostWalks` pairs the rest are left,
        // so a document of thousands of pairs costs O(t), not O(t²).
        let sentence = [("Quorvik", per), ("and", o), ("Dellmere", org), ("said", o), ("its", o), ("view", o)]
        let count = PartnerFirms.mostWalks + 3
        let text = (0..<count).flatMap { $0 == 0 ? sentence : [("|", o)] + sentence }
        let firm: [EntityTag] = [org, inOrg, inOrg, o, o, o]
        let expected = (0..<count).flatMap { $0 < PartnerFirms.mostWalks ? firm : sentence.map(\.1) }
        #expect(Self.apply(text) == expected)
    }
}
