import GlossCore
import Testing

@Suite struct GlossTests {
    @Test func versionPrintsTheConstant() throws {
        let result = try Subprocess.run("gloss", ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == GlossVersion.current + "\n")
    }
}
