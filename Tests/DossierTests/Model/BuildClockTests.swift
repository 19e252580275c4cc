import Testing

@testable import Dossier

/// The build's day comes from a setting anyone can write (`SOURCE_DATE_EPOCH`): every `Int64`
/// must give a day or a refusal, never a trap.
@Suite struct BuildClockTests {
    @Test func aMomentsDayIsRoundedDown() {
        #expect(CalendarDay(secondsSince1970: -86_401) == CalendarDay(year: 1969, month: 12, day: 30))
        #expect(CalendarDay(secondsSince1970: -1) == CalendarDay(year: 1969, month: 12, day: 31))
        #expect(CalendarDay(secondsSince1970: 0) == CalendarDay(year: 1970, month: 1, day: 1))
        #expect(CalendarDay(secondsSince1970: 86_399) == CalendarDay(year: 1970, month: 1, day: 1))
        #expect(CalendarDay(secondsSince1970: 86_400) == CalendarDay(year: 1970, month: 1, day: 2))
    }

    /// The reproduction was `SOURCE_DATE_EPOCH=-9223372036854775807`.
    @Test func theFarthestMomentsHaveADayToo() {
        #expect(CalendarDay(secondsSince1970: .min).year < -292_000_000_000)
        #expect(CalendarDay(secondsSince1970: .min + 1).year < -292_000_000_000)
        #expect(CalendarDay(secondsSince1970: .max).year > 292_000_000_000)
    }

    @Test func theClockTakesTheYearsContentCanWriteAndNoMore() {
        let range = BuildClock.secondsRange
        #expect(BuildClock(secondsSince1970: range.lowerBound)?.today == CalendarDay(year: 1, month: 1, day: 1))
        #expect(BuildClock(secondsSince1970: range.upperBound)?.today == CalendarDay(year: 9999, month: 12, day: 31))
        #expect(BuildClock(secondsSince1970: range.lowerBound - 1) == nil)
        #expect(BuildClock(secondsSince1970: range.upperBound + 1) == nil)
        #expect(BuildClock(secondsSince1970: .min) == nil)
        #expect(BuildClock(secondsSince1970: .max) == nil)
    }

    @Test func aDetentionFromTheFirstYearToTheLastIsCounted() {
        let period = DetentionPeriod(
            detained: PartialDate("0001-01"), released: nil, status: .imprisoned, asOf: CalendarDay(year: 9999, month: 12, day: 31))
        #expect(period?.days == 3_652_028)
        #expect(period?.isLowerBound == true)
    }
}
