/// What a names file's keys cost: their entries, and the records of their documents that
/// the file does not hold yet.
struct SearchNamesFileContent: SearchShardContent {
    let postings: [String: [Int32]]
    let entrySizes: [String: Int]
    /// Each document's `"12":{…}`.
    let memberSizes: [Int]
    private var documents = Set<Int32>()

    init(postings: [String: [Int32]], entrySizes: [String: Int], records: [SearchRecord]) {
        self.postings = postings
        self.entrySizes = entrySizes
        memberSizes = records.enumerated().map { number, record in
            SearchScriptFile.digits(number) + 3 + record.withSpellings.count
        }
    }

    func cost(of keys: [String]) -> Int {
        var cost = 0
        var added = Set<Int32>()
        for key in keys {
            cost += entrySizes[key, default: 0] + 1
            for number in postings[key, default: []] where !documents.contains(number) && added.insert(number).inserted {
                cost += memberSizes[Int(number)] + 1
            }
        }
        return cost
    }

    mutating func add(_ keys: [String]) {
        for key in keys { documents.formUnion(postings[key, default: []]) }
    }
}

/// What a text file's keys cost: their entries.
struct SearchTextFileContent: SearchShardContent {
    let entrySizes: [String: Int]

    func cost(of keys: [String]) -> Int {
        keys.reduce(0) { $0 + entrySizes[$1, default: 0] + 1 }
    }

    mutating func add(_ keys: [String]) {}
}
