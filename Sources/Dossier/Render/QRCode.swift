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
    /// Row by row, `true` for a dark module.
    private let modules: [Bool]

    /// `nil` when `text` is longer than the largest symbol holds (about 1,600 bytes).
    init?(encoding text: String) {
        guard !text.isEmpty, let code = QRcode_encodeString(text, 0, QR_ECLEVEL_Q, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        // Each module is a byte whose lowest bit says it is dark; the others say what it is
        // part of (a finder pattern, the format information…), which a picture does not need.
        modules = (0..<size * size).map { code.pointee.data[$0] & 1 == 1 }
        self.size = size
    }

    /// Whether the module in `row`, `column` (from the top left, 0-based) is dark.
    func isDark(row: Int, column: Int) -> Bool {
        modules[row * size + column]
    }
}
