/// A table as RFC 4180 writes it: a header row, CRLF after every row, and a field in double
/// quotes (with its quotes doubled) when it holds a comma, a quote or a line break. UTF-8,
/// without a byte order mark.
struct CSVTable {
    let header: [String]
    private(set) var text: String

    init(header: [String]) {
        self.header = header
        text = ""
        append(header)
    }

    mutating func append(_ row: [String]) {
        text += row.map(Self.field).joined(separator: ",") + "\r\n"
    }

    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
