import GlossCore
import GlossSources
import Testing

@Suite struct ReadersTests {
    @Test func standardReadersHaveDistinctNames() {
        let names = Readers.standard.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
