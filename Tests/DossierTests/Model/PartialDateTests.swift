import Testing

@testable import Dossier

@Suite struct PartialDateTests {
    @Test(arguments: ["2024", "2024-01", "2024-01-15", "2024-02-29", "0999", "0001-02-03", "9999-12-31"])
    func acceptsTheThreeForms(_ text: String) throws {
        #expect(try #require(PartialDate(text)).description == text)
    }

    @Test(arguments: [
        "", "24", "2024-1", "2024-13", "2024-00", "2024-02-30", "2023-02-29", "2024-01-15T09:00",
        "15.01.2024", "January 2024", "2024-01-", "-2024", "2024--01", "２０２４", "0000", "2024/01",
        "2024-01/15", "2024-0a", "2024 01", "+024", "2024-01-1\u{301}",
    ])
    func rejectsAnythingElse(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func keepsOnlyWhatIsKnown() throws {
        let month = try #require(PartialDate("2024-01"))
        #expect(month.year == 2024 && month.month == 1 && month.day == nil)
        #expect(!month.isComplete)
    }

    @Test func spansFromItsFirstToItsLastDay() throws {
        #expect(try #require(PartialDate("2024")).earliestDay == CalendarDay(year: 2024, month: 1, day: 1))
        #expect(try #require(PartialDate("2024")).latestDay == CalendarDay(year: 2024, month: 12, day: 31))
        #expect(try #require(PartialDate("2024-02")).latestDay == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(try #require(PartialDate("2023-02")).latestDay == CalendarDay(year: 2023, month: 2, day: 28))
    }

    @Test func ordersChronologicallyWithTheVaguerDateFirst() throws {
        let dates = try ["2024-01-15", "2024", "2023-12-31", "2024-01"].map { try #require(PartialDate($0)) }
        #expect(dates.sorted().map(\.description) == ["2023-12-31", "2024", "2024-01", "2024-01-15"])
    }
}

@Suite struct CalendarDayTests {
    @Test func countsDaysSince1970() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1).daysSince1970 == 0)
        #expect(CalendarDay(year: 2000, month: 3, day: 1).daysSince1970 == 11_017)
        #expect(CalendarDay(year: 1969, month: 12, day: 31).daysSince1970 == -1)
    }

    @Test func roundTripsThroughDayNumbers() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDay(daysSince1970: days).daysSince1970 == days)
        }
    }

    @Test func takesTheUTCDayOfAMoment() {
        #expect(CalendarDay(secondsSince1970: 1_751_241_599) == CalendarDay(year: 2025, month: 6, day: 29))
        #expect(CalendarDay(secondsSince1970: 1_751_241_600) == CalendarDay(year: 2025, month: 6, day: 30))
        #expect(CalendarDay(secondsSince1970: -1) == CalendarDay(year: 1969, month: 12, day: 31))
    }
}

@Suite struct MomentTests {
    @Test func readsTheOffsetFromUTC() throws {
        let bishkek = try #require(Moment(iso8601: "2025-02-21T09:00+06:00"))
        let utc = try #require(Moment(iso8601: "2025-02-21T03:00Z"))
        #expect(bishkek.secondsSince1970 == utc.secondsSince1970)
        #expect(try #require(Moment(iso8601: "2025-02-21T03:00:30-01:30")).secondsSince1970 == utc.secondsSince1970 + 5_430)
    }

    @Test func aDateAloneIsMidnightUTC() throws {
        #expect(try #require(Moment(iso8601: "1970-01-02")).secondsSince1970 == 86_400)
    }

    @Test(arguments: ["2025-02-21T09:00", "2025-02-21T25:00Z", "2025-02", "tomorrow", "2025-02-21T09:00+0600x"])
    func refusesAMomentWithoutAZoneOrOutOfRange(_ text: String) {
        #expect(Moment(iso8601: text) == nil)
    }
}
