import Foundation

/// The raster formats dossier reads, and publishes.
enum ImageFormat: String, Sendable, Hashable, Codable {
    case jpeg, png, webp, gif
    /// HEIC and HEIF, what phones take: read, never published, since browsers do not show it.
    case heif

    /// The format a file's first bytes announce, whatever its name says.
    static func sniffed(from bytes: some Collection<UInt8>) -> ImageFormat? {
        let head = Array(bytes.prefix(12))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .webp }
        // ISO media files: `ftyp` and a brand of the HEIF family.
        if starts(Array("ftyp".utf8), at: 4), head.count >= 12,
            let brand = String(bytes: head[8..<12], encoding: .ascii), Self.heifBrands.contains(brand)
        {
            return .heif
        }
        return nil
    }

    private static let heifBrands: Set<String> = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif"]

    /// The format a file name promises (`.jpg`), if it is one dossier reads.
    init?(fileName: String) {
        switch Self.fileExtension(of: fileName) {
        case "jpg", "jpeg", "jpe", "jfif": self = .jpeg
        case "png": self = .png
        case "webp": self = .webp
        case "gif": self = .gif
        case "heic", "heif", "hif": self = .heif
        default: return nil
        }
    }

    /// Extensions of raster formats dossier cannot clean, so will not publish.
    static let unsupportedExtensions: Set<String> = ["tif", "tiff", "bmp", "avif", "jxl", "jp2", "dng", "raw", "cr2", "nef", "arw", "psd"]

    static func fileExtension(of fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
        return fileName[fileName.index(after: dot)...].lowercased()
    }

    /// What a picture in this format is published as: HEIF as JPEG, the others as they are.
    var published: ImageFormat { self == .heif ? .jpeg : self }

    /// The extension written for the published file.
    var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        case .gif: "gif"
        case .heif: "heic"
        }
    }

    /// Its media type, as link previews are told it (`og:image:type`).
    var mediaType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .webp: "image/webp"
        case .gif: "image/gif"
        case .heif: "image/heic"
        }
    }

    /// The name volunteers know it by, in messages.
    var name: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .webp: "WebP"
        case .gif: "GIF"
        case .heif: "HEIC"
        }
    }
}
