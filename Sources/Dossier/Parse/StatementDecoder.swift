/// Reads a statement (`content/statements/<slug>.md`). Its case and signatory names stay as
/// written, with their lines; the resolver links them.
struct StatementDecoder {
    let parser: ContentFileParser

    func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Statement? {
        guard let parsed = parser.parse(file, &diagnostics) else { return nil }
        let fields = parsed.fields
        defer { diagnostics += fields.source.diagnostics }

        let title = fields.string("title", required: true)
        let date = fields.date("date", required: true)
        let place = fields.string("place")
        // Optional, as the spec says: a statement without a kind is shown as a statement.
        let kind: StatementKind? = fields.choice("kind")
        let cases = fields.list("cases").compactMap { item in
            fields.text(item.node, item.context).map { Reference($0.trimmingSpaces, at: fields.source.location(of: item.node)) }
        }
        let signatories = fields.list("signatories").compactMap { decodeSignatory($0.node, $0.context, fields) }
        let source = fields.locatedLink("source")
        let updated = fields.date("updated")
        let embargo = decodeEmbargo(fields)
        let aliases = fields.aliases()
        let isDraft = fields.bool("draft")
        fields.finish()

        // As for cases: a reported error stops the build, and the statement's references are
        // still checked in the same run.
        var value = Statement(
            slug: parsed.slug, file: file.path, title: title ?? "", date: date ?? PartialDate(CalendarDay(daysSince1970: 0)),
            place: place, kind: kind, cases: cases,
            signatories: signatories, source: source.map { parser.site.target($0.destination) }, updated: updated, embargo: embargo, aliases: aliases,
            isDraft: isDraft, body: parsed.body
        )
        value.bodyLinks = parsed.links + [source].compactMap { $0 }
        return value
    }

    /// A name, or `{org, as}` for an organization that signed in a particular capacity.
    private func decodeSignatory(_ node: YAMLNode, _ context: String, _ fields: FieldReader) -> SignatoryReference? {
        if node.kind == .scalar {
            return fields.text(node, context).map {
                SignatoryReference(organization: Reference($0.trimmingSpaces, at: fields.source.location(of: node)), capacity: nil)
            }
        }
        guard let entry = fields.nested(node, context) else { return nil }
        defer { entry.finish() }
        // Both fields are read before either is judged, so that an empty `org:` is not
        // followed by a warning that `as` is unknown.
        let orgNode = entry.value("org", required: true)
        let capacity = entry.string("as")
        guard let orgNode, let name = entry.text(orgNode, "\(context).org") else { return nil }
        return SignatoryReference(
            organization: Reference(name.trimmingSpaces, at: fields.source.location(of: orgNode)),
            capacity: capacity
        )
    }

    private func decodeEmbargo(_ fields: FieldReader) -> Moment? {
        guard let node = fields.value("embargo"), let text = fields.text(node, "embargo") else { return nil }
        guard let moment = Moment(iso8601: text.trimmingSpaces) else {
            fields.source.error(
                node, "'embargo' must be a moment with its time zone, like 2025-02-21T09:00+06:00, not '\(text)'",
                fix: "write the date, 'T', the time and the offset from UTC of the place (+06:00 for Bishkek and Almaty)")
            return nil
        }
        return moment
    }
}
