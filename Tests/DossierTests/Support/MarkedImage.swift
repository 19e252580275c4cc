import Foundation

@testable import Dossier

/// Pictures made in the test, carrying a marker in every kind of metadata a phone writes:
/// EXIF (GPS, camera make, model and serial, artist, copyright, owner, date, description,
/// and a thumbnail), XMP, IPTC, comments and text chunks. The gradient comes from libvips;
/// the metadata is written into the file's bytes as each format lays it out, so that what
/// is planted does not depend on what libvips chooses to write.
enum MarkedImage {
    /// Every marker starts with this, so one search of an output file finds any of them.
    static let prefix = "CANARY-"
    static let markers = [
        "CANARY-GPS", "CANARY-MAKE", "CANARY-MODEL", "CANARY-SERIAL", "CANARY-ARTIST", "CANARY-COPYRIGHT",
        "CANARY-OWNER", "CANARY-DESCRIPTION", "CANARY-THUMBNAIL", "CANARY-XMP", "CANARY-IPTC", "CANARY-COMMENT",
    ]

    /// The markers each format carries. GIF has no EXIF: its own comment and application
    /// blocks carry what it can.
    static func markers(in format: ImageFormat) -> [String] {
        switch format {
        case .jpeg: markers
        case .png: markers.filter { $0 != "CANARY-IPTC" }
        case .webp, .heif: markers.filter { $0 != "CANARY-IPTC" && $0 != "CANARY-COMMENT" }
        case .gif: ["CANARY-COMMENT", "CANARY-XMP"]
        }
    }

    /// A `width` × `height` picture in `format` with every marker it can hold, and EXIF
    /// orientation `orientation` (6: stored turned a quarter to the left, shown upright by
    /// turning it a quarter to the right).
    static func make(_ format: ImageFormat, width: Int = 60, height: Int = 40, orientation: UInt16 = 1) throws -> Data {
        let raster = try Raster.gradient(width: width, height: height)
        let exif = try Data("Exif\0\0".utf8) + exifTIFF(orientation: orientation)
        switch format {
        case .jpeg:
            return try inJPEG(raster.encoded(as: .jpeg, quality: 90), exif: exif)
        case .png:
            return try inPNG(raster.encoded(as: .png, quality: 0), tiff: exifTIFF(orientation: orientation))
        case .webp, .heif:
            // libvips writes these two fields into both formats (WebP even when told not to).
            return try raster.setting("exif-data", to: exif).setting("xmp-data", to: xmp).encoded(as: format, quality: 90)
        case .gif:
            return try inGIF(raster.encoded(as: .gif, quality: 0))
        }
    }

