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
    /// place to fix.
    public static func firstPlace(in text: Substring) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if scalar != "\r", isControl(scalar, inPath: false) { return (scalar, line, column) }
            column += 1
        }
        return nil
    }

    /// `U+000B`, as a message names it.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
