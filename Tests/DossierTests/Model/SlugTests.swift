import Testing

@testable import Dossier

@Suite struct SlugTests {
    @Test(arguments: ["makhabat-tazhibek-kyzy", "a", "2025-02-21-statement", "x1"])
    func acceptsLowercaseLettersDigitsAndSingleHyphens(_ text: String) {
        #expect(Slug(text)?.rawValue == text)
    }

    @Test(arguments: ["", "-a", "a-", "a--b", "A", "a_b", "a b", "ä", "махабат", "a.md", "a/b"])
    func rejectsEverythingElse(_ text: String) {
        #expect(Slug(text) == nil)
    }

    @Test func suggestsTheClosestValidSlug() {
        #expect(Slug.suggestion(for: "Makhabat Tazhibek_Kyzy") == "makhabat-tazhibek-kyzy")
        #expect(Slug.suggestion(for: "--Free  Ana!!") == "free-ana")
        #expect(Slug.suggestion(for: "бек") == "")
    }
}
