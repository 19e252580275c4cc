/// One page as the search index of one language knows it: what it is found by and what a
/// result shows. The renderer fills it from the resolved site; the model types have no
/// private field, so nothing private can reach it, and the index writes nothing else.
struct SearchDocument: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case `case`, statement, organization
    }

    var kind: Kind
    /// The page, from the language's root: "cases/ana-example/".
    var path: String
    /// The name or title as this language's pages show it.
    var title: String
    /// Every other spelling to find it by: native name, other languages' names, the slug,
    /// short name, `also_known_as`.
    var spellings: [String] = []
    var nativeName: String?
    var country: String?
    /// The raw status, "imprisoned".
    var status: String?
    /// The status as this language shows it, "Imprisoned".
    var statusLabel: String?
    /// "at least 516 days", as the page shows it.
    var daysText: String?
    /// A statement's date as shown.
    var dateText: String?
    /// Where the words of the full-text search come from.
    var words: Words = .text("")

    enum Words: Sendable {
        case text(String)
        /// The story or the statement's body, turned into words only when the index folds
        /// them: a large site's stories, all held as text at once, were a third of the
        /// build's peak memory.
        case body(BodyHTML)
    }

    /// About how many bytes of text the words' folding reads, without making the text: its
    /// runs are cut by it.
    var size: Int {
        var size = title.utf8.count + (nativeName?.utf8.count ?? 0) + (country?.utf8.count ?? 0)
        for spelling in spellings { size += spelling.utf8.count }
        switch words {
        case .text(let text): size += text.utf8.count
        case .body(let body): size += body.textPieceBytes
        }
        return size
    }

    /// The plain words of the story or the statement's body.
    var text: String {
        switch words {
        case .text(let text): text
        case .body(let body): SearchText.words(of: body)
        }
    }
}
