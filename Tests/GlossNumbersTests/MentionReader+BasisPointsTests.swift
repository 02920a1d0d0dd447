import Testing

@testable import GlossNumbers

/// Basis points after a number (`MentionReader+BasisPoints.swift`, numbers32): `bp` fused or
/// spaced, and `bps` beside a word of money markets, leave the number a count, as `25 basis
/// points` is. The sentences are the writer's own.
@Suite struct MentionReaderBasisPointsTests {
    typealias D = NumberDetectorTests

    @Test func bpFusedToANumberLeavesTheCount() throws {
        // base 62ea996: no mention (letters that are no unit made the digits a code)
        #expect(try D.summary("Swap spreads narrowed 12bp in a week.") == ["12=12"])
        #expect(try D.summary("A 75bp rise is now priced in.") == ["75=75"])
        #expect(try D.summary("Yields fell 7.5bp on Friday.") == ["7.5=7.5"])
        // unchanged: spaced, the words in full, capitals (the oil company) and other letters
        #expect(try D.summary("Spreads narrowed 12 bp.") == ["12=12"])
        #expect(try D.summary("Spreads narrowed 12 basis points.") == ["12=12"])
        #expect(try D.summary("He ran at 140bpm.") == [])
        #expect(try D.summary("It sells 4G phones.") == [])
    }

    @Test func bpsBesideAWordOfMoneyMarketsIsBasisPoints() throws {
        // base 62ea996: a data rate (`25 bit per second`)
        #expect(try D.summary("The central bank cut rates by 25bps.") == ["25=25"])
        #expect(try D.summary("Bond yields jumped 30 bps in a day.") == ["30=30"])
        #expect(try D.summary("A 50 bps hike is expected.") == ["50=50"])
        // unchanged: a data rate where no word of money markets stands near
        #expect(try D.summary("The old modem ran at 2400 bps.") == ["2400 bps=2400 bit per second"])
        #expect(try D.summary("Telemetry arrives at 1200bps from the probe.") == ["1200bps=1200 bit per second"])
        // review96: `rate` is a word of money markets, but beside a word of sending data the
        // rate is one of bits (branch numbers32 read these as a count of basis points)
        #expect(try D.summary("The modem's transfer rate is 2,400 bps.") == ["2,400 bps=2400 bit per second"])
        #expect(try D.summary("Data rates on the line reach 9600 bps.") == ["9600 bps=9600 bit per second"])
        #expect(try D.summary("Mortgage rates rose 25 bps this week.") == ["25=25"])
    }
}
