import Dossier
import Foundation
import Testing

/// Whatever under `content/` or `templates/` cannot be read stops the build with an error
/// naming it and why, and the published site stays exactly as it was: a build that went on
/// would publish less than the content holds and take pages off the live site.
@Suite struct UnreadableContentTests {
    /// A built copy of the campaign fixture, `change` applied to it, then built again: the
    /// second build's errors, and whether it left the first build's output as it was.
    private func rebuild(after change: (URL) throws -> Void) throws -> (errors: [String], unchanged: Bool) {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let before = FolderSnapshot(output)
        try change(scratch.url)
        let (report, _) = build(scratch.url)
        let errors = report.diagnostics.filter { $0.severity == .error }.map { printed([$0]).trimmingCharacters(in: .newlines) }
        return (errors, FolderSnapshot(output) == before)
    }

    @Test func aNamedPipeIsNotReadAndStopsTheBuild() throws {
        let (errors, unchanged) = try rebuild { site in
            #expect(mkfifo(site.appending(path: "content/cases/pipe.md").path, 0o644) == 0)
        }
        #expect(
            errors == [
                "content/cases/pipe.md:1:1: error: cannot read this file: it is not a regular file but a named pipe\ncontent/cases/pipe.md:1:1: note: remove it, or replace it with the file itself"
            ])
        #expect(unchanged)
    }

    @Test func aContentFileLinkedFromOutsideTheSiteFolderIsRefused() throws {
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        try outside.write(["secret.md": "---\nname: Secret\ncountry: X\nstatus: imprisoned\n---\nNot for the site.\n"])
        let (errors, unchanged) = try rebuild { site in
            try FileManager.default.createSymbolicLink(
                atPath: site.appending(path: "content/cases/secret.md").path, withDestinationPath: outside.url.appending(path: "secret.md").path)
        }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/cases/secret.md:1:1: error: cannot follow this link: it leads outside the site folder, to ") == true)
        #expect(unchanged)
    }

    @Test func aLinkInStaticIntoTheContentIsRefused() throws {
        let (errors, unchanged) = try rebuild { site in
            try FileManager.default.createSymbolicLink(
                atPath: site.appending(path: "content/static/organizations").path, withDestinationPath: "../organizations")
        }
        #expect(
            errors == [
                "content/static/organizations:1:1: error: cannot follow this link: it leads into content/, and would publish the content's own files, private fields and all\ncontent/static/organizations:1:1: note: copy the file into content/static/ instead of linking to it"
            ])
        #expect(unchanged)
    }

    @Test func brokenAndLoopingLinksAreNamed() throws {
        let (errors, unchanged) = try rebuild { site in
            let cases = site.appending(path: "content/cases")
            try FileManager.default.createSymbolicLink(atPath: cases.appending(path: "gone.md").path, withDestinationPath: "nowhere.md")
            try FileManager.default.createSymbolicLink(atPath: cases.appending(path: "loop.md").path, withDestinationPath: "loop.md")
        }
        #expect(errors.count == 2)
        #expect(errors.contains { $0.hasPrefix("content/cases/gone.md:1:1: error: cannot follow this link: it leads to a file that does not exist") })
        #expect(errors.contains { $0.hasPrefix("content/cases/loop.md:1:1: error: cannot follow this link: it leads back to itself") })
        #expect(unchanged)
    }

    @Test func aLinkThatStaysInTheSiteFolderIsRead() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let cases = scratch.url.appending(path: "content/cases")
        let moved = scratch.url.appending(path: "shared/ana-example.md")
        try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: cases.appending(path: "ana-example.md"), to: moved)
        try FileManager.default.createSymbolicLink(
            atPath: cases.appending(path: "ana-example.md").path, withDestinationPath: "../../shared/ana-example.md")
        let before = FolderSnapshot(output)
        let (report, _) = build(scratch.url)
        #expect(report.succeeded, "\(printed(report.diagnostics))")
        #expect(FolderSnapshot(output) == before)
    }

    @Test func aTemplateThatCannotBeReadStopsTheBuild() throws {
        let (errors, unchanged) = try rebuild { site in
            let templates = site.appending(path: "templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            #expect(mkfifo(templates.appending(path: "case.mustache").path, 0o644) == 0)
        }
        #expect(
            errors == [
                "templates/case.mustache:1:1: error: cannot read this file: it is not a regular file but a named pipe\ntemplates/case.mustache:1:1: note: remove it, or replace it with the file itself"
            ])
        #expect(unchanged)
    }

    /// Permissions do not bind root, who runs CI: there the build runs as `nobody`.
    @Test func anUnreadableFolderStopsTheBuildAndUnpublishesNothing() throws {
        let scratch = try TemporaryFolder()
        defer {
            _ = chmod(scratch.url.appending(path: "content/pages").path, 0o755)
            scratch.remove()
        }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let output = scratch.url.appending(path: "public")
        try #require(
            try runDossier(["build", "--as-of", "2025-06-30", "--source", scratch.url.path, "--output", output.path], owning: scratch.url).status == 0
        )
        let before = FolderSnapshot(output)
        try #require(before.files["about/index.html"] != nil)
        #expect(chmod(scratch.url.appending(path: "content/pages").path, 0) == 0)
        let second = try runDossier(["build", "--as-of", "2025-06-30", "--source", scratch.url.path, "--output", output.path], owning: scratch.url)
        #expect(second.status == 1)
        #expect(
            second.errors.contains("content/pages:1:1: error: cannot read this folder: permission denied: the user running dossier may not read it"))
        #expect(FolderSnapshot(output) == before)
    }
}
