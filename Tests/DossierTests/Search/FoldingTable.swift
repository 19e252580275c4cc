import Foundation

/// `Fixtures/search/folding.tsv`: the pairs (input, key) that the Swift and the JavaScript
/// folding are both held to.
struct FoldingTable {
    struct Pair {
        let line: Int
        let input: String
        let key: String
    }

    static let url = Fixtures.root.appending(path: "search/folding.tsv")

    let pairs: [Pair]

    init() throws {
        let text = try String(contentsOf: Self.url, encoding: .utf8)
        pairs = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return Pair(line: index + 1, input: Self.unescaped(String(fields[0])), key: fields.count > 1 ? String(fields[1]) : "")
        }
    }

    /// `\u0306` → the character U+0306.
    static func unescaped(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: #"\u"#), let scalar = UInt32(rest[range.upperBound...].prefix(4), radix: 16).flatMap(Unicode.Scalar.init) {
            result += rest[..<range.lowerBound]
            result.unicodeScalars.append(scalar)
            rest = rest[rest.index(range.upperBound, offsetBy: 4)...]
        }
        return result + rest
    }
}
