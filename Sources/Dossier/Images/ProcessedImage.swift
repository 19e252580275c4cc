/// What processing one picture made: its published copy, and for a photo its sizes. This is
/// what the image cache keeps, beside the encoded files.
struct ProcessedImage: Codable, Sendable, Hashable {
    /// The published copy's size, upright.
    var width: Int
    var height: Int
    /// What the original holds and no published file does.
    var removed: [MetadataKind]
    /// The published copy first, then a photo's sizes, widest first.
    var renditions: [Rendition]

    struct Rendition: Codable, Sendable, Hashable {
        /// The file's name in the cache entry: `original.jpg`, `640w.webp`.
        var file: String
        var format: ImageFormat
        var width: Int
        var height: Int
    }
}
