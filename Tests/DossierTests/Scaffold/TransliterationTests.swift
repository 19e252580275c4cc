import Dossier
import Testing

/// The transliteration table, letter by letter, as docs/content.md documents it.
@Suite struct TransliterationTests {
    static let letters: [(String, String)] = [
        ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "e"), ("ж", "zh"),
        ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"),
        ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"),
        ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"),
        ("я", "ya"),
        ("ә", "a"), ("ғ", "g"), ("қ", "k"), ("ң", "ng"), ("ө", "o"), ("ұ", "u"), ("ү", "u"), ("һ", "h"), ("і", "i"),
        ("ҳ", "h"), ("ҷ", "j"), ("ӣ", "i"), ("ӯ", "u"),
        ("є", "ye"), ("ї", "yi"), ("ґ", "g"), ("ў", "u"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("ø", "o"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("þ", "th"),
        ("ı", "i"), ("ə", "a"),
        ("é", "e"), ("è", "e"), ("ç", "c"), ("ş", "s"), ("ğ", "g"), ("ň", "n"), ("ý", "y"), ("ö", "o"), ("ü", "u"),
    ]

    @Test(arguments: letters) func eachLetterHasItsLatinSpelling(_ letter: String, _ latin: String) {
        #expect(Transliteration.slug(for: "x\(letter)x")?.rawValue == "x\(latin)x")
        #expect(Transliteration.slug(for: "X\(letter.uppercased())X")?.rawValue == "x\(latin)x")
    }

    /// Every letter of the table is tested above, and only those.
    @Test func theTestCoversTheWholeTable() {
        let tested = Set(Self.letters.map(\.0))
        let marks: Set<String> = ["ʻ", "ʼ", "’", "'"]
        let table = Set(Transliteration.table.keys.map(String.init)).subtracting(marks)
        #expect(table.subtracting(tested).isEmpty)
    }

    @Test(arguments: [
        ("Думан Мұхаммедкәрім", "duman-mukhammedkarim"),
        ("Махабат Тажибек кызы", "makhabat-tazhibek-kyzy"),
        ("Fédération internationale pour les droits humains", "federation-internationale-pour-les-droits-humains"),
        ("Oʻgʻiloy Ziyoyeva", "ogiloy-ziyoyeva"),
        ("Səbinə Əliyeva", "sabina-aliyeva"),
        ("O'Brien & Sons, 2024", "obrien-sons-2024"),
        ("  --Ana   Example--  ", "ana-example"),
    ]) func namesBecomeSlugs(_ name: String, _ slug: String) {
        #expect(Transliteration.slug(for: name)?.rawValue == slug)
    }

    /// ASCII names are read as bytes; a letter the table deletes ("ъ") sends the same name
    /// through the letter-by-letter reading, which must agree.
    @Test(arguments: [
        "Ana Example", "O'Brien & Sons, 2024", "'quoted' WORDS", "line\r\nbreak\ttab", "A--B__C..d",
        "2024-01 Arrest", "  ", "'", "x'y'z", "Trailing; punctuation!",
    ]) func asciiNamesReadAsBytesAgreeWithTheLetters(_ name: String) {
        #expect(Transliteration.slug(for: name) == Transliteration.slug(for: name + "ъ"))
        #expect(Transliteration.slug(for: name) == Transliteration.slug(for: "ъ" + name))
    }

    @Test func aNameWithNoLatinSpellingHasNoSlug() {
        #expect(Transliteration.slug(for: "王小明") == nil)
        #expect(Transliteration.slug(for: "—") == nil)
    }
}
