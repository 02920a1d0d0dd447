import Foundation

/// Checks JSON values against the subset of JSON Schema (draft 2020-12) that
/// `docs/record.schema.json` uses: `type`, `properties`, `required`, `additionalProperties`,
/// `patternProperties`, `items`, `minItems`, `maxItems`, `enum`, `pattern`, `minimum`,
/// `maximum`, `$ref` to `#/$defs/…`, `oneOf` and `anyOf`. Annotations (`title`,
/// `description`, `$schema`, `$id`, `$defs`) are skipped; any other keyword is reported as an
/// error, so the schema cannot come to rely on one this validator ignores.
struct JSONSchemaValidator {
    let root: JSONValue

    static let annotations: Set<String> = ["title", "description", "$schema", "$id", "$defs"]

    /// The problems of `value`, each with its JSON pointer; empty when it is valid.
    func errors(in value: JSONValue) -> [String] {
        var errors: [String] = []
        check(value, against: root, at: "", errors: &errors)
        return errors
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, errors: inout [String]) {
        guard case .object(let keywords) = schema else {
            errors.append("\(path): the schema here is not an object")
            return
        }
        for (keyword, argument) in keywords.sorted(by: { $0.key < $1.key }) {
            switch keyword {
            case _ where Self.annotations.contains(keyword): continue
            case "$ref": checkReference(value, argument, at: path, errors: &errors)
            case "type":
                let allowed: Set<String>
                switch argument {
                case .string(let name): allowed = [name]
                case .array(let names): allowed = Set(names.compactMap { if case .string(let n) = $0 { n } else { nil } })
                default: allowed = []
                }
                if value.types.isDisjoint(with: allowed) {
                    errors.append("\(path): is \(value.types.sorted().joined(separator: "/")), not \(allowed.sorted().joined(separator: " or "))")
                }
            case "enum":
                if case .array(let options) = argument, !options.contains(value) {
                    errors.append("\(path): \(value) is not one of \(options)")
                }
            case "pattern":
                if case .string(let text) = value, case .string(let pattern) = argument,
                    text.range(of: pattern, options: .regularExpression) == nil
                {
                    errors.append("\(path): '\(text)' does not match \(pattern)")
                }
            case "minimum", "maximum":
                if case .number(let number) = value, case .number(let bound) = argument,
                    keyword == "minimum" ? number < bound : number > bound
                {
                    errors.append("\(path): \(number) is out of range (\(keyword) \(bound))")
                }
            case "minItems", "maxItems":
                if case .array(let items) = value, case .number(let bound) = argument,
                    keyword == "minItems" ? Double(items.count) < bound : Double(items.count) > bound
                {
                    errors.append("\(path): \(items.count) items (\(keyword) \(bound))")
                }
            case "items":
                if case .array(let items) = value {
                    for (index, item) in items.enumerated() { check(item, against: argument, at: "\(path)/\(index)", errors: &errors) }
                }
            case "required":
                if case .object(let members) = value, case .array(let names) = argument {
                    for case .string(let name) in names where members[name] == nil {
                        errors.append("\(path): '\(name)' is required")
                    }
                }
            case "properties", "patternProperties": continue  // with additionalProperties below
            case "additionalProperties": continue
            case "oneOf", "anyOf":
                guard case .array(let choices) = argument else { continue }
                let matching = choices.filter { choice in
                    var scratch: [String] = []
                    check(value, against: choice, at: path, errors: &scratch)
                    return scratch.isEmpty
                }.count
                if keyword == "oneOf" ? matching != 1 : matching == 0 {
                    errors.append("\(path): matches \(matching) of the \(keyword) choices")
                    if matching == 0, let first = choices.first { check(value, against: first, at: path, errors: &errors) }
                }
            default:
                errors.append("\(path): the validator does not support the keyword '\(keyword)'")
            }
        }
        if case .object(let members) = value { checkMembers(members, keywords, at: path, errors: &errors) }
    }

    /// `properties`, `patternProperties` and `additionalProperties` together.
    private func checkMembers(
        _ members: [String: JSONValue], _ keywords: [String: JSONValue], at path: String, errors: inout [String]
    ) {
        guard keywords["properties"] != nil || keywords["patternProperties"] != nil || keywords["additionalProperties"] != nil
        else { return }
        var properties: [String: JSONValue] = [:]
        if case .object(let declared) = keywords["properties"] { properties = declared }
        var patterns: [String: JSONValue] = [:]
        if case .object(let declared) = keywords["patternProperties"] { patterns = declared }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            let memberPath = "\(path)/\(name)"
            var matched = false
            if let schema = properties[name] {
                check(member, against: schema, at: memberPath, errors: &errors)
                matched = true
            }
            for (pattern, schema) in patterns where name.range(of: pattern, options: .regularExpression) != nil {
                check(member, against: schema, at: memberPath, errors: &errors)
                matched = true
            }
            guard !matched, let additional = keywords["additionalProperties"] else { continue }
            if additional == .bool(false) {
                errors.append("\(memberPath): not allowed here (additionalProperties is false)")
            } else if additional != .bool(true) {
                check(member, against: additional, at: memberPath, errors: &errors)
            }
        }
    }

    private func checkReference(_ value: JSONValue, _ reference: JSONValue, at path: String, errors: inout [String]) {
        guard case .string(let pointer) = reference, pointer.hasPrefix("#/$defs/"),
            let target = root["$defs"]?[String(pointer.dropFirst("#/$defs/".count))]
        else {
            errors.append("\(path): unresolved $ref \(reference)")
            return
        }
        check(value, against: target, at: path, errors: &errors)
    }
}
