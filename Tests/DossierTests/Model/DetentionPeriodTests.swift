import Testing

@testable import Dossier

@Suite struct DetentionPeriodTests {
    private let today = CalendarDay(year: 2025, month: 6, day: 30)

    private func period(_ detained: String?, _ released: String? = nil, _ status: CaseStatus = .imprisoned) -> DetentionPeriod? {
        DetentionPeriod(
            detained: detained.flatMap(PartialDate.init), released: released.flatMap(PartialDate.init),
            status: status, asOf: today)
    }

    /// Days and whether the count is a lower bound (1) or exact (0).
    private static func summary(_ period: DetentionPeriod) -> [Int] { [period.days, period.isLowerBound ? 1 : 0] }

    @Test func aFullDateCountsExactlyToTheBuildDate() {
        #expect(period("2025-06-01").map(Self.summary) == [29, 0])
        #expect(period("2025-06-30")?.days == 0)
    }

    @Test func aMonthCountsFromItsLastDayAndSaysAtLeast() {
        #expect(period("2025-05").map(Self.summary) == [30, 1])
    }

    @Test func aYearCountsFromItsLastDay() {
        #expect(period("2024").map(Self.summary) == [181, 1])
    }

    @Test func aReleaseEndsTheCount() {
        #expect(period("2020-03-15", "2021-04-01", .released).map(Self.summary) == [382, 0])
        // A release known to the month ends on its first day: never overstate.
        #expect(period("2020-03-15", "2021-04", .released).map(Self.summary) == [382, 1])
    }

    @Test func nothingIsCountedWithoutADateOrAnEnd() {
        #expect(period(nil) == nil)
        #expect(period("2020-01-01", nil, .released) == nil)
        #expect(period("2020-01-01", nil, .deceased) == nil)
        #expect(period("2026-01-01") == nil)
    }

    @Test func houseArrestAndPreTrialDetentionCount() {
        #expect(period("2025-06-01", nil, .houseArrest)?.days == 29)
        #expect(period("2025-06-01", nil, .detained)?.days == 29)
    }
}
