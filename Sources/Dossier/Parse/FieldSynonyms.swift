/// Other words volunteers write for a field of the content model, too far from its name for
/// a typo to explain: `website:` for an organization's `url`, `arrested:` for `detained`.
/// A synonym is suggested only where its field is one the file's kind has.
enum FieldSynonyms {
    static func field(for key: String, among known: [String]) -> String? {
        byWord[key.lowercased()]?.first(where: known.contains)
    }

    /// A word may stand for a field of one kind and another of the next: a case's `title:`
    /// is its `name`, a page's `name:` its `title`.
    private static let byWord: [String: [String]] = {
        let fields: [String: [String]] = [
            "url": ["website", "homepage", "site", "web", "link"],
            "detained": ["arrested", "arrest", "arrest_date", "date_of_arrest", "detention", "detention_date"],
            "sentenced": ["sentence_date", "convicted", "verdict", "verdict_date"],
            "released": ["release", "release_date", "freed", "liberated"],
            "facility": ["prison", "jail", "colony", "detention_centre", "detention_center", "held_at"],
            "occupation": ["job", "profession", "role", "work"],
            "country": ["nationality", "location"],
            "write_to": ["address", "postal_address", "mailing_address"],
            "photo": ["image", "picture", "portrait"],
            "photo_alt": ["alt", "alt_text", "photo_description", "image_alt"],
            "photo_credit": ["credit", "image_credit", "copyright"],
            "native_name": ["local_name", "original_name", "name_native"],
            "signatories": ["signed_by", "signers", "signatures", "organizations", "organisations"],
            "kind": ["type", "category"],
            "language": ["lang", "locale"],
            "aliases": ["redirects", "old_urls"],
            "name": ["title", "full_name"],
            "title": ["name", "headline", "heading"],
        ]
        var byWord: [String: [String]] = [:]
        for (field, words) in fields.sorted(by: { $0.key < $1.key }) {
            for word in words { byWord[word, default: []].append(field) }
        }
        return byWord
    }()
}
