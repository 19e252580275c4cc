import Foundation
import Testing
import ZIPFoundation

@testable import Dossier

/// The offline copy: its entries and each one's SHA-256 are golden
/// (`Fixtures/sites/<name>/expected-offline.txt`), a second build makes the same bytes, and the
/// checksum beside it is the ZIP's.
@Suite struct OfflineCopyTests {
    @Test(arguments: ["campaign", "bilingual"])
    func theCopysEntriesAreTheGoldenOnes(_ name: String) throws {
        let (scratch, output) = try builtCopy(of: name)
        defer { scratch.remove() }
        let zip = try #require(
            try FileManager.default.contentsOfDirectory(atPath: output.appending(path: "download").path)
                .first { $0.hasSuffix(".zip") })
        let archive = try Archive(url: output.appending(path: "download/\(zip)"), accessMode: .read)
        var lines = ["download/\(zip)"]
        for entry in archive.sorted(by: { $0.path < $1.path }) {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            #expect(entry.fileAttributes[.posixPermissions] as? Int == 0o644, "\(entry.path)")
            lines.append("\(Raster.sha256(data))  \(entry.path)")
        }
        let actual = lines.joined(separator: "\n") + "\n"
        let golden = Fixtures.site(name).appending(path: "expected-offline.txt")
        if Fixtures.isRecording {
            try Data(actual.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); run again without DOSSIER_RECORD")
            return
        }
        #expect(actual == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func aSecondBuildMakesTheSameBytesAndTheChecksumIsTheZips() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let path = "download/free-the-fictional-five-offline.zip"
        let first = try Data(contentsOf: output.appending(path: path))
        let again = scratch.url.appending(path: "again", directoryHint: .isDirectory)
        let (report, _) = build(scratch.url, output: again)
        #expect(report.succeeded)
        #expect(try Data(contentsOf: again.appending(path: path)) == first)
        let checksum = try String(contentsOf: output.appending(path: path + ".sha256"), encoding: .utf8)
        #expect(checksum == "\(Raster.sha256(first))  free-the-fictional-five-offline.zip\n")
    }

    @Test func offlineCopyFalseLeavesItOut() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write([
            "content/site.yaml": "title: T\nbase_url: https://example.org/\noffline_copy: false\n",
            "content/pages/about.md": "---\ntitle: About\n---\nText.\n",
        ])
        let (report, output) = build(scratch.url)
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "download").path))
        let page = try String(contentsOf: output.appending(path: "about/index.html"), encoding: .utf8)
        #expect(!page.contains("download/"))
    }
}
