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

        fileprivate func write(to output: inout [UInt8], pretty: Bool, inScript: Bool, depth: Int) {
            Self.writeKey(key, to: &output, pretty: pretty, inScript: inScript)
            value.write(to: &output, pretty: pretty, inScript: inScript, depth: depth)
        }

        fileprivate static func writeKey(_ key: String, to output: inout [UInt8], pretty: Bool, inScript: Bool) {
            JSONValue.writeString(key, to: &output, inScript: inScript)
            output.append(contentsOf: (pretty ? ": " : ":").utf8)
        }
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

    /// `members` as a pretty object whose last member, `key`, is an array of `count` items,
    /// each made by `item` just before it is written, handed to `write` in pieces of about
    /// `piece` bytes. A data file of 10,000 records is so never whole in memory: two such
    /// files of 24 MB, made side by side at the start of the writing, were the peak of a
    /// large build.
    static func writePretty(
        _ members: [Member], then key: String, count: Int, piece: Int = 1 << 16, item: (Int) -> JSONValue,
        to write: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        var pieces = PieceBuffer(size: piece)
        try writeContainer(open: "{", close: "}", count: members.count + 1, to: &pieces.bytes, pretty: true, depth: 0) { index, output in
            guard index == members.count else {
                members[index].write(to: &output, pretty: true, inScript: false, depth: 1)
                return
            }
            Member.writeKey(key, to: &output, pretty: true, inScript: false)
            try writeContainer(open: "[", close: "]", count: count, to: &output, pretty: true, depth: 1) { index, output in
                item(index).write(to: &output, pretty: true, inScript: false, depth: 2)
                try PieceBuffer.handOn(&output, ifAtLeast: piece, to: write)
            }
        }
        pieces.bytes.append(UInt8(ascii: "\n"))
        try pieces.handOn(to: write)
    }

    /// Compact, with `<`, `>` and `&` written as `\u003c`…, so that it can stand inside a
    /// page's `<script>` element as it is: no text in it can close the element.
    var forScript: String {
        var output: [UInt8] = []
        write(to: &output, pretty: false, inScript: true, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Written as UTF-8 bytes, and text in runs: `cases.json` holds every story of the site,
    /// and appending it scalar by scalar to a `String` was a fifth of a build.
    private func write(to output: inout [UInt8], pretty: Bool, inScript: Bool, depth: Int) {
        switch self {
        case .string(let text): Self.writeString(text, to: &output, inScript: inScript)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let items):
            Self.writeContainer(open: "[", close: "]", count: items.count, to: &output, pretty: pretty, depth: depth) { index, output in
                items[index].write(to: &output, pretty: pretty, inScript: inScript, depth: depth + 1)
            }
        case .object(let members):
            Self.writeContainer(open: "{", close: "}", count: members.count, to: &output, pretty: pretty, depth: depth) { index, output in
                members[index].write(to: &output, pretty: pretty, inScript: inScript, depth: depth + 1)
            }
        }
    }

    /// The brackets, commas and indentation of an array or object; `element` writes each
    /// item in place. Empty, it is `[]` or `{}` on one line.
    private static func writeContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, to output: inout [UInt8],
        pretty: Bool, depth: Int, element: (Int, inout [UInt8]) throws -> Void
    ) rethrows {
        func newline(_ depth: Int) {
            guard pretty else { return }
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        output.append(UInt8(ascii: open))
        guard count > 0 else {
            output.append(UInt8(ascii: close))
            return
        }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            newline(depth + 1)
            try element(index, &output)
        }
        newline(depth)
        output.append(UInt8(ascii: close))
    }

    fileprivate static func writeString(_ text: String, to output: inout [UInt8], inScript: Bool) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes of a story need nothing: the table says which may, and only those
                // are looked at closely.
                guard mayNeedEscape[Int(byte)] else {
                    index += 1
                    continue
                }
                let escape: String?
                var length = 1
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
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0xA8...0xA9).contains(bytes[index + 2]):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: escape.utf8)
                index += length
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The bytes `writeString` may have to escape: controls, `"`, `\\`, `<`, `>`, `&`, and the
    /// first byte of U+2028 and U+2029.
    private static let mayNeedEscape: [Bool] = (0...255).map { byte in
        byte < 0x20 || [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xE2].contains(byte)
    }
}
