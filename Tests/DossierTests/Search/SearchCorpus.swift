import Foundation

@testable import Dossier

/// Documents for measuring the index at the size of the large corpus (10,000 cases, 3,000
/// statements, 500 organizations): made up from syllables, deterministic, or read from a
/// corpus of `gen-corpus.py` when `DOSSIER_SEARCH_CORPUS` names its `content/` folder.
enum SearchCorpus {
    static func documents() throws -> [SearchDocument] {
        if let folder = ProcessInfo.processInfo.environment["DOSSIER_SEARCH_CORPUS"] {
            return try read(URL(fileURLWithPath: folder, isDirectory: true))
        }
        return synthetic()
    }

    /// 10,000 cases, 3,000 statements and 500 organizations, with names in Latin and
    /// Cyrillic letters and texts drawn from a vocabulary whose words are as unevenly
    /// common as a language's.
    static func synthetic() -> [SearchDocument] {
        var random = Random(seed: 1)
        let latin = [
            "a", "ba", "da", "ga", "zha", "ka", "kha", "la", "ma", "mu", "na", "nur", "sa", "sha", "ta", "to",
            "ye", "bek", "zhan", "khan", "lan", "mir", "gul", "ra", "ri", "dos", "tem", "yr", "ai", "ul", "er",
        ]
        let cyrillic = [
            "а", "ба", "да", "ға", "жа", "қа", "ха", "ла", "ма", "мұ", "на", "нұр", "са", "ша", "та", "то",
            "е", "бек", "жан", "хан", "лан", "мир", "гүл", "ра", "рі", "дос", "тем", "ыр", "ай", "ұл", "ер",
        ]
        let vocabulary = (0..<4_000).map { number in
            (0..<(2 + number % 3)).map { _ in latin[random.next(latin.count)] }.joined()
        }
        func name() -> (String, String) {
            var (roman, native) = ("", "")
            for part in 0..<2 {
                var (word, nativeWord) = ("", "")
                for _ in 0..<(2 + random.next(3)) {
                    let syllable = random.next(latin.count)
                    word += latin[syllable]
                    nativeWord += cyrillic[syllable]
                }
                let suffix = part == 1 ? [("ov", "ов"), ("eva", "ева"), (" uulu", " уулу"), (" kyzy", " қызы")][random.next(4)] : ("", "")
                roman += (part == 0 ? "" : " ") + word.prefix(1).uppercased() + word.dropFirst() + suffix.0
                native += (part == 0 ? "" : " ") + nativeWord.prefix(1).uppercased() + nativeWord.dropFirst() + suffix.1
            }
            return (roman, native)
        }
        func text(words count: Int) -> String {
            // Zipf-like: a few words in every text, most in few.
            (0..<count).map { _ in vocabulary[Int(Double(vocabulary.count) * pow(Double(random.next(10_000)) / 10_000, 3))] }
                .joined(separator: " ")
        }
        var documents: [SearchDocument] = []
        var caseNames: [String] = []
        for number in 0..<10_000 {
            let (roman, native) = name()
            caseNames.append(roman)
            let slug = Transliteration.slug(for: roman)?.rawValue ?? "case-\(number)"
            documents.append(
                SearchDocument(
                    kind: .case, path: "cases/\(slug)-\(number)/", title: roman,
                    spellings: [native.replacingOccurrences(of: "қ", with: "к"), slug],
                    nativeName: native, country: ["Kazakhstan", "Kyrgyzstan", "Tajikistan"][number % 3],
                    status: "imprisoned", statusLabel: "Imprisoned", daysText: "at least \(number) days",
                    words: .text(text(words: 100))))
        }
        for number in 0..<3_000 {
            let title = "Joint statement on the detention of \(caseNames[random.next(caseNames.count)])"
            documents.append(
                SearchDocument(
                    kind: .statement, path: "statements/2024-01-01-statement-\(number)/", title: title,
                    spellings: ["2024-01-01-statement-\(number)"], dateText: "1 January 2024",
                    words: .text(text(words: 200))))
        }
        for number in 0..<500 {
            let (roman, _) = name()
            documents.append(
                SearchDocument(
                    kind: .organization, path: "signatories/org-\(number)/", title: "\(roman) Foundation",
                    spellings: ["ORG\(number)"], country: "International", words: .text(text(words: 40))))
        }
        return documents
    }

    /// The cases, statements and organizations of a corpus's `content/` folder, read with
    /// the few lines a measurement needs: names from the front matter, the body as text.
    static func read(_ content: URL) throws -> [SearchDocument] {
        var documents: [SearchDocument] = []
        for (folder, kind) in [("cases", SearchDocument.Kind.case), ("statements", .statement), ("organizations", .organization)] {
            let files = try FileManager.default.contentsOfDirectory(atPath: content.appending(path: folder).path).sorted()
            for file in files where file.hasSuffix(".md") && file.split(separator: ".").count == 2 {
                let text = try String(contentsOf: content.appending(path: "\(folder)/\(file)"), encoding: .utf8)
                let parts = text.components(separatedBy: "---\n")
                guard parts.count >= 3 else { continue }
                var fields: [String: String] = [:]
                for line in parts[1].split(separator: "\n") where !line.hasPrefix(" ") && !line.hasPrefix("-") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    fields[String(line[..<colon])] = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                }
                if fields["draft"] == "true" { continue }
                let slug = String(file.dropLast(3))
                documents.append(
                    SearchDocument(
                        kind: kind, path: "\(folder)/\(slug)/", title: fields["name"] ?? fields["title"] ?? slug,
                        spellings: [slug] + [fields["short_name"]].compactMap { $0 },
                        nativeName: fields["native_name"], country: fields["country"],
                        status: fields["status"], statusLabel: fields["status"],
                        daysText: kind == .case ? "at least 1,000 days" : nil, dateText: fields["date"],
                        words: .text(parts[2...].joined(separator: "---\n"))))
            }
        }
        return documents
    }
}

/// A small deterministic generator (a linear congruential one), so the measurement is the same every run.
struct Random {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
