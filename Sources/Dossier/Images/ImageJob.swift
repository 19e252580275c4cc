import Foundation

/// One picture to publish: where it is, what it really is, and how it is used.
struct ImageJob: Sendable, Hashable {
    let file: StaticFile
    /// The format its bytes announce.
    let format: ImageFormat
    /// The format of the published copy: the one its name promises (a PNG named `.jpg` is
    /// published as JPEG, since servers send the type the name says), HEIC as JPEG.
    let published: ImageFormat
    /// A case's photo: also published in several widths, as WebP and JPEG.
    let isPhoto: Bool

    /// Everything besides the bytes that shapes the result, for the cache's key.
    var settings: String {
        let version = ImageProcessor.version
        let limit = ImageProcessor.maximumPixels
        return "\(version) vips \(Raster.libraryVersion) \(format.rawValue)>\(published.rawValue) photo \(isPhoto) "
            + "widths \(PhotoWidths.all) q \(ImageProcessor.quality) max \(limit)"
    }
}
