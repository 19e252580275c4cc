import Foundation

/// Turns one picture into the files the site publishes: upright, re-encoded with no metadata
/// but its colour profile, and, for a photo, in each of `PhotoWidths`, as WebP and JPEG.
///
/// Nothing is copied as it is: an encoder writes what the picture's fields hold, so every
/// field but the colour profile (and an animation's timing) is removed before encoding, and
/// each encoded file is read back to prove that none came through.
struct ImageProcessor: Sendable {
    /// Raised whenever a change here changes the published bytes, so that no cache entry
    /// made by an older dossier is used.
    static let version = 2
    /// Larger pictures are refused before a pixel is decoded: a small file can announce
    /// billions of pixels, and decoding it would take the memory of whoever builds the site.
    /// 100 megapixels is twice what phones take in their usual modes (48 or 50); a photo
    /// from a 200-megapixel mode has to be scaled down first, and the error says so.
    static let maximumPixels = 100_000_000
    /// For WebP and JPEG: small files, and no visible loss on a photo.
    static let quality = 82

    /// The fields a published file may hold: how to show the colours, and an animation's
    /// frame height and timing, which say nothing about anyone.
    private static let profileField = "icc-profile-data"
    private static let keptFields: Set<String> = [profileField, "page-height", "delay", "loop", "gif-delay", "gif-loop"]

    struct Output {
        var image: ProcessedImage
        /// Each rendition's bytes, by its `file` name.
        var files: [String: Data]
    }

    func process(_ bytes: Data, _ job: ImageJob) throws(ImageProblem) -> Output {
        // Only an animation published as one keeps its frames; a photo is its first.
        let animated = !job.isPhoto && job.published == job.format && (job.format == .gif || job.format == .webp)
        let source: Raster
        do {
            source = try Raster.reading(bytes, as: job.format, allPages: animated)
        } catch {
            // Its first bytes said what it is; a header that does not read is a damaged file,
            // unless libvips was built without the decoder.
            if job.format == .heif, !Raster.reads(.heif) { throw .heifUnreadable }
            throw .damaged
        }
        guard source.width * source.height <= Self.maximumPixels else {
            throw .tooLarge(width: source.width, height: source.height)
        }
        let removed = MetadataKind.kinds(in: source)
        do {
            // An animation's frames are stacked in one tall picture, which must not be turned.
            let upright = animated && source.pageHeight != source.height ? source : try source.upright()
            let clean = try upright.keepingOnly(Self.keptFields)
            var files: [String: Data] = [:]
            var renditions: [ProcessedImage.Rendition] = []
            func add(_ raster: Raster, as format: ImageFormat, named name: String) throws {
                let prepared = try Self.prepared(raster, for: format)
                var data = try prepared.encoded(as: format, quality: Self.quality)
                if format == .jpeg, let profile = prepared.field(Self.profileField) {
                    data = JPEGColourProfile.inserting(profile, into: data)
                }
                if format == .webp { data = WebPMetadataChunks.removing(from: data) }
                try Self.verify(data, as: format)
                files[name] = data
                renditions.append(
                    .init(
                        file: name, format: format, width: prepared.width,
                        height: animated ? prepared.pageHeight : prepared.height))
            }
            try add(clean, as: job.published, named: "original." + job.published.fileExtension)
            if job.isPhoto {
                // Each size from the next larger one, held in memory, so each step is a small
                // one; the full-size picture is not held, which would take 150 MB for a phone's
                // 48-megapixel photo on each core.
                var larger = try Self.prepared(Self.sizesSource(bytes, job, upright: clean), for: .webp)
                for width in PhotoWidths.forPhoto(ofWidth: clean.width) {
                    let sized = try larger.resized(toWidth: width).inMemory()
                    try add(sized, as: .webp, named: "\(width)w.webp")
                    // A JPEG at the photo's own width is its published copy, already encoded.
                    if width == clean.width, job.published == .jpeg, let copy = files[renditions[0].file] {
                        files["\(width)w.jpg"] = copy
                        renditions.append(.init(file: "\(width)w.jpg", format: .jpeg, width: renditions[0].width, height: renditions[0].height))
                    } else {
                        try add(sized, as: .jpeg, named: "\(width)w.jpg")
                    }
                    larger = sized
                }
            }
            let original = renditions[0]
            return Output(
                image: ProcessedImage(
                    width: original.width, height: original.height, removed: removed,
                    renditions: renditions),
                files: files)
        } catch let problem as ImageProblem {
            throw problem
        } catch {
            // The header was read, the pixels were not.
            throw .damaged
        }
    }

    /// Where a photo's sizes are made from: the clean picture, or for a JPEG much wider than
    /// the widest size, the same decoded at a half, a quarter or an eighth by libjpeg.
    private static func sizesSource(_ bytes: Data, _ job: ImageJob, upright clean: Raster) throws(Raster.Failure) -> Raster {
        let widest = PhotoWidths.all.last!
        guard job.format == .jpeg, let shrink = [8, 4, 2].first(where: { clean.width / $0 >= widest }) else { return clean }
        return try Raster.reading(jpeg: bytes, shrunkBy: shrink).upright().keepingOnly(keptFields)
    }

    /// What each encoder takes: 8-bit sRGB for WebP and JPEG, no transparency in JPEG.
    private static func prepared(_ raster: Raster, for format: ImageFormat) throws(Raster.Failure) -> Raster {
        switch format {
        case .jpeg: try raster.inSRGB().flattened()
        case .webp: try raster.inSRGB()
        case .png, .gif, .heif: raster
        }
    }

    /// Reads an encoded file back: if any metadata but what `keptFields` allows is in it,
    /// this build must not publish it.
    private static func verify(_ data: Data, as format: ImageFormat) throws(ImageProblem) {
        guard let back = try? Raster.reading(data, as: format) else { return }
        let left = back.metadataFields.filter { field in
            field.hasPrefix("exif-") || field.hasPrefix("xmp") || field.hasPrefix("iptc") || field.contains("comment")
                || field.contains("thumbnail") || field == "orientation"
        }
        if !left.isEmpty { throw .metadataRemained(left.sorted().joined(separator: ", ")) }
    }
}
