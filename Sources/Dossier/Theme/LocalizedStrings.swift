import Foundation
import TemplateEngine

/// Every fixed word the theme shows, in the site's language, from `strings/<language>.yaml`:
/// the table templates read as `{{t.key}}`, and what the generator itself needs to write
/// dates, statuses and counts. Immutable: the table is strings, lists and dictionaries of
/// them, which Swift cannot see through `Any`, hence the unchecked `Sendable`.
struct LocalizedStrings: @unchecked Sendable {
    let language: String
    /// All keys, for templates.
    let table: [String: Any]
    /// `table` as templates read it (`{{t.detained}}`), made once for every page and the
    /// names check.
    let templateTable: TemplateValue
    private let months: [String]
    private let monthsGenitive: [String]
    /// `{day} {month} {year}` and `{month} {year}`, in this language's order.
    private let dayPattern: TextPattern
    private let monthPattern: TextPattern
    private let groupSeparator: String
    /// Each plural set's phrase for each plural category, with `{n}`.
    private let plurals: [String: [String: TextPattern]]
    private let labels: [String: [String: String]]
    private let rule: PluralRule
    private let words: [String: String]

    /// The words the generator writes itself: the titles of its own pages (for `page.title`
    /// and navigation), the label of a heading's "#" link, what the filters group by, and
    /// the headings of `/data/`, the title and description of `/search/`.
    static let wordKeys = [
        "cases_title", "statements_title", "signatories_title", "not_found_title", "section_link",
        "countries_title", "statuses_title", "tags_title", "country", "current_status", "tag",
        "data_title", "data_cases", "data_statements", "data_signatories", "search_title", "search_hint",
    ]

    /// The plural sets the generator fills with a number.
    static let pluralSets = ["days", "days_at_least", "statements_count", "cases_count"]

    /// The plural sets of the lists' descriptions ("12 cases documented by this campaign…"):
    /// a strings file of a language the theme does not ship may leave them out, and its
    /// lists then go without.
    static let descriptionSets = [
        "cases_description", "statements_description", "signatories_description", "countries_description",
        "statuses_description", "tags_description",
    ]

    init(language: String, table: [String: Any], source: String, _ diagnostics: inout [Diagnostic]) {
        self.language = language
        self.table = table
        self.templateTable = TemplateValue.wrapping(table)
        self.rule = PluralRule(language: language)
        func missing(_ key: String, _ what: String) {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: source), "missing '\(key)': \(what)",
                    fix: "copy it from templates/strings/en.yaml of the default theme and translate it"))
        }
        // The month names and the digits' separator are CLDR's, unless the strings file
        // gives its own (a language CLDR does not know must).
        let cldr = CLDRWords(language: language)
        func monthNames(_ key: String, _ fromCLDR: [String]?) -> [String] {
            guard table[key] != nil || fromCLDR == nil else { return fromCLDR! }
            let strings = (table[key] as? [Any] ?? []).compactMap { $0 as? String }
            if strings.count != 12 { missing(key, "a list of the 12 month names (CLDR has none for '\(language)')") }
            return strings.count == 12 ? strings : Array(repeating: "?", count: 12)
        }
        func text(_ key: String, _ what: String) -> String {
            guard let value = table[key] as? String else {
                missing(key, what)
                return ""
            }
            return value
        }
        months = monthNames("months", cldr?.monthsWithYear)
        monthsGenitive = table["months_genitive"] == nil && table["months"] != nil ? months : monthNames("months_genitive", cldr?.monthsInDate)
        dayPattern = TextPattern(text("date_day", "the pattern of a full date, like \"{day} {month} {year}\""), names: ["day", "month", "year"])
        monthPattern = TextPattern(text("date_month", "the pattern of a month, like \"{month} {year}\""), names: ["month", "year"])
        groupSeparator = table["number_group_separator"] as? String ?? cldr?.groupSeparator ?? ""
        words = Dictionary(uniqueKeysWithValues: Self.wordKeys.map { ($0, text($0, "a word the generator writes")) })

        var plurals: [String: [String: TextPattern]] = [:]
        for set in Self.pluralSets + Self.descriptionSets {
            let forms = table[set] as? [String: Any] ?? [:]
            let strings = forms.compactMapValues { $0 as? String }
            let isOptional = Self.descriptionSets.contains(set) && table[set] == nil
            if strings["other"] == nil, !isOptional { missing("\(set).other", "the plural form used for most numbers, with {n}") }
            if !strings.isEmpty { plurals[set] = strings.mapValues { TextPattern($0, names: ["n"]) } }
        }
        self.plurals = plurals

        var labels: [String: [String: String]] = [:]
        for (group, keys) in [("status", CaseStatus.allCases.map(\.rawValue)), ("kind", StatementKind.allCases.map(\.rawValue))] {
            let values = (table[group] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            for key in keys where values[key] == nil { missing("\(group).\(key)", "the label of the \(group) '\(key)'") }
            labels[group] = values
        }
        self.labels = labels
    }

    /// Exactly what is known: "2024", "January 2024", "10 October 2024".
    func text(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        guard let day = date.day else {
            return monthPattern.filled { $0 == 0 ? months[month - 1] : String(date.year) }
        }
        return dayPattern.filled {
            switch $0 {
            case 0: String(day)
            case 1: monthsGenitive[month - 1]
            default: String(date.year)
            }
        }
    }

    /// A number in its plural phrase: "at least 512 days".
    func count(_ set: String, _ n: Int) -> String {
        optionalCount(set, n) ?? grouped(n)
    }

    /// A number in its plural phrase, or `nil` when the strings file has no such set (one of
    /// `descriptionSets`).
    func optionalCount(_ set: String, _ n: Int) -> String? {
        guard let forms = plurals[set], let pattern = forms[rule.category(for: n)] ?? forms["other"] else { return nil }
        return pattern.filled { _ in grouped(n) }
    }

    func label(status: CaseStatus) -> String { labels["status"]?[status.rawValue] ?? status.rawValue }
    func label(kind: StatementKind) -> String { labels["kind"]?[kind.rawValue] ?? kind.rawValue }

    /// One of `wordKeys`.
    func word(_ key: String) -> String { words[key] ?? key }

    /// A word a site of one language never needs, so an older strings file may lack it.
    func optionalWord(_ key: String) -> String? { table[key] as? String }

    private func grouped(_ n: Int) -> String {
        let digits = String(n)
        guard !groupSeparator.isEmpty, digits.count > 4 else { return digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += groupSeparator }
            result.append(digit)
        }
        return result
    }
}
