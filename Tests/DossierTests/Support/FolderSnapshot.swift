import Foundation

/// Every file below a folder, path → bytes: what golden tests compare.
struct FolderSnapshot: Equatable {
    var files: [String: Data]

    init(_ folder: URL) {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            let url = folder.appending(path: path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        self.files = files
    }

    /// What differs from `expected`, readably: missing and extra files, and the first changed
    /// lines of each changed file.
    func differences(from expected: FolderSnapshot) -> [String] {
        var report: [String] = []
        for path in Set(expected.files.keys).subtracting(files.keys).sorted() { report.append("missing: \(path)") }
        for path in Set(files.keys).subtracting(expected.files.keys).sorted() { report.append("unexpected: \(path)") }
        for path in Set(files.keys).intersection(expected.files.keys).sorted() where files[path] != expected.files[path] {
            report.append("changed: \(path)\n" + Self.lineDiff(expected.files[path]!, files[path]!))
        }
        return report
    }

    private static func lineDiff(_ old: Data, _ new: Data) -> String {
        let a = String(decoding: old, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: new, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(a.count, b.count) where lines.count < 12 {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < b.count ? String(b[index]) : "<end>"
            if left != right { lines += ["  line \(index + 1):", "  - \(left)", "  + \(right)"] }
        }
        return lines.joined(separator: "\n")
    }

    /// Replaces `folder` with this snapshot's files.
    func write(to folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for (path, data) in files {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}
