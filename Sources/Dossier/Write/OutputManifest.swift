import Foundation

/// The list of files dossier wrote into an output folder, kept in the folder itself. It is how
/// a later build knows that everything there is its own to replace, and nothing else is.
enum OutputManifest {
    static let fileName = ".dossier-manifest"
    private static let header = "# Files written by dossier. Anything else here stops the next build.\n"

    static func contents(listing paths: [String]) -> String {
        header + paths.sorted().joined(separator: "\n") + "\n"
    }

    /// The paths listed in the folder's manifest, or `nil` when it has none.
    static func read(in folder: URL) -> Set<String>? {
        read(folder.appending(path: fileName))
    }

    /// Lists the files an update is about to write, kept while it runs: if the update is
    /// killed, the next build knows those files and their temporary copies are its own.
    static let pendingFileName = ".dossier-pending"

    static func readPending(in folder: URL) -> Set<String>? {
        read(folder.appending(path: pendingFileName))
    }

    /// Where an update writes a file's new contents before renaming it into place.
    static func temporaryPath(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return ".\(path).dossier-new" }
        return "\(path[...slash]).\(path[path.index(after: slash)...]).dossier-new"
    }

    /// Every path dossier may have left in the folder: its manifest's and an unfinished
    /// update's files, and the temporary copy of each.
    static func owned(in folder: URL) -> Set<String> {
        var owned: Set<String> = [fileName, pendingFileName, temporaryPath(for: fileName)]
        for path in (read(in: folder) ?? []).union(readPending(in: folder) ?? []) {
            owned.insert(path)
            owned.insert(temporaryPath(for: path))
        }
        return owned
    }

    private static func read(_ file: URL) -> Set<String>? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }
}
