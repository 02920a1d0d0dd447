import ArgumentParser
import GlossCore
import GlossStages

extension Gloss {
    /// `gloss stages`: lists the registered stages with what they require and provide.
    struct ListStages: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stages",
            abstract: "List the registered stages, what they require and provide, and their options.")

        @Flag(name: .long, help: "Print the list as JSON.")
        var json = false

        func run() {
            let descriptors = StageRegistry.standard.descriptors
            print(json ? Self.json(descriptors) : Self.text(descriptors), terminator: "")
        }

        static func text(_ descriptors: [StageDescriptor]) -> String {
            var out = ""
            for descriptor in descriptors {
                out += "\(descriptor.name)\n    \(descriptor.summary)\n"
                out += "    requires: \(list(descriptor.requires))    provides: \(list(descriptor.provides))\n"
                if !descriptor.uses.isEmpty { out += "    uses when present: \(list(descriptor.uses))\n" }
                if descriptor.rewritesText { out += "    rewrites the text: runs before the tokenizer\n" }
                if !descriptor.cost.isEmpty { out += "    cost: \(descriptor.cost)\n" }
                for option in descriptor.options {
                    let accepts = option.accepts.isEmpty ? "" : "\(option.accepts), "
                    out += "    option \(option.name) (\(accepts)default \(option.defaultValue)): \(option.summary)\n"
                }
            }
            out += "\nDefault pipeline: \(StageRegistry.defaultStageNames.joined(separator: ","))\n"
            return out
        }

        static func json(_ descriptors: [StageDescriptor]) -> String {
            var writer = JSONWriter()
            writer.beginArray()
            for descriptor in descriptors {
                writer.beginObject()
                writer.key("name")
                writer.string(descriptor.name)
                writer.key("summary")
                writer.string(descriptor.summary)
                writer.key("requires")
                strings(descriptor.requires.map(\.name).sorted(), &writer)
                writer.key("uses")
                strings(descriptor.uses.map(\.name).sorted(), &writer)
                writer.key("provides")
                strings(descriptor.provides.map(\.name).sorted(), &writer)
                writer.key("rewrites_text")
                writer.bool(descriptor.rewritesText)
                writer.key("cost")
                writer.string(descriptor.cost)
                writer.key("options")
                writer.beginArray()
                for option in descriptor.options {
                    writer.beginObject()
                    writer.key("name")
                    writer.string(option.name)
                    writer.key("default")
                    writer.string(option.defaultValue)
                    writer.key("accepts")
                    writer.string(option.accepts)
                    writer.key("summary")
                    writer.string(option.summary)
                    writer.endObject()
                }
                writer.endArray()
                writer.endObject()
            }
            writer.endArray()
            writer.newline()
            return String(decoding: writer.bytes, as: UTF8.self)
        }

        private static func list(_ layers: Set<LayerID>) -> String {
            layers.isEmpty ? "-" : layers.map(\.name).sorted().joined(separator: ", ")
        }

        private static func strings(_ values: [String], _ writer: inout JSONWriter) {
            writer.beginArray()
            for value in values { writer.string(value) }
            writer.endArray()
        }
    }
}
