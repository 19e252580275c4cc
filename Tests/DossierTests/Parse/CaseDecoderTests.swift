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

    /// Years are written with four digits, from 0001: anything past them is the field's error
    /// at its line, not a number of days too large to count.
    @Test(arguments: ["99999-01-01", "0000-01-01", "0000-01", "-0001-01-01", "9223372036854775807", "99999999999999999999-01-01"])
    func aDateOutsideTheYearsContentCanWriteIsAnErrorAtItsLine(_ written: String) {
        let (_, diagnostics) = decode("detained: \(written)\n")
        #expect(diagnostics.map(\.location?.line) == [5])
        #expect(diagnostics.map(\.message) == ["'detained' must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '\(written)'"])
    }

    @Test func theFirstAndLastYearsAreDates() {
        let (decoded, diagnostics) = decode("detained: 0001-01\nreleased: 2025-06-30\n")
        #expect(diagnostics.isEmpty)
        #expect(decoded?.detained?.description == "0001-01")
        let (_, future) = decode("detained: 9999-12-31\n")
        #expect(future.map(\.message) == ["'detained' (9999-12-31) is after today (2025-06-30): it cannot have happened yet"])
    }
}
