/// Which links of the content lead into the site itself: a path from the site's root
/// (`/cases/x/`, or `/campaign/cases/x/` for a site published in a folder), or a full address
/// on the site's own `base_url`, as sources are often written. Such a link becomes a
/// `SiteLink`, which each page writes relative to itself.
struct SiteAddresses: Sendable, Hashable {
    /// The path the site is published at: `/`, `/campaign/`.
    let basePath: String
    /// The site's full addresses, lowercased: the one it is built for and, under a preview's
    /// `--base-url`, the one site.yaml gives.
    let bases: [String]

    init(_ config: SiteConfig?) {
        basePath = config?.baseURL.path ?? "/"
        bases = [config?.baseURL, config?.writtenBaseURL].compactMap { $0?.absolute.lowercased() }
    }

    /// Where a link of a field leads: into the site, or elsewhere as written.
    func target(_ link: String) -> LinkTarget {
        siteLink(link).map(LinkTarget.site) ?? .external(link)
    }

    /// The link `destination` (as written, or as cmark escaped it) makes into the site, if it leads there.
    func siteLink(_ destination: String) -> SiteLink? {
        guard let (rest, base) = pathAfterBase(destination) else { return nil }
        return Self.link(rest, base: base)
    }

    /// `cases/x/#arrest` as a link: its path, and what follows it.
    static func link(_ rest: Substring, base: String?) -> SiteLink {
        guard let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return SiteLink(String(rest), base: base) }
        return SiteLink(String(rest[..<end]), suffix: String(rest[end...]), base: base)
    }

    /// What follows the site's own address in `destination`, and the full address it was
    /// written with, if it was; `nil` when it leads elsewhere.
    private func pathAfterBase(_ destination: String) -> (Substring, base: String?)? {
        if destination.hasPrefix("/") {
            // `//host/` and `/\host/` are other hosts, as browsers read them.
            guard !destination.hasPrefix("//"), !destination.hasPrefix("/\\") else { return nil }
            if destination.hasPrefix(basePath) { return (destination.dropFirst(basePath.count), nil) }
            return destination + "/" == basePath ? ("", nil) : nil
        }
        let lowered = destination.lowercased()
        for base in bases {
            if lowered.hasPrefix(base) { return (destination.dropFirst(base.count), base) }
            if lowered + "/" == base { return ("", base) }
        }
        return nil
    }
}
