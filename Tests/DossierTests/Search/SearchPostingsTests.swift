import Testing

@testable import Dossier

@Suite struct SearchPostingsTests {
    /// The postings as their definition reads, each text's keys found whole and on their own.
    private static func expected(_ documents: [SearchDocument], commonCount: Int) -> (names: [String: [Int32]], words: [String: [Int32]]) {
        var names: [String: [Int32]] = [:]
        var words: [String: [Int32]] = [:]
        for (number, document) in documents.enumerated() {
            let number = Int32(number)
            let nameKeys = ([document.title, document.nativeName ?? ""] + document.spellings).flatMap(SearchKey.keys(of:))
            let wordKeys = nameKeys + [document.country ?? "", document.text].flatMap(SearchKey.keys(of:))
            for key in Set(nameKeys) where !key.allSatisfy(\.isNumber) { names[key, default: []].append(number) }
            for key in Set(wordKeys) { words[key, default: []].append(number) }
        }
        return (names, words.filter { $0.value.count <= commonCount })
    }

    @Test func namesAndWordsFoldedTogetherInRunsAreEachFoldedAlone() {
        // Names share pieces with texts ("Kyzy", a family name in a story) and a piece of one
        // is a name in one document and a word in the next.
        let documents =
            Array(SearchCorpus.synthetic().prefix(600)) + [
                SearchDocument(kind: .case, path: "cases/a/", title: "Aigul Kyzy", words: .text("Kyzy spoke; «Свобода» — 2024")),
                SearchDocument(kind: .statement, path: "statements/b/", title: "On Kyzy", spellings: ["2024-05-01-on-kyzy"]),
                SearchDocument(kind: .organization, path: "signatories/c/", title: "Свобода", country: "Kyrgyzstan"),
            ]
        let (names, words, common) = SearchPostings.namesAndWords(of: documents, commonCount: 100)
        let expected = Self.expected(documents, commonCount: 100)
        #expect(names.documents == expected.names)
        #expect(words.documents == expected.words)
        #expect(!common.isEmpty)
        #expect(names.documents["2024"] == nil)
        #expect(words.documents["2024"] == [600, 601])
    }

    @Test func runsShareTheBytesOfTextAndCoverEveryDocumentInOrder() {
        let documents = Array(SearchCorpus.synthetic().prefix(2_000))
        let sizes = documents.map(\.size)
        for count in [1, 2, 3, 5] {
            let runs = SearchPostings.runs(of: documents, count: count)
            #expect(runs.count == count)
            #expect(runs.first?.lowerBound == 0)
            #expect(runs.last?.upperBound == documents.count)
            for (run, next) in zip(runs, runs.dropFirst()) { #expect(run.upperBound == next.lowerBound) }
            // Each run's share, to within one document.
            let share = sizes.reduce(0, +) / count
            for run in runs { #expect(abs(sizes[run].reduce(0, +) - share) <= sizes.max()! * 2) }
        }
        #expect(SearchPostings.runs(of: [], count: 2).isEmpty)
        #expect(SearchPostings.runs(of: Array(documents.prefix(1)), count: 2) == [0..<1])
    }

    @Test func aDocumentsSizeCountsItsBodyWithoutMakingItsText() {
        let body = BodyHTML([.html("<p>Held in "), .link(SiteLink("cases/x/")), .html("Bishkek</p>")])
        let document = SearchDocument(kind: .case, path: "cases/a/", title: "Ana", spellings: ["Анна"], country: "Kyrgyzstan", words: .body(body))
        #expect(document.size == "Ana".utf8.count + "Анна".utf8.count + "Kyrgyzstan".utf8.count + "<p>Held in ".utf8.count + "Bishkek</p>".utf8.count)
    }
}
