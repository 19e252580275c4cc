/// For each key, the numbers of the documents that have it, in ascending order: the names
/// of the documents, or every word of them for the full-text search. The numbers are 32-bit:
/// a large site's index holds more than a million of them.
struct SearchPostings {
    fileprivate(set) var documents: [String: [Int32]] = [:]

    /// The names' postings and the words': the keys of every word of the documents, their
    /// names, country and text, so that a query that mixes a name with a word of the story
    /// finds it; and the keys of their names alone (title, native name, other spellings),
    /// without numbers: in a statement's slug they are its date, not its name. The words in
    /// more than `commonCount` documents are left out of the words' postings and listed
    /// apart, in the script's order.
    ///
    /// Both are folded in two runs of documents, one for each core, each piece of text once:
    /// a name's pieces are a story's too. Each run's numbers all come after the one before's,
    /// so each key's numbers stay ascending when the runs are joined.
    static func namesAndWords(
        of documents: [SearchDocument], commonCount: Int
    ) -> (names: SearchPostings, words: SearchPostings, commonWords: [String]) {
        var runs = runs(of: documents, count: 2).concurrentMap { run in
            var folder = SearchWordFolder()
            for number in run {
                let document = documents[number]
                for name in [document.title, document.nativeName ?? ""] + document.spellings {
                    folder.add(name, of: number, isName: true)
                }
                folder.add(document.country ?? "", of: number)
                folder.add(document.text, of: number)
            }
            return folder.folded()
        }
        // The common words are known from the runs' counts before any list is joined: their
        // lists are most of the postings (on the large benchmark corpus, 11 of 21 MB), and
        // joining them too was the top of a large build's memory.
        var counts: [String: Int] = [:]
        for run in runs {
            for (key, numbers) in zip(run.keys, run.documents) { counts[key, default: 0] += numbers.count }
        }
        let commonWords = counts.compactMap { $0.value > commonCount ? $0.key : nil }.sorted(by: precedes)
        let common = Set(commonWords)

        var namePostings = SearchPostings()
        var wordPostings = SearchPostings()
        // Each run's lists are let go as soon as they are joined, so that at most one is held
        // twice; a key's first numbers are taken over, not copied.
        for index in runs.indices {
            let run = runs[index]
            runs[index] = SearchWordFolder().folded()
            for (key, (numbers, names)) in zip(run.keys, zip(run.documents, run.names)) {
                if !common.contains(key) { wordPostings.join(numbers, to: key) }
                if !names.isEmpty, !key.allSatisfy(\.isNumber) { namePostings.join(names, to: key) }
            }
        }
        return (namePostings, wordPostings, commonWords)
    }

    /// Adds `numbers`, all after the ones `key` has, to its list.
    private mutating func join(_ numbers: [Int32], to key: String) {
        if let known = documents.index(forKey: key) {
            documents.values[known] += numbers
        } else {
            documents[key] = numbers
        }
    }

    /// `count` runs of consecutive documents with about as many bytes of text each, so that
    /// each core folds as much as the other.
    static func runs(of documents: [SearchDocument], count: Int) -> [Range<Int>] {
        let sizes = documents.map(\.size)
        let total = sizes.reduce(0, +)
        var runs: [Range<Int>] = []
        var (start, done) = (0, 0)
        for (number, size) in sizes.enumerated() {
            done += size
            // A run ends once it and those before it hold their share of all the bytes.
            if runs.count < count - 1, done * count >= total * (runs.count + 1) {
                runs.append(start..<number + 1)
                start = number + 1
            }
        }
        if start < documents.count { runs.append(start..<documents.count) }
        return runs
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
