import TemplateEngine

/// The site's facts as data for journalists and researchers: `/cases.json`, `/cases.csv`,
/// `/statements.json` and `/signatories.json`. Every public field, dates as written, days in
/// detention as of the build date, URLs absolute. Only what the site publishes is here: a
/// `Site` holds no private field, no draft and nothing under embargo.
///
/// A statement's text is part of its record; a case's story is not: it is long prose,
/// around nine tenths of `cases.json` on the bench corpus, and stays on the case's page,
/// whose URL every record has.
struct OpenData {
    let site: Site
    let paths: SitePaths

    private func absolute(_ path: String) -> String { site.config.baseURL.absolute(path) }

    /// A JSON data file. It says first whose data it is, under which licence, and for the
    /// cases, the day their days in detention are counted to (the other files do not depend
    /// on the build date, so they change only when the content does); then come the records
    /// under `key`, one per index below `count`, with the JSON fields of `columns`. Handed
    /// to `write` in pieces as it is made.
    private func envelope(
        _ key: String, count: Int, _ columns: [DataColumn<Int>], to write: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let columns = columns.filter(\.inJSON)
        let licence: JSONValue =
            site.config.licence.map { .object(["name": .string($0.name), "url": .text($0.url.map(site.config.baseURL.absolute))]) } ?? .null
        var members: [JSONValue.Member] = [
            .init(key: "title", value: .string(site.config.title)),
            .init(key: "url", value: .string(site.config.baseURL.absolute)),
            .init(key: "licence", value: licence),
            .init(key: "documentation", value: .string(absolute(paths.data))),
        ]
        if key == "cases" { members.append(.init(key: "as_of", value: .string(PartialDate(site.clock.today).description))) }
        try JSONValue.writePretty(
            members, then: key, count: count, item: { index in .object(columns.map { JSONValue.Member(key: $0.name, value: $0.value(index)) }) },
            to: write)
    }

    func writeCasesJSON(to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        try envelope("cases", count: site.cases.count, caseColumns, to: write)
    }
    func writeStatementsJSON(to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        try envelope("statements", count: site.statements.count, statementColumns, to: write)
    }
    func writeSignatoriesJSON(to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        try envelope("signatories", count: site.organizations.count, signatoryColumns, to: write)
    }

    func writeCasesCSV(to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        let columns = caseColumns.filter(\.inCSV)
        var buffer = PieceBuffer()
        CSVTable.append(columns.map(\.name), to: &buffer)
        for index in site.cases.indices {
            CSVTable.append(columns.map { $0.csvCell(index) }, to: &buffer)
            try buffer.handOnIfFull(to: write)
        }
        try buffer.handOn(to: write)
    }

    // MARK: The fields, in the order the files and `/data/` list them

    // Each column is given a record's index and reads the fields it needs where they lie,
    // `cases[$0].name`: handed the record, `value(cases[$0])`, it copied all of its fields
    // for each column of each record.
    private func text(_ name: String, _ value: @escaping (Int) -> String?) -> DataColumn<Int> {
        DataColumn(name) { .text(value($0)) }
    }
    private func date(_ name: String, _ value: @escaping (Int) -> PartialDate?) -> DataColumn<Int> {
        DataColumn(name) { .date(value($0)) }
    }

