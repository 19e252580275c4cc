internal import CVips
import Foundation

/// The one place that touches libvips' C API: a decoded picture as a Swift value, and the
/// few operations dossier needs (turn upright, resize, drop metadata, encode).
///
/// libvips works lazily: each operation describes a picture, and its pixels are computed
/// only when one is encoded. The source bytes therefore live as long as any picture made
/// from them, and each `Raster` holds its parents.
final class Raster: @unchecked Sendable {
    // `@unchecked`: a libvips image is immutable once made, and safe to read from any thread.
    private let image: UnsafeMutablePointer<VipsImage>
    private let keptAlive: [AnyObject]

    private init(_ image: UnsafeMutablePointer<VipsImage>, keeping: [AnyObject]) {
        self.image = image
        self.keptAlive = keeping
    }

    deinit { dossier_unref(image) }

    /// Why libvips refused: what it said, for a message that is already our own.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether libvips started; it starts once per process, on first use.
    static let isAvailable: Bool = dossier_vips_start() == 0

    /// The version of libvips, part of the cache's key: another version encodes other bytes.
    static var libraryVersion: String { String(cString: vips_version_string()) }

    /// Whether this libvips has a decoder for `format` (HEIC needs libheif with a decoder).
    static func reads(_ format: ImageFormat) -> Bool {
        let loader =
            switch format {
            case .jpeg: "jpegload_buffer"
            case .png: "pngload_buffer"
            case .webp: "webpload_buffer"
            case .gif: "gifload_buffer"
            case .heif: "heifload_buffer"
            }
        return isAvailable && vips_type_find("VipsOperation", loader) != 0
    }

    /// Reads the header of `bytes`, decoding no pixel yet: enough to know the size and the
    /// metadata. `allPages` keeps every frame of an animated GIF or WebP.
    static func reading(_ bytes: Data, as format: ImageFormat, allPages: Bool = false) throws(Failure) -> Raster {
        guard isAvailable else { throw Failure(description: "libvips did not start") }
        let source = SourceBytes(bytes)
        let pages: Int32 = allPages ? -1 : 1
        let loaded: UnsafeMutablePointer<VipsImage>? =
            switch format {
            case .jpeg: dossier_load_jpeg(source.pointer, source.count)
            case .png: dossier_load_png(source.pointer, source.count)
            case .webp: dossier_load_webp(source.pointer, source.count, pages)
            case .gif: dossier_load_gif(source.pointer, source.count, pages)
            case .heif: dossier_load_heif(source.pointer, source.count)
            }
        return try wrap(loaded, keeping: [source])
    }

    /// A JPEG decoded at 1/`shrink` of its width and height (2, 4 or 8), which is several
    /// times faster than decoding it whole and scaling it down.
    static func reading(jpeg bytes: Data, shrunkBy shrink: Int) throws(Failure) -> Raster {
        guard isAvailable else { throw Failure(description: "libvips did not start") }
        let source = SourceBytes(bytes)
        return try wrap(dossier_load_jpeg_shrunk(source.pointer, source.count, Int32(shrink)), keeping: [source])
    }

    /// A gradient of the given size, for tests that need a picture to mark.
    static func gradient(width: Int, height: Int) throws(Failure) -> Raster {
        guard isAvailable else { throw Failure(description: "libvips did not start") }
        return try wrap(dossier_gradient(Int32(width), Int32(height)), keeping: [])
    }

    var width: Int { Int(vips_image_get_width(image)) }
    var height: Int { Int(vips_image_get_height(image)) }
    var bands: Int { Int(vips_image_get_bands(image)) }
    var hasAlpha: Bool { vips_image_hasalpha(image) != 0 }
    var isCMYK: Bool { vips_image_get_interpretation(image) == VIPS_INTERPRETATION_CMYK }
    /// Whether the pixels are 8-bit sRGB or grey, which every encoder and browser takes as is.
    var isPlainRGB: Bool {
        let interpretation = vips_image_get_interpretation(image)
        return vips_image_get_format(image) == VIPS_FORMAT_UCHAR
            && (interpretation == VIPS_INTERPRETATION_sRGB || interpretation == VIPS_INTERPRETATION_B_W)
    }

    /// The height of one frame of an animation; the picture's height otherwise.
    var pageHeight: Int { Int(vips_image_get_page_height(image)) }

    /// The names of every metadata field the decoder found (EXIF tags, `xmp-data`, …),
    /// without the fixed ones every picture has (`width`, `bands`, …).
    var metadataFields: [String] {
        guard let names = vips_image_get_fields(image) else { return [] }
        defer { g_strfreev(names) }
        var fields: [String] = []
        var index = 0
        while let name = names[index] {
            let field = String(cString: name)
            if !Self.fixedFields.contains(field) { fields.append(field) }
            index += 1
        }
        return fields
    }

    private static let fixedFields: Set<String> = [
        "width", "height", "bands", "format", "coding", "interpretation",
        "xoffset", "yoffset", "xres", "yres", "filename",
    ]

    /// A field's bytes: a blob as it is, a string's UTF-8, a number's digits.
    func field(_ name: String) -> Data? {
        guard vips_image_get_typeof(image, name) != 0 else { return nil }
        var data: UnsafeRawPointer?
        var length = 0
        if vips_image_get_typeof(image, name) == vips_blob_get_type(), vips_image_get_blob(image, name, &data, &length) == 0, let data {
            return Data(bytes: data, count: length)
        }
        var text: UnsafeMutablePointer<CChar>?
        guard vips_image_get_as_string(image, name, &text) == 0, let text else { return nil }
        defer { g_free(text) }
        return Data(String(cString: text).utf8)
    }

