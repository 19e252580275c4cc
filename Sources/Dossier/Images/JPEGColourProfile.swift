import Foundation

/// Puts a colour profile into a JPEG as the ICC specification says: in APP2 segments that
/// start `ICC_PROFILE\0`, numbered, after the JFIF header. libvips writes the profile only
/// together with EXIF it makes up, so dossier saves without both and adds the profile here.
enum JPEGColourProfile {
    /// The most profile bytes one segment holds: 65,535 minus the length field, the
    /// signature and the two sequence bytes.
    private static let chunkSize = 65_519

    static func inserting(_ profile: Data, into jpeg: Data) -> Data {
        let bytes = [UInt8](jpeg)
        guard !profile.isEmpty, bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return jpeg }
        // After the JFIF segment (APP0) if there is one, else right after the start marker.
        var position = 2
        if bytes[2] == 0xFF, bytes[3] == 0xE0, bytes.count > 6 {
            position = 4 + Int(bytes[4]) << 8 + Int(bytes[5])
        }
        let chunks = stride(from: 0, to: profile.count, by: chunkSize).map {
            profile[profile.startIndex + $0..<profile.startIndex + min($0 + chunkSize, profile.count)]
        }
        guard chunks.count < 256 else { return jpeg }
        var segments: [UInt8] = []
        for (index, chunk) in chunks.enumerated() {
            let length = 2 + 12 + 2 + chunk.count
            segments += [0xFF, 0xE2, UInt8(length >> 8), UInt8(length & 0xFF)]
            segments += Array("ICC_PROFILE".utf8) + [0, UInt8(index + 1), UInt8(chunks.count)]
            segments += chunk
        }
        return Data(bytes[..<position] + segments + bytes[position...])
    }
}
