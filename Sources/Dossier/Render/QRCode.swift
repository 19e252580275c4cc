internal import CQRencode

/// The one place that touches libqrencode: a QR code as a square of modules, dark or light,
/// without its quiet zone.
///
/// It is made at error correction level Q, which a reader still decodes with a quarter of the
/// symbol lost: the sheet it is printed on is photocopied, folded and handed on. A case
/// page's address (`https://example.org/ru/cases/makhabat-tazhibek-kyzy/`) takes a symbol of
/// 37 to 41 modules a side. libqrencode is built thread-safe on Debian, so pages rendered
/// on both cores each make their own.
struct QRCode: Sendable, Hashable {
    /// Modules in a row and in a column.
    let size: Int
    /// Row by row, eight modules a byte, the first in the highest bit, which is set for a
    /// dark module; the last byte's unused bits are clear.
    let packedModules: [UInt8]

    /// What makes the same text the same code: the encoder and the settings it is called with
    /// (`QRCodeCache` keeps codes made by this one only).
    static let encoder = "libqrencode \(String(cString: QRcode_APIVersionString())), level Q, 8-bit"

    /// `nil` when `text` is longer than the largest symbol holds (about 1,600 bytes).
    init?(encoding text: String) {
        guard !text.isEmpty, let code = QRcode_encodeString(text, 0, QR_ECLEVEL_Q, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        // Each module is a byte whose lowest bit says it is dark; the others say what it is
        // part of (a finder pattern, the format information…), which a picture does not need.
        var packed = [UInt8](repeating: 0, count: Self.packedCount(size: size))
        for module in 0..<size * size where code.pointee.data[module] & 1 == 1 {
            packed[module >> 3] |= 0x80 >> UInt8(module & 7)
        }
        self.size = size
        packedModules = packed
    }

    /// A code kept from an earlier build; `nil` unless it has a symbol's size (21 to 177
    /// modules, four more each version) and that size's number of bytes.
    init?(size: Int, packedModules: [UInt8]) {
        guard (21...177).contains(size), (size - 21) % 4 == 0, packedModules.count == Self.packedCount(size: size) else {
            return nil
        }
        self.size = size
        self.packedModules = packedModules
    }

    static func packedCount(size: Int) -> Int { (size * size + 7) / 8 }

    /// Whether the module in `row`, `column` (from the top left, 0-based) is dark.
    func isDark(row: Int, column: Int) -> Bool {
        let module = row * size + column
        return packedModules[module >> 3] & (0x80 >> UInt8(module & 7)) != 0
    }
}
