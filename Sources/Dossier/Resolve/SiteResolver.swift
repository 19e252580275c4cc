import Foundation

/// Links parsed content into a `Site` in each of its languages: decides what is published,
/// resolves every case and signatory reference, checks that photos exist, that body links
/// lead somewhere and that no two files claim one URL, and builds the cross-reference
/// indexes once for the whole build. The other languages are the main site with their words
/// (`Site.localized(to:)`), so no language can state another fact.
///
/// It reads of each value only what its `outwardKey` holds, which a preview relies on to put
/// a saved file's new value in place without resolving again.
public struct SiteResolver: Sendable {
    public var clock: BuildClock
    public var includeDrafts: Bool
    /// Only for a preview (`dossier serve --drafts`), never for a site that is published.
    public var includeEmbargoed: Bool

    public init(clock: BuildClock, includeDrafts: Bool = false, includeEmbargoed: Bool = false) {
        self.clock = clock
        self.includeDrafts = includeDrafts
        self.includeEmbargoed = includeEmbargoed
    }

    /// The site in each of its languages, the main one first; `nil` when the content has errors.
    public func resolve(_ content: ParsedContent, staticFiles: [StaticFile], images: SiteImages = SiteImages())
        -> ([Site]?, [Diagnostic])
    {
        let (site, diagnostics) = resolveMain(content, staticFiles: staticFiles, images: images)
        guard let site else { return (nil, diagnostics) }
        let others = site.translations.languages.map { site.localized(to: $0.language) }
        return ([site] + others, diagnostics)
    }

    /// The site in its main language.
    func resolveMain(_ content: ParsedContent, staticFiles: [StaticFile], images: SiteImages) -> (Site?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var withheld: [Site.Withheld] = []
        let publication = Publication(clock: clock, includeDrafts: includeDrafts, includeEmbargoed: includeEmbargoed)

        // What is published, in the order the site lists it.
        var published = ContentSet()
        published.cases = Self.sortedByName(
            content.cases.filter { publication.isPublished(draft: $0.isDraft, file: $0.file, withheld: &withheld) },
            name: \.name, slug: \.slug)
        published.statements = content.statements
            .filter { publication.isPublished(draft: $0.isDraft, embargo: $0.embargo, file: $0.file, withheld: &withheld) }
            .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        published.organizations = Self.sortedByName(content.organizations, name: \.name, slug: \.slug)
        published.pages = Self.sortedByName(
            content.pages.filter { publication.isPublished(draft: $0.isDraft, file: $0.file, withheld: &withheld) },
            name: \.title, slug: \.slug)

        checkPhotos(of: content.cases, against: staticFiles, &diagnostics)
        checkShareImage(content.config?.shareImage, against: staticFiles, &diagnostics)
        for file in staticFiles { URLClaims.check(file, &diagnostics) }
        let entries = content.values.entries
        // Organizations claim in the order the site lists them, so that of two whose old URLs
        // clash, the one later by name is told.
        var claiming = content.values
        claiming.organizations = published.organizations
        let groups = CaseGroups(cases: published.cases)
        // The URLs claimed and the links checked at once: neither reads the other, and the
        // diagnostics are sorted in the end.
        let (claimDiagnostics, (checker, linkDiagnostics)) = concurrently(
            {
                var found: [Diagnostic] = []
                claimURLs(languages: content.config?.translations.map(\.language) ?? [], entries: claiming.entries, &found)
                return found
            },
            {
                var found: [Diagnostic] = []
                let checker = checkLinks(
                    content, entries: entries, published: published, groups: groups,
                    staticFiles: Self.publishedStaticPaths(staticFiles, images), &found)
                return (checker, found)
            })
        diagnostics += claimDiagnostics + linkDiagnostics
        // Links written with the site's full address lead into it where it has the file.
        let fullAddresses = FullAddressLinks(leadsIntoSite: checker.leadsIntoSite)
        fullAddresses.settle(&published)
        var translated = content.translations
        fullAddresses.settle(&translated)
        let links = link(published, content, &diagnostics)
        let translations = SiteTranslations(
            checking: translated, content: content, publication: publication,
            withheld: &withheld, &diagnostics)

        guard let config = content.config, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let site = Site(
            config: config, clock: clock, content: published, staticFiles: staticFiles, images: images, links: links,
            groups: groups, withheld: withheld.sorted { $0.file < $1.file }, translations: translations
        )
        return (site, diagnostics)
    }

