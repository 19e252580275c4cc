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
        guard let text = try? String(contentsOf: folder.appending(path: fileName), encoding: .utf8) else { return nil }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }
}
