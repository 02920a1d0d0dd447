import GlossCore
import Testing

@testable import GlossStages

@Suite struct NameLinkerTests {
    /// A document of `text` split at spaces, with mentions at the given word ranges.
    func link(_ text: String, _ names: [(Range<Int>, EntityType)]) throws -> DocumentEntities {
        var document = Document(id: "t", text: text)
        var tokens: [Token] = []
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            tokens.append(Token(span: Span(start: offset, end: offset + word.utf8.count), kind: .word))
            offset += word.utf8.count + 1
        }
        try document.setTokens(tokens)
        let mentions = names.map { range, type in
            NameLinker.Mention(
                span: Span(start: Int(tokens[range.lowerBound].span.start), end: Int(tokens[range.upperBound - 1].span.end)),
                tokens: range, type: type, confidence: 0.9)
        }
        return NameLinker().link(mentions, in: document)
    }

    @Test func aSurnameJoinsTheFullNameEvenBeforeIt() throws {
        let linked = try link(
            "Bukele spoke . Nayib Bukele won . BUKELE said", [(0..<1, .person), (3..<5, .person), (7..<8, .person)])
        #expect(linked.entities == [Entity(name: "Nayib Bukele", type: .person, mentions: 3)])
        #expect(linked.mentions.map(\.entity) == [0, 0, 0])
    }

    @Test func differentNamesStayApart() throws {
        let linked = try link(
            "Donald Trump met Nicolás Maduro in Venezuela", [(0..<2, .person), (3..<5, .person), (6..<7, .location)])
        #expect(linked.entities.map(\.name) == ["Donald Trump", "Nicolás Maduro", "Venezuela"])
        #expect(linked.mentions.map(\.entity) == [0, 1, 2])
    }

    @Test func theMajorityTypeNamesTheEntity() throws {
        let linked = try link(
            "Venezuela and Venezuela and Venezuela", [(0..<1, .location), (2..<3, .organization), (4..<5, .location)])
        #expect(linked.entities == [Entity(name: "Venezuela", type: .location, mentions: 3)])
        #expect(linked.mentions.map(\.type) == [.location, .organization, .location])
    }

    @Test func partsOfANameOfAnotherTypeDoNotJoin() throws {
        let linked = try link("Washington Post and Washington", [(0..<2, .organization), (3..<4, .location)])
        #expect(linked.entities.count == 2)
    }

    @Test func containsRunsInOrder() {
        #expect(NameLinker.contains(["tarek", "william", "saab"], ["william", "saab"]))
        #expect(!NameLinker.contains(["tarek", "william", "saab"], ["saab", "william"]))
        #expect(!NameLinker.contains(["saab"], ["tarek", "saab"]))
    }
}
