import Foundation
import Testing

@testable import Dossier

@Suite struct SearchKeyTests {
    @Test func foldsEveryPairOfTheSharedTable() throws {
        let table = try FoldingTable()
        #expect(table.pairs.count >= 40)
        for pair in table.pairs {
            #expect(SearchKey.fold(pair.input) == pair.key, "folding.tsv:\(pair.line): \(pair.input)")
        }
    }

    @Test func theTableHasEveryLetterTheFoldingMaps() throws {
        // The JavaScript keeps its own copy of these letters: a row for each holds it to them.
        let inputs = try FoldingTable().pairs.map { $0.input.lowercased() }.joined()
        let letters = Set(Transliteration.table.keys).union(SearchKey.nearestLetters.keys)
        let missing = letters.filter { !inputs.contains($0) }.sorted()
        #expect(missing.isEmpty, "add a row to folding.tsv for \(missing)")
    }

    @Test func theIssuesSpellingsMeet() {
        let groups = [
            ["Duman Mukhammedkarim", "Думан Мұхаммедкәрім", "Думан Мухамедкарим", "Duman Mūhammedkärim"],
            ["Galym", "Ghalym", "Ғалым"],
            ["Tokayev", "Toqaev", "Тоқаев", "Токаев"],
        ]
        for group in groups {
            #expect(Set(group.map(SearchKey.fold)).count == 1, "\(group.map(SearchKey.fold))")
        }
    }

    @Test func keysAreOnePerWord() {
        #expect(SearchKey.keys(of: "Makhabat Tazhibek-Kyzy, 2024") == ["mahabat", "tazibek", "kizi", "2024"])
        #expect(SearchKey.keys(of: " — ") == [])
    }

    @Test func wordsKeepTheSpellingAndDropApostrophes() {
        #expect(SearchKey.words(of: "Думан Мұхаммедкәрім") == ["думан", "мұхаммедкәрім"])
        #expect(SearchKey.words(of: "Oʻzbekiston, Women’s") == ["ozbekiston", "womens"])
    }

    @Test func asciiWordsAreTheWordsOfTheUnicodeReading() {
        #expect(SearchKey.asciiWords(of: "O'Brien, 2024-05-01-free-ANA_x") == ["obrien", "2024", "05", "01", "free", "ana", "x"])
        // Every ASCII character, in texts made of them at random (the same texts every run).
        var random = Random(seed: 3)
        for _ in 0..<2_000 {
            let text = String((0..<random.next(24)).map { _ in Character(Unicode.Scalar(UInt8(random.next(128)))) })
            #expect(SearchKey.asciiWords(of: text) == SearchKey.unicodeWords(of: text), "\(text.debugDescription)")
        }
    }
}
