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

    public init(secondsSince1970 seconds: Int64) {
        today = CalendarDay(secondsSince1970: seconds)
        now = Moment(secondsSince1970: seconds)
    }
}
