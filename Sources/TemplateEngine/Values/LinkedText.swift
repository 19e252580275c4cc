/// Text with links among it to other files of the same output: an address, a `srcset`, a
/// page's body. The renderer writes each link relative to the document it is rendering (see
/// `LinkStyle`), so one context serves documents at any depth of a site, or opened from disk.
public struct LinkedText: Sendable, Hashable {
    public enum Piece: Sendable, Hashable {
        /// Written as a value's text is: escaped by `{{name}}`, as it is by `{{{name}}}`.
        case text(String)
        /// A file by its path from the output's root (`cases/x/`, `assets/site.css`, "" for
        /// the root's own page), and what follows it (`#arrest`).
        case link(path: String, suffix: String)
        /// The way from the document to the output's root (`../../`), for a theme's own file
        /// put after it; never for a page, which a copy on disk names by its `index.html`.
        case root
    }

    public var pieces: [Piece]

    public init(_ pieces: [Piece]) {
        self.pieces = pieces
    }

    /// One link.
    public static func link(_ path: String, suffix: String = "") -> LinkedText {
        LinkedText([.link(path: path, suffix: suffix)])
    }

    public var isEmpty: Bool { pieces.isEmpty }

    /// The text with its links written in `style`, for what is not rendered by a template (a
    /// feed, a data file).
    public func string(_ style: LinkStyle) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let value): text += value
            case .link(let path, let suffix): text += style.address(path) + suffix
            case .root: text += style.prefix
            }
        }
        return text
    }
}

/// How the links of `LinkedText` are written in one document.
public struct LinkStyle: Sendable, Hashable {
    /// What goes before a link's path: `../../` in a page two folders deep, `/campaign/` in
    /// a page served at any depth (a not-found page), a site's full address in a data file.
    public var prefix: String
    /// Whether a link to a folder names its `index.html`, as a copy opened from disk needs:
    /// there, a browser shows a folder's listing for `cases/x/`.
    public var namesIndexFiles: Bool
    /// Files this copy of the output does not hold, linked at their full address instead
    /// (the offline copy does not hold itself): path → address.
    public var elsewhere: [String: String]

    public init(prefix: String, namesIndexFiles: Bool = false, elsewhere: [String: String] = [:]) {
        self.prefix = prefix
        self.namesIndexFiles = namesIndexFiles
        self.elsewhere = elsewhere
    }

    /// For a document at `path` from the output's root (`cases/x/index.html`): up one folder
    /// for each of its folders.
    public static func relative(from path: String, namesIndexFiles: Bool = false, elsewhere: [String: String] = [:]) -> LinkStyle {
        let depth = path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        return LinkStyle(prefix: String(repeating: "../", count: depth), namesIndexFiles: namesIndexFiles, elsewhere: elsewhere)
    }

    /// How this document links to the file at `path` from the output's root: `../../cases/x/`,
    /// or `../../cases/x/index.html` from disk.
    public func address(_ path: String) -> String {
        if let address = elsewhere[path] { return address }
        let address = prefix + (namesIndexFiles && (path.isEmpty || path.hasSuffix("/")) ? path + "index.html" : path)
        // The page's own folder, from a page at the root: `./` says it, where "" is easily misread.
        return address.isEmpty ? "./" : address
    }
}
