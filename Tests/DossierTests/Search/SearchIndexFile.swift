import Foundation

/// One file of a search index read back: its name and the data it registers.
struct SearchIndexFile {
    let name: String
    let data: Any

    /// `DossierSearch.register("name",{…});` with its JSON parsed.
    init(_ bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        let prefix = "DossierSearch.register(\""
        let suffix = ");\n"
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), let quote = text.dropFirst(prefix.count).firstIndex(of: "\"") else {
            throw Malformed(text: String(text.prefix(80)))
        }
        name = String(text[text.index(text.startIndex, offsetBy: prefix.count)..<quote])
        let json = text[text.index(after: quote)..<text.index(text.endIndex, offsetBy: -suffix.count)].dropFirst()
        data = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    }

    struct Malformed: Error {
        let text: String
    }

    /// Every string in the data, keys of objects included.
    var strings: [String] { Self.strings(in: data) }

    private static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let list as [Any]: list.flatMap(strings)
        case let object as [String: Any]: object.keys.map { $0 } + object.values.flatMap(strings)
        default: []
        }
    }
}
