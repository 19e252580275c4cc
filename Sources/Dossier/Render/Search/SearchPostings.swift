/// For each key, the numbers of the documents that have it, in ascending order: the names
/// of the documents, or every word of them for the full-text search. The numbers are 32-bit:
/// a large site's index holds more than a million of them.
struct SearchPostings {
    fileprivate(set) var documents: [String: [Int32]] = [:]

    /// The keys of every document's names: title, native name and other spellings. Numbers
    /// are left to the full text: in a statement's slug they are its date, not its name.
    ///
    /// Folded as the words are, each piece once: a site's names repeat their words (a family
    /// name, "Kyzy", the spellings of each language), and folding every name whole was the
    /// longest of the index's jobs.
    private static func names(of documents: [SearchDocument]) -> SearchPostings {
        var folder = SearchWordFolder()
        for (number, document) in documents.enumerated() {
            for name in [document.title, document.nativeName ?? ""] + document.spellings {
                folder.add(name, of: number)
            }
        }
        var postings = SearchPostings()
        for (key, numbers) in zip(folder.keys, folder.documents) where !key.allSatisfy(\.isNumber) {
            postings.documents[key] = numbers
        }
        return postings
    }

    /// The names' postings and the words': the keys of every word of the documents, their
    /// names, country and text, so that a query that mixes a name with a word of the story
    /// finds it. The words in more than `commonCount` documents are left out of the words'
    /// postings and listed apart, in the script's order.
    ///
    /// The words are folded in three runs of documents and the names beside them, four jobs
    /// for the cores, so that neither waits long for the other. Each run's numbers all come
    /// after the one before's, so each key's numbers stay ascending when the runs are joined.
    static func namesAndWords(
        of documents: [SearchDocument], commonCount: Int
    ) -> (names: SearchPostings, words: SearchPostings, commonWords: [String]) {
        enum Part {
            case names(SearchPostings)
            case words(keys: [String], documents: [[Int32]])
        }
        let third = (documents.count + 2) / 3
        let runs = [nil] + stride(from: 0, to: documents.count, by: max(third, 1)).map { $0..<min($0 + third, documents.count) }
        var parts = runs.concurrentMap { run -> Part in
            guard let run else { return .names(names(of: documents)) }
            var folder = SearchWordFolder()
            for number in run {
                let document = documents[number]
                for text in [document.title, document.nativeName ?? "", document.country ?? "", document.text] + document.spellings {
                    folder.add(text, of: number)
                }
            }
            let (keys, lists) = folder.folded()
            return .words(keys: keys, documents: lists)
        }
        // The common words are known from the runs' counts before any list is joined: their
        // lists are most of the postings (on the large benchmark corpus, 11 of 21 MB), and
        // joining them too was the top of a large build's memory.
        var counts: [String: Int] = [:]
        for case .words(let keys, let lists) in parts {
            for (key, numbers) in zip(keys, lists) { counts[key, default: 0] += numbers.count }
        }
        let commonWords = counts.compactMap { $0.value > commonCount ? $0.key : nil }.sorted(by: precedes)
        let common = Set(commonWords)

        var namePostings = SearchPostings()
        var wordPostings = SearchPostings()
        // Each run's lists are let go as soon as they are joined, so that at most one is held
        // twice; a key's first numbers are taken over, not copied.
        for index in parts.indices {
            let part = parts[index]
            parts[index] = .names(SearchPostings())
            switch part {
            case .names(let postings):
                namePostings = postings
            case .words(let keys, let lists):
                for (key, numbers) in zip(keys, lists) where !common.contains(key) {
                    if let known = wordPostings.documents.index(forKey: key) {
                        wordPostings.documents.values[known] += numbers
                    } else {
                        wordPostings.documents[key] = numbers
                    }
                }
            }
        }
        return (namePostings, wordPostings, commonWords)
    }

    /// The keys in the order the search script compares strings: by UTF-16 code units.
    var sortedKeys: [String] {
        documents.keys.sorted(by: SearchPostings.precedes)
    }

    /// The length of each key's entry in a file, `["key",[numbers]]`.
    func entrySizes() -> [String: Int] {
        var sizes: [String: Int] = [:]
        sizes.reserveCapacity(documents.count)
        for (key, numbers) in documents { sizes[key] = SearchScriptFile.entrySize(key, numbers) }
        return sizes
    }

    /// JavaScript's string order, which shard boundaries must follow.
    static func precedes(_ first: String, _ second: String) -> Bool {
        first.utf16.lexicographicallyPrecedes(second.utf16)
    }
}
