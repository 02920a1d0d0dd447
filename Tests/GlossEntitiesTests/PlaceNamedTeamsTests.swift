import GlossCore
import Testing

@testable import GlossEntities

@Suite struct PlaceNamedTeamsTests {
    static let gazetteer = Gazetteer(
        text: "city\tboston\ncity\tbowling green\ncity\ttoronto\nstate\talaska\ncity\tpalm springs\ncountry\tcayman\nstate\tflorida\n"
            + "city\tnew york\n")

    /// The tags of a name of `words`, tagged `type` and followed by `after`, after the rule; the
    /// words' `WordLexicon` casing bucket is `casing` (6: capitalised far more often than not).
    static func retyped(_ words: [String], _ type: EntityType = .location, casing: UInt8 = 6, after: [String] = ["won", "again"])
        -> [EntityTag]
    {
        let sentence = words + after
        var described = WordAttributes.described(sentence, gazetteer: gazetteer)
        for k in described.indices { described[k].casing = casing }
        var tags = sentence.indices.map { $0 == 0 ? EntityTag.begin(type) : $0 < words.count ? .inside(type) : .outside }
        var confidence = [Float](repeating: 0.9, count: tags.count)
        described.withUnsafeBufferPointer {
            PlaceNamedTeams.apply($0, sentences: [0..<$0.count], tags: &tags, confidence: &confidence)
        }
        return tags
    }

    @Test func aPlaceAndAPluralNicknameAreAnOrganisation() {
        #expect(Self.retyped(["Boston", "Bruins"]) == [.begin(.organization), .inside(.organization), .outside, .outside])
        #expect(Self.retyped(["Bowling", "Green", "Falcons"]).first == .begin(.organization))
        #expect(Self.retyped(["Toronto", "Blue", "Jays"]).first == .begin(.organization))
        #expect(Self.retyped(["Alaska", "Airlines"]).first == .begin(.organization))
        #expect(Self.retyped(["New", "York", "Times"]).first == .begin(.organization))
    }

    @Test func placesThatEndInAPluralStayPlaces() {
        #expect(Self.retyped(["Cayman", "Islands"]).first == .begin(.location))
        #expect(Self.retyped(["Florida", "Keys"]).first == .begin(.location))
        #expect(Self.retyped(["Alaska", "Rivers"]).first == .begin(.location))
        #expect(Self.retyped(["Alaska", "Antilles"]).first == .begin(.location))
        // The whole name is the listed place.
        #expect(Self.retyped(["Palm", "Springs"]).first == .begin(.location))
        // A lone place, a name that does not begin with one, one word that is no plural.
        #expect(Self.retyped(["Boston"]).first == .begin(.location))
        #expect(Self.retyped(["Rocky", "Mountains"]).first == .begin(.location))
        #expect(Self.retyped(["Boston", "Harbor"]).first == .begin(.location))
        #expect(Self.retyped(["Boston", "Bruin"]).first == .begin(.location))
        // Three nickname words are more than a nickname; a lower-case plural is not one.
        #expect(Self.retyped(["Boston", "Red", "Sea", "Cats"]).first == .begin(.location))
        #expect(Self.retyped(["Boston", "suburbs"]).first == .begin(.location))
        // A place's name inside a longer one.
        #expect(Self.retyped(["Boston", "St", "Pancras"]).first == .begin(.location))
    }

    @Test func aNicknameIsWrittenAsANameIsWritten() {
        // A plural a corpus writes in lower case far more often: a headline's verb, a noun.
        #expect(Self.retyped(["Boston", "Exults"], casing: 3).first == .begin(.location))
        #expect(Self.retyped(["Boston", "Bruins"], casing: 4).first == .begin(.organization))
        #expect(Self.retyped(["Boston", "Bruins"], casing: 0).first == .begin(.location))
        // A word in capitals, as headlines write them.
        #expect(Self.retyped(["Toronto", "JAYS"]).first == .begin(.location))
        #expect(Self.retyped(["Toronto", "Blue", "JAYS"]).first == .begin(.location))
    }

    @Test func aHeadlineInTitleCaseIsLeftAlone() {
        #expect(Self.retyped(["Boston", "Bruins"], after: ["Win", "Again"]).first == .begin(.location))
        #expect(Self.retyped(["Boston", "Bruins"], after: ["Win", "in", "May"]).first == .begin(.location))
        #expect(Self.retyped(["Boston", "Bruins"], after: ["Win", "in", "overtime"]).first == .begin(.organization))
    }

    @Test func aNameInAnAddressOrAHeadlineIsLeftAlone() {
        // "a Minas Gerais, Brazil, mining concern"
        let address = Self.retyped(["Boston", "Bruins"], after: [",", "Alaska", ",", "mining", "concern"])
        #expect(address.first == .begin(.location))
        #expect(Self.retyped(["Boston", "Bruins"], after: [",", "the", "club", "said"]).first == .begin(.organization))
        var headline = WordAttributes.described(["Boston", "Bruins", "win", "again"], gazetteer: Self.gazetteer)
        for k in headline.indices {
            headline[k].casing = 6
            headline[k].inHeadline = true
        }
        var tags: [EntityTag] = [.begin(.location), .inside(.location), .outside, .outside]
        var confidence = [Float](repeating: 0.9, count: 4)
        headline.withUnsafeBufferPointer { PlaceNamedTeams.apply($0, sentences: [0..<4], tags: &tags, confidence: &confidence) }
        #expect(tags.first == .begin(.location))
    }

    @Test func theNicknameAloneIsRetypedInTheSameDocument() {
        let sentences = [["Boston", "Bruins", "won", "again"], ["the", "Bruins", "lost", "in", "Chicago"]]
        let words = WordAttributes.described(sentences[0], gazetteer: Self.gazetteer)
            + WordAttributes.described(sentences[1], gazetteer: Self.gazetteer)
        var described = words
        for k in described.indices { described[k].casing = 6 }
        var tags: [EntityTag] = [.begin(.location), .inside(.location), .outside, .outside, .outside, .begin(.location), .outside, .outside, .begin(.location)]
        var confidence = [Float](repeating: 0.9, count: tags.count)
        described.withUnsafeBufferPointer { PlaceNamedTeams.apply($0, sentences: [0..<4, 4..<9], tags: &tags, confidence: &confidence) }
        #expect(tags[0] == .begin(.organization) && tags[5] == .begin(.organization))
        // Another place stays one.
        #expect(tags[8] == .begin(.location))
    }

    @Test func onlyNamesTakenForPlacesAreRetyped() {
        #expect(Self.retyped(["Boston", "Bruins"], .person).first == .begin(.person))
        #expect(Self.retyped(["Boston", "Bruins"], .miscellaneous).first == .begin(.miscellaneous))
    }
}
