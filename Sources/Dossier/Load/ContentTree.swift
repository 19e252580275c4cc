import Foundation

/// The files of a site folder, sorted into the kinds of the content model; nothing parsed yet.
public struct ContentTree: Sendable {
    public var siteConfig: SourceFile?
    public var cases: [SourceFile] = []
    public var statements: [SourceFile] = []
    public var organizations: [SourceFile] = []
    public var pages: [SourceFile] = []
    /// Files under `content/static/`, copied as they are.
    public var staticFiles: [StaticFile] = []

    public var markdownFileCount: Int { cases.count + statements.count + organizations.count + pages.count }
}

/// A file to copy into the site unchanged.
public struct StaticFile: Sendable, Hashable {
    /// Where it lands, relative to the output folder: `static/images/x.jpg`.
    public var outputPath: String
    public var source: URL
}
