import Foundation
import Testing
import ZIPFoundation

/// The same output works wherever it is published: at a host's root, in a folder of a host (a
/// mirror, an IPFS gateway), and as the offline copy unpacked and opened from disk. Every link
/// of every page is followed from each, as a browser resolves it.
@Suite struct ReachTests {
    @Test(arguments: ["campaign", "photos", "bilingual"])
    func everyLinkWorksAtTheRootInAFolderAndFromDisk(_ fixture: String) throws {
        let (scratch, output) = try builtCopy(of: fixture)
        defer { scratch.remove() }
        let files = FolderSnapshot(output).files
        let pages = Set(files.keys.filter { $0.hasSuffix(".html") })
        for mount in ["http://example.test/", "http://example.test/mirror/deep/"] {
            let report = SiteCrawler(mount: URL(string: mount)!, files: files).crawl()
            #expect(report.broken == [], "from \(mount)")
            #expect(report.pages.contains("cases/index.html") && report.pages.count > pages.count / 2, "from \(mount)")
            #expect(report.followed["href", default: 0] > 100)
        }
        // The offline copy, unpacked.
        let unpacked = scratch.url.appending(path: "unpacked", directoryHint: .isDirectory)
        let zip = try #require(files.keys.first { $0.hasPrefix("download/") && $0.hasSuffix(".zip") })
        try FileManager.default.unzipItem(at: output.appending(path: zip), to: unpacked)
        let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: unpacked.path).first)
        let copy = unpacked.appending(path: folder, directoryHint: .isDirectory)
        let copied = FolderSnapshot(copy).files
        let report = SiteCrawler(mount: copy, files: copied).crawl()
        #expect(report.broken == [], "from disk")
        #expect(report.pages.contains("cases/index.html"))
        // Every page of the site is in the copy, and the copy holds nothing else but itself.
        #expect(Set(copied.keys) == Set(files.keys.filter { !$0.hasPrefix("download/") && !$0.hasPrefix(".") }))
        if fixture == "photos" { #expect(report.followed["srcset", default: 0] > 0) }
    }

    /// The pages of the offline copy differ from the published ones only in naming files.
    @Test func theOfflineCopyNamesIndexFilesAndLinksToItselfAtTheSite() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let unpacked = scratch.url.appending(path: "unpacked", directoryHint: .isDirectory)
        try FileManager.default.unzipItem(at: output.appending(path: "download/free-the-fictional-five-offline.zip"), to: unpacked)
        let page = try String(
            contentsOf: unpacked.appending(path: "free-the-fictional-five-offline/cases/ana-example/index.html"),
            encoding: .utf8)
        #expect(page.contains(#"href="../../cases/index.html""#))
        #expect(page.contains(#"href="../../assets/dossier.css""#))
        #expect(page.contains(#"href="https://campaign.example.org/download/free-the-fictional-five-offline.zip""#))
        let published = try String(contentsOf: output.appending(path: "cases/ana-example/index.html"), encoding: .utf8)
        #expect(published.contains(#"href="../../cases/""#))
        #expect(published.contains(#"href="../../download/free-the-fictional-five-offline.zip""#))
    }
}
