/// Splits a content file into its YAML front matter and its Markdown body.
struct FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// The file line on which the YAML's first line stands.
        var yamlFirstLine: Int
        var body: String
    }

    static func split(_ file: SourceFile) -> Result<Parts, Diagnostic> {
        var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), !(first.isBlankLine && lines.allSatisfy(\.isBlankLine)) else {
            return .failure(.error(at: file.location(), "the file is empty",
                                   fix: "start it with '---', the fields (see docs/content.md), and '---'"))
        }
        guard first.isFence("---") else {
            let toml = first.isFence("+++")
            return .failure(.error(
                at: file.location(),
                toml ? "front matter must be YAML between '---' lines, not TOML between '+++'"
                     : "missing front matter: the file must start with a line '---'",
                fix: toml ? "replace both '+++' lines with '---' and write the fields as 'key: value'"
                          : "add '---' as the first line, then the fields ('name: …'), then '---' before the text"
            ))
        }
        guard let closing = lines.firstIndex(where: { $0.isFence("---") || $0.isFence("...") }) else {
            return .failure(.error(at: file.location(), "the front matter is never closed",
                                   fix: "add a line '---' after the last field, before the text"))
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(Parts(yaml: yaml, yamlFirstLine: 2, body: body))
    }
}

private extension Substring {
    /// `---` alone on its line; trailing spaces and a Windows line end are forgiven.
    func isFence(_ fence: String) -> Bool {
        var line = self
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return line == fence
    }

    var isBlankLine: Bool { allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
}
