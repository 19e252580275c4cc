import Foundation

/// The files of a site folder, sorted into the kinds of the content model; nothing parsed yet.
public struct ContentTree: Sendable {
    public var siteConfig: SourceFile?
    /// Each kind's main files, in name order.
    public var files = ByKind<[SourceFile]> { _ in [] }
    /// Each kind's translations (`<slug>.<lang>.md`), in name order.
    public var translations = ByKind<[SourceFile]> { _ in [] }
    /// Files under `content/static/`, copied as they are.
    public var staticFiles: [StaticFile] = []

    public var markdownFileCount: Int {
        ContentKind.allCases.reduce(0) { $0 + files[$1].count + translations[$1].count }
    }
}

/// A file to copy into the site unchanged.
public struct StaticFile: Sendable, Hashable {
    /// Where it lands, relative to the output folder: `static/images/x.jpg`.
    public var outputPath: String
    public var source: URL
}
