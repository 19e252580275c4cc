/// The context of each kind of page, as `docs/templates.md` documents it.
extension SiteContexts {
    func homePage() -> TemplateContext {
        var context = common(
            kind: "home", title: nil, description: siteDescription ?? strings.optionalCount("cases_description", site.cases.count),
            url: paths.home)
        context.set(
            "intro_html",
            body: site.config.description.map { CommonMark.html(from: $0[...], allowingRawHTML: false, site: SiteAddresses(site.config)) }
                ?? BodyHTML())
        context.set("total_cases", site.cases.count)
        context.set("total_held", site.cases.filter(\.status.isHeld).count)
        context.set(
            "status_groups",
            list: site.groups.statuses.map { group in
                var entry = groupEntry(group, in: .status)
                entry.set("status", group.slug)
                entry.set("label", name(of: group, in: .status))
                entry.set("cases", list: group.cases.map { caseSummaries[$0] })
                return entry
            })
        context.set("countries", list: site.groups.countries.map { groupEntry($0, in: .country) })
        context.set("latest_statements", list: Array(statementSummaries.prefix(10)))
        return context
    }

    func casesPage() -> TemplateContext {
        var context = common(
            kind: "cases", title: strings.word("cases_title"), description: description(listing: "cases_description", site.cases.count),
            url: paths.cases)
        context.set("cases", list: caseSummaries)
        return context
    }

    func statementsPage() -> TemplateContext {
        var context = common(
            kind: "statements", title: strings.word("statements_title"),
            description: description(listing: "statements_description", site.statements.count), url: paths.statements)
        context.set("statements", list: statementSummaries)
        return context
    }

    func signatoriesPage() -> TemplateContext {
        var context = common(
            kind: "signatories", title: strings.word("signatories_title"),
            description: description(listing: "signatories_description", site.organizations.count), url: paths.signatories)
        context.set(
            "organizations",
            list: site.organizations.indices.map { index in
                let organization = site.organizations[index]
                var entry = organizationNames[index]
                entry.set("country", organization.country)
                entry.set("count", site.links.signedBy[index].count)
                entry.set("count_text", strings.count("statements_count", site.links.signedBy[index].count))
                return entry
            })
        return context
    }

    func casePage(_ index: Int) -> TemplateContext {
        let item = site.cases[index]
        let description = caseDescription(item)
        var context = common(kind: "case", navKey: "cases", title: item.name, description: description, url: paths.case(item.slug))
        caseSharing(item, into: &context, description: description)
        context.merge(caseSummaries[index])
        context.set("occupation", item.occupation)
        context.set("sentenced", date(item.sentenced))
        context.set("released", date(item.released))
        context.set("updated", date(item.updated))
        context.set("sentence", item.sentence)
        context.set("court", item.court)
        context.set("facility", item.facility)
        context.set("hashtag", item.hashtag)
        context.set("write_to", item.writeTo.map { $0.trimmingSpaces })
        context.set(
            "charges",
            list: item.charges.enumerated().map { index, charge in
                TemplateContext {
                    $0.set("charge", charge.charge)
                    $0.set("article", charge.article)
                    $0.mark(entry: index, in: \.charges, item.fallback)
                }
            })
        context.set(
            "photo",
            item.photo.map { photo in
                var photo = photoContext(photo)
                photo.set("alt_lang", item.fallback?.language(of: "photo_alt"))
                photo.set("credit_lang", item.fallback?.language(of: "photo_credit"))
                return photo
            })
        context.set("tags", strings: item.tags)
        let timelineIDs = item.timelineAnchors
        context.set(
            "timeline",
            list: zip(item.timeline, timelineIDs).enumerated().map { index, pair in
                TemplateContext {
                    $0.set("id", pair.1)
                    $0.set("date", date(pair.0.date))
                    $0.set("event", pair.0.event)
                    $0.mark(entry: index, in: \.timeline, item.fallback)
                }
            })
        context.set(
            "sources",
            list: item.sources.enumerated().map { index, source in
                TemplateContext {
                    $0.set("title", source.title)
                    $0.set("url", target: source.url)
                    $0.mark(entry: index, in: \.sources, item.fallback)
                }
            })
        addFallback(item.fallback, marks: .casePage, to: &context)
        context.set("body_html", body: item.body)
        context.set("statements", list: site.links.statementsAboutCase[index].map { statementSummaries[$0] })
        let caseFeed = TemplateContext {
            $0.set("title", feedTitle(of: item))
            $0.set("url", link: paths.caseFeed(item.slug))
        }
        context.set("feed_url", link: paths.caseFeed(item.slug))
        context.set("feeds", list: [caseFeed, siteFeed])
        // A printed sheet may be handed out weeks later: it leads to the page, where the latest
        // is, and says as of when its facts stand: the build's day where the days in detention
        // are counted to it, else the case's last update. (Not the build's day on every sheet,
        // so that a page changes with the build's day only if its count does.)
        let address = site.config.baseURL.absolute(paths.case(item.slug))
        let countsToToday = item.detained != nil && item.released == nil && item.status.isHeld
        context.set(
            "print",
            TemplateContext {
                $0.set("qr_html", qrCodes.code(for: address)?.svg(label: strings.optionalWord("print_qr_label") ?? address))
                $0.set("date", countsToToday ? date(PartialDate(site.clock.today)) : date(item.updated))
            })
        return context
    }