    var caseColumns: [DataColumn<Int>] {
        let cases = site.cases
        let today = site.clock.today
        func period(_ index: Int) -> DetentionPeriod? {
            DetentionPeriod(detained: cases[index].detained, released: cases[index].released, status: cases[index].status, asOf: today)
        }
        return [
            text("slug") { cases[$0].slug.rawValue },
            text("url") { absolute(paths.case(cases[$0].slug)) },
            text("name") { cases[$0].name },
            text("native_name") { cases[$0].nativeName },
            text("country") { cases[$0].country },
            text("occupation") { cases[$0].occupation },
            text("status") { cases[$0].status.rawValue },
            date("detained") { cases[$0].detained },
            date("sentenced") { cases[$0].sentenced },
            date("released") { cases[$0].released },
            DataColumn("days_in_detention") { period($0).map { .int($0.days) } ?? .null },
            DataColumn("days_at_least") { period($0).map { .bool($0.isLowerBound) } ?? .null },
            text("sentence") { cases[$0].sentence },
            DataColumn("charges", cell: Self.chargesCell) { index in
                .array(cases[index].charges.map { .object(["charge": .string($0.charge), "article": .text($0.article)]) })
            },
            text("court") { cases[$0].court },
            text("facility") { cases[$0].facility },
            text("write_to") { cases[$0].writeTo?.trimmingSpaces },
            text("hashtag") { cases[$0].hashtag },
            // The published copy: without metadata, and a HEIC as JPEG.
            text("photo_url") { index in
                cases[index].photo.map { photo in
                    absolute(site.images.published[photo.path]?.path ?? paths.photo(photo))
                }
            },
            text("photo_alt") { cases[$0].photo?.alt },
            text("photo_credit") { cases[$0].photo?.credit },
            DataColumn("tags") { .array(cases[$0].tags.map(JSONValue.string)) },
            DataColumn("timeline", .jsonOnly) { index in
                let page = absolute(paths.case(cases[index].slug))
                return .array(
                    zip(cases[index].timeline, cases[index].timelineAnchors).map { entry, anchor in
                        .object(["date": .date(entry.date), "event": .string(entry.event), "url": .string(page + "#" + anchor)])
                    })
            },
            DataColumn("sources", .jsonOnly) { index in
                .array(cases[index].sources.map { .object(["title": .string($0.title), "url": .text($0.url.map(site.config.baseURL.absolute))]) })
            },
            DataColumn("statements", .jsonOnly) { index in
                .array(site.links.statementsAboutCase[index].map { .string(absolute(paths.statement(site.statements[$0].slug))) })
            },
            date("updated") { cases[$0].updated },
            DataColumn("licence", .csvOnly) { _ in .text(site.config.licence?.name) },
        ]
    }

    var statementColumns: [DataColumn<Int>] {
        let statements = site.statements
        return [
            text("slug") { statements[$0].slug.rawValue },
            text("url") { absolute(paths.statement(statements[$0].slug)) },
            text("title") { statements[$0].title },
            text("kind") { statements[$0].kind?.rawValue },
            DataColumn("date") { .date(statements[$0].date) },
            text("place") { statements[$0].place },
            text("source") { statements[$0].source.map(site.config.baseURL.absolute) },
            DataColumn("signatories") { index in
                .array(
                    site.links.signatures[index].map { signature in
                        let organization = site.organizations[signature.organization]
                        return .object([
                            "name": .string(organization.name), "url": .string(absolute(paths.signatory(organization.slug))),
                            "as": .text(signature.capacity),
                        ])
                    })
            },
            DataColumn("cases") { index in
                .array(site.links.casesOfStatement[index].map { .string(absolute(paths.case(site.cases[$0].slug))) })
            },
            DataColumn("updated") { .date(statements[$0].updated) },
            // Its links into the site as full addresses: a data file has no page to be relative to.
            DataColumn("body_html") { .text(statements[$0].body.linkedText.string(LinkStyle(prefix: site.config.baseURL.absolute))) },
        ]
    }

    var signatoryColumns: [DataColumn<Int>] {
        let organizations = site.organizations
        return [
            text("slug") { organizations[$0].slug.rawValue },
            text("url") { absolute(paths.signatory(organizations[$0].slug)) },
            text("name") { organizations[$0].name },
            text("short_name") { organizations[$0].shortName },
            DataColumn("also_known_as") { .array(organizations[$0].alsoKnownAs.map(JSONValue.string)) },
            text("website") { organizations[$0].website.map(site.config.baseURL.absolute) },
            text("country") { organizations[$0].country },
            DataColumn("statements") { index in
                .array(site.links.signedBy[index].map { .string(absolute(paths.statement(site.statements[$0.statement].slug))) })
            },
            DataColumn("cases") { index in
                .array(site.links.casesOfOrganization[index].map { .string(absolute(paths.case(site.cases[$0].slug))) })
            },
        ]
    }

    /// "Calls for mass unrest (Article 278, Criminal Code); Defamation".
    private static func chargesCell(_ value: JSONValue) -> String {
        guard case .array(let charges) = value else { return "" }
        return charges.compactMap { charge -> String? in
            guard case .object(let members) = charge, case .string(let text)? = members.first(where: { $0.key == "charge" })?.value
            else { return nil }
            if case .string(let article)? = members.first(where: { $0.key == "article" })?.value { return "\(text) (\(article))" }
            return text
        }.joined(separator: "; ")
    }
}
