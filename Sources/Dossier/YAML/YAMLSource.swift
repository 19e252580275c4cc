import Yams

/// A piece of YAML in a file (a front matter, `site.yaml`) and the problems found in it.
///
/// Yams counts lines from the start of the YAML; this maps them to the file's lines.
final class YAMLSource {
    let path: String
    let firstLine: Int
    private let yaml: Substring
    /// Split only when a message quotes a line, which is rare: most files have no problem.
    private lazy var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, firstLine: Int, yaml: Substring) {
        self.path = path
        self.firstLine = firstLine
        self.yaml = yaml
    }

    /// The YAML line a node starts on, as written.
    func line(of node: Node) -> Substring? {
        guard let line = node.mark?.line, lines.indices.contains(line - 1) else { return nil }
        return lines[line - 1]
    }

    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(path: path, line: max(firstLine - 1, 1)) }
        return location(of: mark)
    }

    func location(of mark: Mark) -> SourceLocation {
        SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    func error(_ node: Node?, _ message: String, fix: String? = nil) {
        diagnostics.append(.error(at: location(of: node), message, fix: fix))
    }

    func warning(_ node: Node?, _ message: String, fix: String? = nil) {
        diagnostics.append(.warning(at: location(of: node), message, fix: fix))
    }

    /// The YAML's top-level mapping, or `nil` after reporting why there is none.
    ///
    /// The basic resolver leaves every scalar a string: the field reader gives each field its
    /// type, and the default resolver's regular expressions would run on every value.
    func compose() -> Node.Mapping? {
        // Found here, at its place: the YAML reader names only the start of the text.
        if let (scalar, line, column) = ControlCharacter.firstPlace(in: yaml) {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: path, line: line + firstLine - 1, column: column),
                    "an invisible control character (\(ControlCharacter.name(scalar))) is in the text; no page may hold one",
                    fix: "delete it: retype the line, since an editor does not show it (it often comes with text pasted from elsewhere)"))
            return nil
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(yaml), .basic, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(YAMLErrorTranslator.diagnostic(for: error, in: self))
            return nil
        } catch {
            diagnostics.append(.error(at: location(of: nil), "cannot read the YAML: \(error)"))
            return nil
        }
        switch node {
        case .mapping(let mapping)?:
            return mapping
        case nil:
            return Node.Mapping([])
        case let other?:
            error(
                other, "expected fields written as 'key: value', found \(other.kindDescription)",
                fix: "write one field per line, like 'name: Makhabat Tazhibek Kyzy'")
            return nil
        }
    }
}

extension Node {
    /// How a volunteer would name what was written, for "expected …, found …" messages.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .sequence: return "a list"
        case .mapping: return "a group of fields"
        case .alias: return "an alias"
        }
    }

    /// An empty value: `key:`, `key: ~`, `key: null` or `key: ""`.
    var isEmptyValue: Bool {
        guard case .scalar(let scalar) = self else { return false }
        if scalar.string.isEmpty { return true }
        return scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
