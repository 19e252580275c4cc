/// Characters no page, feed or data file may hold: the C0 controls but tab and newline, DEL,
/// and the C1 controls. Invisible in an editor, they make a feed or a sitemap ill-formed XML
/// (XML 1.0 allows none of C0's), and a path end early (NUL).
public enum ControlCharacter {
    /// The first one in `text`; tab and newline count only when `inPath`.
    public static func first(in text: String, inPath: Bool = false) -> Unicode.Scalar? {
        text.unicodeScalars.first { isControl($0, inPath: inPath) }
    }

    private static func isControl(_ scalar: Unicode.Scalar, inPath: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: inPath
        case 0..<0x20, 0x7F...0x9F: true
        default: false
        }
    }

    /// The first one in a file's `text`, where tab and carriage return (YAML's white space
    /// and line end) are none, with its line and column counted from 1, for an error at the
    /// place to fix. Every front matter goes through it, so it reads bytes: a C0 control or
    /// DEL is one byte, a C1 control the two bytes `C2 80`–`C2 9F`, and a column counts the
    /// bytes that start a character.
    public static func firstPlace(in text: Substring) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        var line = 1
        var column = 0
        var afterC2 = false
        for byte in text.utf8 {
            if afterC2, (0x80...0x9F).contains(byte) { return (Unicode.Scalar(byte), line, column) }
            afterC2 = byte == 0xC2
            if byte & 0xC0 != 0x80 { column += 1 }
            switch byte {
            case 0x0A:
                line += 1
                column = 0
            case 0x09, 0x0D: continue
            case 0..<0x20, 0x7F: return (Unicode.Scalar(byte), line, column)
            default: continue
            }
        }
        return nil
    }

    /// `U+000B`, as a message names it.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
