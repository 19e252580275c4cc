/// The moment a build is for: it counts days in detention and ends embargoes. Fixed by
/// `--as-of` or `SOURCE_DATE_EPOCH`, so that the same input gives the same site.
public struct BuildClock: Sendable, Hashable {
    public let today: CalendarDay
    public let now: Moment

    /// A build "as of" a day counts to that day and treats its first moment (UTC) as now.
    public init(asOf day: CalendarDay) {
        today = day
        now = Moment(secondsSince1970: Int64(day.daysSince1970) * 86_400, written: PartialDate(day).description)
    }

    /// `nil` for a moment outside the years content can write (`PartialDate`: 0001 to 9999),
    /// where no date of a case could be compared with it.
    public init?(secondsSince1970 seconds: Int64) {
        guard Self.secondsRange.contains(seconds) else { return nil }
        today = CalendarDay(secondsSince1970: seconds)
        now = Moment(secondsSince1970: seconds)
    }

    /// From 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    public static let secondsRange: ClosedRange<Int64> =
        Int64(CalendarDay(year: 1, month: 1, day: 1).daysSince1970) * 86_400...Int64(CalendarDay(year: 10_000, month: 1, day: 1).daysSince1970)
        * 86_400 - 1
}
