/// The search index of one language: the files of `assets/search/<lang>/`, read by
/// `assets/search.js` (docs/search.md describes them).
///
/// - `manifest.js`: where each key and document lies, and the words left out;
/// - `names-<n>.js`: the name keys in one range, with the record of every document they
///   name, so that a name search reads the manifest and one such file;
/// - `text-<n>.js`: the words of the texts in one range, with the documents that have them;
/// - `docs-<n>.js`: the records of a run of documents, for full-text results.
///
/// Every file is a classic script that hands its data to `DossierSearch.register`, since
/// browsers load scripts from `file://` where they refuse `fetch()`.
enum SearchIndex {
    /// How large the files may grow, and which words are too common to index.
    struct Limits: Sendable {
        /// About 20 KB gzipped on the large benchmark corpus: a name search reads one, or two
        /// when its word's range crosses from one file to the next.
        var namesFile = 100_000
        /// About 40 KB gzipped: a full-text search reads at most one per word, for three words.
        var textFile = 120_000
        /// About 6 KB gzipped: a full-text search reads one for each result it shows.
        var docsFile = 40_000
        /// A word in more than a third of the documents (and in at least 50) narrows a search
        /// little and holds most of the index (on the large benchmark corpus, 360 such words
        /// hold 68% of all the word-document pairs): it is left out of the full-text index.
        var commonWordShare = 1.0 / 3
        var commonWordMinimum = 50
    }

    /// A preview's index: each kind of file whole, so that the same four paths hold it
    /// whatever a saved file changes (a preview keeps its list of files while it puts saved
    /// files in place, and makes each file when it is asked for).
    static let whole = Limits(namesFile: .max / 2, textFile: .max / 2, docsFile: .max / 2)
    static let wholeFiles = ["manifest.js", "names-0.js", "text-0.js", "docs-0.js"]

    /// The index cut as `whole` says, with each of `wholeFiles` there even when the language
    /// has nothing to find (and its manifest then names none of them).
    static func wholeFiles(for documents: [SearchDocument]) -> [String: [UInt8]] {
        var files = Dictionary(uniqueKeysWithValues: Self.files(for: documents, limits: whole).map { ($0.path, $0.bytes) })
        let empty = [
            SearchScriptFile.names(0, keys: [], postings: [:], records: []),
            SearchScriptFile.text(0, keys: [], postings: [:]), SearchScriptFile.docs(0, records: []),
        ]
        for file in empty where files[file.path] == nil { files[file.path] = file.bytes }
        return files
    }

    /// Bumped when the files change shape, so an old script never misreads a new index.
    static let format = 1

    /// The files of the index for `documents` of one language, paths relative to the
    /// language's search folder. The same documents, in any order, give the same bytes.
    static func files(for documents: [SearchDocument], limits: Limits = Limits()) -> [(path: String, bytes: [UInt8])] {
        // Numbered by kind, then name: documents that rank alike then list alphabetically.
        let documents = numbered(documents)
        let records = documents.concurrentMap(SearchRecord.init)
        let commonCount = max(Int(Double(documents.count) * limits.commonWordShare), limits.commonWordMinimum - 1)
        let (names, words, commonWords) = SearchPostings.namesAndWords(of: documents, commonCount: commonCount)
        // What folding and joining the runs let go of goes back to the system before the
        // files are cut beside the postings.
        FreedMemory.release()

        // The names' files and the words' are cut at once, one on each core: sorting the
        // keys of a large site takes a while, and neither side reads the other.
        let ((allNames, commonNames, nameShards), textShards) = concurrently(
            {
                // A name key whose documents would not fit in one file is found through the
                // other words of the query ("Tazhibek Kyzy"), not alone ("Kyzy").
                let nameContent = SearchNamesFileContent(postings: names.documents, entrySizes: names.entrySizes(), records: records)
                let allNames = names.sortedKeys
                let commonNames = Set(allNames.filter { nameContent.cost(of: [$0]) > limits.namesFile })
                let nameShards = SearchShards(keys: allNames.filter { !commonNames.contains($0) }, budget: limits.namesFile, empty: nameContent)
                return (allNames, commonNames, nameShards)
            },
            {
                SearchShards(keys: words.sortedKeys, budget: limits.textFile, empty: SearchTextFileContent(entrySizes: words.entrySizes()))
            })

        let docsRuns = runs(of: records.map(\.withoutSpellings.count), budget: limits.docsFile)

        let manifest = manifest(
            documents: documents.count, names: nameShards, text: textShards, docs: docsRuns,
            commonNames: allNames.filter(commonNames.contains), commonWords: commonWords)
        let shardFiles: [() -> (path: String, bytes: [UInt8])] =
            nameShards.shards.enumerated().map { number, keys in
                { SearchScriptFile.names(number, keys: keys, postings: names.documents, records: records) }
            }
            + textShards.shards.enumerated().map { number, keys in
                { SearchScriptFile.text(number, keys: keys, postings: words.documents) }
            }
            + docsRuns.enumerated().map { number, run in
                { SearchScriptFile.docs(number, records: records[run].map(\.withoutSpellings)) }
            }
        return [("manifest.js", manifest)] + shardFiles.concurrentMap { $0() }
    }
}

private extension SearchIndex {
    /// By kind, then folded title, then path; each title folded once, not at each comparison.
    static func numbered(_ documents: [SearchDocument]) -> [SearchDocument] {
        let kinds = SearchDocument.Kind.allCases
        let kind = documents.map { kinds.firstIndex(of: $0.kind) ?? 0 }
        // As UTF-16 code units, the order the search script compares in, made once each.
        let title = documents.concurrentMap { Array(SearchKey.fold($0.title).utf16) }
        let order = documents.indices.sorted { a, b in
            if kind[a] != kind[b] { return kind[a] < kind[b] }
            if title[a] != title[b] { return title[a].lexicographicallyPrecedes(title[b]) }
            if documents[a].path != documents[b].path { return SearchPostings.precedes(documents[a].path, documents[b].path) }
            return SearchPostings.precedes(documents[a].title, documents[b].title)
        }
        return order.map { documents[$0] }
    }

    /// Consecutive documents, cut when the next record would pass `budget` bytes.
    static func runs(of sizes: [Int], budget: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        var size = 0
        for (number, recordSize) in sizes.enumerated() {
            if size + recordSize + 1 > budget, number > start {
                runs.append(start..<number)
                (start, size) = (number, 0)
            }
            size += recordSize + 1
        }
        if start < sizes.count { runs.append(start..<sizes.count) }
        return runs
    }

    static func manifest(
        documents: Int, names: SearchShards, text: SearchShards, docs: [Range<Int>],
        commonNames: [String], commonWords: [String]
    ) -> [UInt8] {
        let manifest = JSONValue.object([
            "format": .int(format),
            "documents": .int(documents),
            "names": .array(names.firstKeys.map(JSONValue.string)),
            "text": .array(text.firstKeys.map(JSONValue.string)),
            "docs": .array(docs.map { .int($0.lowerBound) }),
            "common_names": .array(commonNames.map(JSONValue.string)),
            "common_words": .array(commonWords.map(JSONValue.string)),
        ])
        return SearchScriptFile.register("manifest", Array(manifest.forScript.utf8))
    }
}
