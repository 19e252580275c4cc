import Foundation
import Testing

@testable import Dossier

@Suite struct SearchIndexTests {
    @Test func theSameDocumentsInAnyOrderGiveTheSameBytes() {
        let documents = SearchFixture.documents
        let first = SearchIndex.files(for: documents, limits: SearchFixture.limits)
        let second = SearchIndex.files(for: documents.reversed(), limits: SearchFixture.limits)
        let third = SearchIndex.files(for: documents.shuffled(), limits: SearchFixture.limits)
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.bytes) == second.map(\.bytes))
        #expect(first.map(\.bytes) == third.map(\.bytes))
    }

    @Test func writesOnlyWhatTheDocumentsGiveAndTheKeysOfTheirWords() throws {
        let documents = SearchFixture.documents
        var given = Set(["case", "statement", "organization"])
        var keys = Set<String>()
        for document in documents {
            given.formUnion([document.path, document.title] + document.spellings)
            given.formUnion(
                [
                    document.nativeName, document.country, document.status, document.statusLabel,
                    document.daysText, document.dateText,
                ].compactMap { $0 })
            for text in [document.title, document.nativeName ?? "", document.country ?? "", document.text] + document.spellings {
                keys.formUnion(SearchKey.keys(of: text))
            }
        }
        // The manifest's and the files' own names for their parts.
        let structure: Set = [
            "format", "documents", "names", "text", "docs", "common_names", "common_words", "keys",
            "k", "p", "t", "n", "c", "s", "l", "d", "a", "o",
        ]
        for file in SearchIndex.files(for: documents, limits: SearchFixture.limits) {
            for string in try SearchIndexFile(file.bytes).strings where !given.contains(string) && !keys.contains(string) {
                #expect(structure.contains(string) || Int(string) != nil, "\(file.path): '\(string)'")
            }
        }
    }

    @Test func theTextOfADocumentIsIndexedByItsKeysOnly() {
        var document = SearchFixture.documents[0]
        document.words = .text("Nobody may read this sentence back.")
        let bytes = SearchIndex.files(for: [document]).flatMap(\.bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("Nobody may read"))
        #expect(!text.contains("sentence back"))
        #expect(text.contains(#""sentence""#))
    }

    @Test func noTextCanCloseTheScriptElementOrEndALine() {
        var document = SearchFixture.documents[0]
        document.title = "</script><script>alert(1)</script> & \u{2028}\u{2029}"
        document.nativeName = "<!--"
        document.spellings = ["</SCRIPT>"]
        for file in SearchIndex.files(for: [document]) {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(!file.bytes.contains(UInt8(ascii: "<")), "\(file.path)")
            #expect(!file.bytes.contains(UInt8(ascii: ">")), "\(file.path)")
            #expect(!file.bytes.contains(UInt8(ascii: "&")), "\(file.path)")
            #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"), "\(file.path)")
        }
        let names = SearchIndex.files(for: [document]).first { $0.path == "names-0.js" }?.bytes ?? []
        let escaped = String(decoding: names, as: UTF8.self)
        #expect(escaped.contains(#"\u003c/script\u003e\u003cscript\u003e"#))
    }

    @Test func everyFileStaysWithinItsLimit() {
        let limits = SearchFixture.limits
        // The budget counts the entries; the frame around them adds a few dozen bytes.
        let frame = 60
        for file in SearchIndex.files(for: SearchFixture.documents, limits: limits) where file.path != "manifest.js" {
            let limit = file.path.hasPrefix("names-") ? limits.namesFile : file.path.hasPrefix("text-") ? limits.textFile : limits.docsFile
            #expect(file.bytes.count <= limit + frame, "\(file.path): \(file.bytes.count) bytes")
        }
    }

    @Test func theManifestSaysWhereEachKeyLies() throws {
        let files = SearchIndex.files(for: SearchFixture.documents, limits: SearchFixture.limits)
        let manifest = try #require(try SearchIndexFile(files[0].bytes).data as? [String: Any])
        #expect(files[0].path == "manifest.js")
        #expect(manifest["format"] as? Int == 1)
        #expect(manifest["documents"] as? Int == SearchFixture.documents.count)
        let firstKeys = try #require(manifest["names"] as? [String])
        #expect(firstKeys.count > 1, "the fixture's limits should make several names files")
        #expect(firstKeys == firstKeys.sorted(by: SearchPostings.precedes))
        for (number, first) in firstKeys.enumerated() {
            let file = try #require(files.first { $0.path == "names-\(number).js" })
            let keys = try #require((try SearchIndexFile(file.bytes).data as? [String: Any])?["keys"] as? [[Any]])
            #expect(keys.first?.first as? String == first)
        }
    }

    @Test func aNameTooCommonForOneFileIsListedNotIndexed() {
        let documents = (0..<40).map { number in
            SearchDocument(kind: .case, path: "cases/person-\(number)/", title: "Person\(number) Tazhibek Kyzy")
        }
        let files = SearchIndex.files(for: documents, limits: .init(namesFile: 2_000))
        let manifest = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(manifest.contains(#""common_names":["kizi","tazibek"]"#))
    }

    @Test func wordsInMoreThanAThirdOfTheDocumentsAreLeftOutOfTheText() {
        // 180 documents: more than 60, and at least 50.
        let documents = (0..<180).map { number in
            SearchDocument(
                kind: .case, path: "cases/p\(number)/", title: "P\(number)",
                words: .text((number % 2 == 0 ? "the prison" : "the court") + (number % 10 == 0 ? " hunger" : "")))
        }
        let manifest = String(decoding: SearchIndex.files(for: documents)[0].bytes, as: UTF8.self)
        #expect(manifest.contains(#""common_words":["court","prison","the"]"#))
    }
}
