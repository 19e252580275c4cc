import Foundation
import Testing

@testable import Dossier

/// The index of a corpus as large as the large benchmark (10,000 cases, 3,000 statements,
/// 500 organizations), measured as a server sends it, gzipped: a name search may read at
/// most 60 KB, a full-text search at most 300 KB. `DOSSIER_SEARCH_CORPUS=…/content` measures
/// a corpus of `gen-corpus.py` instead of the made-up one; the report is printed.
@Suite struct SearchIndexSizeTests {
    /// What the script shows at once, and so the most docs files one page of results reads.
    static let resultsPerPage = 10

    @Test func aLargeCorpusStaysWithinWhatAQueryMayRead() throws {
        let documents = try SearchCorpus.documents()
        let started = Date()
        let files = SearchIndex.files(for: documents)
        let seconds = Date().timeIntervalSince(started)
        let sizes = try Self.gzipSizes(of: files)

        func largest(_ prefix: String, _ count: Int) -> Int {
            sizes.filter { $0.path.hasPrefix(prefix) }.map(\.gzip).sorted(by: >).prefix(count).reduce(0, +)
        }
        let manifest = largest("manifest", 1)
        let nameQuery = manifest + largest("names-", 2)
        let textQuery = nameQuery + largest("text-", 3) + largest("docs-", Self.resultsPerPage)
        print(Self.report(sizes, documents: documents.count, seconds: seconds, nameQuery: nameQuery, textQuery: textQuery))
        #expect(nameQuery <= 60_000, "a name search reads at most the manifest and two names files")
        #expect(textQuery <= 300_000, "a full-text search reads at most those, three text files and a page of docs files")
    }
}

private extension SearchIndexSizeTests {
    struct Size {
        let path: String
        let raw: Int
        let gzip: Int
    }

    /// Each file's size as written and gzipped (`gzip -6`, what web servers use).
    static func gzipSizes(of files: [(path: String, bytes: [UInt8])]) throws -> [Size] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for file in files { try Data(file.bytes).write(to: folder.url.appending(path: file.path)) }
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-6", "-k", "-n"] + files.map { folder.url.appending(path: $0.path).path }
        try gzip.run()
        gzip.waitUntilExit()
        return try files.map { file in
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.url.appending(path: file.path + ".gz").path)
            return Size(path: file.path, raw: file.bytes.count, gzip: (attributes[.size] as? Int) ?? 0)
        }
    }

    static func report(_ sizes: [Size], documents: Int, seconds: Double, nameQuery: Int, textQuery: Int) -> String {
        var lines = ["search index of \(documents) documents, built in \(String(format: "%.1f", seconds)) s:"]
        for kind in ["manifest", "names-", "text-", "docs-"] {
            let files = sizes.filter { $0.path.hasPrefix(kind) }
            guard !files.isEmpty else { continue }
            let (raw, gzip) = (files.map(\.raw), files.map(\.gzip))
            lines.append(
                "  \(kind.padding(toLength: 9, withPad: " ", startingAt: 0)) \(files.count) files, raw \(kb(raw.reduce(0, +))) "
                    + "(largest \(kb(raw.max() ?? 0))), gzip \(kb(gzip.reduce(0, +))) (largest \(kb(gzip.max() ?? 0)), median \(kb(gzip.sorted()[gzip.count / 2])))"
            )
        }
        lines.append("  a name search reads at most \(kb(nameQuery)) gzipped; a full-text search at most \(kb(textQuery))")
        return lines.joined(separator: "\n")
    }

    static func kb(_ bytes: Int) -> String { String(format: "%.1f KB", Double(bytes) / 1_000) }
}
