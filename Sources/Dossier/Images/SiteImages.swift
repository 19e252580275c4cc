/// The site's pictures as published: what pages need to show them, the files to write, and
/// what each original holds that no published file does.
public struct SiteImages: Sendable {
    /// By the path a case's `photo` or a body writes, `/static/images/x.jpg`.
    var published: [String: PublishedImage] = [:]
    /// Every file of `content/static/`: pictures as processed, other files as they are.
    var files: [OutputFile] = []
    /// The pictures whose originals hold metadata, by file.
    public var reports: [Report] = []

    public struct Report: Sendable, Hashable {
        /// `content/static/images/x.jpg`.
        public var file: String
        public var removed: [MetadataKind]
    }

    /// How many pictures this build decoded and encoded; the others came from the cache.
    public var encoded = 0
    /// The names of the cache entries this build used.
    var cacheEntries: Set<String> = []

    public init() {}

    /// Where each static file is published, relative to the output folder.
    var publishedPaths: [String] { files.map(\.path) }
}

/// One picture as the site shows it.
struct PublishedImage: Sendable, Hashable {
    /// The published copy, relative to the output folder (`static/images/x.jpg`).
    var path: String
    var width: Int
    var height: Int
    /// A photo's sizes, widest first; none for other pictures.
    var renditions: [Rendition]

    struct Rendition: Sendable, Hashable {
        var path: String
        var format: ImageFormat
        var width: Int
        var height: Int
    }
}
