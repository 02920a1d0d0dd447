import GlossCore
import Testing

@testable import GlossEntities

@Suite struct EntityTagTests {
    @Test func readsLabels() {
        #expect(EntityTag(label: "O", previous: .outside) == .outside)
        #expect(EntityTag(label: "B-PER", previous: .outside) == .begin(.person))
        #expect(EntityTag(label: "I-PER", previous: .begin(.person)) == .inside(.person))
        #expect(EntityTag(label: "I-PER", previous: .outside) == .begin(.person))
        #expect(EntityTag(label: "I-ORG", previous: .inside(.person)) == .begin(.organization))
        #expect(EntityTag(label: "B-OTH", previous: .outside) == .begin(.miscellaneous))
        #expect(EntityTag(label: "B-O", previous: .outside) == .outside)
        #expect(EntityTag(label: "B-PERSON", previous: .outside) == nil)
        #expect(EntityTag(label: "X-PER", previous: .outside) == nil)
    }

    @Test func insideFollowsOnlyItsOwnType() {
        #expect(EntityTag.inside(.location).canFollow(.begin(.location)))
        #expect(EntityTag.inside(.location).canFollow(.inside(.location)))
        #expect(!EntityTag.inside(.location).canFollow(.outside))
        #expect(!EntityTag.inside(.location).canFollow(.begin(.person)))
        #expect(EntityTag.begin(.person).canFollow(.inside(.person)))
    }

    @Test func namesOfASequence() {
        let tags: [EntityTag] = [.begin(.person), .inside(.person), .outside, .begin(.location), .begin(.location), .inside(.location)]
        let names = EntityTag.names(in: tags)
        #expect(names.map(\.tokens) == [0..<2, 3..<4, 4..<6])
        #expect(names.map(\.type) == [.person, .location, .location])
        #expect(tags.map(\.description) == ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"])
        #expect(EntityTag.count == 9)
    }
}
