/// What a translation of each kind of file may say, and what it may not: the spec's table.
/// The words are translated; the facts (dates, status, references, photos, addresses, URLs)
/// come only from the main file, so no language can contradict another.
enum TranslatableFields {
    /// The text fields a translation may set, besides `draft` and its body, in the order a
    /// skeleton lists them.
    static func texts(of kind: ContentKind) -> [String] {
        switch kind {
        case .case: ["name", "native_name", "country", "occupation", "sentence", "court", "facility", "photo_alt", "photo_credit"]
        case .statement: ["title", "place"]
        case .organization: ["name", "short_name"]
        case .page: ["title", "description"]
        }
    }

    /// The lists a translation may set, entry by entry: only a case has them.
    static func lists(of kind: ContentKind) -> [String] {
        kind == .case ? ["charges", "timeline", "sources"] : []
    }

    /// The main file's fields that are facts: in a translation, each is an error.
    static func facts(of kind: ContentKind) -> [String] {
        switch kind {
        case .case: ["status", "detained", "sentenced", "released", "write_to", "hashtag", "photo", "tags", "updated", "aliases", "embargo"]
        case .statement: ["date", "kind", "cases", "signatories", "source", "updated", "embargo", "aliases"]
        case .organization: ["also_known_as", "url", "country", "aliases", "embargo"]
        case .page: ["aliases", "embargo"]
        }
    }
}
