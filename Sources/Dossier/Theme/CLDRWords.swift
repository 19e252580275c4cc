import Foundation

/// The words of dates and numbers in a language, from the CLDR data that Foundation carries
/// (ICU): the month names in the form CLDR writes a month with its year ("октябрь 2024") and
/// in a full date ("10 октября 2024"), and what separates groups of digits ("12 345"). A
/// strings file may still give its own (`months`, `months_genitive`, `number_group_separator`).
struct CLDRWords: Sendable {
    /// The form of "{month} {year}".
    let monthsWithYear: [String]
    /// The form of "{day} {month} {year}".
    let monthsInDate: [String]
    let groupSeparator: String

    /// `nil` when CLDR has no data for the language: its strings file must then name the months.
    init?(language: String) {
        let primary = String(language.split(separator: "-").first ?? "").lowercased()
        let available = Set(Locale.availableIdentifiers.map { $0.lowercased() })
        guard available.contains(primary) || available.contains(language.lowercased().replacingOccurrences(of: "-", with: "_")) else {
            return nil
        }
        let locale = Locale(identifier: language)
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = Calendar(identifier: .gregorian)
        /// The month names CLDR's pattern for `template` uses: `LLLL` is the form a month
        /// stands in alone (Russian "октябрь"), `MMMM` the form it takes in a date ("октября").
        func months(for template: String) -> [String] {
            formatter.setLocalizedDateFormatFromTemplate(template)
            return formatter.dateFormat.contains("LLLL") ? formatter.standaloneMonthSymbols : formatter.monthSymbols
        }
        monthsWithYear = months(for: "yMMMM")
        monthsInDate = months(for: "yMMMMd")
        groupSeparator = locale.groupingSeparator ?? ""
        guard monthsWithYear.count == 12, monthsInDate.count == 12 else { return nil }
    }
}