    /// A copy with only the fields in `kept`: what is removed here no encoder can write.
    /// (libvips' own `strip` still wrote EXIF and XMP into WebP in version 8.14.)
    func keepingOnly(_ kept: Set<String>) throws(Failure) -> Raster {
        let copy = try Self.wrap(dossier_copy(image), keeping: [self])
        for field in copy.metadataFields where !kept.contains(field) {
            _ = vips_image_remove(copy.image, field)
        }
        return copy
    }

    /// A copy with `data` in the field `name` (tests mark pictures with it).
    func setting(_ name: String, to data: Data) throws(Failure) -> Raster {
        let copy = try Self.wrap(dossier_copy(image), keeping: [self])
        data.withUnsafeBytes { vips_image_set_blob_copy(copy.image, name, $0.baseAddress, $0.count) }
        return copy
    }

    /// A copy with the text `value` in the field `name`.
    func setting(_ name: String, text value: String) throws(Failure) -> Raster {
        let copy = try Self.wrap(dossier_copy(image), keeping: [self])
        vips_image_set_string(copy.image, name, value)
        return copy
    }

    /// Turned as its EXIF orientation says, without the orientation tag.
    func upright() throws(Failure) -> Raster {
        try Self.wrap(dossier_autorot(image), keeping: [self])
    }

    /// Scaled to `width` pixels wide (the height keeps the proportions).
    func resized(toWidth target: Int) throws(Failure) -> Raster {
        guard target != width else { return self }
        let scale = Double(target) / Double(width)
        let targetHeight = max(1, Int((Double(height) * scale).rounded()))
        return try Self.wrap(dossier_resize(image, scale, Double(targetHeight) / Double(height)), keeping: [self])
    }

    /// On white, for formats without transparency.
    func flattened() throws(Failure) -> Raster {
        hasAlpha ? try Self.wrap(dossier_flatten_white(image), keeping: [self]) : self
    }

    /// In 8-bit sRGB (or grey), which WebP and JPEG take.
    func inSRGB() throws(Failure) -> Raster {
        if isPlainRGB { return self }
        if isCMYK, vips_image_get_typeof(image, "icc-profile-data") != 0 {
            return try Self.wrap(dossier_icc_to_srgb(image), keeping: [self])
        }
        return try Self.wrap(dossier_to_srgb(image), keeping: [self])
    }

    /// The pixels computed once and held in memory, so that several sizes made from this one
    /// do not each decode the source again.
    func inMemory() throws(Failure) -> Raster {
        try Self.wrap(dossier_copy_memory(image), keeping: [])
    }

    /// Decodes every pixel, to find a file that is damaged or cut short.
    func decodeAll() throws(Failure) {
        guard dossier_decode_all(image) == 0 else { throw Self.lastFailure() }
    }

    /// With libvips' sRGB profile attached (tests of what keeps a profile).
    func withSRGBProfile() throws(Failure) -> Raster {
        try Self.wrap(dossier_with_srgb_profile(image), keeping: [self])
    }

    /// The mean of the bands of the pixel at `x`, `y`.
    func average(x: Int, y: Int) throws(Failure) -> Double {
        var mean = 0.0
        guard dossier_pixel_mean(image, Int32(x), Int32(y), &mean) == 0 else { throw Self.lastFailure() }
        return mean
    }

    func encoded(as format: ImageFormat, quality: Int) throws(Failure) -> Data {
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let failed: Int32 =
            switch format {
            case .jpeg: dossier_save_jpeg(image, &buffer, &length, Int32(quality))
            case .png: dossier_save_png(image, &buffer, &length)
            case .webp: dossier_save_webp(image, &buffer, &length, Int32(quality))
            case .gif: dossier_save_gif(image, &buffer, &length)
            case .heif: dossier_save_heif(image, &buffer, &length)
            }
        guard failed == 0, let buffer else { throw Self.lastFailure() }
        defer { g_free(buffer) }
        return Data(bytes: buffer, count: length)
    }

    /// SHA-256 of `data`, in hex: GLib's, which libvips brings along.
    static func sha256(_ data: Data) -> String {
        data.withUnsafeBytes { bytes in
            guard
                let text = g_compute_checksum_for_data(
                    G_CHECKSUM_SHA256, bytes.bindMemory(to: UInt8.self).baseAddress,
                    gsize(bytes.count))
            else { return "" }
            defer { g_free(text) }
            return String(cString: text)
        }
    }

    private static func wrap(_ image: UnsafeMutablePointer<VipsImage>?, keeping: [AnyObject]) throws(Failure) -> Raster {
        guard let image else { throw lastFailure() }
        return Raster(image, keeping: keeping)
    }

    /// libvips' error text is one buffer for the whole process, so it is read and cleared
    /// at once; with several threads failing together, a message may belong to another.
    private static func lastFailure() -> Failure {
        let text = String(cString: dossier_error_text()).trimmingCharacters(in: .whitespacesAndNewlines)
        vips_error_clear()
        return Failure(description: text.isEmpty ? "libvips could not read it" : text)
    }
}

/// Bytes at an address that does not move, as libvips' loaders need: they read the buffer
/// they are given, without copying it, for as long as the picture lives.
private final class SourceBytes {
    let pointer: UnsafeMutableRawPointer
    let count: Int

    init(_ data: Data) {
        count = data.count
        pointer = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 16)
        data.copyBytes(to: pointer.assumingMemoryBound(to: UInt8.self), count: count)
    }

    deinit { pointer.deallocate() }
}
