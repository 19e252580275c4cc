import Foundation

/// Where each picture is used: the `photo:` lines of cases, the links and images of bodies
/// and site.yaml's `share_image:`, by the site path they name (`/static/images/x.jpg`). A
/// problem with a picture is reported at each line that uses it, since that is where a
/// volunteer looks.
struct ImageUses: Sendable {
    private(set) var photos: [String: [SourceLocation]] = [:]
    private(set) var links: [String: [SourceLocation]] = [:]

    init(_ content: ParsedContent) {
        let site = SiteAddresses(content.config)
        for index in content.cases.indices {
            if let photo = content.cases[index].photo { photos[photo.path, default: []].append(photo.location) }
        }
        // The share image is published as any picture of `static/` is: one more line using it.
        if let image = content.config?.shareImage { links[image.path, default: []].append(image.location) }
        for entry in content.values.entries {
            for link in entry.bodyLinks {
                guard let path = Self.sitePath(of: link.destination, site: site) else { continue }
                links[path, default: []].append(link.location)
            }
        }
    }

    /// Every line that uses the picture at `path`, photos first.
    func locations(of path: String) -> [SourceLocation] {
        (photos[path] ?? []) + (links[path] ?? [])
    }

    /// `/static/…` for a destination inside the site's static files, else `nil`.
    private static func sitePath(of destination: String, site: SiteAddresses) -> String? {
        // Most links of a large site lead to its pages or elsewhere: only one that names
        // `static/` is read as an address.
        guard destination.utf8.contains(UInt8(ascii: "/")), destination.containsUTF8("static/"),
            let link = site.siteLink(destination), link.path.hasPrefix("static/")
        else { return nil }
        let path = "/" + link.path
        return path.removingPercentEncoding ?? path
    }
}
