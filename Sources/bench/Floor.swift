import Dispatch
import GlossStages

/// The physical floor of a run: one pass that reads every byte of the corpus, on one core.
/// Every throughput figure is reported with its ratio to this, measured in the same run, so
/// figures from a noisy shared machine stay comparable.
enum Floor {
    /// MB/s of a byte-summing pass over the corpus (best of three).
    static func measure(_ corpus: Corpus) -> Double {
        var best = 0.0
        var checksum: UInt64 = 0
        for _ in 0..<3 {
            let started = DispatchTime.now().uptimeNanoseconds
            for document in corpus.documents {
                document.withUnsafeBufferPointer { buffer in
                    var sum: UInt64 = 0
                    for byte in buffer { sum &+= UInt64(byte) }
                    checksum &+= sum
                }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            best = max(best, Double(corpus.distinctBytes) / 1e6 / max(seconds, 1e-9))
        }
        if checksum == 42 { print("", terminator: "") }  // keeps the pass from being optimised away
        return best
    }

    /// MB/s of libxml2's HTML parser alone over the corpus, on one core (best of `passes`):
    /// the reference for HTML ingest. It parses every page whole, script, style and comment
    /// bodies included, as a plain libxml2 parse would; ingest spares libxml2 those bodies
    /// (`RawTextElision`), so its ratio to this reference can pass 100%. Keep the reference
    /// whole: it is the fixed cost of parsing the page that ingest's figure is measured against.
    static func htmlParse(_ corpus: Corpus, passes: Int = 1) -> Double {
        var best = 0.0
        var elements = 0
        for _ in 0..<passes {
            let started = DispatchTime.now().uptimeNanoseconds
            for document in corpus.documents {
                elements &+= document.withUnsafeBufferPointer(HTMLParseReference.parse)
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            best = max(best, Double(corpus.distinctBytes) / 1e6 / max(seconds, 1e-9))
        }
        if elements == 42 { print("", terminator: "") }
        return best
    }
}
