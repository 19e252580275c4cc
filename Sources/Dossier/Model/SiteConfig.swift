/// The settings of `content/site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var baseURL: BaseURL
    /// A BCP 47 tag: `en`, `ru`, `kk-KZ`.
    public var language: String
    public var description: String?
    /// Raw HTML in Markdown is dropped unless the campaign opts in here.
    public var allowsUnsafeHTML: Bool
    /// The terms the open data and the pages may be reused under.
    public var licence: Licence?
    /// The other languages the site is published in, under `/<tag>/`, in the order
    /// `translations:` lists them.
    public var translations: [SiteTranslation] = []

}

/// A language of `translations:` in site.yaml: its tag (the URL prefix) and, when given,
/// the site's title and description in it.
public struct SiteTranslation: Sendable, Hashable {
    /// A lowercase language tag: `ru`, `kk`, `pt-br`.
    public var language: String
    public var title: String?
    public var description: String?
    /// Where site.yaml names it, to report a problem with the language there.
    public var location: SourceLocation
}

/// A licence by name ("CC BY 4.0"), with the address of its text when given.
public struct Licence: Sendable, Hashable {
    public var name: String
    public var url: String?
}

/// The absolute URL a site is published at, always ending in `/`.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// `https://example.org/campaign/`
    public let absolute: String
    /// The path part, `/campaign/`: every link in the site starts with it.
    public let path: String

    /// `nil` unless `text` is an absolute http(s) URL without query or fragment.
    public init?(_ text: String) {
        var text = text.trimmingCharacters(in: " ")
        let schemes = ["https://", "http://"]
        guard let scheme = schemes.first(where: { text.lowercased().hasPrefix($0) }) else { return nil }
        let rest = text.dropFirst(scheme.count)
        guard !rest.isEmpty, !rest.contains("?"), !rest.contains("#"), !rest.contains(" "),
              rest.first != "/" else { return nil }
        if !text.hasSuffix("/") { text += "/" }
        let afterScheme = text.dropFirst(scheme.count)
        let host = afterScheme.prefix { $0 != "/" }
        absolute = text
        path = String(afterScheme.dropFirst(host.count))
    }

    public var description: String { absolute }

    /// The absolute URL of a site path that starts with `path`.
    public func absolute(_ sitePath: String) -> String {
        absolute + sitePath.dropFirst(path.count)
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var result = Substring(self)
        while result.first == set { result = result.dropFirst() }
        while result.last == set { result = result.dropLast() }
        return String(result)
    }
}
