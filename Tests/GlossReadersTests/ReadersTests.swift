import GlossCore
import GlossReaders
import Testing

@Suite struct ReadersTests {
    @Test func standardReadersHaveDistinctNames() {
        let names = Readers.standard.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
