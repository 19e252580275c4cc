/// A JSON value whose objects keep their keys in the order written, so that the data files
/// list `slug`, `url` and `name` first, as `/data/` documents them, and so that a build writes
/// the same bytes every time. (Foundation's encoders order keys only alphabetically.)
enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([Member])

    struct Member: Sendable, Equatable {
        var key: String
        var value: JSONValue
    }

    /// A text, or `null` when it is not known.
    static func text(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    static func date(_ date: PartialDate?) -> JSONValue { text(date?.description) }
    static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(members.map { Member(key: $0.key, value: $0.value) })
    }

    /// RFC 8259 text, indented by two spaces per level for people who open the file.
    var pretty: String {
        var output = ""
        write(to: &output, pretty: true, inScript: false, depth: 0)
        return output
    }

    /// Compact, with `<`, `>` and `&` written as `\u003c`…, so that it can stand inside a
    /// page's `<script>` element as it is: no text in it can close the element.
    var forScript: String {
        var output = ""
        write(to: &output, pretty: false, inScript: true, depth: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, inScript: Bool, depth: Int) {
        func newline(_ depth: Int) {
            guard pretty else { return }
            output += "\n" + String(repeating: "  ", count: depth)
        }
        switch self {
        case .string(let text): Self.writeString(text, to: &output, inScript: inScript)
        case .int(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                newline(depth + 1)
                item.write(to: &output, pretty: pretty, inScript: inScript, depth: depth + 1)
            }
            newline(depth)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                newline(depth + 1)
                Self.writeString(member.key, to: &output, inScript: inScript)
                output += pretty ? ": " : ":"
                member.value.write(to: &output, pretty: pretty, inScript: inScript, depth: depth + 1)
            }
            newline(depth)
            output += "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String, inScript: Bool) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<" where inScript: output += "\\u003c"
            case ">" where inScript: output += "\\u003e"
            case "&" where inScript: output += "\\u0026"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
