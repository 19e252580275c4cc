/// What a page gives to the places it is shared and cited: Open Graph and Twitter card values
/// (`page.og_type`, `page.image`), schema.org JSON-LD (`page.json_ld`) and the "Cite this
/// page" block (`cite`). Every value is a fact the page already shows; none depends on the
/// build date, so a page changes only when its content does.
///
/// The JSON-LD is a graph of two: what the page is about (a `Person`, a `NewsArticle`, an
/// `Organization`) and the `BreadcrumbList` of the pages that lead to it. It says only what
/// schema.org defines for each type (`inLanguage` is a property of creative works, so a person
/// or an organization has none) and leaves out what is not known rather than write `null` or
/// an empty list.
extension SiteContexts {
    private func absolute(_ path: String) -> String { site.config.baseURL.absolute(path) }

    /// The site as publisher: an organization at the base URL.
    private var publisher: JSONValue {
        .object(["@type": "Organization", "name": .string(site.config.title), "url": .string(site.config.baseURL.absolute)])
    }

    /// Sets the sharing keys of a case, statement or signatory page, whose list is `section`
    /// (`cases_title`, at `paths.cases`): `image` takes the place of the site's picture.
    func addSharing(
        to context: inout TemplateContext, type: String, url: String, title: String, section: (title: String, url: String),
        updated: PartialDate?, image: SharingImage? = nil, about entity: [JSONValue.Member]
    ) {
        var page = TemplateContext()
        page.set("og_type", type)
        if let image { page.set("image", image.context(base: site.config.baseURL)) }
        let trail: [(String, String)] = [(site.config.title, paths.home), section, (title, url)]
        let graph: [JSONValue] = [
            .object(entity + [JSONValue.Member(key: "url", value: .string(absolute(url)))]),
            .object([
                "@type": "BreadcrumbList",
                "itemListElement": .array(
                    trail.enumerated().map { position, step in
                        .object([
                            "@type": "ListItem", "position": .int(position + 1), "name": .string(step.0),
                            "item": .string(absolute(step.1)),
                        ])
                    }),
            ]),
        ]
        let document = JSONValue.object(["@context": "https://schema.org", "@graph": .array(graph)]).withoutEmptyValues
        page.set("json_ld", document.forScript)
        context.merge(page, into: "page")
        context.set(
            "cite",
            TemplateContext {
                $0.set("title", title)
                $0.set("site_title", site.config.title)
                $0.set("url", absolute(url))
                $0.set("updated", date(updated))
            })
    }

    func caseSharing(_ item: Case, into context: inout TemplateContext, description: String) {
        let photo = item.photo.map(sharingImage)
        addSharing(
            to: &context, type: "profile", url: paths.case(item.slug), title: item.name,
            section: (strings.word("cases_title"), paths.cases), updated: item.updated, image: photo,
            about: [
                .init(key: "@type", value: "Person"),
                .init(key: "name", value: .string(item.name)),
                .init(key: "alternateName", value: .text(item.nativeName)),
                .init(key: "jobTitle", value: .text(item.occupation)),
                .init(key: "description", value: .string(description)),
                .init(key: "image", value: .text(photo.map { absolute($0.path) })),
            ])
    }

    func statementSharing(_ index: Int, into context: inout TemplateContext) {
        let statement = site.statements[index]
        addSharing(
            to: &context, type: "article", url: paths.statement(statement.slug), title: statement.title,
            section: (strings.word("statements_title"), paths.statements), updated: statement.updated ?? statement.date,
            about: [
                .init(key: "@type", value: "NewsArticle"),
                .init(key: "headline", value: .string(statement.title)),
                .init(key: "inLanguage", value: .string(site.config.language)),
                .init(key: "datePublished", value: .date(statement.date)),
                .init(key: "dateModified", value: .date(statement.updated ?? statement.date)),
                .init(
                    key: "author",
                    value: .array(
                        site.links.signatures[index].map { signature in
                            let organization = site.organizations[signature.organization]
                            return .object([
                                "@type": "Organization", "name": .string(organization.name),
                                "url": .string(absolute(paths.signatory(organization.slug))),
                            ])
                        })),
                .init(
                    key: "about",
                    value: .array(
                        site.links.casesOfStatement[index].map { caseIndex in
                            .object([
                                "@type": "Person", "name": .string(site.cases[caseIndex].name),
                                "url": .string(absolute(paths.case(site.cases[caseIndex].slug))),
                            ])
                        })),
                .init(key: "publisher", value: publisher),
            ])
    }

    func signatorySharing(_ index: Int, into context: inout TemplateContext) {
        let organization = site.organizations[index]
        addSharing(
            to: &context, type: "website", url: paths.signatory(organization.slug), title: organization.name,
            section: (strings.word("signatories_title"), paths.signatories), updated: nil,
            about: [
                .init(key: "@type", value: "Organization"),
                .init(key: "name", value: .string(organization.name)),
                .init(
                    key: "alternateName",
                    value: .array(([organization.shortName].compactMap { $0 } + organization.alsoKnownAs).map(JSONValue.string))),
                .init(key: "sameAs", value: .text(organization.website.map(site.config.baseURL.absolute))),
            ])
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    init(stringLiteral text: String) { self = .string(text) }
}

private extension JSONValue {
    /// Without the members that say nothing, at any depth: a `null` (not known) and an empty
    /// list (a statement that no organization signed has no `author`).
    var withoutEmptyValues: JSONValue {
        switch self {
        case .array(let items): .array(items.map(\.withoutEmptyValues))
        case .object(let members):
            .object(
                members.map { Member(key: $0.key, value: $0.value.withoutEmptyValues) }
                    .filter { $0.value != .null && $0.value != .array([]) })
        default: self
        }
    }
}
