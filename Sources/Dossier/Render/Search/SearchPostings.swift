/// For each key, the numbers of the documents that have it, in ascending order: the names
/// of the documents, or every word of them for the full-text search.
struct SearchPostings {
    fileprivate(set) var documents: [String: [Int]] = [:]

    /// The keys of every document's names: title, native name and other spellings. Numbers
    /// are left to the full text: in a statement's slug they are its date, not its name.
    static func names(of documents: [SearchDocument]) -> SearchPostings {
        var postings = SearchPostings()
        for (number, document) in documents.enumerated() {
            var keys = Set<String>()
            for name in [document.title, document.nativeName ?? ""] + document.spellings {
                keys.formUnion(SearchKey.keys(of: name).filter { !$0.allSatisfy(\.isNumber) })
            }
            postings.add(keys, of: number)
        }
        return postings
    }

    /// The keys of every word of the documents: their names, country and text, so that a
    /// query that mixes a name with a word of the story finds it.
    /// The documents are folded in two halves, one on each core; the second half's numbers
    /// all come after the first's, so each key's numbers stay ascending when joined.
    static func words(of documents: [SearchDocument]) -> SearchPostings {
        let half = (documents.count + 1) / 2
        let folders = [0..<half, half..<documents.count].concurrentMap { numbers in
            var folder = SearchWordFolder()
            for number in numbers {
                let document = documents[number]
                for text in [document.title, document.nativeName ?? "", document.country ?? "", document.text] + document.spellings {
                    folder.add(text, of: number)
                }
            }
            return folder
        }
        var postings = SearchPostings()
        postings.documents = Dictionary(uniqueKeysWithValues: zip(folders[0].keys, folders[0].documents))
        for (key, numbers) in zip(folders[1].keys, folders[1].documents) {
            postings.documents[key, default: []] += numbers
        }
        return postings
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

    private mutating func add(_ keys: Set<String>, of number: Int) {
        for key in keys { documents[key, default: []].append(number) }
    }
}
