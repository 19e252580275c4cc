import Foundation

@testable import Dossier

/// The documents of `Fixtures/search/index/`, the index the JavaScript tests search
/// (`Fixtures/search/search.test.js` expects its results).
enum SearchFixture {
    static let folder = Fixtures.root.appending(path: "search/index", directoryHint: .isDirectory)

    /// Small files, so that the script's tests cross from one file to the next.
    static let limits = SearchIndex.Limits(namesFile: 1_500, textFile: 1_200, docsFile: 700, commonWordMinimum: 50)

    static let documents: [SearchDocument] = [
        SearchDocument(
            kind: .case, path: "cases/duman-mukhammedkarim/", title: "Duman Mukhammedkarim",
            spellings: ["Думан Мухамедкарим", "duman-mukhammedkarim"], nativeName: "Думан Мұхаммедкәрім",
            country: "Kazakhstan", status: "imprisoned", statusLabel: "Imprisoned", daysText: "at least 516 days",
            words: .text(
                "Duman Mukhammedkarim is a journalist and blogger from Almaty. He was arrested in June 2023 "
                    + "after a live broadcast on his YouTube channel. In prison he went on a hunger strike.")),
        SearchDocument(
            kind: .case, path: "cases/galym-nurtazin/", title: "Galym Nurtazin",
            spellings: ["Галым Нуртазин", "galym-nurtazin"], nativeName: "Ғалым Нұртазин",
            country: "Kazakhstan", status: "detained", statusLabel: "Detained", daysText: "142 days",
            words: .text("Galym Nurtazin, an economist, was detained in Astana for a post about the price of bread.")),
        SearchDocument(
            kind: .case, path: "cases/makhabat-tazhibek-kyzy/", title: "Makhabat Tazhibek Kyzy",
            spellings: ["makhabat-tazhibek-kyzy"], nativeName: "Махабат Тажибек кызы",
            country: "Kyrgyzstan", status: "imprisoned", statusLabel: "Imprisoned", daysText: "at least 700 days",
            words: .text("Makhabat Tazhibek Kyzy directs Temirov Live. She was sentenced to six years in prison.")),
        SearchDocument(
            kind: .case, path: "cases/muhabbat-karimova/", title: "Muhabbat Karimova",
            spellings: ["Мухаббат Каримова", "muhabbat-karimova"], nativeName: "Мұхаббат Кәрімова",
            country: "Kazakhstan", status: "house-arrest", statusLabel: "House arrest", daysText: "90 days",
            words: .text("Muhabbat Karimova, a lawyer, defended journalists in Shymkent before her own arrest.")),
        SearchDocument(
            kind: .case, path: "cases/chary-ashyrov/", title: "Chary Ashyrov",
            spellings: ["chary-ashyrov"], nativeName: "Çary Aşyrow",
            country: "Turkmenistan", status: "missing", statusLabel: "Missing", daysText: "at least 1,200 days",
            words: .text("Chary Ashyrov disappeared after writing about the hunger strike of cotton farmers.")),
        SearchDocument(
            kind: .case, path: "cases/ales-vauchok/", title: "Ales Vauchok",
            spellings: ["Алесь Вавчок", "ales-vauchok"], nativeName: "Алесь Ваўчок",
            country: "Belarus", status: "released", statusLabel: "Released", daysText: "382 days",
            words: .text("Ales Vauchok, a photographer from Minsk, was released in 2024.")),
        SearchDocument(
            kind: .statement, path: "statements/2025-02-21-open-letter-to-president-tokayev/",
            title: "Open letter to President Tokayev on imprisoned journalists",
            spellings: ["2025-02-21-open-letter-to-president-tokayev"], dateText: "21 February 2025",
            words: .text(
                "We call on President Tokayev to release Duman Mukhammedkarim and Galym Nurtazin. "
                    + "Duman Mukhammedkarim has been on hunger strike since May.")),
        SearchDocument(
            kind: .statement, path: "statements/2024-10-10-kyrgyzstan-must-free-makhabat-tazhibek-kyzy/",
            title: "Kyrgyzstan must free Makhabat Tazhibek Kyzy",
            spellings: ["2024-10-10-kyrgyzstan-must-free-makhabat-tazhibek-kyzy"], dateText: "10 October 2024",
            words: .text("The sentence handed to Makhabat Tazhibek Kyzy punishes journalism itself.")),
        SearchDocument(
            kind: .organization, path: "signatories/human-rights-watch/", title: "Human Rights Watch",
            spellings: ["HRW", "Human Rights Watch (HRW)", "human-rights-watch"], country: "International",
            words: .text("An international human rights organization.")),
        SearchDocument(
            kind: .organization, path: "signatories/international-partnership-for-human-rights/",
            title: "International Partnership for Human Rights",
            spellings: ["IPHR", "international-partnership-for-human-rights"], country: "Belgium"),
    ]
}
