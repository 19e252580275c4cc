/// Field types the content model shares across kinds of file.
extension FieldReader {
    /// One of a fixed set of words (`status`, `kind`), with the closest one suggested.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> Choice?
    where Choice.RawValue == String {
        guard let node = value(key, required: required), let text = text(node, key) else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        let normalized = text.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        let suggestion = Choice(rawValue: normalized)?.rawValue ?? Suggestion.closest(to: text, among: allowed)
        source.error(
            node, "unknown \(key) '\(text)'",
            fix: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "allowed: \(allowed.joined(separator: ", "))")
        return nil
    }

    /// A link: an absolute http(s) URL or a path of this site (`/cases/x/`). Anything else,
    /// `javascript:` above all, is refused.
    func link(_ key: String) -> String? {
        guard let node = value(key) else { return nil }
        return link(node, key)
    }

    /// A path of the site is a path: browsers read `\\` as `/` and drop tabs, so `/\\host/`
    /// and `/<tab>/host/` would lead to another host.
    func link(_ node: YAMLNode, _ what: String) -> String? {
        guard let text = text(node, what)?.trimmingSpaces else { return nil }
        let lowered = text.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:")
            || (text.hasPrefix("/") && !text.hasPrefix("//") && !text.contains("\\"))
        {
            if !Self.hasWhitespace(text) { return text }
        }
        let fix =
            if lowered.hasPrefix("www.") { "write 'https://\(text)'" } else if text.hasPrefix("/"), text.contains("\\") {
                "a path of this site is written with '/' only, like '/cases/name/'"
            } else if Self.hasWhitespace(text) { "write the address without spaces or tabs; a space is written %20" } else {
                nil as String?
            }
        source.error(node, "'\(what)' must be a web address starting with https:// (or a path of this site starting with /), not '\(text)'", fix: fix)
        return nil
    }

    /// Whether `text` has a space, a tab or another white space character. An address is
    /// nearly always ASCII, whose bytes tell it without breaking the text into characters.
    private static func hasWhitespace(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(where: \.isWhitespace) }
        return text.utf8.contains { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }
    }

    /// A link field with the place it is written, for the link check, which checks a path of
    /// the site written in a field (`url`, `source`) as it does one in a body.
    func locatedLink(_ key: String) -> BodyLink? {
        guard let node = value(key), let text = link(node, key) else { return nil }
        return BodyLink(destination: text, location: source.location(of: node))
    }

    /// Whether `path`, the value of `node`, names a file under `/static/` (`/static/images/x.jpg`)
    /// and nothing outside it; reported at `node` when not.
    func isStaticFile(_ path: String, at node: YAMLNode, _ what: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/static/"), !segments.contains(where: { $0 == ".." || $0 == "." }), !path.hasSuffix("/") { return true }
        source.error(
            node, "'\(what)' must be a file under /static/, like '/static/images/name.jpg', not '\(path)'",
            fix:
                "put the picture in content/static/images/ and write its path from /static/; pictures from other websites are not loaded, to protect visitors"
        )
        return false
    }

    /// A name that is also part of a URL (`/countries/<slug>/`, `/tags/<slug>/`): it needs
    /// letters a slug can be made of.
    func urlName(_ key: String, required: Bool = false) -> String? {
        value(key, required: required).flatMap { urlName($0, key) }
    }

    func urlName(_ node: YAMLNode, _ what: String) -> String? {
        guard !node.isEmptyValue, let text = text(node, what) else { return nil }
        if Transliteration.slug(for: text) == nil {
            source.error(
                node, "'\(name(what))' is '\(text)', which has no letters or digits to make its page's URL from",
                fix: "write it with Latin or Cyrillic letters, like 'China (中国)'")
        }
        return text
    }

    /// Old URLs of this page that must keep working: site paths like `/cases/old-name/`.
    func aliases() -> [Alias] {
        list("aliases").compactMap { item in
            guard let text = text(item.node, item.context)?.trimmingSpaces else { return nil }
            let segments = text.split(separator: "/", omittingEmptySubsequences: false)
            guard text.hasPrefix("/"), text.count > 1, !text.contains("//"), !text.contains("?"), !text.contains("#"),
                !segments.contains(where: { $0 == ".." || $0 == "." })
            else {
                source.error(
                    item.node, "'\(item.context)' must be a path of this site like '/cases/old-name/', not '\(text)'",
                    fix: "write the old URL without the domain, starting and ending with '/'")
                return nil
            }
            let path = text.hasSuffix("/") || text.hasSuffix(".html") ? text : text + "/"
            return Alias(path: path, location: source.location(of: item.node))
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
