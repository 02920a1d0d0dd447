import GlossCore
import Testing

@Suite struct JSONKeyTests {
    @Test func keysMadeAheadWriteLikeKeysByName() {
        var byName = JSONWriter()
        var ahead = JSONWriter()
        byName.beginObject()
        ahead.beginObject()
        for name in ["span", "a \"quoted\" key", "é", ""] {
            byName.key(name)
            byName.number(1)
            ahead.key(JSONKey(name))
            ahead.number(1)
        }
        byName.endObject()
        ahead.endObject()
        #expect(ahead.bytes == byName.bytes)
    }
}
