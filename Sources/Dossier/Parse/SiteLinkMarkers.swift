import Foundation

/// How a body's links into the site come out of cmark as `SiteLink`s: before cmark writes its
/// HTML, the site's own address in each such link is replaced by a marker that no link or raw
/// HTML of the body has; after, each attribute value that starts with the marker is a piece of
/// its own. cmark still writes every link (and escapes it), so nothing of its HTML is
/// rewritten by hand; only the site's address is cut off, for each page to write its own way.
struct SiteLinkMarkers {
    let site: SiteAddresses
    /// `dossier-link-`, lengthened until no destination or raw HTML of the body has it.
    let marker: String

    init(site: SiteAddresses, destinations: [String], rawHTML: [String]) {
        self.site = site
        var marker = "dossier-link-"
        while destinations.contains(where: { $0.hasPrefix(marker) }) || rawHTML.contains(where: { $0.contains(marker) }) {
            marker += "x-"
        }
        self.marker = marker
    }

    /// The destination to give cmark in place of `destination`, or `nil` when it leads
    /// elsewhere: the marker, which of the site's addresses it was written with (`r` for
    /// the root, `0`, `1` for a full one), and the rest.
    func marked(_ destination: String) -> String? {
        guard let link = site.siteLink(destination) else { return nil }
        let written = link.base.flatMap { site.bases.firstIndex(of: $0) }.map(String.init) ?? "r"
        return marker + written + "-" + link.path + link.suffix
    }

    /// Raw HTML (a campaign's own, with `unsafe_html: true`) with each `href`, `src` and `action` that
    /// leads into the site marked the same way; `nil` when it has none.
    func marked(rawHTML html: String) -> String? {
        var result = ""
        var rest = Substring(html)
        var changed = false
        while let range = Self.nextAttribute(in: rest) {
            result += rest[..<range.lowerBound]
            let value = rest[range]
            if let marked = marked(String(value)) {
                result += marked
                changed = true
            } else {
                result += value
            }
            rest = rest[range.upperBound...]
        }
        return changed ? result + rest : nil
    }

    /// The HTML cmark wrote, cut into text and the links it marked.
    func body(from html: String) -> BodyHTML {
        var pieces: [BodyHTML.Piece] = []
        var rest = Substring(html)
        while let start = Self.range(of: marker, in: rest) {
            let before = rest[..<start.lowerBound]
            // Only an attribute's value: cmark writes a quote in text as `&quot;`.
            guard before.hasSuffix("=\"") || before.hasSuffix("='") else {
                pieces.append(.html(String(rest[..<start.upperBound])))
                rest = rest[start.upperBound...]
                continue
            }
            if !before.isEmpty { pieces.append(.html(String(before))) }
            let value = rest[start.upperBound...].prefix { !Self.endsValue($0) }
            let written = value.prefix { $0 != "-" }
            let base = Int(written).flatMap { site.bases.indices.contains($0) ? site.bases[$0] : nil }
            pieces.append(.link(SiteAddresses.link(value.dropFirst(written.count + 1), base: base)))
            rest = rest[value.endIndex...]
        }
        if !rest.isEmpty { pieces.append(.html(String(rest))) }
        return BodyHTML(merging: pieces)
    }

    /// Whether `character` ends an attribute's value: a quote, the tag's end, or white space.
    /// An ASCII character is told by its byte, not by Unicode's properties, which were a
    /// quarter of the time a body's links took to be cut out.
    private static func endsValue(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isWhitespace }
        switch ascii {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">"), UInt8(ascii: " "), 0x09...0x0D: return true
        default: return false
        }
    }

    /// Where `marker` first is in `text`, searched as bytes: not by Foundation, which compares
    /// by locale and was a fifth of the parse of a large site, and not letter by letter,
    /// which was still a tenth. The search is anchored on the marker's `-`, rarer in a story
    /// than its first letter.
    private static func range(of marker: String, in text: Substring) -> Range<Substring.Index>? {
        let needle = Array(marker.utf8)
        let anchor = needle.firstIndex(of: UInt8(ascii: "-")) ?? 0
        let searched: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            needle.withUnsafeBufferPointer { bytes.firstOffset(of: $0, anchor: anchor) }
        }
        guard let offset = searched ?? Self.offset(of: marker, inCopyOf: text) else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: needle.count)
    }

    /// A substring that is not contiguous (of a bridged string; a native one always is) is
    /// searched in a native copy.
    private static func offset(of marker: String, inCopyOf text: Substring) -> Int? {
        let copy = Substring(String(text))
        return range(of: marker, in: copy).map { copy.utf8.distance(from: copy.utf8.startIndex, to: $0.lowerBound) }
    }

    /// The range of the next `href` or `src` attribute's value in raw HTML.
    private static func nextAttribute(in html: Substring) -> Range<Substring.Index>? {
        var search = html[...]
        while let equals = search.firstIndex(of: "=") {
            let name = search[..<equals].reversed().prefix { $0.isLetter }.reversed()
            let lowered = String(name).lowercased()
            var start = search.index(after: equals)
            if ["href", "src", "action"].contains(lowered), start < search.endIndex {
                let quote = search[start]
                if quote == "\"" || quote == "'" { start = search.index(after: start) }
                let end =
                    search[start...].firstIndex { quote == "\"" || quote == "'" ? $0 == quote : ($0.isWhitespace || $0 == ">") }
                    ?? search.endIndex
                return start..<end
            }
            search = search[start...]
        }
        return nil
    }
}

extension BodyHTML {
    /// The pieces, with neighbouring text pieces joined.
    init(merging pieces: [Piece]) {
        var merged: [Piece] = []
        // A run of text is gathered apart: each append to the array's last piece would copy
        // the whole run, quadratic in the links of a long story.
        var run = ""
        for piece in pieces {
            switch piece {
            case .html(let text):
                run += text
            case .link:
                if !run.isEmpty { merged.append(.html(run)) }
                run = ""
                merged.append(piece)
            }
        }
        if !run.isEmpty { merged.append(.html(run)) }
        self.init(merged)
    }
}
