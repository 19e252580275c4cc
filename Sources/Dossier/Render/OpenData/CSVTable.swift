/// A table as RFC 4180 writes it: a header row, CRLF after every row, and a field in double
/// quotes (with its quotes doubled) when it holds a comma, a quote or a line break. UTF-8,
/// without a byte order mark.
///
/// A field that a spreadsheet would take for a formula (one that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return) gets a `'` in front, in double quotes, as OWASP advises
/// against CSV injection: a name like `=HYPERLINK(…)` written by a hostile contributor must
/// reach a journalist's spreadsheet as text, never run there. The data page says so.
///
/// Written row by row into a `PieceBuffer`, so that a large site's table is never whole in
/// memory.
enum CSVTable {
    static func append(_ row: [String], to buffer: inout PieceBuffer) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.append(",") }
            buffer.append(field(value))
        }
        buffer.append("\r\n")
    }

    static func field(_ value: String) -> String {
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) {
            return "\"'" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        // Read as bytes: a large site's table has a quarter of a million fields.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
