import Foundation

/// One file of the finished site, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case data(Data)
        /// A file copied as it is (`content/static/…`), read only when written.
        case copy(URL)
        /// A file of the site (the CSV table, `robots.txt`), made only when it is written: a
        /// large site never sits in memory whole, and each core makes and writes its next file.
        case rendered(@Sendable () -> String)
        /// A file made as UTF-8 bytes (a feed, the search index), so that it is never copied
        /// into a `String` on its way to the disk.
        case renderedBytes(@Sendable () throws -> [UInt8])
        /// A page, rendered when it is written into the renderer's own memory, which `use`
        /// reads whole before it is freed: a page that lists every case is megabytes, and
        /// copied out of the renderer it was held twice. A page checks its own links as it
        /// is made, and throws if it broke the rule of relative links.
        case renderedInPlace(@Sendable (_ use: (UnsafeRawBufferPointer) throws -> Void) throws -> Void)
        /// A file too large to hold whole beside the rest of a build (the open data), made a
        /// piece at a time: the closure hands each piece to `write` as soon as it is made,
        /// and the writer puts it on disk.
        case streamed(@Sendable (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void)
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

    /// The file's bytes, made or read now, whole: what a preview serves, and what the
    /// offline copy packs.
    public func bytes() throws -> [UInt8] {
        switch contents {
        case .rendered(let render): return Array(render().utf8)
        case .renderedBytes(let render): return try render()
        case .renderedInPlace(let render), .streamed(let render):
            var bytes: [UInt8] = []
            try render { bytes.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
            return bytes
        case .data(let data): return [UInt8](data)
        case .copy(let url): return [UInt8](try Data(contentsOf: url))
        case .made(let make): return [UInt8](try Data(contentsOf: make()))
        }
    }

    /// `bytes()` as `Data`, without a copy for a file that is data already or read from disk.
    public func data() throws -> Data {
        switch contents {
        case .data(let data): data
        case .copy(let url): try Data(contentsOf: url)
        case .made(let make): try Data(contentsOf: make())
        default: Data(try bytes())
        }
    }

    /// Whether this is a page (HTML), for the build summary.
    public var isPage: Bool { path.hasSuffix(".html") }
}
