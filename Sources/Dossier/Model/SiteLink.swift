/// A link to a page or a file of the site itself: the path from the site's root (`cases/x/`,
/// `static/report.pdf`, `ru/`, and "" for the home page) and what follows it (`#arrest`), as
/// an `href` writes them. A page writes it relative to itself (`../../cases/x/`), so that the
/// same files work at the host's root, in a sub-folder, on a mirror and opened from disk.
public struct SiteLink: Sendable, Hashable {
    public var path: String
    public var suffix: String
    /// The site's full address the link was written with (`https://example.org/`), when it
    /// was: such a link leads into the site only if the site has the file, since a campaign at
    /// the root of an organization's host shares the host with the organization's own pages.
    public var base: String?

    public init(_ path: String, suffix: String = "", base: String? = nil) {
        self.path = path
        self.suffix = suffix
        self.base = base
    }

    /// The link as written in full, for one that leads to no file of the site.
    public var fullAddress: String? { base.map { $0 + path + suffix } }
}

/// Where a link of the content leads: to another website, or into this site.
public enum LinkTarget: Sendable, Hashable {
    /// As written: `https://…`, `mailto:…`.
    case external(String)
    case site(SiteLink)
}

extension BaseURL {
    /// The full address of a link: where it leads when nothing is there to be relative to (a
    /// data file, schema.org's `sameAs`).
    public func absolute(_ target: LinkTarget) -> String {
        switch target {
        case .external(let address): address
        case .site(let link): absolute + link.path + link.suffix
        }
    }
}
