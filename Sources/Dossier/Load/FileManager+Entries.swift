import Foundation

/// One entry of a folder listing.
package struct FolderEntry {
    package var name: String
    /// The file's path on disk. A `URL` is made only when asked for: making one for each of
    /// ten thousand files cost more than a rebuild of `dossier serve` should.
    package var path: String
    package var isDirectory: Bool
    package var isSymbolicLink: Bool

    package var url: URL { URL(fileURLWithPath: path, isDirectory: isDirectory) }

    /// Editor droppings and system files (`.DS_Store`, `.#case.md`) are not content.
    package var isHidden: Bool { ContentLayout.isHidden(name) }
}

extension FileManager {
    package func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A folder's entries sorted by name, so that everything downstream is deterministic.
    ///
    /// Read with `readdir`, whose entries carry their type: asking Foundation for each URL's
    /// resource values cost more than reading the files themselves on a 10,000-case campaign.
    package func sortedEntries(of folder: URL) -> [FolderEntry] {
        let folderPath = folder.path
        guard let stream = opendir(folderPath) else { return [] }
        defer { closedir(stream) }
        var entries: [FolderEntry] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type = Int(entry.pointee.d_type)
            if type == DT_UNKNOWN {
                // Some file systems leave the type out of the listing; ask the file itself.
                var status = stat()
                type = lstat(folderPath + "/" + name, &status) == 0 ? Self.direntType(of: status.st_mode) : DT_UNKNOWN
            }
            entries.append(FolderEntry(name: name, path: folderPath + "/" + name, isDirectory: type == DT_DIR, isSymbolicLink: type == DT_LNK))
        }
        return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    private static func direntType(of mode: mode_t) -> Int {
        switch mode & S_IFMT {
        case S_IFDIR: DT_DIR
        case S_IFLNK: DT_LNK
        default: DT_REG
        }
    }
}
