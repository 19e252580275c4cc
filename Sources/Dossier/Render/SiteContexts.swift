import TemplateEngine

/// The pieces page contexts are made of, computed once per build: each case's and each
/// statement's summary appears on many pages (lists, the home page, every signatory) and is
/// built here only once, by `makeSummaries()`, which a page's context needs first.
struct SiteContexts {
    /// Changed only by a preview, which puts a saved file's values in place (and makes their
    /// summaries again).
    var site: Site
    let strings: LocalizedStrings
    let paths: SitePaths
    var caseSummaries: [TemplateContext] = []
    var statementSummaries: [TemplateContext] = []
    private(set) var organizationNames: [TemplateContext] = []
    /// The same on every page.
    private var siteValues = TemplateContext()
    /// The links every page has to the site's lists, files and assets (`links.cases`).
    private var links = TemplateContext()
    private let translations: TemplateValue
    /// The navigation as each page shows it, keyed by the page kind whose entry is current;
    /// made once, not once a page.
    private var navigations: [String: TemplateValue] = [:]
    private var plainNavigation = TemplateValue.list([])
    private var hasNavigation = false
    /// `feeds` on every page but a case's.
    private var siteFeeds = TemplateValue.list([])
    /// `page.image` on every page but a case's with a photo: the site's share image, or the
    /// theme's.
    private var siteImage = TemplateValue.null
    /// The site's description as plain text, for pages that have none of their own.
    private(set) var siteDescription: String?
    /// Every language of the site, this one among them, for the switcher and `hreflang`:
    /// empty when the site has one language.
    let languages: [LanguageVersion]
    /// The names of each page in every language, for the search.
    var searchSpellings: SearchSpellings
    /// The case pages' QR codes.
    let qrCodes: QRCodeCache
    /// How many times a preview has changed these contexts: what it made from them before
    /// (its search index) is made again when this has moved on.
    var revision = 0

    /// One of the site's languages, as the pages of the others link to it.
    struct LanguageVersion {
        /// Its tag, `ru`.
        var code: String
        /// Its name in itself, `Русский`.
        var name: String
        var paths: SitePaths
    }

    /// `languageNames`: each language's tag → its name in itself; `spellings`: the names of
    /// every page in every language; `themeImage`: the theme's picture for link previews.
    init(
        site: Site, strings: LocalizedStrings, languageNames: [String: String], spellings: SearchSpellings,
        qrCodes: QRCodeCache, themeImage: SharingImage? = nil
    ) {
        self.site = site
        self.qrCodes = qrCodes
        searchSpellings = spellings
        self.strings = strings
        let paths = SitePaths(of: site)
        self.paths = paths
        self.translations = strings.templateTable
        let codes = site.translations.languages.isEmpty ? [] : site.translations.all
        languages = codes.map { LanguageVersion(code: $0, name: languageNames[$0] ?? $0, paths: SitePaths(language: $0, of: site)) }
        // A translated language without a title or description of its own shows the main ones.
        let own = site.translations.languages.first { $0.language == site.config.language }
        let fallback = site.isMainLanguage ? nil : site.translations.mainLanguage
        siteValues = TemplateContext {
            $0.set("title", site.config.title)
            $0.set("description", site.config.description)
            $0.set("title_lang", own?.title == nil ? fallback : nil)
            $0.set("description_lang", own?.description == nil ? fallback : nil)
            $0.set("language", site.config.language)
            $0.set("locale", OpenGraphLocale.of(site.config.language))
            $0.set("locale_alternates", strings: codes.filter { $0 != site.config.language }.map(OpenGraphLocale.of))
            $0.set("base_url", site.config.baseURL.absolute)
            $0.set(
                "mirrors",
                list: site.config.mirrors.map { mirror in
                    TemplateContext {
                        $0.set("url", mirror.url)
                        $0.set("is_onion", mirror.isOnion)
                    }
                })
        }
        links = Self.links(paths, config: site.config)
        let sections =
            [
                (strings.word("cases_title"), paths.cases, "cases"),
                (strings.word("statements_title"), paths.statements, "statements"),
                (strings.word("signatories_title"), paths.signatories, "signatories"),
            ] + site.pages.map { ($0.title, paths.page($0.slug), "page:\($0.slug)") }
        func navigation(current: String?) -> TemplateValue {
            .list(
                sections.map { title, url, kind in
                    TemplateContext {
                        $0.set("title", title)
                        $0.set("url", link: url)
                        $0.set("current", kind == current)
                    }.value
                })
        }
        navigations = Dictionary(sections.map { ($0.2, navigation(current: $0.2)) }) { first, _ in first }
        plainNavigation = navigation(current: nil)
        hasNavigation = !sections.isEmpty
        siteFeeds = .list([siteFeed.value])
        let shared = site.config.shareImage.flatMap { SharingImage($0, published: site.images.published) } ?? themeImage
        siteImage = shared?.context(base: site.config.baseURL).value ?? .null
        siteDescription = site.config.description.map {
            PlainText.text(of: CommonMark.html(from: $0[...], allowingRawHTML: false, site: SiteAddresses(site.config)))
        }
    }

