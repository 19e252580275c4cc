import Foundation
import Testing

/// Every link the built site writes leads somewhere: each `href` and `src` within the site
/// names a file of the output, and each `#fragment` an id of the page it points to.
@Suite struct SiteLinkTests {
    /// In the bilingual site, the language switcher's links are among those followed, and
    /// every `hreflang` alternate (an absolute address) must lead to a page of the site too.
    @Test(arguments: ["campaign", "bilingual"])
    func everyLinkOfTheBuiltSiteLeadsToAFileAndAnAnchor(_ fixture: String) throws {
        let (scratch, output) = try builtCopy(of: fixture)
        defer { scratch.remove() }
        let files = FolderSnapshot(output).files
        func ids(in path: String) -> Set<String> {
            let html = String(decoding: files[path] ?? Data(), as: UTF8.self)
            return Set(html.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) })
        }
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: /\s(?:href|src)="([^"]*)"/) {
                let link = String(match.output.1)
                if link.hasPrefix("https://") || link.hasPrefix("http://") || link.hasPrefix("mailto:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target: String
                if parts[0].isEmpty {
                    target = path
                } else {
                    #expect(parts[0].hasPrefix("/"), "\(path) links to \(link), which is relative")
                    let file = String(parts[0].dropFirst())
                    target = file.isEmpty || file.hasSuffix("/") ? file + "index.html" : file
                    #expect(files[target] != nil, "\(path) links to \(link), which leads to no file")
                }
                if parts.count == 2, target.hasSuffix(".html") {
                    #expect(ids(in: target).contains(String(parts[1])), "\(path) links to \(link), which has no such anchor")
                }
                checked += 1
            }
            for match in html.matches(of: /hreflang="[^"]+" href="https:\/\/[^\/"]+\/([^"]*)"/) {
                let file = String(match.output.1)
                let target = file.isEmpty || file.hasSuffix("/") ? file + "index.html" : file
                #expect(files[target] != nil, "\(path) declares a version at /\(file), which leads to no file")
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