    func statementPage(_ index: Int) -> TemplateContext {
        let statement = site.statements[index]
        var context = common(
            kind: "statement", navKey: "statements", title: statement.title,
            description: dateline(of: statement), url: paths.statement(statement.slug))
        statementSharing(index, into: &context)
        context.merge(statementSummaries[index])
        context.set("source", target: statement.source)
        context.set("updated", date(statement.updated))
        context.set("body_html", body: statement.body)
        addFallback(statement.fallback, marks: .statementPage, to: &context)
        return context
    }

    func signatoryPage(_ index: Int) -> TemplateContext {
        let organization = site.organizations[index]
        let signed = strings.count("statements_count", site.links.signedBy[index].count)
        var context = common(
            kind: "signatory", navKey: "signatories", title: organization.name,
            description: [organization.country, signed].compactMap { $0 }.joined(separator: " · "),
            url: paths.signatory(organization.slug))
        signatorySharing(index, into: &context)
        context.set("name", organization.name)
        context.set("short_name", organization.shortName)
        context.set("website", target: organization.website)
        context.set("country", organization.country)
        context.set("also_known_as", strings: organization.alsoKnownAs)
        context.set("body_html", body: organization.body)
        addFallback(organization.fallback, marks: .signatoryPage, to: &context)
        context.set(
            "statements",
            list: site.links.signedBy[index].map { signing in
                var entry = statementSummaries[signing.statement]
                entry.set("as", signing.capacity)
                return entry
            })
        context.set(
            "cases",
            list: site.links.casesOfOrganization[index].map(caseLink))
        return context
    }

    func freePage(_ index: Int) -> TemplateContext {
        let page = site.pages[index]
        var context = common(
            kind: "page", navKey: "page:\(page.slug)", title: page.title,
            description: page.description ?? PlainText.summary(of: page.body) ?? siteDescription, url: paths.page(page.slug))
        context.set("title", page.title)
        context.set("body_html", body: page.body)
        addFallback(page.fallback, marks: .freePage, to: &context)
        return context
    }

    func notFoundPage() -> TemplateContext {
        common(
            kind: "not-found", title: strings.word("not_found_title"), description: strings.optionalWord("not_found_text") ?? siteDescription,
            url: paths.notFound)
    }

    func redirect(to target: String) -> TemplateContext {
        var context = common(kind: "redirect", title: nil, description: nil, url: target)
        context.set("target", link: target)
        context.set("target_abs", site.config.baseURL.absolute(target))
        return context
    }

    /// What a list shows and how many, "12 cases documented by this campaign, …", for search
    /// engines and link previews; the site's description when the strings file has no such words.
    func description(listing set: String, _ count: Int) -> String? {
        strings.optionalCount(set, count) ?? siteDescription
    }

    /// "Joint statement · 21 February 2025 · Bishkek", for link previews and feeds.
    func dateline(of statement: Statement) -> String {
        [statement.kind.map(strings.label(kind:)), strings.text(statement.date), statement.place].compactMap { $0 }.joined(separator: " · ")
    }

    /// "Journalist, Kyrgyzstan. Imprisoned." for search results and link previews.
    private func caseDescription(_ item: Case) -> String {
        [item.occupation, item.country, strings.label(status: item.status)].compactMap { $0 }.joined(separator: " · ")
    }
}
