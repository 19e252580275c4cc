import Foundation

/// Writes a finished site so that a failure never leaves half of it.
///
/// A first build goes into a staging folder beside the output, which takes the output's place
/// once all of it is written. A rebuild over dossier's own output writes only the files whose
/// bytes changed, each first to a temporary copy beside it; only when every copy is written
/// are they renamed into place and the files the site no longer has removed. Either way a
/// failure leaves the last good site exactly as it was. (Rewriting every file of a large site
/// on each build is slow on an ordinary disk, and needlessly changes what rsync and caches see.)
public struct SiteWriter: Sendable {
    public let output: URL
    public let progress: BuildProgress.Handler?

    public init(output: URL, progress: BuildProgress.Handler? = nil) {
        self.output = output.standardizedFileURL
        self.progress = progress
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public func write(_ files: [OutputFile]) throws {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try create(parent)
        removeLeftovers(in: parent)
        defer { try? fileManager.removeItem(at: Self.workFile(for: output)) }
        if let previous = OutputManifest.read(in: output) {
            do {
                try update(to: files, from: previous)
            } catch let error as WriteError {
                throw error
            } catch {
                throw WriteError(description: "cannot write the site to \(output.path): \(Self.reason(error)); the previous site is unchanged")
            }
            return
        }
        let staging = parent.appending(path: ".\(output.lastPathComponent).dossier-staging-\(getpid())")
        do {
            try writeAll(files, into: staging)
            if fileManager.fileExists(atPath: output.path) {
                let previous = parent.appending(path: ".\(output.lastPathComponent).dossier-previous-\(getpid())")
                try fileManager.moveItem(at: output, to: previous)
                KillPoint.reached("swapping")
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
        let root = staging.path + "/"
        // Folders first, so that the files can then be written on every core at once; made
        // with mkdir itself, since FileManager's checks were most of the time, on one core.
        var created: [String] = []
        for folder in Self.folders(of: files) { try Self.makeFolders(folder, in: root, &created) }
        let counter = ProgressCounter(total: files.count, handler: progress)
        let trim = FreedMemory.Every(Self.filesBetweenTrims)
        let failures = Self.each(of: files) { file -> Error? in
            defer {
                counter.finishedOne()
                trim.finishedOne()
            }
            do {
                try Self.write(file, to: root + file.path)
                KillPoint.reached("staging")
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        try PlainFile.write(OutputManifest.contents(listing: files.map(\.path)), to: root + OutputManifest.fileName)
    }

    /// Rewrites the output in place, file by file, touching only what changed.
    private func update(to files: [OutputFile], from previous: Set<String>) throws {
        let root = output.path + "/"
        let pending = root + OutputManifest.pendingFileName
        // An update that was killed left temporary copies, and maybe new files not yet in the
        // manifest; its list says where.
        let unfinished = OutputManifest.readPending(in: output) ?? []
        for path in unfinished.union([OutputManifest.fileName]) { unlink(root + OutputManifest.temporaryPath(for: path)) }
        let previous = previous.union(unfinished)
        try PlainFile.write(OutputManifest.contents(listing: files.map(\.path)), to: pending)

        var createdFolders: [String] = []
        var staged: [String?] = []
        do {
            for folder in Self.folders(of: files) { try Self.makeFolders(folder, in: root, &createdFolders) }
            // Each new page is compared with the one already published; only a changed one
            // gets a temporary copy.
            let counter = ProgressCounter(total: files.count, handler: progress)
            let trim = FreedMemory.Every(Self.filesBetweenTrims)
            let results = Self.each(of: files) { file -> Result<String?, Error> in
                defer {
                    counter.finishedOne()
                    trim.finishedOne()
                }
                return Result {
                    let temporary = OutputManifest.temporaryPath(for: file.path)
                    if case .streamed = file.contents {
                        // Never whole in memory, so compared once on disk.
                        try Self.write(file, to: root + temporary)
                        if PlainFile.holdsTheSame(root + file.path, as: root + temporary) {
                            unlink(root + temporary)
                            return nil
                        }
                    } else {
                        let changed = try Self.withBytes(of: file) { bytes in
                            if PlainFile.holds(bytes, at: root + file.path) { return false }
                            try PlainFile.write(bytes, to: root + temporary)
                            return true
                        }
                        guard changed else { return nil }
                    }
                    KillPoint.reached("copies")
                    return temporary
                }
            }
            staged = results.map { try? $0.get() ?? nil }
            if case .failure(let error)? = results.first(where: { if case .failure = $0 { true } else { false } }) {
                throw error
            }
        } catch {
            // Every copy goes, the ones whose writing failed too: a full disk must not leave
            // partial files that the next build would take for someone else's.
            for file in files { unlink(root + OutputManifest.temporaryPath(for: file.path)) }
            for folder in createdFolders.reversed() { rmdir(root + folder) }
            unlink(pending)
            throw error
        }

        // Everything is written: put it in place, and remove what the site no longer has.
        // Renames within a folder do not fail for want of space; if one fails all the same,
        // the pending list stays, and the next build finishes the job.
        do {
            for (file, temporary) in zip(files, staged) {
                guard let temporary else { continue }
                guard rename(root + temporary, root + file.path) == 0 else { throw PlainFile.Failure(path: file.path, code: errno) }
                KillPoint.reached("renaming")
            }
            let current = Set(files.map(\.path))
            for path in previous.subtracting(current).sorted(by: >) {
                KillPoint.reached("removing")
                unlink(root + path)
                Self.removeEmptyFolders(above: path, in: root)
            }
            let manifest = root + OutputManifest.fileName
            let newManifest = root + OutputManifest.temporaryPath(for: OutputManifest.fileName)
            try PlainFile.write(OutputManifest.contents(listing: files.map(\.path)), to: newManifest)
            guard rename(newManifest, manifest) == 0 else { throw PlainFile.Failure(path: manifest, code: errno) }
        } catch {
            throw WriteError(description: "the site in \(output.path) is only partly updated: \(Self.reason(error)); build again to finish")
        }
        unlink(pending)
    }

    /// How often the writing hands freed memory back to the system. Each core frees every
    /// page's context and bytes into its own arena, which glibc keeps: a large build's
    /// memory otherwise grew by 30 MB over its writing, to the top of the build.
    private static let filesBetweenTrims = 1000

    /// `body` applied to each file, in the files' order: on every core at once, except for
    /// the files made from the site, which come after the others, one at a time, so that
    /// each has every core for itself.
    private static func each<T>(of files: [OutputFile], _ body: (OutputFile) -> T) -> [T] {
        let (ordinary, last) = files.indices.reduce(into: ([Int](), [Int]())) { parts, index in
            if files[index].madeFromSite { parts.1.append(index) } else { parts.0.append(index) }
        }
        guard !last.isEmpty else { return files.concurrentMap(body) }
        var results = [T?](repeating: nil, count: files.count)
        for (index, result) in zip(ordinary, ordinary.concurrentMap { body(files[$0]) }) { results[index] = result }
        for index in last { results[index] = body(files[index]) }
        return results.map { $0! }
    }

    /// The folders the files stand in, each once, in the files' order.
    private static func folders(of files: [OutputFile]) -> [String] {
        var seen: Set<Substring> = [""]
        return files.compactMap { file in
            let folder = file.path[..<(file.path.lastIndex(of: "/") ?? file.path.startIndex)]
            return seen.insert(folder).inserted ? String(folder) : nil
        }
    }

    /// Creates each missing level of `folder`, remembering which it created.
    private static func makeFolders(_ folder: String, in root: String, _ created: inout [String]) throws {
        var path = ""
        for component in folder.split(separator: "/") {
            path += (path.isEmpty ? "" : "/") + component
            if mkdir(root + path, 0o755) == 0 {
                created.append(path)
            } else if errno != EEXIST {
                throw PlainFile.Failure(path: path, code: errno)
            }
        }
    }

    /// Removes the folders a removed file leaves empty (`cases/old-slug/`).
    private static func removeEmptyFolders(above path: String, in root: String) {
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            guard rmdir(root + folder) == 0 else { return }
        }
    }

    private static func write(_ file: OutputFile, to path: String) throws {
        if case .streamed(let make) = file.contents {
            try PlainFile.write(piecesFrom: make, to: path)
        } else {
            try withBytes(of: file) { try PlainFile.write($0, to: path) }
        }
    }

    private static func withBytes<Result>(of file: OutputFile, _ body: (UnsafeRawBufferPointer) throws -> Result) throws -> Result {
        switch file.contents {
        case .rendered(let render):
            var text = render()
            return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .renderedBytes(let render): return try render().withUnsafeBytes(body)
        case .renderedInPlace(let render):
            var result: Result?
            try render { result = try body($0) }
            guard let result else { throw WriteError(description: "\(file.path) was not rendered") }
            return result
        case .streamed: return try file.bytes().withUnsafeBytes(body)
        case .data(let data): return try data.withUnsafeBytes(body)
        // Mapped, not read: a picture or the offline copy need not sit in memory to be written.
        case .copy(let source): return try Data(contentsOf: source, options: .alwaysMapped).withUnsafeBytes(body)
        case .made(let make): return try Data(contentsOf: make(), options: .alwaysMapped).withUnsafeBytes(body)
        }
    }

    /// Where a build makes a large file before it writes it (the offline copy): beside the
    /// output, on the same disk, named as the writer's own leftovers are, and removed by it.
    public static func workFile(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).dossier-work-\(getpid())")
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
            } else if entry.name.hasPrefix(".\(name).dossier-staging-") || entry.name.hasPrefix(".\(name).dossier-previous-")
                || entry.name.hasPrefix(".\(name).dossier-work-")
            {
                try? fileManager.removeItem(at: entry.url)
            }
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
