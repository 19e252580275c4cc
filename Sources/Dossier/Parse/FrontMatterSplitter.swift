/// Splits a content file into its YAML front matter and its Markdown body.
///
/// It walks the UTF-8 bytes once and hands out slices of the file's text: no line array and
/// no joined copies, because every content file of a campaign passes through here.
struct FrontMatterSplitter {
    struct Parts {
        var yaml: Substring
        /// The file line on which the YAML's first line stands.
        var yamlFirstLine: Int
        var body: Substring
        /// The file line on which the body's first line stands.
        var bodyFirstLine: Int
    }

    static func split(_ file: SourceFile) -> Result<Parts, Diagnostic> {
        let text = file.text
        var lines = Lines(text)
        guard let first = lines.next(), !(text[first].isBlankLine && lines.allBlank()) else {
            return .failure(
                .error(
                    at: file.location(), "the file is empty",
                    fix: "start it with '---', the fields (see docs/content.md), and '---'"))
        }
        guard text[first].isFence("---") else {
            let toml = text[first].isFence("+++")
            return .failure(
                .error(
                    at: file.location(),
                    toml
                        ? "front matter must be YAML between '---' lines, not TOML between '+++'"
                        : "missing front matter: the file must start with a line '---'",
                    fix: toml
                        ? "replace both '+++' lines with '---' and write the fields as 'key: value'"
                        : "add '---' as the first line, then the fields ('name: …'), then '---' before the text"
                ))
        }
        let yamlStart = lines.position
        while let line = lines.next() {
            let content = text[line]
            if content.isFence("---") || content.isFence("...") {
                // The YAML ends before the closing line's own line end, as a line split would have it.
                let yamlEnd = max(yamlStart, text.utf8.index(before: line.lowerBound))
                let frontMatterLines = text.utf8[..<lines.position].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                return .success(
                    Parts(
                        yaml: text[yamlStart..<yamlEnd], yamlFirstLine: 2, body: text[lines.position...],
                        bodyFirstLine: frontMatterLines + 1))
            }
        }
        return .failure(
            .error(
                at: file.location(), "the front matter is never closed",
                fix: "add a line '---' after the last field, before the text"))
    }
}

/// The lines of a text as index ranges, without their `\n`.
private struct Lines {
    let text: String
    /// Where the next line starts; `endIndex` once every line is read.
    private(set) var position: String.Index
    private var done = false

    init(_ text: String) {
        self.text = text
        self.position = text.startIndex
    }

    mutating func next() -> Range<String.Index>? {
        guard !done else { return nil }
        let utf8 = text.utf8
        let start = position
        guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else {
            done = true
            position = text.endIndex
            return start..<text.endIndex
        }
        position = utf8.index(after: newline)
        return start..<newline
    }

    mutating func allBlank() -> Bool {
        while let line = next() {
            if !text[line].isBlankLine { return false }
        }
        return true
    }
}

private extension Substring {
    /// `---` alone on its line; trailing spaces and a Windows line end are forgiven.
    func isFence(_ fence: String) -> Bool {
        var line = utf8[...]
        while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            line = line.dropLast()
        }
        return line.elementsEqual(fence.utf8)
    }

    var isBlankLine: Bool {
        utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }
}
