import Foundation

/// Removes the EXIF and XMP chunks of a WebP file. libvips 8.14 writes an EXIF chunk into
/// every WebP it saves, one it makes up when the picture has none, and ignores `strip` for
/// WebP; so the encoded file itself is cleaned, chunk by chunk, as the RIFF container allows.
enum WebPMetadataChunks {
    private static let removed: Set<String> = ["EXIF", "XMP "]

    static func removing(from webp: Data) -> Data {
        let bytes = [UInt8](webp)
        guard bytes.count >= 12, String(decoding: bytes[0..<4], as: UTF8.self) == "RIFF",
            String(decoding: bytes[8..<12], as: UTF8.self) == "WEBP"
        else { return webp }
        var kept: [UInt8] = []
        var position = 12
        while position + 8 <= bytes.count {
            let name = String(decoding: bytes[position..<position + 4], as: UTF8.self)
            let size = Int(bytes[position + 4]) | Int(bytes[position + 5]) << 8 | Int(bytes[position + 6]) << 16 | Int(bytes[position + 7]) << 24
            let end = min(bytes.count, position + 8 + size + (size & 1))
            if !removed.contains(name) {
                var chunk = Array(bytes[position..<end])
                // VP8X's flags announce the metadata chunks: EXIF is bit 3, XMP bit 2.
                if name == "VP8X", chunk.count > 8 { chunk[8] &= ~UInt8(0x08 | 0x04) }
                kept += chunk
            }
            position = end
        }
        let total = UInt32(4 + kept.count)
        let header =
            Array("RIFF".utf8) + [UInt8(total & 0xFF), UInt8(total >> 8 & 0xFF), UInt8(total >> 16 & 0xFF), UInt8(total >> 24)]
            + Array("WEBP".utf8)
        return Data(header + kept)
    }
}
