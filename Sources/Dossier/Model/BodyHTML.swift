/// A body as HTML, its links into the site kept apart from the text, so that each page it
/// stands on writes them relative to itself. Text pieces are HTML as cmark wrote it; a link's
/// path and suffix are written as they stand in an attribute (percent-encoded, `&amp;`).
public struct BodyHTML: Sendable, Hashable {
    public enum Piece: Sendable, Hashable {
        case html(String)
        case link(SiteLink)
    }

    public var pieces: [Piece]

    public init(_ pieces: [Piece] = []) {
        self.pieces = pieces
    }

    /// A body without links into the site.
    public init(html: String) {
        pieces = html.isEmpty ? [] : [.html(html)]
    }

    public var isEmpty: Bool { pieces.isEmpty }

    /// The bytes of its text pieces, without the links between them: at least as many as
    /// its plain text has, and about as many as reading it takes.
    var textPieceBytes: Int {
        pieces.reduce(0) { size, piece in
            if case .html(let text) = piece { size + text.utf8.count } else { size }
        }
    }

    /// The HTML with each link written by `write`.
    public func html(writingLinks write: (SiteLink) -> String) -> String {
        var html = ""
        for piece in pieces {
            switch piece {
            case .html(let text): html += text
            case .link(let link): html += write(link)
            }
        }
        return html
    }
}
