import Testing

@testable import Dossier

@Suite struct DateHintTests {
    @Test(arguments: [
        ("15.01.2024", "2024-01-15"), ("15/1/2024", "2024-01-15"), ("2024-1-5", "2024-01-05"),
        ("January 2024", "2024-01"), ("10 October 2024", "2024-10-10"), ("01.2024", "2024-01"),
    ])
    func rewritesCommonFormsIntoTheContentModelsForm(_ written: String, _ expected: String) {
        #expect(DateHint.rewritten(written) == expected)
    }

    @Test func offersNoRewriteOfAnImpossibleDate() {
        #expect(DateHint.rewritten("31.02.2024") == nil)
        #expect(DateHint.rewritten("soon") == nil)
    }

    @Test func aYearZeroIsNotCalledADayTooMany() {
        #expect(DateHint.fix(for: "0000-01-01") == "there is no year 0000: years start at 0001")
        #expect(DateHint.fix(for: "0000-01") == "there is no year 0000: years start at 0001")
    }
}
