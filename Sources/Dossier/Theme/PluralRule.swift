/// Which plural form a count takes in a language (CLDR's cardinal rules for whole numbers),
/// so "1 day" / "2 days" and "1 день" / "2 дня" / "5 дней" come out right.
enum PluralRule {
    case oneOther
    case eastSlavic
    case otherOnly

    init(language: String) {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? language
        switch primary {
        // The languages the default theme ships. CLDR: en "one: i = 1 and v = 0";
        // kk and ky "one: n = 1"; for a whole number both are n = 1.
        case "en", "kk", "ky": self = .oneOther
        // CLDR: ru (and uk, be) "one: v = 0 and i % 10 = 1 and i % 100 != 11", "few: … 2..4
        // and not 12..14", "many: the rest of the whole numbers"; other is for fractions.
        case "ru", "uk", "be": self = .eastSlavic
        // CLDR: other only.
        case "zh", "ja", "ko", "vi", "th", "id", "ms": self = .otherOnly
        // Any other language, which a site translates itself: one and other, the commonest
        // pair in CLDR.
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
