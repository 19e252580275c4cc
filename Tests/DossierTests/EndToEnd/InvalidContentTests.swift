import Dossier
import Foundation
import Testing

/// Each folder of `Fixtures/invalid/` is a site with mistakes a volunteer makes. Its build
/// must fail, print exactly `expected.txt`, and write nothing.
@Suite struct InvalidContentTests {
    @Test(arguments: Fixtures.invalidCases())
    func invalidContentIsReportedAndNothingIsWritten(_ name: String) throws {
        let fixture = Fixtures.invalid(name)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let output = scratch.url.appending(path: "public")
        let (report, _) = build(fixture, output: output)

        #expect(report.written == nil)
        #expect(report.diagnostics.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: output.path), "a failed build must not create the output")

        let golden = fixture.appending(path: "expected.txt")
        let actual = printed(report.diagnostics)
        if Fixtures.isRecording {
            try Data(actual.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); run again without DOSSIER_RECORD")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected)
    }
}
