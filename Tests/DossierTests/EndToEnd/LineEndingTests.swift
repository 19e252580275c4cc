import Dossier
import Foundation
import Testing

/// Volunteers edit on Windows too: a byte-order mark and "\r\n" line ends must read as usual.
@Suite struct LineEndingTests {
    @Test func aFileSavedWithABOMAndWindowsLineEndsBuilds() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write([
            "content/site.yaml": "title: T\r\nbase_url: https://example.org/\r\n",
            "content/cases/ana.md": "\u{FEFF}---\r\nname: Ana\r\ncountry: Kyrgyzstan\r\nstatus: detained\r\ndetaind: 2024\r\n---\r\nHer *story*.\r\n",
        ])
        let (report, output) = build(scratch.url)
        // The unknown field is reported on its own line, as in a file with "\n" line ends.
        #expect(printed(report.diagnostics).hasPrefix("content/cases/ana.md:5:1: warning: unknown field 'detaind' is ignored"))
        let page = try String(contentsOf: output.appending(path: "cases/ana/index.html"), encoding: .utf8)
        #expect(page.contains("<em>story</em>"))
    }
}
