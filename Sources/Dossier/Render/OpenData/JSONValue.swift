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

    /// RFC 8259 text as UTF-8, indented by two spaces per level for people who open the
    /// file, and ending in a line break.
    var prettyBytes: [UInt8] {
        var output: [UInt8] = []
        write(to: &output, pretty: true, inScript: false, depth: 0)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// Compact, with `<`, `>` and `&` written as `\u003c`…, so that it can stand inside a
    /// page's `<script>` element as it is: no text in it can close the element.
    var forScript: String { serialized(pretty: false, inScript: true) }

    private func serialized(pretty: Bool, inScript: Bool) -> String {
        var output: [UInt8] = []
        write(to: &output, pretty: pretty, inScript: inScript, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Written as UTF-8 bytes, and text in runs: `cases.json` holds every story of the site,
    /// and appending it scalar by scalar to a `String` was a fifth of a build.

    private func write(to output: inout [UInt8], pretty: Bool, inScript: Bool, depth: Int) {
        func newline(_ depth: Int) {
            guard pretty else { return }
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        switch self {
        case .string(let text): Self.writeString(text, to: &output, inScript: inScript)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let items):
            guard !items.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                item.write(to: &output, pretty: pretty, inScript: inScript, depth: depth + 1)
            }
            newline(depth)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                Self.writeString(member.key, to: &output, inScript: inScript)
                output.append(contentsOf: (pretty ? ": " : ":").utf8)
                member.value.write(to: &output, pretty: pretty, inScript: inScript, depth: depth + 1)
            }
            newline(depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ text: String, to output: inout [UInt8], inScript: Bool) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for (index, byte) in bytes.enumerated() {
                let escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0..<0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                case UInt8(ascii: "<") where inScript: escape = "\\u003c"
                case UInt8(ascii: ">") where inScript: escape = "\\u003e"
                case UInt8(ascii: "&") where inScript: escape = "\\u0026"
                // U+2028 and U+2029 (E2 80 A8/A9) end a line in JavaScript, though not in JSON.
                case 0xA8...0xA9 where index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80:
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<(index - 2)]))
                    output.append(contentsOf: (byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    runStart = index + 1
                    continue
                default: escape = nil
                }
                guard let escape else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: escape.utf8)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
