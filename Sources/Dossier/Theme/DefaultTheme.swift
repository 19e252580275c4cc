import Foundation

/// The theme in the repository's `templates/`, compiled into the library by the
/// `EmbedDefaultTheme` build plugin (see `encodedFiles`).
enum DefaultTheme {
    /// Path relative to `templates/` → contents.
    static let files: [String: Data] = Dictionary(
        uniqueKeysWithValues: encodedFiles.compactMap { entry in
            Data(base64Encoded: entry.base64).map { (entry.path, $0) }
        }
    )
}
