/// Suggests the content model's date form for the ways people commonly write dates.
enum DateHint {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func fix(for text: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if text.hasPrefix("0000") {
            return "there is no year 0000: years start at 0001"
        }
        if parts.count == 3, (1...12).contains(parts[1]), text.count == 10 {
            let days = CalendarDay.daysIn(month: parts[1], year: parts[0])
            return "that month has \(days) days; check the day"
        }
        let example = rewritten(text).map { "write '\($0)'" } ?? "write '2024-01-15', or '2024-01' or '2024' when only the month or year is known"
        return example + "; never add a day that is not known"
    }

    /// `15.01.2024` → `2024-01-15`, `January 2024` → `2024-01`, `2024-1-5` → `2024-01-05`.
    static func rewritten(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { ".-/ ,".contains($0) }).map { String($0) }
        let numbers = parts.map { Int($0) }
        func valid(_ candidate: String) -> String? { PartialDate(candidate) != nil ? candidate : nil }
        func pad(_ number: Int) -> String { String(number).leftPadded(to: 2) }
        if parts.count == 3, let a = numbers[0], let b = numbers[1], let c = numbers[2] {
            if parts[0].count == 4 { return valid("\(a)-\(pad(b))-\(pad(c))") }
            if parts[2].count == 4 { return valid("\(c)-\(pad(b))-\(pad(a))") }
        }
        if parts.count == 2, let a = numbers[0], let b = numbers[1] {
            if parts[0].count == 4 { return valid("\(a)-\(pad(b))") }
            if parts[1].count == 4 { return valid("\(b)-\(pad(a))") }
        }
        let month = parts.compactMap { part in months.firstIndex(where: { part.lowercased().hasPrefix($0) }) }.first
        let year = parts.first { $0.count == 4 && Int($0) != nil }
        let day = parts.first { $0.count <= 2 && Int($0) != nil }.flatMap { Int($0) }
        if let month, let year {
            return valid(day.map { "\(year)-\(pad(month + 1))-\(pad($0))" } ?? "\(year)-\(pad(month + 1))")
        }
        return nil
    }
}
