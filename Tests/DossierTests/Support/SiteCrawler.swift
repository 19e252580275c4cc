import Foundation

/// Follows every link of every page of a built site as a browser resolves it, against the
/// page's own address (RFC 3986), from wherever the site is published: the host's root, a
/// folder of a host, or a copy on disk. A link into the site must name a file the site has
/// (from disk, the file itself: a folder would show a listing); a `#fragment`, an id of the
/// page it leads to.
struct SiteCrawler {
    /// Where the site is: `http://host/`, `http://host/mirror/deep/`, or `file:///…/copy/`.
    let mount: URL
    /// The site's files, by path from its root.
    let files: [String: Data]

    struct Report {
        var broken: [String] = []
        /// Links followed, by the attribute they stand in.
        var followed: [String: Int] = [:]
        var pages: Set<String> = []
    }

    /// From `index.html`, every page reached, and every link of each.
    func crawl() -> Report {
        var report = Report()
        var queue = ["index.html"]
        while let page = queue.popLast() {
            guard report.pages.insert(page).inserted, let data = files[page] else { continue }
            let html = String(decoding: data, as: UTF8.self)
            let base = mount.appending(path: page)
            // An emptied link (cmark's for `javascript:`) is the page itself.
            for (attribute, link) in Self.links(in: html) where !link.isEmpty {
                report.followed[attribute, default: 0] += 1
                guard let resolved = URL(string: link, relativeTo: base)?.absoluteURL else {
                    report.broken.append("\(page): \(link) is not an address")
                    continue
                }
                let path: String
                switch target(of: resolved) {
                case .elsewhere:
                    continue
                case .missing:
                    report.broken.append("\(page): \(link) leads to \(resolved.absoluteString), which is no file of the site")
                    continue
                case .file(let file):
                    path = file
                }
                if let fragment = resolved.fragment, !fragment.isEmpty, path.hasSuffix(".html"),
                    !Self.ids(in: String(decoding: files[path] ?? Data(), as: UTF8.self)).contains(fragment)
                {
                    report.broken.append("\(page): \(link) names no id '\(fragment)' of \(path)")
                }
                // A form leads to its page as a link does (the header's search).
                if path.hasSuffix(".html"), attribute == "href" || attribute == "action" { queue.append(path) }
            }
        }
        return report
    }

    private enum Target {
        case elsewhere
        case missing
        case file(String)
    }

    /// The site's file an address leads to. A server answers a folder's address with its
    /// `index.html`; a copy on disk does not.
    private func target(of url: URL) -> Target {
        let address = url.absoluteString.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let root = mount.absoluteString
        guard address.hasPrefix(root) || address + "/" == root else { return .elsewhere }
        var path = String(address.dropFirst(min(root.count, address.count))).removingPercentEncoding ?? ""
        if !mount.isFileURL, path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return files[path] != nil ? .file(path) : .missing
    }

    /// Every link of a page: `href`, `src`, each of `srcset`, and a refresh's `url=`.
    static func links(in html: String) -> [(String, String)] {
        var links: [(String, String)] = []
        for match in html.matches(of: /\s(href|src|srcset|action)="([^"]*)"/) {
            let attribute = String(match.output.1)
            let value = String(match.output.2)
            if attribute == "srcset" {
                for candidate in value.split(separator: ",") {
                    if let url = candidate.split(separator: " ").first { links.append((attribute, String(url))) }
                }
            } else {
                links.append((attribute, value.replacingOccurrences(of: "&amp;", with: "&")))
            }
        }
        for match in html.matches(of: /http-equiv="refresh" content="0; url=([^"]*)"/) {
            links.append(("refresh", String(match.output.1)))
        }
        return links
    }

    static func ids(in html: String) -> Set<String> {
        Set(html.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) })
    }
}
