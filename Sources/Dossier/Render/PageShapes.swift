import TemplateEngine

/// Every name each page template's context can provide, as `docs/templates.md` documents
/// it: what the names check holds the templates to. A test holds every context the site
/// builds to these shapes, so a key added to a context and not here fails it.
enum PageShapes {
    /// Template name → the shape of its context, with `t` as the strings files of the
    /// site's languages have it (a plural set has `few` and `many` in Russian only).
    static func all(strings tables: [TemplateValue]) -> [String: TemplateShape] {
        all(strings: tables.dropFirst().reduce(tables.first ?? .null) { union($0, $1) })
    }

    /// The keys of both: what a template may read in one language or the other.
    private static func union(_ one: TemplateValue, _ other: TemplateValue) -> TemplateValue {
        guard case .object(let first) = one, case .object(let second) = other else { return one }
        var merged = first
        for entry in second.entries {
            merged[entry.name] = first[entry.name].map { union($0, entry.value) } ?? entry.value
        }
        return .object(merged)
    }

    /// Template name → the shape of its context, with `t` as the strings file has it.
    static func all(strings: TemplateValue) -> [String: TemplateShape] {
        let common: [String: TemplateShape] = [
            "site": object([
                "title": .scalar, "description": .scalar, "language": .scalar, "base_url": .scalar,
                "title_lang": .scalar, "description_lang": .scalar, "locale": .scalar, "locale_alternates": .list(.scalar),
                "mirrors": .list(object(["url": .scalar, "is_onion": .flag])),
            ]),
            "links": object([
                "home": .scalar, "cases": .scalar, "statements": .scalar, "signatories": .scalar, "countries": .scalar,
                "statuses": .scalar, "tags": .scalar, "data": .scalar, "search": .scalar, "feed": .scalar, "stylesheet": .scalar,
                "script": .scalar, "favicon": .scalar, "favicon_png": .scalar, "touch_icon": .scalar, "download": .scalar,
                "root": .scalar,
            ]),
            "page": object([
                "title": .scalar, "description": .scalar, "url": .scalar, "url_abs": .scalar, "canonical": .scalar, "kind": .scalar,
                "mirrors": .list(object(["url": .scalar, "name": .scalar])),
                "og_type": .scalar, "image": object(["url_abs": .scalar, "alt": .scalar, "type": .scalar, "width": .scalar, "height": .scalar]),
                "json_ld": .scalar,
            ]),
            "nav": .list(object(["title": .scalar, "url": .scalar, "current": .flag])),
            "t": shape(of: strings),
            "feeds": .list(object(["title": .scalar, "url": .scalar])),
            "languages": .list(object(["code": .scalar, "name": .scalar, "url": .scalar, "current": .flag])),
            "alternates": .list(object(["hreflang": .scalar, "url_abs": .scalar])),
        ]
        let cite: [String: TemplateShape] = [
            "cite": object(["title": .scalar, "site_title": .scalar, "url": .scalar, "updated": date])
        ]
        /// A content file's page in a translated language: the notice, and what is marked.
        func translated(_ page: LanguageMarks) -> [String: TemplateShape] {
            marks(page).merging(["untranslated": object(["text": .scalar, "lang": .scalar])]) { _, new in new }
        }
        func page(_ fields: [String: TemplateShape]...) -> TemplateShape {
            object(fields.reduce(common) { $0.merging($1) { _, new in new } })
        }
        return [
            "home": page([
                "intro_html": .scalar, "total_cases": .scalar, "total_held": .scalar,
                "status_groups": .list(object(group.merging(["status": .scalar, "label": .scalar, "cases": .list(caseSummary)]) { _, new in new })),
                "countries": .list(object(group)), "latest_statements": .list(statementSummary),
            ]),
            "cases": page(["cases": .list(caseSummary)]),
            "case": page(
                caseSummaryFields, cite, translated(.casePage),
                [
                    "occupation": .scalar, "sentenced": date, "released": date, "updated": date, "sentence": .scalar,
                    "court": .scalar, "facility": .scalar, "hashtag": .scalar, "write_to": .scalar,
                    "charges": .list(object(["charge": .scalar, "article": .scalar, "lang": .scalar])),
                    "photo": object(picture.merging(["credit": .scalar, "alt_lang": .scalar, "credit_lang": .scalar]) { _, new in new }),
                    "tags": .list(.scalar),
                    "timeline": .list(object(["id": .scalar, "date": date, "event": .scalar, "lang": .scalar])),
                    "sources": .list(object(["title": .scalar, "url": .scalar, "lang": .scalar])),
                    "body_html": .scalar, "statements": .list(statementSummary), "feed_url": .scalar,
                    "print": object(["qr_html": .scalar, "date": date]),
                ]),
            "statements": page(["statements": .list(statementSummary)]),
            "statement": page(statementSummaryFields, cite, translated(.statementPage), ["source": .scalar, "updated": date, "body_html": .scalar]),
            "signatories": page([
                "organizations": .list(
                    object(
                        organizationName.merging([
                            "country": .scalar, "count": .scalar, "count_text": .scalar,
                        ]) { _, new in new }))
            ]),
            "signatory": page(
                cite, translated(.signatoryPage),
                [
                    "name": .scalar, "short_name": .scalar, "website": .scalar, "country": .scalar, "also_known_as": .list(.scalar),
                    "body_html": .scalar, "cases": .list(caseLink),
                    "statements": .list(object(statementSummaryFields.merging(["as": .scalar]) { _, new in new })),
                ]),
            "page": page(translated(.freePage), ["title": .scalar, "body_html": .scalar]),
            "404": page(),
            "search": page([
                "search": object(["lang": .scalar, "root": .scalar]),
                "letters": .list(
                    object([
                        "letter": .scalar, "id": .scalar,
                        "names": .list(
                            object([
                                "spelling": .scalar, "name": .scalar, "url": .scalar, "country": .scalar, "status_label": .scalar,
                            ])),
                    ])),
                "countries": .list(object(group)), "statuses": .list(object(group)),
            ]),
            "redirect": page(["target": .scalar, "target_abs": .scalar]),
            "groups": page(["label": .scalar, "groups": .list(object(group))]),
            "group": page(
                group,
                [
                    "label": .scalar, "index_title": .scalar, "index_url": .scalar, "held_count": .scalar,
                    "cases": .list(caseSummary),
                ]),
            "data": page([
                "licence": object(["name": .scalar, "url": .scalar]), "as_of": date,
                "offline": object(["zip": .scalar, "zip_name": .scalar, "checksum": .scalar]),
                "mirrors": .list(object(["url": .scalar])), "onion": .scalar,
                "sections": .list(
                    object([
                        "key": .scalar, "title": .scalar, "files": .list(object(["name": .scalar, "url": .scalar])),
                        "fields": .list(object(["name": .scalar, "description": .scalar, "json": .flag, "csv": .flag])),
                    ])),
            ]),
        ]
    }

