/// What a result shows of one document, as the index writes it: a compact JSON object with
/// one-letter members (docs/search.md lists them), escaped to stand inside a script.
struct SearchRecord {
    /// The record in the names files: with the spellings that add words to the title and
    /// native name, so the search can rank an exact spelling above a folded one.
    let withSpellings: [UInt8]
    /// The record in the docs files, for full-text results: no spellings.
    let withoutSpellings: [UInt8]

    init(_ document: SearchDocument) {
        var members: [JSONValue.Member] = [
            .init(key: "k", value: .string(document.kind.rawValue)),
            .init(key: "p", value: .string(document.path)),
            .init(key: "t", value: .string(document.title)),
        ]
        let optional: [(String, String?)] = [
            ("n", document.nativeName), ("c", document.country), ("s", document.status),
            ("l", document.statusLabel), ("d", document.daysText), ("a", document.dateText),
        ]
        for case (let key, let value?) in optional where !value.isEmpty {
            members.append(.init(key: key, value: .string(value)))
        }
        withoutSpellings = Array(JSONValue.object(members).forScript.utf8)
        let spellings = Self.spellingsAddingWords(to: document)
        if !spellings.isEmpty {
            members.append(.init(key: "o", value: .array(spellings.map(JSONValue.string))))
        }
        withSpellings = Array(JSONValue.object(members).forScript.utf8)
    }
}

private extension SearchRecord {
    /// The spellings with a word that the title, the native name and the spellings before
    /// do not have: a slug that repeats the title adds nothing, "Думан Мухамедкарим" does;
    /// numbers (a statement's date in its slug) are not names.
    static func spellingsAddingWords(to document: SearchDocument) -> [String] {
        var known = Set(SearchKey.words(of: document.title) + SearchKey.words(of: document.nativeName ?? ""))
        var kept: [String] = []
        for spelling in document.spellings {
            let words = SearchKey.words(of: spelling).filter { !$0.allSatisfy(\.isNumber) }
            guard !words.allSatisfy(known.contains) else { continue }
            known.formUnion(words)
            kept.append(spelling)
        }
        return kept
    }
}