    /// Who signed each statement and whom it concerns, and the same read the other way.
    private func link(_ published: ContentSet, _ content: ParsedContent, _ diagnostics: inout [Diagnostic]) -> Site.Links {
        let signatoryIndex = SignatoryIndex(published.organizations, &diagnostics)
        let caseIndex = Dictionary(published.cases.enumerated().map { ($1.slug.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        let allCaseSlugs = Set(content.cases.map(\.slug.rawValue))
        var links = Site.Links(
            signatures: [], casesOfStatement: [],
            statementsAboutCase: Array(repeating: [], count: published.cases.count),
            signedBy: Array(repeating: [], count: published.organizations.count),
            casesOfOrganization: Array(repeating: [], count: published.organizations.count)
        )
        for (statementIndex, statement) in published.statements.enumerated() {
            let signatures = resolveSignatories(of: statement, signatoryIndex, content, &diagnostics)
            let concerned = resolveCases(of: statement, caseIndex, allCaseSlugs, content, &diagnostics)
            links.signatures.append(signatures)
            links.casesOfStatement.append(concerned)
            for caseIndex in concerned { links.statementsAboutCase[caseIndex].append(statementIndex) }
            for signature in signatures {
                links.signedBy[signature.organization].append(.init(statement: statementIndex, capacity: signature.capacity))
                links.casesOfOrganization[signature.organization] += concerned
            }
        }
        // Case lists follow the site's order by name, which is the order of the case array.
        links.casesOfOrganization = links.casesOfOrganization.map { Array(Set($0)).sorted() }
        return links
    }

    private func resolveSignatories(
        of statement: Statement, _ index: SignatoryIndex, _ content: ParsedContent,
        _ diagnostics: inout [Diagnostic]
    ) -> [Site.Signature] {
        var signatures: [Site.Signature] = []
        for reference in statement.signatories {
            let name = reference.organization
            guard let organization = index.organization(named: name.text) else {
                if let slug = Slug(name.text), content.leftOut.organizations.contains(slug) { continue }
                diagnostics.append(
                    .error(
                        at: name.location, "unknown signatory '\(name.text)'",
                        fix: index.suggestion(for: name.text)
                            ?? "add it to content/organizations/ (dossier reads slug, name, short_name and also_known_as)"))
                continue
            }
            if signatures.contains(where: { $0.organization == organization }) {
                diagnostics.append(
                    .warning(
                        at: name.location, "'\(name.text)' signs this statement twice; it is listed once",
                        fix: "remove one of the two lines"))
                continue
            }
            signatures.append(.init(organization: organization, capacity: reference.capacity))
        }
        return signatures
    }

    private func resolveCases(
        of statement: Statement, _ index: [String: Int], _ allSlugs: Set<String>,
        _ content: ParsedContent, _ diagnostics: inout [Diagnostic]
    ) -> [Int] {
        var concerned: [Int] = []
        for reference in statement.cases {
            if let caseIndex = index[reference.text] {
                if !concerned.contains(caseIndex) { concerned.append(caseIndex) }
            } else if allSlugs.contains(reference.text) {
                // A draft case must not leak through a published statement.
                diagnostics.append(
                    .warning(
                        at: reference.location, "case '\(reference.text)' is a draft, so this statement does not link to it yet",
                        fix: "publish the case (remove 'draft: true') when it is ready"))
            } else if !(Slug(reference.text).map(content.leftOut.cases.contains) ?? false) {
                let closest = Suggestion.closest(to: reference.text, among: allSlugs.sorted())
                diagnostics.append(
                    .error(
                        at: reference.location, "unknown case '\(reference.text)'",
                        fix: closest.map { "did you mean '\($0)' (content/cases/\($0).md)?" }
                            ?? "write the slug of a case: its file name without .md"))
            }
        }
        return concerned
    }

    private func checkPhotos(of cases: [Case], against staticFiles: [StaticFile], _ diagnostics: inout [Diagnostic]) {
        let available = Set(staticFiles.map { "/" + $0.outputPath })
        for item in cases {
            guard let photo = item.photo, !available.contains(photo.path) else { continue }
            diagnostics.append(
                .error(
                    at: photo.location, "the photo \(photo.path) is not in content/static/",
                    fix: "put the picture at content\(photo.path), or correct the 'photo' path"))
        }
    }

    /// The share image must be a picture the site publishes; one that cannot be read is
    /// reported by the image stage, at the same line.
    private func checkShareImage(_ image: ShareImage?, against staticFiles: [StaticFile], _ diagnostics: inout [Diagnostic]) {
        guard let image else { return }
        if !staticFiles.contains(where: { "/" + $0.outputPath == image.path }) {
            diagnostics.append(
                .error(
                    at: image.location, "the share image \(image.path) is not in content/static/",
                    fix: "put the picture at content\(image.path), or correct the 'share_image' path"))
        } else if ImageFormat(fileName: image.path) == nil {
            diagnostics.append(
                .error(
                    at: image.location, "the share image \(image.path) is not a picture link previews show",
                    fix: "use a JPEG or PNG picture, 1200 by 630 pixels for the sharpest previews"))
        }
    }

    /// Where the files of `content/static/` are published: as they are named, but a HEIC
    /// picture as `.jpg`, and a photo's sizes besides. A picture that failed keeps its own
    /// name, so a link to it is not reported a second time.
    private static func publishedStaticPaths(_ staticFiles: [StaticFile], _ images: SiteImages) -> [String] {
        staticFiles.map(\.outputPath).filter { ImageFormat(fileName: $0) != .heif } + images.publishedPaths
    }

    /// Links into the site, in bodies and in link fields, must lead somewhere; only published
    /// files are checked.
    private func checkLinks(
        _ content: ParsedContent, entries: [ContentEntry], published: ContentSet, groups: CaseGroups,
        staticFiles: [String], _ diagnostics: inout [Diagnostic]
    ) -> LinkChecker {
        let paths = SitePaths()
        let publishedFiles = Set(published.entries.map(\.file))
        var checker = LinkChecker(
            site: SiteAddresses(content.config), staticFiles: staticFiles,
            languages: content.config?.translations.map(\.language) ?? [])
        for url in Filter.pageURLs(groups, paths) {
            checker.add(url, aliases: [], file: "", isPublished: true)
        }
        for entry in entries {
            let isPublished = publishedFiles.contains(entry.file)
            checker.add(paths.url(of: entry.kind, entry.slug), aliases: entry.aliases, file: entry.file, isPublished: isPublished)
            if entry.kind == .case, isPublished { checker.add(paths.caseFeed(entry.slug), aliases: [], file: entry.file, isPublished: true) }
        }
        // A link to a file left out for its errors leads to a page that will be there once
        // the file is mended; its own error is the one to report.
        for kind in ContentKind.allCases {
            for slug in content.leftOut[kind] {
                checker.add(paths.url(of: kind, slug), aliases: [], file: "", isPublished: true)
                if kind == .case { checker.add(paths.caseFeed(slug), aliases: [], file: "", isPublished: true) }
            }
        }
        for entry in entries where publishedFiles.contains(entry.file) {
            checker.check(entry.bodyLinks, &diagnostics)
        }
        for translation in content.translations {
            checker.check(translation.bodyLinks, &diagnostics)
        }
        checker.check(content.config?.links ?? [], &diagnostics)
        return checker
    }

    /// Every file's own URL first, then the aliases: when an alias takes a page's URL, the
    /// error stands at the alias, which is what to change.
    private func claimURLs(languages: [String], entries: [ContentEntry], _ diagnostics: inout [Diagnostic]) {
        let paths = SitePaths()
        var claims = URLClaims(languages: languages)
        for entry in entries {
            claims.claim(paths.url(of: entry.kind, entry.slug), by: entry.file, at: SourceLocation(path: entry.file), &diagnostics)
        }
        // A case's feed is a file inside its page's folder.
        for entry in entries where entry.kind == .case {
            claims.claim(paths.caseFeed(entry.slug), by: entry.file, at: SourceLocation(path: entry.file), &diagnostics)
        }
        for entry in entries {
            for alias in entry.aliases {
                claims.claim(paths.alias(alias), by: entry.file, at: alias.location, &diagnostics)
            }
        }
    }

    /// By name without regard to case or accents, then by slug, so the order never depends on
    /// the machine's locale. Each name is folded once, not at each of the sort's comparisons,
    /// and the items move once, not at each swap: a case is a large value.
    static func sortedByName<Item, Key: Comparable>(_ items: [Item], name: (Item) -> String, slug: (Item) -> Key) -> [Item] {
        let keys = items.map { item in
            let name = name(item)
            // Foundation's folding is slow, and most names are ASCII, whose folding is lowercasing.
            return name.utf8.allSatisfy { $0 < 0x80 }
                ? name.lowercased()
                : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        let slugs = items.map(slug)
        return items.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : slugs[$0] < slugs[$1] }.map { items[$0] }
    }
}
