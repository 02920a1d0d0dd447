import Benchmark
import BenchmarkInputs
import GlossCore
import GlossSources

/// One benchmark per container reader: splitting a container file into the documents it
/// holds, each document read into memory, as a run's source does before any stage.
///
/// The containers (`Containers`: 16 copies of the seed page in a web archive, plain and
/// gzip-compressed per record, and 16 copies of the seed article as items of an RSS feed) are
/// written to a temporary folder when a benchmark is set up (and removed after it), and read from the page cache in
/// every iteration through `FileSource` with the standard readers, which sniff each file and
/// pick the reader, as `gloss analyze` does. `gzip.inflate` decompresses the compressed archive
/// from memory alone.
///
/// Metrics and thresholds: as the stage benchmarks (`GlossBenchmarks.configuration`).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = GlossBenchmarks.configuration
    // Each benchmark's setup writes the containers; they go when it is done.
    Benchmark.teardown = { Containers.removeFolder() }

    Benchmark("warc") { benchmark, containers in
        split(containers.warc, expecting: containers.count, benchmark)
    } setup: {
        try Containers()
    }

    Benchmark("warc.gz") { benchmark, containers in
        split(containers.warcGzip, expecting: containers.count, benchmark)
    } setup: {
        try Containers()
    }

    Benchmark("feed") { benchmark, containers in
        split(containers.feed, expecting: containers.count, benchmark)
    } setup: {
        try Containers()
    }

    Benchmark("gzip.inflate") { benchmark, compressed in
        for _ in benchmark.scaledIterations {
            do {
                blackHole(try GzipStream(bytes: compressed).readAll(maxBytes: 1 << 26))
            } catch {
                benchmark.error("gzip.inflate failed: \(error)")
                return
            }
        }
    } setup: {
        try Containers.bytes(of: try Containers().warcGzip)
    }
}

/// Reads the documents of the container at `path` in each iteration; fewer documents than
/// `expected`, or one that cannot be read, stops the benchmark.
func split(_ path: String, expecting expected: Int, _ benchmark: Benchmark) {
    let source = FileSource(paths: [path], readers: Readers.standard)
    for _ in benchmark.scaledIterations {
        var documents = 0
        for input in source {
            do {
                blackHole(try input.makeDocument(textIsGiven: false, maxBytes: 1 << 26))
                documents += 1
            } catch {
                benchmark.error("\(input.id): \(error)")
                return
            }
        }
        guard documents == expected else {
            benchmark.error("\(path) gave \(documents) documents, not \(expected)")
            return
        }
    }
}
