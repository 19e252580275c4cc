/// The search key of a text: what "Duman Mukhammedkarim", "Думан Мұхаммедкәрім", "Думан
/// Мухамедкарим" and "Duman Mūhammedkärim" have in common ("duman muhamedkarim").
///
/// The index is built with these keys and the reader's query is folded the same way by
/// `templates/assets/search.js`. Both follow these steps, in this order, and are tested
/// against one table of pairs, `Tests/DossierTests/Fixtures/search/folding.tsv`
/// (docs/search.md lists the rules and why):
///
/// 1. Lower case, then Unicode composition (NFC), so "й" is one letter however it was typed.
/// 2. Letter by letter:
///    a. Kazakh and Kyrgyz letters become their nearest Russian ones (ә→а ғ→г қ→к ң→н ө→о
///       ұ ү→у һ→х і→и), with ё→е and й→и; the Latin letters whose mark stands for an English
///       digraph become it (ş š→sh, ç č→ch, ž→zh), so Turkmen "Aşyrow" meets "Ashyrov";
///    b. then the project's transliteration (`Transliteration.table`, as for slugs);
///    c. any other letter loses its marks (canonical decomposition, nonspacing marks dropped);
///    d. apostrophes vanish (Uzbek oʻ, gʻ); anything that is not a letter or a digit ends a word.
/// 3. In each word, the Latin spelling variants, in this order: ye→e, dzh→zh, kh→h, gh→g,
///    zh→z, q→k, j→z, y→i, w→v. "ye" comes first because the English press writes Cyrillic е
///    as "ye" after a vowel (Tokayev: Токаев, "tokaev"), which y→i would turn into "tokaiev";
///    "dzh" (Russian дж) is the English "j" (Джамшед, Jamshed: "zamshed"); Turkmen and
///    Polish write в as "w" (Aşyrow, Ashyrov: "ashirov").
/// 4. A doubled letter becomes one ("mm"→"m"); digits stay as they are.
enum SearchKey {
    /// The keys of every word of `text`, joined by single spaces: its whole search key.
    static func fold(_ text: String) -> String {
        keys(of: text).joined(separator: " ")
    }

    /// One key per word of `text`, in order, repeated words included.
    static func keys(of text: String) -> [String] {
        var keys: [String] = []
        var word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            let key = mergingVariants(word)
            if !key.isEmpty { keys.append(key) }
            word = ""
        }
        for character in text.lowercased() {
            if let ascii = character.asciiValue {
                if isASCIIWordByte(ascii) { word.unicodeScalars.append(Unicode.Scalar(ascii)) } else if ascii != UInt8(ascii: "'") { endWord() }
            } else if let letters = mapped(character) {
                // A whole character found at once: Swift compares characters by canonical
                // equivalence, so "й" typed as и and a combining breve is found as "й".
                word += letters
            } else {
                // Otherwise scalar by scalar after composition (NFC), as the script does.
                for scalar in String(character).precomposedStringWithCanonicalMapping.unicodeScalars {
                    if let letters = latinLetters(scalar) { word += letters } else { endWord() }
                }
            }
        }
        endWord()
        return keys
    }

    /// The words of `text` as written, only lowercased and composed, without apostrophes:
    /// what a query is compared with to rank an exact spelling above a folded one.
    static func words(of text: String) -> [String] {
        text.utf8.allSatisfy { $0 < 0x80 } ? asciiWords(of: text) : unicodeWords(of: text)
    }

    /// `words(of:)` for ASCII text, read as bytes: most names are, and reading them as
    /// Unicode scalars was 1.5% of a large build (each search record reads its names' words).
    static func asciiWords(of text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        for var byte in text.utf8 where byte != UInt8(ascii: "'") {
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { byte |= 0x20 }
            if isASCIIWordByte(byte) {
                word.append(byte)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// `words(of:)` for any text.
    static func unicodeWords(of text: String) -> [String] {
        let lowered = text.lowercased()
        let composed = lowered.utf8.allSatisfy { $0 < 0x80 } ? lowered : lowered.precomposedStringWithCanonicalMapping
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in composed.unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            if isLetterOrDigit(scalar) || scalar.properties.generalCategory.isMark {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Step 2a: the letters folded before transliteration.
    static let nearestLetters: [Character: String] = [
        // Kazakh and Kyrgyz to their nearest Russian letters, and Russian ё and й.
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
        "ё": "е", "й": "и",
        // Turkmen, Azerbaijani, Uzbek and Czech-style Latin: the mark stands for an English digraph.
        "ş": "sh", "š": "sh", "ç": "ch", "č": "ch", "ž": "zh",
    ]

    /// Step 3, in order.
    static let variants: [(String, String)] = [
        ("ye", "e"), ("dzh", "zh"), ("kh", "h"), ("gh", "g"), ("zh", "z"), ("q", "k"), ("j", "z"), ("y", "i"), ("w", "v"),
    ]
}

private extension SearchKey {
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BB}", "\u{02BC}"]

    /// Steps 2a and 2b for one letter, or `nil` when neither changes it.
    static func mapped(_ letter: Character) -> String? {
        var letter = letter
        if let nearer = nearestLetters[letter] {
            if nearer.utf8.allSatisfy({ $0 < 0x80 }) { return nearer }
            letter = Character(nearer)
        }
        return Transliteration.table[letter]
    }

    /// Step 2 for one scalar of composed text: its Latin letters ("" for an apostrophe or a
    /// lone mark), or `nil` for anything that separates words.
    static func latinLetters(_ scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return isASCIIWordByte(byte) ? String(scalar) : byte == UInt8(ascii: "'") ? "" : nil
        }
        if let letters = mapped(Character(scalar)) { return letters }
        var letters = ""
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            if part.properties.generalCategory == .nonspacingMark { continue }
            if let mapped = mapped(Character(part)) {
                letters += mapped
            } else if isLetterOrDigit(part) {
                letters.unicodeScalars.append(part)
            } else {
                return nil
            }
        }
        return letters
    }

    /// Steps 3 and 4 on one word.
    static func mergingVariants(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        for (variant, replacement) in variantScalars where scalars.contains(variant[0]) {
            scalars = replacing(variant, with: replacement, in: scalars)
        }
        var merged = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if scalar == previous, scalar.properties.generalCategory.isLetter { continue }
            merged.append(scalar)
            previous = scalar
        }
        return String(merged)
    }

    static let variantScalars = variants.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// Every occurrence of `pattern`, left to right, as JavaScript's `split(pattern).join(replacement)`.
    static func replacing(_ pattern: [Unicode.Scalar], with replacement: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if index + pattern.count <= scalars.count, scalars[index..<(index + pattern.count)].elementsEqual(pattern) {
                result += replacement
                index += pattern.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return result
    }

    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Unicode's L and N categories: what JavaScript's `[\p{L}\p{N}]` matches.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return category.isLetter || category.isNumber
    }
}
