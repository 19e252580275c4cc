import CYaml
import Foundation
import Testing

@testable import Dossier

/// libyaml's events, decoded directly, against Yams, which dossier read YAML through before:
/// every value with its kind, text and mark, every problem with its words, line and column,
/// and the diagnostic a volunteer reads, must be the same.
@Suite struct YAMLReferenceTests {
    @Test func everyFrontMatterOfTheFixturesAndTheExampleCampaignReadsAsYamsReadIt() throws {
        let repository = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = [Fixtures.root, repository.appending(path: "content"), repository.appending(path: "templates")]
        let pieces = try folders.flatMap(Self.yamlPieces)
        #expect(pieces.count > 100, "found only \(pieces.count) pieces of YAML")
        var problems = 0
        for piece in pieces {
            problems += compare(piece.yaml, path: piece.path, firstLine: piece.firstLine) ? 1 : 0
        }
        // The invalid fixtures' broken YAML is compared too.
        #expect(problems >= 3)
    }

    @Test func aGeneratedCorpusAndItsBrokenCopiesReadAsYamsReadThem() {
        var corpus = YAMLCorpus(seed: 22)
        var seen: Set<String> = []
        for index in 0..<1500 {
            let text = corpus.frontMatter()
            for (path, yaml) in [("\(index).md", text), ("\(index)-broken.md", corpus.broken(text))] {
                compare(yaml[...], path: "generated/\(path)", firstLine: 2)
                seen.insert(Self.kind(of: YAMLReference.events(yaml[...]), yaml))
            }
        }
        // The corpus must reach what the comparison is for, or it says little.
        let wanted: Set = [
            "read", "read with an alias", "read with a tag", "duplicateKey", "unreadable", "found undefined alias",
            "but found another document", "found character that cannot start any token",
            "mapping values are not allowed in this context", "could not find expected ':'", "did not find expected key",
            "found unexpected end of stream",
        ]
        #expect(wanted.subtracting(seen).isEmpty, "the corpus never reached \(wanted.subtracting(seen).sorted())")
    }

    @Test func theFixturesBrokenByHandReadAsYamsReadThem() throws {
        let repository = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var corpus = YAMLCorpus(seed: 2026)
        for piece in try Self.yamlPieces(in: repository.appending(path: "content")) {
            for _ in 0..<8 { compare(corpus.broken(String(piece.yaml))[...], path: piece.path, firstLine: piece.firstLine) }
        }
    }

    /// Front matters of the benchmark's corpus, bodies left out:
    /// `gen-corpus.py --cases 40 --statements 15 --orgs 10 --no-static --seed 22`.
    @Test func theBenchmarkCorpusSampleReadsAsYamsReadIt() throws {
        let pieces = try Self.yamlPieces(in: Fixtures.root.appending(path: "yaml-corpus"))
        #expect(pieces.count == 72)
        for piece in pieces {
            #expect(!compare(piece.yaml, path: piece.path, firstLine: piece.firstLine), "\(piece.path) was refused")
        }
    }

    /// YAML 1.1's booleans, dates, numbers and nulls stay the text written, wherever they stand.
    @Test(arguments: [
        "no", "No", "on", "off", "yes", "y", "n", "true", "2024-01", "2024-01-15", "1e3", "0x1F", "0o17", "012", "1_000", ".inf", "12:30", "~",
        "null", "NULL",
    ])
    func aScalarYAMLWouldTypeReadsAsYamsReadIt(_ word: String) throws {
        let yaml = "name: \(word)\ntags: [\(word), x]\ntimeline:\n  - \(word)\n\(word): value\n"
        #expect(!compare(yaml[...], path: "surprise.md", firstLine: 2))
        let document = try #require(try YAMLDocument.read(yaml[...]))
        let values = Array(document.root.entries)
        #expect(values[0].value.string == word)
        #expect(values[0].value.isPlain)
        #expect(values[0].value.isEmptyValue == ["~", "null", "NULL"].contains(word))
        #expect(Array(values[1].value.values).first?.string == word)
    }

