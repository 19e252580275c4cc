/// Front matters made up from a seed: the shapes volunteers write (block and flow lists,
/// groups, quotes, `|` and `>` blocks, comments, dates, YAML 1.1's `no` and `on`, other
/// scripts), a few they should not (anchors and aliases, tags, keys that are lists), and
/// each of them broken the ways a hand or an editor breaks YAML: a tab, a stray character,
/// a line cut, moved or repeated, a control character. The same seed makes the same corpus.
struct YAMLCorpus {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A front matter as it might be written.
    mutating func frontMatter() -> String {
        var lines: [String] = []
        var anchors: [String] = []
        for _ in 0..<random.next(below: 12) + 1 {
            lines += field(anchors: &anchors)
        }
        return lines.joined(separator: "\n") + (random.next(below: 4) == 0 ? "" : "\n")
    }

    /// `text` broken in one or two places.
    mutating func broken(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<random.next(below: 2) + 1 where !lines.isEmpty {
            let line = random.next(below: lines.count)
            switch random.next(below: 9) {
            case 0: lines[line] = "\t" + lines[line]
            case 1:
                lines[line] = insert(
                    pick(["@", "`", "%", "&", "*", "|", ">", "\"", "'", "[", "{", "]", "}", ": ", "- ", "? ", "!", "#", " #", "*nowhere "]),
                    into: lines[line])
            case 2: lines[line] = String(lines[line].dropLast(random.next(below: max(lines[line].count, 1))))
            case 3: lines.insert(lines[line], at: line)
            case 4: lines[line] = String(repeating: " ", count: random.next(below: 5)) + lines[line].drop(while: { $0 == " " })
            case 5: lines[line] = insert(pick(["\u{1}", "\u{7}", "\u{0}", "\u{FEFF}", "\u{85}", "\u{2028}"]), into: lines[line])
            case 6: lines.insert(pick(["---", "...", "--- x", "%YAML 1.1", "- item"]), at: line)
            case 7: lines.swapAt(line, random.next(below: lines.count))
            default: lines[line] = lines[line].replacingOccurrences(of: ": ", with: ":")
            }
        }
        return lines.joined(separator: "\n")
    }
}

private extension YAMLCorpus {
    static let keys = [
        "name", "native_name", "country", "status", "detained", "sentenced", "released", "charges", "tags", "timeline",
        "sources", "title", "date", "kind", "cases", "signatories", "photo", "photo_alt", "draft", "aliases", "hashtag",
        "описание", "Name", "名前", "key with spaces", "_note", "private",
    ]
    static let words = [
        "Ana", "Makhabat Tazhibek Kyzy", "Қазақстан", "Kyrgyzstan", "no", "on", "yes", "off", "2024-01", "2024-01-15",
        "2024", "15.01.2024", "null", "~", "NULL", "true", "0x1F", "1e3", "12:30", "-", "Ноябрь", "café", "cafe\u{301}",
        "emoji 🕊️", "中国", "a: b", "#hashtag", "x # comment", "'quoted'", "\"double\"", "tab\there", "back\\slash",
        "very long text that goes on and on about the case and the trial and the appeal", "", " ", "ǅ", "\u{212A}elvin",
    ]

    mutating func field(anchors: inout [String]) -> [String] {
        let key = pickKey()
        switch random.next(below: 14) {
        case 0: return ["\(key):"]
        case 1: return ["\(key): \(scalar(anchors: &anchors))"]
        case 2: return ["\(key): [\((0..<random.next(below: 4)).map { _ in flowScalar() }.joined(separator: ", "))]"]
        case 3: return ["\(key): {charge: \(flowScalar()), article: \(flowScalar())}"]
        case 4: return ["\(key):"] + (0..<random.next(below: 4) + 1).map { _ in "  - \(scalar(anchors: &anchors))" }
        case 5:
            return ["\(key):"]
                + (0..<random.next(below: 3) + 1).flatMap { _ in ["  - date: \(pick(Self.words))", "    event: \(scalar(anchors: &anchors))"] }
        case 6: return ["\(key): \(pick(["|", ">", "|-", ">+", "|2"]))", "  \(pick(Self.words))", "", "  \(pick(Self.words))"]
        case 7: return ["\(key): \(pick(Self.words))", "  \(pick(Self.words))"]
        case 8:
            let name = "a\(anchors.count)"
            anchors.append(name)
            return ["\(key): &\(name) \(random.next(below: 2) == 0 ? quoted(pick(Self.words)) : "[x, y]")"]
        case 9: return ["\(key): \(pick(["!!str", "!!int", "!custom", "!", "!!map"])) \(flowScalar())"]
        case 10: return ["? [\(flowScalar()), \(flowScalar())]", ": \(flowScalar())"]
        case 11: return ["# \(pick(Self.words))", "\(key): \(scalar(anchors: &anchors)) # note"]
        case 12: return ["\(key):", "  \(pickKey()): \(scalar(anchors: &anchors))", "  \(pickKey()): \(scalar(anchors: &anchors))"]
        default: return ["\(quoted(key)): \(scalar(anchors: &anchors))"]
        }
    }

    mutating func scalar(anchors: inout [String]) -> String {
        if !anchors.isEmpty, random.next(below: 8) == 0 { return "*\(pick(anchors))" }
        switch random.next(below: 4) {
        case 0: return quoted(pick(Self.words))
        case 1: return "'\(pick(Self.words).replacingOccurrences(of: "'", with: "''"))'"
        default: return pick(Self.words)
        }
    }

    mutating func flowScalar() -> String {
        random.next(below: 3) == 0 ? quoted(pick(Self.words)) : pick(["Ana", "no", "2024-01", "x y", "Қазақ", "", "~"])
    }

    mutating func pickKey() -> String {
        random.next(below: 20) == 0 ? pick(Self.words) : pick(Self.keys)
    }

    func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices[random.next(below: choices.count)] }

    mutating func insert(_ piece: String, into line: String) -> String {
        var characters = Array(line)
        characters.insert(contentsOf: piece, at: random.next(below: characters.count + 1))
        return String(characters)
    }
}

/// A small generator with a fixed sequence for each seed (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
