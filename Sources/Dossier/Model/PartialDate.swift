/// A date known to the year, the month or the day (`2024`, `2024-01`, `2024-01-15`).
///
/// Advocates often know only the month of an arrest. A `PartialDate` keeps exactly what is
/// known, so that no page prints an invented day.
public struct PartialDate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else or an impossible date.
    public init?(_ text: String) {
        var text = text
        guard let (year, month, day) = text.withUTF8(Self.parts), year >= 1 else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...CalendarDay.daysIn(month: month, year: year)).contains(day) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The numbers of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, read as bytes: every date of every
    /// file is read here, and splitting the text into strings was a sixth of reading fields.
    private static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int?, day: Int?)? {
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = 10 * value + Int(digit)
            }
            return value
        }
        func separated(_ range: Range<Int>) -> Int? {
            bytes[range.lowerBound - 1] == UInt8(ascii: "-") ? number(range) : nil
        }
        switch bytes.count {
        case 4: return number(0..<4).map { ($0, nil, nil) }
        case 7:
            guard let year = number(0..<4), let month = separated(5..<7) else { return nil }
            return (year, month, nil)
        case 10:
            guard let year = number(0..<4), let month = separated(5..<7), let day = separated(8..<10) else { return nil }
            return (year, month, day)
        default: return nil
        }
    }

    public init(_ day: CalendarDay) {
        self.year = day.year
        self.month = day.month
        self.day = day.day
    }

    public var isComplete: Bool { day != nil }

    /// As written in content and in `datetime` attributes: `2024`, `2024-01`, `2024-01-15`.
    public var description: String {
        guard (0...9999).contains(year), (month ?? 1) < 100, (day ?? 1) < 100 else {
            var text = String(year).leftPadded(to: 4)
            if let month { text += "-" + String(month).leftPadded(to: 2) }
            if let day { text += "-" + String(day).leftPadded(to: 2) }
            return text
        }
        // Written as ten bytes at most, which a string holds without allocating: every date
        // of every feed, page anchor and data file is written through here.
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ number: Int, digits: Int, at start: Int) {
                var rest = number
                for place in (start..<start + digits).reversed() {
                    text[place] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            guard let month else { return 4 }
            text[4] = UInt8(ascii: "-")
            put(month, digits: 2, at: 5)
            guard let day else { return 7 }
            text[7] = UInt8(ascii: "-")
            put(day, digits: 2, at: 8)
            return 10
        }
    }

    /// The first day the date allows: for counting forward from an end (a release).
    public var earliestDay: CalendarDay {
        CalendarDay(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day the date allows: for counting from a start (an arrest) without overstating.
    public var latestDay: CalendarDay {
        let month = self.month ?? 12
        return CalendarDay(year: year, month: month, day: day ?? CalendarDay.daysIn(month: month, year: year))
    }
}

extension PartialDate: Comparable {
    /// Chronological, with a less precise date before the more precise ones it contains.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
