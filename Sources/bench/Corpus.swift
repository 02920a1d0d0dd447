import ArgumentParser
import Foundation
import GlossCore

/// The documents a benchmark runs over, held in memory so that disk speed does not count.
struct Corpus {
    var name: String
    var documents: [[UInt8]]

    var bytes: Int { documents.reduce(0) { $0 + $1.count } }

    var inputs: [DocumentInput] {
        documents.enumerated().map { DocumentInput(id: "doc\($0.offset)", payload: .bytes($0.element)) }
    }

    /// The corpus repeated until it holds at least `megabytes` MB. Each repeat is a real copy:
    /// copies sharing one storage would make workers contend on its reference count, which no
    /// real archive does.
    func replicated(toMegabytes megabytes: Double) -> Corpus {
        let wanted = Int(megabytes * 1e6)
        let size = bytes
        guard size > 0, size < wanted else { return self }
        var result = documents
        while result.count * size / documents.count < wanted {
            result.append(contentsOf: documents.map { document in document.withUnsafeBufferPointer { Array($0) } })
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
        return Corpus(name: name + " ×\(String(format: "%.1f", Double(total) / Double(size)))", documents: Array(result.prefix(cut)))
    }

    /// Loads text documents from paths: an AEB `ground-truth.json` gives its `articleBody`
    /// fields; JSON Lines files their `text` fields; other files their bytes.
    static func load(paths: [String]) throws -> Corpus {
        var documents: [[UInt8]] = []
        for input in FileSource(paths: paths) {
            switch input.payload {
            case .file(let path) where path.hasSuffix(".json"):
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                    for key in object.keys.sorted() {
                        if let body = (object[key] as? [String: Any])?["articleBody"] as? String {
                            documents.append(Array(body.utf8))
                        }
                    }
                } else {
                    documents.append(Array(data))
                }
            case .file(let path):
                documents.append(try FileReader.read(path: path, maxBytes: 1 << 30))
            case .jsonRecord(let line):
                if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let text = object["text"] as? String
                {
                    documents.append(Array(text.utf8))
                }
            case .bytes(let bytes):
                documents.append(bytes)
            case .text(let text):
                documents.append(Array(text.utf8))
            case .deferred(let read):
                documents.append(try read(1 << 30))
            case .unreadable(let message):
                throw ValidationError("\(input.id): \(message)")
            }
        }
        return Corpus(name: paths.joined(separator: " "), documents: documents)
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
