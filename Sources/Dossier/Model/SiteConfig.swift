/// The settings of `content/site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    /// The address the site is built for: site.yaml's `base_url`, or `--base-url`'s.
    public var baseURL: BaseURL
    /// site.yaml's `base_url`, also under `--base-url`: links written with it lead into the site.
    public var writtenBaseURL: BaseURL?
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
    /// Where the same site is also published, for readers who cannot reach `baseURL`.
    public var mirrors: [Mirror] = []
    /// Where the build publishes a ZIP of the whole site that reads from disk, named after
    /// the site's title in its main language (`download/free-central-asian-journalists-offline.zip`);
    /// `nil` with `offline_copy: false`.
    public var offlineCopyPath: String?
    /// The links of its fields, for the link check: `licence_url` may be a page of the site.
    var links: [BodyLink] = []
    /// The picture link previews show for a page without one of its own (`share_image:`);
    /// the theme's when `nil`.
    public var shareImage: ShareImage?

    /// The offline copy's path for a site of this title.
    static func offlineCopyPath(title: String) -> String {
        "download/\(Transliteration.slug(for: title)?.rawValue ?? "site")-offline.zip"
    }

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

/// An address where the same site is also published: another host, a sub-folder, an onion
/// service (whose address Tor Browser is told), always ending in `/`.
public struct Mirror: Sendable, Hashable {
    public var url: String
    public var isOnion: Bool
}

/// site.yaml's `share_image`: a picture of `content/static/`, published cleaned like every
/// other, that link previews show for every page but a case's with a photo.
public struct ShareImage: Sendable, Hashable {
    /// As written, from the site's root: `/static/images/campaign.jpg`.
    public var path: String
    /// `share_image_alt`: what it shows, for people who cannot see it.
    public var alt: String?
    /// Where site.yaml names it, to report a problem with the picture there.
    public var location: SourceLocation
}

/// A licence by name ("CC BY 4.0"), with the address of its text when given.
public struct Licence: Sendable, Hashable {
    public var name: String
    public var url: LinkTarget?
}

/// The absolute URL a site is published at, always ending in `/`.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// `https://example.org/campaign/`
    public let absolute: String
    /// The path part, `/campaign/`.
    public let path: String
    /// `example.org`, `example.org:8080`.
    public let host: String

    /// `nil` unless `text` is an absolute http(s) URL without query or fragment.
    public init?(_ text: String) {
        var text = text.trimmingCharacters(in: " ")
        let schemes = ["https://", "http://"]
        guard let scheme = schemes.first(where: { text.lowercased().hasPrefix($0) }) else { return nil }
        let rest = text.dropFirst(scheme.count)
        guard !rest.isEmpty, !rest.contains("?"), !rest.contains("#"), !rest.contains(" "),
            rest.first != "/"
        else { return nil }
        if !text.hasSuffix("/") { text += "/" }
        let afterScheme = text.dropFirst(scheme.count)
        let host = afterScheme.prefix { $0 != "/" }
        absolute = text
        self.host = String(host)
        path = String(afterScheme.dropFirst(host.count))
    }

    public var description: String { absolute }

    /// The full address of a path from the site's root (`cases/x/`).
    public func absolute(_ sitePath: String) -> String {
        absolute + sitePath
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
