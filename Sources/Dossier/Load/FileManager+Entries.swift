import Foundation

/// One entry of a folder listing.
package struct FolderEntry {
    package enum Kind: Sendable, Equatable {
        case file, directory, symbolicLink
        /// A named pipe, a device or a socket, by what to call it.
        case other(String)
    }

    package var name: String
    /// The file's path on disk. A `URL` is made only when asked for: making one for each of
    /// ten thousand files cost more than a rebuild of `dossier serve` should.
    package var path: String
    package var kind: Kind

    package var isDirectory: Bool { kind == .directory }
    package var isSymbolicLink: Bool { kind == .symbolicLink }
    package var url: URL { URL(fileURLWithPath: path, isDirectory: isDirectory) }

    /// Editor droppings and system files (`.DS_Store`, `.#case.md`) are not content.
    package var isHidden: Bool { ContentLayout.isHidden(name) }
}

extension FileManager {
    package func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A folder's entries sorted by name, so that everything downstream is deterministic;
    /// empty when the folder cannot be read. Content and templates use `listing(of:)`, which
    /// says why.
    package func sortedEntries(of folder: URL) -> [FolderEntry] {
        (try? listing(of: folder).get()) ?? []
    }

    /// A folder's entries sorted by name, or why it cannot be read.
    ///
    /// Read with `readdir`, whose entries carry their type: asking Foundation for each URL's
    /// resource values cost more than reading the files themselves on a 10,000-case campaign.
    func listing(of folder: URL) -> Result<[FolderEntry], FileProblem> {
        let folderPath = folder.path
        guard let stream = opendir(folderPath) else { return .failure(FileProblem(errno: errno)) }
        defer { closedir(stream) }
        var entries: [FolderEntry] = []
        errno = 0
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var kind = Self.kind(ofDirentType: Int32(entry.pointee.d_type))
            if kind == nil {
                // Some file systems leave the type out of the listing; ask the file itself.
                var status = stat()
                kind = lstat(folderPath + "/" + name, &status) == 0 ? Self.kind(ofMode: status.st_mode) : .file
            }
            entries.append(FolderEntry(name: name, path: folderPath + "/" + name, kind: kind ?? .file))
        }
        // `readdir` ends with `nil` both at the end and on an error, which only `errno` tells apart.
        if errno != 0 { return .failure(FileProblem(errno: errno)) }
        return .success(entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) })
    }

    private static func kind(ofDirentType type: Int32) -> FolderEntry.Kind? {
        switch type {
        case Int32(DT_REG): .file
        case Int32(DT_DIR): .directory
        case Int32(DT_LNK): .symbolicLink
        case Int32(DT_FIFO): .other("a named pipe")
        case Int32(DT_CHR), Int32(DT_BLK): .other("a device")
        case Int32(DT_SOCK): .other("a socket")
        default: nil
        }
    }

    static func kind(ofMode mode: mode_t) -> FolderEntry.Kind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .other("a named pipe")
        case S_IFCHR, S_IFBLK: .other("a device")
        case S_IFSOCK: .other("a socket")
        default: .other("a special file")
        }
    }
}
