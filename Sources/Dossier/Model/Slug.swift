/// The name of a file and the last part of its URL: lowercase ASCII letters, digits and single
/// hyphens (`makhabat-tazhibek-kyzy`). A `Slug` value is always valid.
public struct Slug: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// `nil` unless `text` is already a valid slug.
    public init?(_ text: String) {
        guard Self.isValid(text) else { return nil }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.rawValue < rhs.rawValue }

    static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last,
            first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        var previousWasHyphen = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }

    /// The valid slug closest to `text`, to suggest when a file name is not one:
    /// `Makhabat Tazhibek_Kyzy` → `makhabat-tazhibek-kyzy`. Letters outside ASCII are dropped
    /// here; transliteration is `dossier new`'s work.
    public static func suggestion(for text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
