import ArgumentParser
import Foundation
import GlossCore
import GlossReaders

/// The documents a benchmark runs over, held in memory so that disk speed does not count.
struct Corpus {
    var name: String
    var documents: [[UInt8]]
    /// Each document's declared media type (from a web archive's HTTP header), if any.
    var contentTypes: [String?] = []

    var bytes: Int { documents.reduce(0) { $0 + $1.count } }

    var inputs: [DocumentInput] {
        documents.enumerated().map { index, document in
            var metadata = Metadata()
            metadata.contentType = index < contentTypes.count ? contentTypes[index] : nil
            return DocumentInput(id: "doc\(index)", payload: .bytes(document), metadata: metadata)
        }
    }

    /// The corpus repeated until it holds at least `megabytes` MB. Each repeat is a real copy:
    /// copies sharing one storage would make workers contend on its reference count, which no
    /// real archive does.
    func replicated(toMegabytes megabytes: Double) -> Corpus {
        let wanted = Int(megabytes * 1e6)
        let size = bytes
        guard size > 0, size < wanted else { return self }
        var result = documents
        var types = contentTypes
        while result.count * size / documents.count < wanted {
            result.append(contentsOf: documents.map { document in document.withUnsafeBufferPointer { Array($0) } })
            types.append(contentsOf: contentTypes)
        }
        var total = 0
        var cut = 0
        for (index, document) in result.enumerated() {
            total += document.count
            if total >= wanted {
                cut = index + 1
                break
            }
        }
        return Corpus(
            name: name + " ×\(String(format: "%.1f", Double(total) / Double(size)))", documents: Array(result.prefix(cut)),
            contentTypes: Array(types.prefix(cut)))
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
            case .jsonRecord(let line):
                if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let text = object["text"] as? String
                {
                    add(Array(text.utf8))
                }
            case .bytes(let bytes):
                add(bytes, input.metadata.contentType)
            case .text(let text):
                add(Array(text.utf8), input.metadata.contentType)
            case .deferred(let read):
                add(try read(1 << 30), input.metadata.contentType)
            case .unreadable(let message):
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
}
