import Yams

@testable import Dossier

/// Yams, as dossier read YAML before libyaml's events were decoded directly, beside the
/// document read now: both written out as the same text, value by value, with each value's
/// kind, mark, style and text, or as the problem that stopped them.
enum YAMLReference {
    /// The YAML read by Yams as `YAMLSource` used to compose it, written out.
    static func yams(_ yaml: Substring) -> Result<String, YAMLProblem> {
        do {
            guard let node = try Yams.compose(yaml: String(yaml), .basic, .default, .utf8) else { return .success("empty") }
            var lines: [String] = []
            write(node, depth: 0, into: &lines)
            return .success(lines.joined(separator: "\n"))
        } catch let error as YamlError {
            return .failure(problem(error))
        } catch {
            return .failure(.syntax("\(error)", at: YAMLMark(line: 0, column: 0)))
        }
    }

    /// The YAML read from libyaml's events, written out the same way.
    static func events(_ yaml: Substring) -> Result<String, YAMLProblem> {
        do {
            guard let document = try YAMLDocument.read(yaml) else { return .success("empty") }
            var lines: [String] = []
            write(document.root, depth: 0, into: &lines)
            return .success(lines.joined(separator: "\n"))
        } catch {
            return .failure(error)
        }
    }

    /// What Yams threw, in the words the translator reads.
    static func problem(_ error: YamlError) -> YAMLProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .syntax(problem, at: YAMLMark(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .duplicateKey(duplicates.first ?? "?", at: YAMLMark(line: context.mark.line, column: context.mark.column))
        case .reader(let problem, let offset, let value, let yaml):
            // Yams counts the offset in characters; libyaml, in bytes.
            let bytes = yaml.prefix(offset ?? 0).utf8.count
            return .unreadable(problem, value: Int(value), at: YAMLMark(offset: bytes, in: Array(yaml.utf8)))
        case .memory:
            return .outOfMemory
        default:
            return .syntax("\(error)", at: YAMLMark(line: 0, column: 0))
        }
    }

    private static func write(_ node: Node, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let at = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain ? "plain" : "quoted"
            lines.append("\(indent)scalar \(at) \(plain)\(tag(scalar.tag.description, own: "str")) \(quoted(scalar.string))")
        case .sequence(let sequence):
            lines.append("\(indent)sequence \(at)\(tag(sequence.tag.description, own: "seq"))")
            for value in sequence { write(value, depth: depth + 1, into: &lines) }
        case .mapping(let mapping):
            lines.append("\(indent)mapping \(at)\(tag(mapping.tag.description, own: "map"))")
            for (key, value) in mapping {
                write(key, depth: depth + 1, into: &lines)
                write(value, depth: depth + 2, into: &lines)
            }
        case .alias:
            lines.append("\(indent)alias \(at)")
        }
    }

    private static func write(_ node: YAMLNode, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let at = "\(node.mark.line):\(node.mark.column)"
        let written = node.document.tags[node.index] ?? ""
        switch node.kind {
        case .scalar:
            let plain = node.isPlain ? "plain" : "quoted"
            lines.append("\(indent)scalar \(at) \(plain)\(tag(written, own: "str")) \(quoted(node.string ?? ""))")
        case .sequence:
            lines.append("\(indent)sequence \(at)\(tag(written, own: "seq"))")
            for value in node.values { write(value, depth: depth + 1, into: &lines) }
        case .mapping:
            lines.append("\(indent)mapping \(at)\(tag(written, own: "map"))")
            for (key, value) in node.entries {
                write(key, depth: depth + 1, into: &lines)
                write(value, depth: depth + 2, into: &lines)
            }
        }
    }

    /// A tag that makes a value other than text, a list or a group; nothing for the others.
    private static func tag(_ name: String, own: String) -> String {
        ["", "!", "tag:yaml.org,2002:\(own)"].contains(name) ? "" : " !<\(name)>"
    }

    private static func quoted(_ text: String) -> String {
        "\""
            + text.unicodeScalars.map {
                $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? String($0) : "\\u{\(String($0.value, radix: 16))}"
            }.joined() + "\""
    }
}
