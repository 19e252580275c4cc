/// An instant, as seconds since 1970 UTC: when a build happens, when an embargo ends.
public struct Moment: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let secondsSince1970: Int64
    /// The text it was written as, kept for messages (`2025-02-21T09:00+06:00`).
    public let written: String

    public init(secondsSince1970: Int64, written: String? = nil) {
        self.secondsSince1970 = secondsSince1970
        self.written = written ?? "@\(secondsSince1970)"
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`, or a bare `YYYY-MM-DD` meaning midnight UTC.
    /// An embargo without a time zone would mean a different moment on every build machine,
    /// so a time without a zone is rejected.
    public init?(iso8601 text: String) {
        let dateText = text.prefix(10)
        guard let date = PartialDate(String(dateText)), date.isComplete else { return nil }
        var seconds = Int64(date.earliestDay.daysSince1970) * 86_400
        let rest = text.dropFirst(10)
        if !rest.isEmpty {
            guard let parsed = Self.parseTime(rest) else { return nil }
            seconds += parsed
        }
        self.init(secondsSince1970: seconds, written: text)
    }

    public var description: String { written }

    public static func < (lhs: Moment, rhs: Moment) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    /// `THH:MM[:SS]` followed by `Z` or `±HH:MM`: the seconds after midnight UTC.
    private static func parseTime(_ text: Substring) -> Int64? {
        guard text.first == "T" || text.first == " " else { return nil }
        var rest = text.dropFirst()
        func number(_ width: Int, _ range: ClosedRange<Int>) -> Int? {
            let digits = rest.prefix(width)
            guard digits.count == width, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(digits), range.contains(value)
            else { return nil }
            rest = rest.dropFirst(width)
            return value
        }
        guard let hour = number(2, 0...23), rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        guard let minute = number(2, 0...59) else { return nil }
        var second = 0
        if rest.first == ":" {
            rest = rest.dropFirst()
            guard let value = number(2, 0...60) else { return nil }
            second = value
        }
        var local = Int64(hour * 3600 + minute * 60 + second)
        switch rest.first {
        case "Z" where rest.count == 1:
            return local
        case "+", "-":
            let sign: Int64 = rest.first == "+" ? 1 : -1
            rest = rest.dropFirst()
            guard let offsetHours = number(2, 0...14) else { return nil }
            if rest.first == ":" { rest = rest.dropFirst() }
            guard let offsetMinutes = number(2, 0...59), rest.isEmpty else { return nil }
            local -= sign * Int64(offsetHours * 3600 + offsetMinutes * 60)
            return local
        default:
            return nil
        }
    }
}
