import Dossier
import Foundation
import Testing

/// dossier refuses any output folder whose replacement would destroy someone's work.
@Suite struct OutputGuardTests {
    private func refusal(output: (URL) -> URL) throws -> String? {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        try scratch.write(["templates/page.mustache": "{{> header}}{{{body_html}}}{{> footer}}"])
        let (report, _) = build(scratch.url, output: output(scratch.url))
        #expect(report.written == nil)
        return report.diagnostics.first.map(\.message)
    }

    @Test func refusesTheSiteFolderItself() throws {
        #expect(try refusal { $0 }?.contains("holds the site's own files") == true)
    }

    @Test func refusesContentAndTemplates() throws {
        #expect(try refusal { $0.appending(path: "content") }?.contains("holds the site's own files") == true)
        #expect(try refusal { $0.appending(path: "templates") }?.contains("holds the site's own files") == true)
    }

    @Test func refusesAFolderThatContainsTheSite() throws {
        #expect(try refusal { $0.deletingLastPathComponent() }?.contains("is or contains") == true)
    }

    @Test func refusesAFolderInsideContent() throws {
        #expect(try refusal { $0.appending(path: "content/public") }?.contains("is inside") == true)
    }

    @Test func refusesAFolderWithFilesItDidNotWrite() throws {
        let message = try refusal { site in
            let output = site.appending(path: "www")
            try? FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try? Data("mine".utf8).write(to: output.appending(path: "notes.txt"))
            return output
        }
        #expect(message?.contains("holds files dossier did not write: notes.txt") == true)
    }

    @Test func acceptsAnEmptyFolderAndItsOwnPreviousOutput() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let output = scratch.url.appending(path: "public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(build(scratch.url).0.succeeded)
        #expect(build(scratch.url).0.succeeded)
        // A file slipped in by hand afterwards is not dossier's to delete.
        try Data("keep".utf8).write(to: output.appending(path: "cases/notes.txt"))
        #expect(!build(scratch.url).0.succeeded)
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "cases/notes.txt").path))
    }
}
