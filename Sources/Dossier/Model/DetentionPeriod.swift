/// How long a person has been held: from `detained` to `released` or, while held, to the
/// build date.
///
/// A partial date counts from the last day it allows (an arrest in "2024-01" counts from
/// 31 January) and to the first day a partial release allows, so the count never overstates;
/// it is then "at least N days".
public struct DetentionPeriod: Sendable, Hashable {
    public let days: Int
    public let isLowerBound: Bool

    /// `nil` when it cannot be counted: no arrest date, or a person no longer held whose
    /// release date is not known, or an end before the start.
    public init?(detained: PartialDate?, released: PartialDate?, status: CaseStatus, asOf today: CalendarDay) {
        guard let detained else { return nil }
        let end: CalendarDay
        if let released {
            end = released.earliestDay
        } else if status.isHeld {
            end = today
        } else {
            return nil
        }
        let days = end.daysSince1970 - detained.latestDay.daysSince1970
        guard days >= 0 else { return nil }
        self.days = days
        self.isLowerBound = !detained.isComplete || !(released?.isComplete ?? true)
    }
}
