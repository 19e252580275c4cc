import Dossier
import Foundation
import Testing

/// A rebuild over dossier's own output writes only what changed, and still never leaves half
/// a site.
@Suite struct RebuildTests {
    @Test func aRebuildRewritesOnlyTheFilesThatChanged() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let edited = output.appending(path: "cases/ana-example/index.html")
        let untouched = output.appending(path: "cases/bek-example/index.html")
        let (editedBefore, untouchedBefore) = (try inode(of: edited), try inode(of: untouched))

        let source = scratch.url.appending(path: "content/cases/ana-example.md")
        try (String(contentsOf: source, encoding: .utf8) + "\nA sentence added after the hearing.\n")
            .write(to: source, atomically: true, encoding: .utf8)
        let (second, _) = build(scratch.url)
        try #require(second.succeeded)

        #expect(try inode(of: untouched) == untouchedBefore)
        #expect(try inode(of: edited) != editedBefore)
        #expect(try String(contentsOf: edited, encoding: .utf8).contains("A sentence added after the hearing."))
        #expect(try leftovers(in: output).isEmpty)
    }

    /// The data files are written to disk a piece at a time, so a rebuild compares them
    /// there: a changed one is replaced, an unchanged one is left as it was.
    @Test func aRebuildReplacesOnlyTheDataFilesThatChanged() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let statements = output.appending(path: "statements.json")
        let cases = output.appending(path: "cases.json")
        let (statementsBefore, casesBefore) = (try inode(of: statements), try inode(of: cases))

        let source = scratch.url.appending(path: "content/statements/2025-01-10-free-ana.md")
        try (String(contentsOf: source, encoding: .utf8) + "\nA line added to the statement.\n")
            .write(to: source, atomically: true, encoding: .utf8)
        let (second, _) = build(scratch.url)
        try #require(second.succeeded)

        #expect(try inode(of: cases) == casesBefore)
        #expect(try inode(of: statements) != statementsBefore)
        #expect(try String(contentsOf: statements, encoding: .utf8).contains("A line added to the statement."))
        #expect(try leftovers(in: output).isEmpty)
    }

    @Test func aRebuildIsTheSameSiteAsAFirstBuild() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        try FileManager.default.removeItem(at: scratch.url.appending(path: "content/pages/about.md"))
        try scratch.write(["content/pages/contact.md": "---\ntitle: Contact\n---\nWrite to us.\n"])
        let (rebuilt, _) = build(scratch.url)
        try #require(rebuilt.succeeded)

        let fresh = scratch.url.appending(path: "fresh", directoryHint: .isDirectory)
        let (clean, _) = build(scratch.url, output: fresh)
        try #require(clean.succeeded)
        #expect(FolderSnapshot(output).differences(from: FolderSnapshot(fresh)) == [])
    }

    /// What a build killed while renaming leaves: its list of files, a temporary copy, and a
    /// new file not yet in the manifest. The next build takes them as its own and tidies up.
    @Test func aKilledUpdateIsTidiedByTheNextBuild() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let snapshot = FolderSnapshot(output)
        try write("# pending\nabout/index.html\nvanished/index.html\n", to: output.appending(path: ".dossier-pending"))
        try write("half a page", to: output.appending(path: "about/.index.html.dossier-new"))
        try write("half a manifest", to: output.appending(path: "..dossier-manifest.dossier-new"))
        try FileManager.default.createDirectory(at: output.appending(path: "vanished"), withIntermediateDirectories: true)
        try write("a page the site no longer has", to: output.appending(path: "vanished/index.html"))

        let (second, _) = build(scratch.url)
        try #require(second.succeeded)
        #expect(FolderSnapshot(output) == snapshot)
        #expect(try leftovers(in: output).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "vanished").path))
    }

    private func inode(of file: URL) throws -> UInt64 {
        try #require(FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? UInt64)
    }

    private func write(_ text: String, to file: URL) throws {
        try Data(text.utf8).write(to: file)
    }

    private func leftovers(in output: URL) throws -> [String] {
        let all = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        return all.filter { $0.hasSuffix(".dossier-new") || $0.hasSuffix(".dossier-pending") }
    }
}
