import Foundation

/// Where the test fixtures are: beside this file, found from `#filePath` so that tests run
/// from any working folder.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures", directoryHint: .isDirectory)

    static func site(_ name: String) -> URL { root.appending(path: "sites/\(name)", directoryHint: .isDirectory) }
    static func invalid(_ name: String) -> URL { root.appending(path: "invalid/\(name)", directoryHint: .isDirectory) }

    static func invalidCases() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: "invalid").path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Set `DOSSIER_RECORD=1` to rewrite golden files from the current output. Recording
    /// fails the run, so a missing or stale golden never passes silently.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" }
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "dossier-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Writes `files` (path → text) below the folder, creating folders as needed.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let file = url.appending(path: path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    /// Copies a fixture's `content/` (and `templates/`, if any) into this folder.
    func copySite(from fixture: URL) throws {
        for part in ["content", "templates"] {
            let source = fixture.appending(path: part)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: url.appending(path: part))
            }
        }
    }
}
