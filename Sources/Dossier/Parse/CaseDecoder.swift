/// Reads a case file (`content/cases/<slug>.md`) into a `Case`.
struct CaseDecoder {
    let parser: ContentFileParser

    func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Case? {
        guard let parsed = parser.parse(file, &diagnostics) else { return nil }
        let fields = parsed.fields
        defer { diagnostics += fields.source.diagnostics }

        let name = fields.string("name", required: true)
        let nativeName = fields.string("native_name")
        let country = fields.urlName("country", required: true)
        let occupation = fields.string("occupation")
        let status: CaseStatus? = fields.choice("status", required: true)
        let detained = fields.date("detained")
        let sentenced = fields.date("sentenced")
        let released = fields.date("released")
        let sentence = fields.string("sentence")
        let charges = Self.charges(fields).map(\.value)
        let court = fields.string("court")
        let facility = fields.string("facility")
        let writeTo = fields.string("write_to")
        let hashtag = fields.string("hashtag")
        let photo = PhotoDecoder.decode(fields, subject: name)
        let tags = fields.list("tags").compactMap { fields.urlName($0.node, $0.context) }
        let timeline = Self.timeline(fields).map(\.value)
        var fieldLinks: [BodyLink] = []
        let sources = Self.sources(fields, site: parser.site, links: &fieldLinks).map(\.value)
        let updated = fields.date("updated")
        let aliases = fields.aliases()
        let isDraft = fields.bool("draft")
        fields.finish()

        // These are facts, so they cannot come after the build's day: a year typed wrong, or a
        // release still to come, which would count days in detention that have not passed.
        for (key, date) in [("detained", detained), ("sentenced", sentenced), ("released", released)] {
            guard let date, date.earliestDay > parser.today else { continue }
            fields.source.error(
                fields.value(key), "'\(key)' (\(date)) is after today (\(PartialDate(parser.today))): it cannot have happened yet",
                fix: "check the year; a date still to come belongs in the story, not in '\(key)'")
        }
        // Impossible only if every day the release allows comes before every day the arrest
        // allows: `released: 2021` may well follow `detained: 2021-06`.
        if let detained, let released, released.latestDay < detained.earliestDay {
            fields.source.error(
                fields.value("released"), "'released' (\(released)) is before 'detained' (\(detained))",
                fix: "check both dates")
        }
        // A missing or invalid required field has been reported, and that error stops the
        // build; the case is still returned so that statements naming it are checked too.
        return Case(
            Case.Fields(
                slug: parsed.slug, file: file.path, name: name ?? "", nativeName: nativeName, country: country ?? "",
                occupation: occupation, status: status ?? .detained, detained: detained, sentenced: sentenced,
                released: released, sentence: sentence, charges: charges, court: court, facility: facility,
                writeTo: writeTo, hashtag: hashtag, photo: photo, tags: tags, timeline: timeline, sources: sources,
                updated: updated, aliases: aliases, isDraft: isDraft, body: parsed.body,
                bodyLinks: parsed.links + fieldLinks,
                timelineAnchors: Case.timelineAnchors(of: timeline, besides: parsed.sectionIDs)))
    }

    /// Each charge is a string, or `{charge, article}`. A translation's are read alike.
    static func charges(_ fields: FieldReader) -> [Located<Charge>] {
        fields.list("charges").compactMap { item in
            let location = fields.source.location(of: item.node)
            if item.node.kind == .scalar {
                return fields.text(item.node, item.context).map { Located(value: Charge(charge: $0, article: nil), location: location) }
            }
            guard let entry = fields.nested(item.node, item.context) else { return nil }
            defer { entry.finish() }
            // Both read first, so that an empty `charge:` does not make `article` unknown.
            let charge = entry.string("charge", required: true)
            let article = entry.string("article")
            return charge.map { Located(value: Charge(charge: $0, article: article), location: location) }
        }
    }

    static func timeline(_ fields: FieldReader) -> [Located<TimelineEntry>] {
        fields.list("timeline").compactMap { item in
            guard let entry = fields.nested(item.node, item.context) else { return nil }
            defer { entry.finish() }
            let date = entry.date("date", required: true)
            let event = entry.string("event", required: true)
            guard let date, let event else { return nil }
            return Located(value: TimelineEntry(date: date, event: event), location: fields.source.location(of: item.node))
        }
    }

    /// Each source is `{title, url}`, or just a title; each `url` goes into `links` too, for
    /// the link check.
    static func sources(_ fields: FieldReader, site: SiteAddresses, links: inout [BodyLink]) -> [Located<SourceLink>] {
        fields.list("sources").compactMap { item in
            let location = fields.source.location(of: item.node)
            if item.node.kind == .scalar {
                return fields.text(item.node, item.context).map { Located(value: SourceLink(title: $0, url: nil), location: location) }
            }
            guard let entry = fields.nested(item.node, item.context) else { return nil }
            defer { entry.finish() }
            let title = entry.string("title", required: true)
            let url = entry.locatedLink("url")
            if let url { links.append(url) }
            return title.map { Located(value: SourceLink(title: $0, url: url.map { site.target($0.destination) }), location: location) }
        }
    }
}
