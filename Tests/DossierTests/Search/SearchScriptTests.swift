import Foundation
import Testing

/// `templates/assets/search.js`, run by `node` on `Fixtures/search/search.test.js`: the
/// script folds every pair of folding.tsv and finds the expected pages in the fixture index.
@Suite struct SearchScriptTests {
    @Test func theSearchScriptPassesItsTests() throws {
        guard let node = Self.node else {
            Issue.record("node is not installed: run scripts/install-dependencies (it installs nodejs)")
            return
        }
        let process = Process()
        process.executableURL = node
        process.arguments = [Fixtures.root.appending(path: "search/search.test.js").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let failures = printed.split(separator: "\n").filter { $0.hasPrefix("not ok") }
        #expect(process.terminationStatus == 0, "\(failures.joined(separator: "\n"))\n\n\(printed)")
    }

    /// `node` from PATH.
    static var node: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appending(path: "node") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
