import ArgumentParser
import Foundation
import GlossCore
import GlossSources

/// The documents a benchmark runs over. The distinct documents are held in memory, so that
/// disk speed does not count; a run may go over them several times (`runBytes`), each time
/// with fresh copies made as the runner asks for them, so memory stays flat whatever the
/// size of the run.
struct Corpus {
    var name: String
    /// The distinct documents.
    var documents: [[UInt8]]
    /// Each document's declared media type (from a web archive's HTTP header), if any.
    var contentTypes: [String?] = []
    /// Bytes a run goes over: the documents cycled until this many bytes; nil, once.
    var runBytes: Int? = nil

    /// Bytes of the distinct documents.
    var distinctBytes: Int { documents.reduce(0) { $0 + $1.count } }

    /// Documents and bytes of one run.
    var runSize: (documents: Int, bytes: Int) {
        var size = (documents: 0, bytes: 0)
        for input in Inputs(corpus: self, copying: false) {
            size.documents += 1
            if case .bytes(let bytes) = input.payload { size.bytes += bytes.count }
        }
        return size
    }

    /// The inputs of one run, made as they are asked for.
    var inputs: Inputs { Inputs(corpus: self, copying: true) }

    /// The documents of a run, in order, cycling through the distinct documents up to `runBytes`.
    /// Repeats are real copies: copies sharing one storage would make workers contend on its
    /// reference count, which no real archive does.
    struct Inputs: Sequence, IteratorProtocol {
        let corpus: Corpus
        let copying: Bool
        private var index = 0
        private var bytes = 0

        init(corpus: Corpus, copying: Bool) {
            self.corpus = corpus
            self.copying = copying
        }

        mutating func next() -> DocumentInput? {
            guard !corpus.documents.isEmpty else { return nil }
            let position = index % corpus.documents.count
            if index >= corpus.documents.count && bytes >= corpus.runBytes ?? 0 { return nil }
            var document = corpus.documents[position]
            if copying && index >= corpus.documents.count { document = document.withUnsafeBufferPointer { Array($0) } }
            var metadata = Metadata()
            metadata.contentType = position < corpus.contentTypes.count ? corpus.contentTypes[position] : nil
            defer {
                index += 1
                bytes += document.count
            }
            return DocumentInput(id: "doc\(index)", payload: .bytes(document), metadata: metadata)
        }
    }

    /// The corpus run over until at least `megabytes` MB have gone through.
    func replicated(toMegabytes megabytes: Double) -> Corpus {
        let wanted = Int(megabytes * 1e6)
        let size = distinctBytes
        guard size > 0, size < wanted else { return self }
        var grown = self
        grown.runBytes = wanted
        grown.name += " ×\(String(format: "%.1f", Double(grown.runSize.bytes) / Double(size)))"
        return grown
    }

    /// Loads documents from paths: an AEB `ground-truth.json` gives its `articleBody` fields;
    /// JSON Lines files their `text` fields; archives, feeds and gzip files the documents the
    /// standard readers find in them (broken records are left out, with a note); other files
    /// their bytes.
    static func load(paths: [String]) throws -> Corpus {
        var documents: [[UInt8]] = []
        var contentTypes: [String?] = []
        var broken = 0
        func add(_ bytes: [UInt8], _ type: String? = nil) {
            documents.append(bytes)
            contentTypes.append(type)
        }
        for input in FileSource(paths: paths, readers: Readers.standard) {
            switch input.payload {
            case .file(let path) where path.hasSuffix(".json"):
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                    for key in object.keys.sorted() {
                        if let body = (object[key] as? [String: Any])?["articleBody"] as? String { add(Array(body.utf8)) }
                    }
                } else {
                    add(Array(data))
                }
            case .file(let path):
                add(try FileReader.read(path: path, maxBytes: 1 << 30), input.metadata.contentType)
            case .record(let parse):
                var metadata = input.metadata
                if let record = try? parse(&metadata) { add(Array(record.text.utf8), metadata.contentType) }
            case .bytes(let bytes):
                add(bytes, input.metadata.contentType)
            case .text(let text):
                add(Array(text.utf8), input.metadata.contentType)
            case .deferred(let read):
                add(try read(1 << 30), input.metadata.contentType)
            case .unreadable(let message, _):
                broken += 1
                FileHandle.standardError.write(Data("bench: left out \(input.id): \(message)\n".utf8))
            }
        }
        if broken > 0 { FileHandle.standardError.write(Data("bench: \(broken) broken inputs left out\n".utf8)) }
        return Corpus(name: paths.joined(separator: " "), documents: documents, contentTypes: contentTypes)
    }

    /// A deterministic synthetic corpus of news-like articles.
    static func synthetic(seed: UInt64, megabytes: Double) -> Corpus {
        var generator = SyntheticNews(seed: seed)
        var documents: [[UInt8]] = []
        var total = 0
        let wanted = Int(megabytes * 1e6)
        while total < wanted {
            let article = Array(generator.article().utf8)
            total += article.count
            documents.append(article)
        }
        return Corpus(name: "synthetic news (seed \(seed))", documents: documents)
    }

    /// Distinct pages the synthetic HTML corpus holds at most; a larger run goes over them again.
    static let distinctPageBytes = 16_000_000

    /// A deterministic synthetic corpus of HTML news pages, `megabytes` MB in a run, of which
    /// at most `distinct` bytes are held in memory.
    static func syntheticPages(seed: UInt64, megabytes: Double, distinct: Int = distinctPageBytes) -> Corpus {
        var generator = SyntheticPages(seed: seed)
        var documents: [[UInt8]] = []
        var total = 0
        let wanted = Int(megabytes * 1e6)
        while total < min(wanted, distinct) {
            let page = generator.next()
            total += page.count
            documents.append(page)
        }
        let corpus = Corpus(
            name: "synthetic HTML news pages (seed \(seed))", documents: documents,
            contentTypes: Array(repeating: "text/html", count: documents.count))
        return corpus.replicated(toMegabytes: megabytes)
    }
}
