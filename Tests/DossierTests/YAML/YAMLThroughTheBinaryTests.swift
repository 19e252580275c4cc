import Foundation
import Testing

/// The `dossier` binary, which reads YAML through the system's libyaml (the test binary reads
/// it through the copy Yams carries), prints the goldens of the fixtures whose mistakes are
/// in the YAML itself.
@Suite struct YAMLThroughTheBinaryTests {
    @Test(arguments: ["yaml-syntax", "yaml-control-character", "yaml-comments-and-links", "front-matter"])
    func theBinaryReportsTheFixturesGolden(_ name: String) throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.invalid(name))
        let output = scratch.url.appending(path: "public")
        let run = try runDossier(
            ["build", "--as-of", "2025-06-30", "--source", scratch.url.path, "--output", output.path], owning: scratch.url)
        #expect(run.status == 1)
        let expected = try String(contentsOf: Fixtures.invalid(name).appending(path: "expected.txt"), encoding: .utf8)
        #expect(run.errors.contains(expected), "\(run.errors)")
    }
}