    /// Makes the summaries of every case and statement, and the organizations' names, that
    /// the pages share. Apart from the rest, so that a build can make its search index first.
    mutating func makeSummaries() {
        // On both cores: a large site has thousands of each, and nothing else runs meanwhile.
        caseSummaries = site.cases.concurrentMap(caseSummary)
        organizationNames = site.organizations.concurrentMap { organization in
            TemplateContext {
                $0.set("name", organization.name)
                $0.set("short_name", organization.shortName)
                $0.set("url", link: paths.signatory(organization.slug))
                $0.mark(.organizationName, organization.fallback)
            }
        }
        statementSummaries = Array(site.statements.indices).concurrentMap(statementSummary)
    }

    /// The keys every page has: `site`, `page`, `nav` and `t`.
    func common(kind: String, navKey: String? = nil, title: String?, description: String?, url: String) -> TemplateContext {
        var context = TemplateContext()
        context.set("site", siteValues)
        context.set("links", links)
        context.set(
            "page",
            TemplateContext {
                $0.set("title", title)
                $0.set("description", description)
                $0.set("url", link: url)
                $0.set("url_abs", site.config.baseURL.absolute(url))
                // The not-found page is served at any address that has no page: it is none of them.
                $0.set("canonical", kind == "not-found" ? nil : site.config.baseURL.absolute(url))
                $0.set("kind", kind)
                $0.set("og_type", "website")
                $0.set("image", raw: siteImage)
                // The same page on each mirror; the not-found page knows no page, so their home.
                $0.set(
                    "mirrors",
                    list: site.config.mirrors.map { mirror in
                        TemplateContext {
                            $0.set("url", mirror.url + (kind == "not-found" ? "" : url))
                            $0.set("name", String(mirror.url.drop { $0 != "/" }.drop { $0 == "/" }.dropLast()))
                        }
                    })
            })
        context.set("nav", raw: navigations[navKey ?? kind] ?? plainNavigation)
        context.set("has_nav", hasNavigation)
        context.set("t", raw: translations)
        context.set("feeds", raw: siteFeeds)
        context.set("has_feeds", true)
        addLanguages(of: url, to: &context)
        return context
    }

    /// The links every page of a language has: its lists, the feed, the theme's assets, the
    /// offline copy, and `root`, the way to the site's root for a theme's own files.
    private static func links(_ paths: SitePaths, config: SiteConfig) -> TemplateContext {
        TemplateContext {
            $0.set("home", link: paths.home)
            $0.set("cases", link: paths.cases)
            $0.set("statements", link: paths.statements)
            $0.set("signatories", link: paths.signatories)
            $0.set("countries", link: paths.countries)
            $0.set("statuses", link: paths.statuses)
            $0.set("tags", link: paths.tags)
            $0.set("data", link: paths.data)
            $0.set("search", link: paths.search)
            $0.set("feed", link: paths.feed)
            $0.set("stylesheet", link: paths.stylesheet)
            $0.set("script", link: paths.script)
            $0.set("favicon", link: "assets/favicon.svg")
            $0.set("favicon_png", link: "assets/favicon-32.png")
            $0.set("touch_icon", link: "assets/apple-touch-icon.png")
            $0.set("download", link: config.offlineCopyPath)
            $0.set("root", raw: .linked(LinkedText([.root])))
        }
    }