    /// XMP with a GPS position, a creator and the marker.
    static let xmp = Data(
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
        <rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" \
        exif:GPSLatitude="42,52.2N" dc:creator="CANARY-XMP"/></rdf:RDF></x:xmpmeta>
        """.utf8)

    /// IPTC's record 2: by-line (80) and caption (120).
    static let iptc: Data = {
        func dataset(_ number: UInt8, _ text: String) -> [UInt8] {
            let bytes = Array(text.utf8)
            return [0x1C, 0x02, number, UInt8(bytes.count >> 8), UInt8(bytes.count & 0xFF)] + bytes
        }
        return Data(dataset(80, "CANARY-IPTC") + dataset(120, "CANARY-IPTC caption"))
    }()

    /// A TIFF structure as EXIF holds it: the picture's IFD, the camera's, GPS, and a second
    /// IFD whose JPEG thumbnail carries a marker in a comment.
    static func exifTIFF(orientation: UInt16) throws -> Data {
        let thumbnail = inJPEGComment(try Raster.gradient(width: 8, height: 8).encoded(as: .jpeg, quality: 50), "CANARY-THUMBNAIL")
        var tiff = TIFFWriter()
        let exifIFD = tiff.ifd([.ascii(0x9003, "2019:03:14 15:09:26"), .ascii(0xA430, "CANARY-OWNER"), .ascii(0xA431, "CANARY-SERIAL")])
        let gpsIFD = tiff.ifd([
            .bytes(0x0000, [2, 3, 0, 0]), .ascii(0x0001, "N"),
            .rationals(0x0002, [(42, 1), (52, 1), (1234, 100)]), .ascii(0x0012, "CANARY-GPS"),
        ])
        let thumbnailIFD = tiff.ifd([.short(0x0103, 6), .offset(0x0201, .data(thumbnail)), .long(0x0202, UInt32(thumbnail.count))])
        _ = tiff.ifd(
            [
                .ascii(0x010E, "CANARY-DESCRIPTION"), .ascii(0x010F, "CANARY-MAKE"), .ascii(0x0110, "CANARY-MODEL"),
                .short(0x0112, orientation), .ascii(0x013B, "CANARY-ARTIST"), .ascii(0x8298, "CANARY-COPYRIGHT"),
                .offset(0x8769, .ifd(exifIFD)), .offset(0x8825, .ifd(gpsIFD)),
            ],
            next: thumbnailIFD, first: true)
        return tiff.bytes()
    }

    // MARK: Each format's own places for metadata

    private static func inJPEG(_ jpeg: Data, exif: Data) -> Data {
        func segment(_ marker: UInt8, _ payload: Data) -> Data {
            let length = payload.count + 2
            return Data([0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)]) + payload
        }
        var photoshop = Data("Photoshop 3.0\0".utf8) + Data("8BIM".utf8) + Data([0x04, 0x04, 0, 0])
        photoshop += Data([0, 0, UInt8(iptc.count >> 8), UInt8(iptc.count & 0xFF)]) + iptc
        if iptc.count % 2 == 1 { photoshop.append(0) }
        let segments =
            segment(0xE1, exif) + segment(0xE1, Data("http://ns.adobe.com/xap/1.0/\0".utf8) + xmp)
            + segment(0xED, photoshop) + segment(0xFE, Data("CANARY-COMMENT".utf8))
        return jpeg.prefix(2) + segments + jpeg.dropFirst(2)
    }

    private static func inJPEGComment(_ jpeg: Data, _ text: String) -> Data {
        let length = text.utf8.count + 2
        return jpeg.prefix(2) + Data([0xFF, 0xFE, UInt8(length >> 8), UInt8(length & 0xFF)]) + Data(text.utf8) + jpeg.dropFirst(2)
    }

    private static func inPNG(_ png: Data, tiff: Data) -> Data {
        func chunk(_ type: String, _ payload: Data) -> Data {
            let body = Data(type.utf8) + payload
            return bigEndian(UInt32(payload.count)) + body + bigEndian(CRC32.of(body))
        }
        let chunks =
            chunk("eXIf", tiff)
            + chunk("iTXt", Data("XML:com.adobe.xmp\0\0\0\0\0".utf8) + xmp)
            + chunk("tEXt", Data("Comment\0CANARY-COMMENT".utf8))
        // After the signature (8 bytes) and IHDR (25).
        return png.prefix(33) + chunks + png.dropFirst(33)
    }

    private static func inGIF(_ gif: Data) -> Data {
        let bytes = [UInt8](gif)
        // Header (6), screen descriptor (7), then the global colour table if its flag says so.
        let flags = bytes[10]
        let tableSize = flags & 0x80 != 0 ? 3 << (Int(flags & 0x07) + 1) : 0
        let position = 13 + tableSize
        let comment: [UInt8] = [0x21, 0xFE, 14] + Array("CANARY-COMMENT".utf8) + [0]
        let xmpBytes = Array("CANARY-XMP".utf8)
        let application: [UInt8] = [0x21, 0xFF, 11] + Array("XMP DataXMP".utf8) + [UInt8(xmpBytes.count)] + xmpBytes + [0]
        return Data(bytes[..<position] + comment + application + bytes[position...])
    }

    private static func bigEndian(_ value: UInt32) -> Data {
        Data([UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}

/// PNG's chunk checksum.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    static func of(_ data: Data) -> UInt32 {
        ~data.reduce(~UInt32(0)) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }
}