    /// Yams carries its own libyaml, which the test binary then calls for the product's decoder
    /// too: this comparison speaks for the system's libyaml, which `dossier` links, because it
    /// is the same release (Yams' copy adds a limit of a thousand nested levels, which
    /// `deepestNesting` keeps far below). `YAMLThroughTheBinaryTests` runs `dossier` itself.
    @Test func theSystemsLibYAMLIsTheVersionYamsCarries() throws {
        let library = try #require(dlopen("libyaml-0.so.2", RTLD_NOW | RTLD_LOCAL), "libyaml is not installed")
        defer { dlclose(library) }
        let symbol = try #require(dlsym(library, "yaml_get_version_string"))
        let system = unsafeBitCast(symbol, to: (@convention(c) () -> UnsafePointer<CChar>).self)
        #expect(String(cString: system()) == String(cString: yaml_get_version_string()))
    }

    /// Opt-in, for a large corpus: `DOSSIER_YAML_CORPUS=/dev/shm/corpus-large/content swift test --filter YAMLReference`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_YAML_CORPUS"] != nil))
    func everyFileOfTheCorpusNamedByTheEnvironmentReadsAsYamsReadIt() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["DOSSIER_YAML_CORPUS"]!)
        let pieces = try Self.yamlPieces(in: folder)
        for piece in pieces { compare(piece.yaml, path: piece.path, firstLine: piece.firstLine) }
        print("compared \(pieces.count) pieces of YAML")
    }
}

private extension YAMLReferenceTests {
    /// Compares one piece of YAML; `true` when both refused it.
    @discardableResult
    func compare(_ yaml: Substring, path: String, firstLine: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let reference = YAMLReference.yams(yaml)
        let events = YAMLReference.events(yaml)
        switch (reference, events) {
        case (.success(let expected), .success(let actual)):
            #expect(actual == expected, "\(path):\n\(yaml)", sourceLocation: sourceLocation)
            return false
        case (.failure(let expected), .failure(let actual)):
            #expect(actual == expected, "\(path):\n\(yaml)", sourceLocation: sourceLocation)
            let source = YAMLSource(path: path, firstLine: firstLine, yaml: yaml)
            let printed = [expected, actual].map { DiagnosticPrinter().format(YAMLErrorTranslator.diagnostic(for: $0, in: source)) }
            #expect(printed[1] == printed[0], sourceLocation: sourceLocation)
            return true
        default:
            Issue.record("Yams: \(reference)\nevents: \(events)\n\(path):\n\(yaml)", sourceLocation: sourceLocation)
            return false
        }
    }

    /// What happened to a piece of YAML, for the corpus's coverage.
    static func kind(of outcome: Result<String, YAMLProblem>, _ yaml: String) -> String {
        switch outcome {
        case .success(let dump):
            if yaml.contains("*a") && !dump.contains("empty") { return "read with an alias" }
            return dump.contains("!<") ? "read with a tag" : "read"
        case .failure(.syntax(let words, _)): return words
        case .failure(.duplicateKey): return "duplicateKey"
        case .failure(.unreadable): return "unreadable"
        case .failure(let problem): return "\(problem)"
        }
    }

    /// Each front matter of the Markdown files under `folder`, and each YAML file.
    static func yamlPieces(in folder: URL) throws -> [(path: String, yaml: Substring, firstLine: Int)] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var pieces: [(path: String, yaml: Substring, firstLine: Int)] = []
        for case let relative as String in walker where relative.hasSuffix(".md") || relative.hasSuffix(".yaml") {
            guard case .success(let file) = SourceFile.read(folder.appending(path: relative), as: relative) else { continue }
            if relative.hasSuffix(".yaml") {
                pieces.append((relative, file.text[...], 1))
            } else if case .success(let parts) = FrontMatterSplitter.split(file) {
                pieces.append((relative, parts.yaml, parts.yamlFirstLine))
            }
        }
        return pieces.sorted { $0.path < $1.path }
    }
}
