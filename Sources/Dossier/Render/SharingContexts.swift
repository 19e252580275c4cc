/// What a page gives to the places it is shared and cited: Open Graph and Twitter card values
/// (`page.og_type`, `page.image`), schema.org JSON-LD (`page.json_ld`) and the "Cite this
/// page" block (`cite`). Every value is a fact the page already shows; none depends on the
/// build date, so a page changes only when its content does.
extension SiteContexts {
    private func absolute(_ path: String) -> String { site.config.baseURL.absolute(path) }

    /// The site as publisher: an organization at the base URL.
    private var publisher: JSONValue {
        .object(["@type": "Organization", "name": .string(site.config.title), "url": .string(site.config.baseURL.absolute)])
    }

    /// Sets the sharing keys of a case, statement or signatory page.
    func addSharing(
        to context: inout TemplateContext, type: String, url: String, title: String, updated: PartialDate?,
        image: (path: String, alt: String, width: Int?, height: Int?)? = nil, jsonLD: [JSONValue.Member]
    ) {
        var page = TemplateContext()
        page.set("og_type", type)
        page.set(
            "image",
            image.map { image in
                TemplateContext {
                    $0.set("url_abs", absolute(image.path))
                    $0.set("alt", image.alt)
                    if let width = image.width, let height = image.height {
                        $0.set("width", width)
                        $0.set("height", height)
                        $0.set("type", "image/jpeg")
                    }
                }
            })
        let document =
            [JSONValue.Member(key: "@context", value: "https://schema.org")] + jsonLD
            + [
                JSONValue.Member(key: "inLanguage", value: .string(site.config.language)),
                JSONValue.Member(key: "url", value: .string(absolute(url))),
            ]
        page.set("json_ld", JSONValue.object(document).forScript)
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
            to: &context, type: "profile", url: paths.case(item.slug), title: item.name, updated: item.updated,
            image: photo,
            jsonLD: [
                .init(key: "@type", value: "Person"),
                .init(key: "name", value: .string(item.name)),
                .init(key: "alternateName", value: .text(item.nativeName)),
                .init(key: "jobTitle", value: .text(item.occupation)),
                .init(key: "description", value: .string(description)),
                .init(key: "image", value: .text(photo.map { absolute($0.path) })),
            ].filter { $0.value != .null })
    }

    func statementSharing(_ index: Int, into context: inout TemplateContext) {
        let statement = site.statements[index]
        addSharing(
            to: &context, type: "article", url: paths.statement(statement.slug), title: statement.title,
            updated: statement.updated ?? statement.date,
            jsonLD: [
                .init(key: "@type", value: "NewsArticle"),
                .init(key: "headline", value: .string(statement.title)),
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
            updated: nil,
            jsonLD: [
                .init(key: "@type", value: "Organization"),
                .init(key: "name", value: .string(organization.name)),
                .init(
                    key: "alternateName",
                    value: .array(
                        ([organization.shortName].compactMap { $0 } + organization.alsoKnownAs)
                            .map(JSONValue.string))),
                .init(key: "sameAs", value: .text(organization.website.map(site.config.baseURL.absolute))),
            ].filter { $0.value != .null && $0.value != .array([]) })
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    init(stringLiteral text: String) { self = .string(text) }
}