    /// An object of `fields`, with the `has_x` flag every list `x` comes with.
    static func object(_ fields: [String: TemplateShape]) -> TemplateShape {
        var all = fields
        for (name, shape) in fields { if case .list = shape { all["has_" + name] = .flag } }
        return .object(all)
    }

    /// The shape of a value as it is: the strings table.
    static func shape(of value: TemplateValue) -> TemplateShape {
        switch value {
        case .object(let object): .object(Dictionary(uniqueKeysWithValues: object.entries.map { ($0.name.text, shape(of: $0.value)) }))
        case .list(let items): .list(items.first.map(shape) ?? .scalar)
        case .bool: .flag
        default: .scalar
        }
    }

    /// `<field>_lang` for each field: the main language's tag where its text is shown untranslated.
    private static func marks(_ marks: LanguageMarks) -> [String: TemplateShape] {
        Dictionary(uniqueKeysWithValues: marks.fields.map { ($0 + "_lang", TemplateShape.scalar) })
    }

    private static let date = object(["text": .scalar, "iso": .scalar])
    private static let days = object(["count": .scalar, "at_least": .flag, "text": .scalar])
    private static let caseLink = object(marks(.caseLink).merging(["name": .scalar, "url": .scalar]) { _, new in new })
    /// A photo as `<picture>` shows it: the fallback JPEG, its size, and both sets of widths.
    private static let picture: [String: TemplateShape] = [
        "src": .scalar, "alt": .scalar, "width": .scalar, "height": .scalar, "srcset": .scalar, "webp_srcset": .scalar,
    ]
    private static let caseSummaryFields: [String: TemplateShape] = [
        "name": .scalar, "native_name": .scalar, "url": .scalar, "country": .scalar, "status": .scalar,
        "status_label": .scalar, "detained": date, "days": days, "thumbnail": object(picture),
    ].merging(marks(.caseSummary)) { _, new in new }
    private static let caseSummary = object(caseSummaryFields)
    private static let organizationName: [String: TemplateShape] = ["name": .scalar, "short_name": .scalar, "url": .scalar]
        .merging(marks(.organizationName)) { _, new in new }
    private static let statementSummaryFields: [String: TemplateShape] = [
        "title": .scalar, "url": .scalar, "date": date, "place": .scalar, "kind": .scalar, "kind_label": .scalar,
        "signatories": .list(object(organizationName.merging(["as": .scalar]) { _, new in new })),
        "cases": .list(caseLink),
    ].merging(marks(.statementSummary)) { _, new in new }
    private static let statementSummary = object(statementSummaryFields)
    private static let group: [String: TemplateShape] = [
        "name": .scalar, "slug": .scalar, "url": .scalar, "count": .scalar, "count_text": .scalar,
    ]
}
