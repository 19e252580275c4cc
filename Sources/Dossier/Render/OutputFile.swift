import Foundation

/// One file of the finished site, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        case data(Data)
        /// A file copied as it is (`content/static/…`), read only when written.
        case copy(URL)
    }

    public var path: String
    public var contents: Contents

    /// Whether this is a page (HTML), for the build summary.
    public var isPage: Bool { path.hasSuffix(".html") }
}
