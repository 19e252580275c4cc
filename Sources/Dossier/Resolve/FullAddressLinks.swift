/// Links written with the site's full address (`https://example.org/cases/x/`), settled once
/// the site's files are known. One that leads to a page or file of the site is a link into
/// it, which each page writes relative to itself; one that leads to none is another page of
/// the same host (a campaign at the root of an organization's host shares it), and stays as
/// written.
struct FullAddressLinks {
    /// Whether the site writes the file a link leads to.
    let leadsIntoSite: (SiteLink) -> Bool

    /// Every value of `content` whose body or links lead out of the site, settled in place.
    func settle(_ content: inout ContentSet) {
        for index in content.cases.indices where needsSettling(content.cases[index].body, content.cases[index].sources.map(\.url)) {
            settle(&content.cases[index].body)
            for source in content.cases[index].sources.indices { settle(&content.cases[index].sources[source].url) }
        }
        for index in content.statements.indices where needsSettling(content.statements[index].body, [content.statements[index].source]) {
            settle(&content.statements[index].body)
            settle(&content.statements[index].source)
        }
        for index in content.organizations.indices
        where needsSettling(content.organizations[index].body, [content.organizations[index].website]) {
            settle(&content.organizations[index].body)
            settle(&content.organizations[index].website)
        }
        for index in content.pages.indices where needsSettling(content.pages[index].body, []) {
            settle(&content.pages[index].body)
        }
    }

    func settle(_ translations: inout [Translation]) {
        for index in translations.indices
        where needsSettling(translations[index].body ?? BodyHTML(), translations[index].sources.map(\.value.url)) {
            if var body = translations[index].body {
                settle(&body)
                translations[index].body = body
            }
            for source in translations[index].sources.indices { settle(&translations[index].sources[source].value.url) }
        }
    }

    func settle(_ target: inout LinkTarget?) {
        guard case .site(let link)? = target, let address = link.fullAddress, !leadsIntoSite(link) else { return }
        target = .external(address)
    }

    /// In place, piece by piece: joining the text around a settled link would copy the body,
    /// twice its size at the build's peak for a long story.
    func settle(_ body: inout BodyHTML) {
        for index in body.pieces.indices {
            guard case .link(let link) = body.pieces[index], let address = link.fullAddress, !leadsIntoSite(link) else { continue }
            // As cmark wrote it in the attribute, which holds no `"`.
            body.pieces[index] = .html(address)
        }
    }

    /// Whether anything of a value was written with the site's full address: most are not.
    private func needsSettling(_ body: BodyHTML, _ targets: [LinkTarget?]) -> Bool {
        body.pieces.contains { if case .link(let link) = $0 { link.base != nil } else { false } }
            || targets.contains { if case .site(let link)? = $0 { link.base != nil } else { false } }
    }
}
