/// Reads a free page (`content/pages/<slug>.md`).
struct PageDecoder {
    let parser: ContentFileParser

    func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Page? {
        guard let parsed = parser.parse(file, &diagnostics) else { return nil }
        let fields = parsed.fields
        defer { diagnostics += fields.source.diagnostics }

        let title = fields.string("title", required: true)
        let description = fields.string("description")
        let aliases = fields.aliases()
        let isDraft = fields.bool("draft")
        fields.finish()

        guard let title else { return nil }
        var value = Page(
            slug: parsed.slug, file: file.path, title: title, description: description, aliases: aliases,
            isDraft: isDraft, body: parsed.body)
        value.bodyLinks = parsed.links
        return value
    }
}
