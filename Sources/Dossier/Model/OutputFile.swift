import Foundation

/// One file of the finished site, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case data(Data)
        /// A file copied as it is (`content/static/…`), read only when written.
        case copy(URL)
        /// A page (or a data file, a feed), rendered only when it is written: a large site
        /// never sits in memory whole, and each core renders and writes its next file.
        case rendered(@Sendable () -> String)
        /// A large file made as UTF-8 bytes (a page, the open data), so that it is never
        /// copied into a `String` on its way to the disk. A page checks its own links as it
        /// is made, and throws if it broke the rule of relative links.
        case renderedBytes(@Sendable () throws -> [UInt8])
        /// A large file the build makes on disk when it is written (the offline copy), read
        /// from there without being held in memory.
        case made(@Sendable () throws -> URL)
    }

    public var path: String
    public var contents: Contents
    /// A page's bytes in the offline copy, whose links name files (`cases/x/index.html`);
    /// `nil` for a file that is the same there.
    public var offline: (@Sendable () throws -> [UInt8])?
    /// Whether the file is made from the site's other files (the offline copy, its checksum):
    /// it is written after them, one such file at a time, so that its own work has every core.
    public var madeFromSite: Bool

    public init(path: String, contents: Contents, offline: (@Sendable () throws -> [UInt8])? = nil, madeFromSite: Bool = false) {
        self.path = path
        self.contents = contents
        self.offline = offline
        self.madeFromSite = madeFromSite
    }

    /// The file's bytes, made or read now: what a preview serves.
    public func data() throws -> Data {
        switch contents {
        case .rendered(let render): Data(render().utf8)
        case .renderedBytes(let render): Data(try render())
        case .data(let data): data
        case .copy(let url): try Data(contentsOf: url)
        case .made(let make): try Data(contentsOf: make())
        }
    }

    /// Whether this is a page (HTML), for the build summary.
    public var isPage: Bool { path.hasSuffix(".html") }
}
