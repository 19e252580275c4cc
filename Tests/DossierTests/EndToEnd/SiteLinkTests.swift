import Foundation
import Testing

/// Every link the built site writes leads somewhere: each link within the site, resolved as a
/// browser resolves it against its page, names a file of the output, and each `#fragment` an
/// id of the page it points to; each page of the site is reached from the home page but the
/// ones nothing links to by design (the not-found page, old addresses' redirects).
@Suite struct SiteLinkTests {
    /// In the bilingual site, the language switcher's links are among those followed, and
    /// every `hreflang` alternate (a full address) must lead to a page of the site too.
    @Test(arguments: ["campaign", "bilingual"])
    func everyLinkOfTheBuiltSiteLeadsToAFileAndAnAnchor(_ fixture: String) throws {
        let (scratch, output) = try builtCopy(of: fixture)
        defer { scratch.remove() }
        let files = FolderSnapshot(output).files
        let report = SiteCrawler(mount: URL(string: "https://campaign.example.org/")!, files: files).crawl()
        #expect(report.broken == [])
        let unreached = Set(files.keys.filter { $0.hasSuffix(".html") }).subtracting(report.pages)
        #expect(
            unreached.allSatisfy { $0.hasSuffix("404.html") || String(decoding: files[$0]!, as: UTF8.self).contains("http-equiv=\"refresh\"") },
            "\(unreached.sorted())")
        var alternates = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: /hreflang="[^"]+" href="https:\/\/[^\/"]+\/([^"]*)"/) {
                let file = String(match.output.1)
                let target = file.isEmpty || file.hasSuffix("/") ? file + "index.html" : file
                #expect(files[target] != nil, "\(path) declares a version at /\(file), which leads to no file")
                alternates += 1
            }
        }
        #expect(report.followed["href", default: 0] > 100)
        if fixture == "bilingual" { #expect(alternates > 50) }
    }
}
