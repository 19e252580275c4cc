import Foundation

/// Turns a name in any script the campaigns use into the letters of a slug.
///
/// One table, documented in docs/content.md ("File names"): the common English-language
/// press romanization of Russian, with the Kazakh, Kyrgyz, Tajik, Ukrainian and Belarusian
/// letters, so that "Думан Мұхаммедкәрім" becomes "duman-mukhammedkarim". Latin letters with
/// diacritics lose them ("Fédération" → "federation"); the few Latin letters that are not a
/// base letter plus a mark have their own row.
public enum Transliteration {
    /// Lowercase letters only: names are lowercased first.
    public static let table: [Character: String] = [
        // Russian
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
        // Kazakh and Kyrgyz
        "ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
        // Tajik
        "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
        // Ukrainian and Belarusian
        "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
        // Latin letters that are not a base letter plus a mark
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ı": "i", "ə": "a",
        // Uzbek's oʻ and gʻ: the turned comma is part of the letter, not a separator
        "ʻ": "", "ʼ": "", "’": "", "'": "",
    ]

    /// The slug for a name, or `nil` when nothing of it can be written in ASCII (a name in
    /// Chinese script, say), so the caller asks for one.
    public static func slug(for name: String) -> Slug? {
        if let slug = asciiSlug(for: name) { return slug }
        var result = ""
        var pendingHyphen = false
        for character in name.lowercased() {
            // Most names, countries and headings are ASCII: no table and no decomposition.
            if let ascii = character.asciiValue {
                let isAlphanumeric =
                    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii)
                if isAlphanumeric {
                    if pendingHyphen { result.append("-") }
                    pendingHyphen = false
                    result.unicodeScalars.append(Unicode.Scalar(ascii))
                    continue
                }
                if ascii != UInt8(ascii: "'") {
                    pendingHyphen = !result.isEmpty
                    continue
                }
            }
            for piece in latin(character) {
                if piece == "-" {
                    pendingHyphen = !result.isEmpty
                } else {
                    if pendingHyphen { result.append("-") }
                    pendingHyphen = false
                    result.append(piece)
                }
            }
        }
        return Slug(result)
    }

    /// The slug of an ASCII name, read as bytes: most names, countries and headings are
    /// ASCII, and reading them as Characters was half the time a body's headings took.
    /// `nil` when the name is not all ASCII (or has no slug), for `slug(for:)` to read it
    /// letter by letter.
    private static func asciiSlug(for name: String) -> Slug? {
        var name = name
        let slug = name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { result in
                var count = 0
                var pendingHyphen = false
                for byte in bytes {
                    let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
                    switch lowered {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        if pendingHyphen {
                            result[count] = UInt8(ascii: "-")
                            count += 1
                        }
                        pendingHyphen = false
                        result[count] = lowered
                        count += 1
                    case UInt8(ascii: "'"):
                        // The table deletes an apostrophe inside a word ("o'brien" → "obrien").
                        continue
                    default:
                        pendingHyphen = count > 0
                    }
                }
                return count
            }
        }
        return slug.flatMap(Slug.init)
    }

    /// ASCII letters and digits for one character, or "-" for anything that separates words.
    private static func latin(_ character: Character) -> String {
        if let mapped = table[character] { return mapped }
        var letters = ""
        // Decomposition splits "é" into "e" and a combining accent, which is dropped.
        for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                letters.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if let mapped = table[Character(scalar)] {
                letters += mapped
            } else {
                return "-"
            }
        }
        return letters
    }
}
