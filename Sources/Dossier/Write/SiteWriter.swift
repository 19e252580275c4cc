import Foundation

/// Writes a finished site so that readers never see half of it: everything goes into a
/// staging folder beside the output, and only when all of it is written does the staging
/// folder take the output's place. A failure leaves the last good site exactly as it was.
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public func write(_ files: [OutputFile]) throws {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try create(parent)
        removeLeftovers(in: parent)
        let staging = parent.appending(path: ".\(output.lastPathComponent).dossier-staging-\(getpid())")
        do {
            try writeAll(files, into: staging)
            if fileManager.fileExists(atPath: output.path) {
                let previous = parent.appending(path: ".\(output.lastPathComponent).dossier-previous-\(getpid())")
                try fileManager.moveItem(at: output, to: previous)
                do {
                    try fileManager.moveItem(at: staging, to: output)
                } catch {
                    try? fileManager.moveItem(at: previous, to: output)
                    throw error
                }
                try? fileManager.removeItem(at: previous)
            } else {
                try fileManager.moveItem(at: staging, to: output)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw WriteError(description: "cannot write the site to \(output.path): \(Self.reason(error)); the previous site is unchanged")
        }
    }

    private func writeAll(_ files: [OutputFile], into staging: URL) throws {
        try create(staging)
        // Folders first, in order, so that the files can then be written on every core at once.
        var folders: Set<Substring> = [""]
        for file in files {
            let folder = file.path[..<(file.path.lastIndex(of: "/") ?? file.path.startIndex)]
            if folders.insert(folder).inserted {
                try create(staging.appending(path: String(folder), directoryHint: .isDirectory))
            }
        }
        let root = staging.path + "/"
        let failures = files.concurrentMap { file -> Error? in
            do {
                try Self.write(file.contents, to: root + file.path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        try PlainFile.write(OutputManifest.contents(listing: files.map(\.path)), to: root + OutputManifest.fileName)
    }

    private static func write(_ contents: OutputFile.Contents, to path: String) throws {
        switch contents {
        case .text(let text): try PlainFile.write(text, to: path)
        case .page(let render): try PlainFile.write(render(), to: path)
        case .data(let data): try PlainFile.write(data, to: path)
        case .copy(let source): try PlainFile.write(Data(contentsOf: source), to: path)
        }
    }

    private func create(_ folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Cleans up after a build that was killed before it finished: its staging folder goes,
    /// and a previous site it had moved aside comes back if the output is missing.
    private func removeLeftovers(in parent: URL) {
        let fileManager = FileManager.default
        let name = output.lastPathComponent
        for entry in fileManager.sortedEntries(of: parent) {
            if entry.name.hasPrefix(".\(name).dossier-previous-"), !fileManager.fileExists(atPath: output.path) {
                try? fileManager.moveItem(at: entry.url, to: output)
            } else if entry.name.hasPrefix(".\(name).dossier-staging-") || entry.name.hasPrefix(".\(name).dossier-previous-") {
                try? fileManager.removeItem(at: entry.url)
            }
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
