/// Which plural form a count takes in a language (CLDR's cardinal rules for whole numbers),
/// so "1 day" / "2 days" and "1 день" / "2 дня" / "5 дней" come out right.
enum PluralRule {
    case oneOther
    case eastSlavic
    case otherOnly

    init(language: String) {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? language
        switch primary {
        case "ru", "uk", "be": self = .eastSlavic
        case "zh", "ja", "ko", "vi", "th", "id", "ms": self = .otherOnly
        default: self = .oneOther
        }
    }

    func category(for n: Int) -> String {
        switch self {
        case .oneOther:
            return n == 1 ? "one" : "other"
        case .otherOnly:
            return "other"
        case .eastSlavic:
            let (last, lastTwo) = (n % 10, n % 100)
            if last == 1, lastTwo != 11 { return "one" }
            if (2...4).contains(last), !(12...14).contains(lastTwo) { return "few" }
            return "many"
        }
    }
}
