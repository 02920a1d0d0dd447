import Foundation
import GlossCore
import GlossStages

extension NumberEvaluation {
    package static let stage = NumberDetector()

    /// What Gloss finds in `input`, as the model would report it.
    package static func results(of input: String, model: Model, extendedTypes: Bool = true) -> [Result] {
        var document = Document(id: "case", text: input)
        guard (try? Tokenizer().process(&document)) != nil, (try? stage.process(&document)) != nil else { return [] }
        let mentions = document[NumberLayer.self]?.mentions ?? []
        let bytes = Array(input.utf8)
        func text(_ span: Span) -> String { String(decoding: bytes[span.range], as: UTF8.self) }
        var results: [Result] = []
        for mention in mentions {
            let start = Int(mention.span.start)
            switch model {
            case .number:
                guard mention.kind != .ordinal else { continue }
                for part in mention.parts where !part.ordinal {
                    // a numeral fused to a unit (29km) is a measure, not a number
                    if Int(part.span.end) < bytes.count, isLetter(bytes[Int(part.span.end)]), mention.kind != .money {
                        continue
                    }
                    let type = "number"
                    results.append(Result(type: type, text: text(part.span), value: part.value.description, unit: nil, start: Int(part.span.start)))
                }
            case .ordinal:
                guard mention.kind == .ordinal, let value = mention.value else { continue }
                if mention.relativeTo != nil {
                    guard extendedTypes else { continue }
                    results.append(Result(type: "ordinal.relative", text: text(mention.span), value: mention.normalized, unit: nil, start: start))
                } else {
                    results.append(Result(type: "ordinal", text: text(mention.quantitySpan), value: value.description, unit: nil, start: start))
                }
            case .percent:
                guard mention.kind == .percent, mention.high == nil else { continue }
                let value = mention.value.map { $0.description + "%" }
                results.append(Result(type: "percentage", text: text(mention.quantitySpan), value: value, unit: nil, start: start))
            case .numberRange:
                guard mention.kind != .score, let value = mention.value else { continue }
                let interval: String
                if let high = mention.high {
                    interval = (mention.lowOpen ? "(" : "[") + "\(value),\(high)" + (mention.highOpen ? ")" : "]")
                } else {
                    switch mention.comparator {
                    case .greater?: interval = "(\(value),)"
                    case .greaterOrEqual?: interval = "[\(value),)"
                    case .less?: interval = "(,\(value))"
                    case .lessOrEqual?: interval = "(,\(value)]"
                    case .equal? where mention.modifier?.hasPrefix("equal") == true: interval = "[\(value),\(value)]"
                    default: continue
                    }
                }
                // the range without the unit after it, unless words bound it there ("200 or more")
                var span = mention.high != nil ? mention.quantitySpan : mention.span
                if mention.span.end == mention.quantitySpan.end, let last = mention.parts.last {
                    span = Span(start: Int(span.start), end: Int(last.span.end))
                }
                results.append(Result(type: "numberrange", text: text(span), value: interval, unit: nil, start: start))
            case .currency, .dimension, .age, .temperature:
                let kind: NumberMention.Kind = switch model {
                case .currency: .money
                case .dimension: .dimension
                case .age: .age
                default: .temperature
                }
                guard mention.kind == kind, mention.high == nil else { continue }
                let type = model == .currency ? "currency" : model.rawValue.lowercased()
                results.append(Result(type: type, text: text(mention.quantitySpan), value: mention.value?.description, unit: specUnit(mention.unit), start: start))
            case .unknown:
                continue
            }
        }
        return results.sorted { $0.start < $1.start }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Gloss's unit names in the spec's words, where they differ.
    package static func specUnit(_ unit: String?) -> String? {
        switch unit {
        case "celsius": "C"
        case "fahrenheit": "F"
        case "kelvin": "K"
        default: unit
        }
    }
}
