/// The first text of a translation (`dossier new translation`): each field a translation
/// may set, as the main file writes it, commented out, and the main file's story, commented
/// out too. As written it builds, and shows the main file's words: a translator uncomments
/// a field and translates its words, field by field, and writes the story below the `---`.
enum TranslationSkeleton {
    /// `file` is the main file; `nil` with a diagnostic when its front matter cannot be read.
    static func text(translating file: SourceFile, kind: ContentKind, into language: String) -> Result<String, Diagnostic> {
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(file) {
        case .success(let value): parts = value
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let source = YAMLSource(path: file.path, firstLine: parts.yamlFirstLine, yaml: parts.yaml)
        guard let mapping = source.mapping() else {
            return .failure(source.diagnostics.first ?? .error(at: file.location(), "cannot read the front matter"))
        }
        let lines = parts.yaml.split(separator: "\n", omittingEmptySubsequences: false)
        // Each top-level field runs from its key's line to the line before the next key.
        let starts = mapping.entries.map(\.key.mark.line).sorted()
        let translatable = Set(TranslatableFields.texts(of: kind) + TranslatableFields.lists(of: kind))
        var text = """
            ---
            # The translation into '\(language)' of \(file.path).
            # Only words are translated here; the facts (dates, status, tags, photo, links)
            # come from the main file. Uncomment a field and translate its words: a field
            # left commented is shown from the main file, marked as not yet translated.

            """
        if kind == .case {
            text += """
                # Keep each timeline entry's date: it says which entry of the main file it translates.
                # Charges and sources are matched by their order.

                """
        }
        for (key, _) in mapping.entries {
            guard let name = key.string, translatable.contains(name) else { continue }
            let start = key.mark.line
            let end = starts.first { $0 > start }.map { $0 - 1 } ?? lines.count
            for line in lines[(start - 1)..<min(end, lines.count)] where !line.allSatisfy(\.isWhitespace) {
                text += "# \(line)\n"
            }
        }
        let story = parts.body.split(separator: "\n", omittingEmptySubsequences: false)
        if story.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
            text += "#\n# The main file's text, to translate below the closing '---':\n"
            for line in story.drop(while: { $0.allSatisfy(\.isWhitespace) }) { text += line.isEmpty ? "#\n" : "#   \(line)\n" }
        }
        return .success(text + "draft: true\n---\n")
    }
}
