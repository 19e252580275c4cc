/// Characters no page, feed or data file may hold: the C0 controls but tab and newline, DEL,
/// and the C1 controls. Invisible in an editor, they make a feed or a sitemap ill-formed XML
/// (XML 1.0 allows none of C0's), and a path end early (NUL).
public enum ControlCharacter {
    /// The first one in `text`; tab and newline count only when `inPath`.
    public static func first(in text: String, inPath: Bool = false) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09, 0x0A: inPath
            case 0..<0x20, 0x7F...0x9F: true
            default: false
            }
        }
    }

    /// `U+000B`, as a message names it.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
