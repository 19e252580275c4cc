/// Reads a member of the signatory registry (`content/organizations/<slug>.md`).
struct OrganizationDecoder {
    let parser: ContentFileParser

    func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Organization? {
        guard let parsed = parser.parse(file, &diagnostics) else { return nil }
        let fields = parsed.fields
        defer { diagnostics += fields.source.diagnostics }

        let name = fields.string("name", required: true)
        let shortName = fields.string("short_name")
        let alsoKnownAs = fields.stringList("also_known_as")
        let website = fields.locatedLink("url")
        let country = fields.string("country")
        let aliases = fields.aliases()
        fields.finish()

        // A missing name is reported and stops the build; signatures by slug still resolve.
        var value = Organization(
            slug: parsed.slug, file: file.path, name: name ?? parsed.slug.rawValue, shortName: shortName, alsoKnownAs: alsoKnownAs,
            website: website.map { parser.site.target($0.destination) }, country: country, aliases: aliases, body: parsed.body
        )
        value.bodyLinks = parsed.links + [website].compactMap { $0 }
        return value
    }
}