    /// The statements' feed, which every page advertises.
    var siteFeed: TemplateContext {
        TemplateContext {
            $0.set("title", siteFeedTitle)
            $0.set("url", link: paths.feed)
        }
    }

    /// The feeds' titles, as pages advertise them and as the feeds name themselves.
    var siteFeedTitle: String { "\(site.config.title): \(strings.word("statements_title"))" }
    func feedTitle(of item: Case) -> String { "\(item.name): \(site.config.title)" }

    func date(_ date: PartialDate?) -> TemplateContext? {
        guard let date else { return nil }
        return TemplateContext {
            $0.set("text", strings.text(date))
            $0.set("iso", date.description)
        }
    }

    func days(_ item: Case) -> TemplateContext? {
        guard let period = detentionPeriod(of: item) else { return nil }
        return TemplateContext {
            $0.set("count", period.days)
            $0.set("at_least", period.isLowerBound)
            $0.set("text", text(period))
        }
    }

    func detentionPeriod(of item: Case) -> DetentionPeriod? {
        DetentionPeriod(detained: item.detained, released: item.released, status: item.status, asOf: site.clock.today)
    }

    /// "at least 516 days".
    func text(_ period: DetentionPeriod) -> String {
        strings.count(period.isLowerBound ? "days_at_least" : "days", period.days)
    }

    /// A case as lists show it.
    func caseSummary(_ item: Case) -> TemplateContext {
        TemplateContext {
            $0.set("name", item.name)
            $0.set("native_name", item.nativeName)
            $0.set("url", link: paths.case(item.slug))
            $0.set("country", item.country)
            $0.set("status", item.status.rawValue)
            $0.set("status_label", strings.label(status: item.status))
            $0.set("detained", date(item.detained))
            $0.set("days", days(item))
            $0.set("thumbnail", item.photo.map(thumbnailContext))
            $0.mark(.caseSummary, item.fallback)
        }
    }

    /// A statement as lists show it: with who signed it and whom it concerns.
    func statementSummary(_ index: Int) -> TemplateContext {
        let statement = site.statements[index]
        return TemplateContext {
            $0.set("title", statement.title)
            $0.set("url", link: paths.statement(statement.slug))
            $0.set("date", date(statement.date))
            $0.set("place", statement.place)
            $0.set("kind", statement.kind?.rawValue)
            $0.set("kind_label", statement.kind.map(strings.label(kind:)))
            $0.mark(.statementSummary, statement.fallback)
            $0.set(
                "signatories",
                list: site.links.signatures[index].map { signature in
                    TemplateContext {
                        $0.merge(organizationNames[signature.organization])
                        $0.set("as", signature.capacity)
                    }
                })
            $0.set(
                "cases",
                list: site.links.casesOfStatement[index].map(caseLink))
        }
    }
}

/// Pages are rendered on several threads at once, all reading these contexts (a preview
/// changes them only under its own lock); the strings file's table they keep is a
/// YAML value of strings, lists and dictionaries, immutable, which Swift cannot see through `Any`.
extension SiteContexts: @unchecked Sendable {}

extension SiteContexts {
    /// A case as a statement's or a signatory's page lists it: its name, linked.
    func caseLink(_ caseIndex: Int) -> TemplateContext {
        TemplateContext {
            $0.set("name", site.cases[caseIndex].name)
            $0.set("url", link: paths.case(site.cases[caseIndex].slug))
            $0.mark(.caseLink, site.cases[caseIndex].fallback)
        }
    }
}
