import Foundation

/// One entry of a folder listing.
struct FolderEntry {
    var name: String
    var url: URL
    var isDirectory: Bool
    var isSymbolicLink: Bool

    /// Editor droppings and system files (`.DS_Store`, `.#case.md`) are not content.
    var isHidden: Bool { name.hasPrefix(".") || name.hasSuffix("~") }
}

extension FileManager {
    func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A folder's entries sorted by name, so that everything downstream is deterministic.
    func sortedEntries(of folder: URL) -> [FolderEntry] {
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey]
        let urls = (try? contentsOfDirectory(at: folder, includingPropertiesForKeys: keys)) ?? []
        return urls.map { url in
            let values = try? url.resourceValues(forKeys: Set(keys))
            return FolderEntry(
                name: url.lastPathComponent,
                url: url,
                isDirectory: values?.isDirectory ?? false,
                isSymbolicLink: values?.isSymbolicLink ?? false
            )
        }
        .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }
}
