import Testing

@testable import Dossier

@Suite struct CaseDecoderTests {
    private func decode(_ frontMatter: String) -> (Case?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let file = SourceFile(
            path: "content/cases/ana.md",
            text: "---\nname: Ana\ncountry: Kyrgyzstan\nstatus: released\n\(frontMatter)---\n")
        let decoded = CaseDecoder(
            parser: ContentFileParser(
                allowsRawHTML: false, anchors: SectionAnchors(linkLabel: "Link", reserved: []),
                site: SiteAddresses(nil), today: CalendarDay(year: 2025, month: 6, day: 30))
        ).decode(file, &diagnostics)
        return (decoded, diagnostics)
    }

    @Test func aReleaseKnownToTheYearMayFollowAnArrestInThatYear() {
        let (decoded, diagnostics) = decode("detained: 2021-06\nreleased: 2021\n")
        #expect(diagnostics.isEmpty)
        #expect(decoded?.released?.description == "2021")
    }

    @Test func aReleaseBeforeEveryPossibleDayOfTheArrestIsAnError() {
        let (_, diagnostics) = decode("detained: 2021-06\nreleased: 2021-05\n")
        #expect(diagnostics.map(\.message) == ["'released' (2021-05) is before 'detained' (2021-06)"])
    }

    @Test func privateAndUnderscoreKeysAreNeitherReadNorWarnedAbout() {
        let (decoded, diagnostics) = decode("private: secret\n_note: secret\n")
        #expect(diagnostics.isEmpty)
        #expect(decoded != nil)
    }
}
