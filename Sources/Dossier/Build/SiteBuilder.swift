/// Builds a site: load → parse → resolve → render → write, each stage a folder of its own.
///
/// Every stage reports all the problems it finds; the site is written only if no stage found
/// an error, so a mistake in one file never replaces a published site with a broken one.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Everything up to writing: the checked site and the files it would write.
    public func prepare() -> (files: [OutputFile]?, site: Site?, diagnostics: [Diagnostic]) {
        // Refuse a dangerous output first: no point checking content that cannot be written.
        if let refusal = OutputGuard(siteFolder: options.siteFolder, output: options.output).check() {
            return (nil, nil, [refusal])
        }
        let analysis = analyze(writing: true)
        return (analysis.files, analysis.site, analysis.diagnostics)
    }

    /// Every check a build makes, writing nothing and never looking at the output folder:
    /// what `dossier check` runs before a volunteer publishes.
    public func check() -> CheckReport {
        let analysis = analyze(writing: false)
        return CheckReport(diagnostics: analysis.diagnostics, withheld: analysis.site?.withheld ?? [],
                           images: analysis.images?.reports ?? [],
                           // From the languages' sites the pages were made from, not localized again.
                           translations: TranslationCoverage.of(analysis.preview?.contexts.dropFirst().map(\.current.site) ?? []))
    }

    /// The files of the site, rendered only when asked for, without an output folder: what
    /// `dossier serve` shows. With a cache, the files at `changed` (paths on disk, saved
    /// since the last preview) are put in place of their old values when nothing else can
    /// have changed (see `PreviewUpdate`); otherwise, and with `changed` unknown, the whole
    /// site is built again from what the cache kept.
    public func preview(changed: Set<String>? = nil) -> (files: [OutputFile]?, site: Site?, diagnostics: [Diagnostic]) {
        // In place only on the same day: a new day changes every count of days in detention.
        // Taken out of the cache, so that the arrays it holds are updated where they lie; a
        // whole build below keeps the next one.
        if let changed, let cache = options.cache, var last = cache.takeLastPreview(), last.site.clock.today == options.clock.today,
           last.update(after: changed, cache: cache) {
            cache.lastPreview = last
            cache.countUpdateInPlace()
            return (last.files, last.site, last.diagnostics)
        }
        let analysis = analyze(writing: true)
        options.cache?.lastPreview = analysis.preview
        return (analysis.files, analysis.site, analysis.diagnostics)
    }

    private struct Analysis {
        var files: [OutputFile]?
        var site: Site?
        var diagnostics: [Diagnostic]
        /// What a preview starts from next time, when the build succeeded.
        var preview: PreviewUpdate?
        var images: SiteImages?
    }

    /// `writing`: whether processed pictures may be kept in the image cache (`check` keeps none).
    private func analyze(writing: Bool) -> Analysis {
        // Disk → files sorted by kind. Unreadable and unexpected files are reported here.
        let (tree, loadDiagnostics) = ContentLoader(siteFolder: options.siteFolder, cache: options.cache).load()
        var diagnostics = loadDiagnostics
        options.progress?(BuildProgress(stage: .checking, done: 0, total: tree.markdownFileCount))

        // The settings, then the theme and its words, which bodies need for their headings'
        // links: a template error and a content error are reported in the same run, so the
        // volunteer does not have to build again to see the second.
        var parser = ContentParser(baseURLOverride: options.baseURL)
        parser.cache = options.cache
        let (config, configDiagnostics) = parser.config(of: tree)
        diagnostics += configDiagnostics
        let (theme, themeDiagnostics) = Theme.load(siteFolder: options.siteFolder)
        diagnostics += themeDiagnostics
        let (strings, otherStrings) = StringsLoader.load(config, theme: theme, &diagnostics)
        let templates = TemplateSet(theme: theme, &diagnostics)
        diagnostics += templates?.unknownNames(strings: [strings] + otherStrings.keys.sorted().compactMap { otherStrings[$0] }) ?? []

        // Files → model values; every field problem of every file, each at its line.
        let anchors = SectionAnchors(linkLabel: strings.word("section_link"), reserved: theme.fixedIDs)
        // The texts go once parsed: on the bench's large corpus they are 90 MB the pages do not need.
        let staticFiles = tree.staticFiles
        let linkLabels = otherStrings.mapValues { $0.word("section_link") }
        let (content, parseDiagnostics) = parser.parse(consume tree, config: config, anchors: anchors, linkLabels: linkLabels,
                                                       today: options.clock.today)
        diagnostics += parseDiagnostics
        FreedMemory.release()

        // Pictures: each one published re-encoded, upright, without the metadata a phone
        // writes (where, when, whose), and a case's photo in several sizes. The parsed content
        // says which are photos and which lines use each, where a bad picture is reported.
        let imageCache = ImageCache(folder: options.imageCache, isReadOnly: !writing)
        let pipeline = ImagePipeline(cache: imageCache, buildCache: writing ? options.cache : nil, progress: options.progress)
        let (images, imageDiagnostics) = pipeline.run(staticFiles, uses: ImageUses(content))
        diagnostics += imageDiagnostics

        // Model values → one linked site; references that lead nowhere are reported here.
        let resolver = SiteResolver(clock: options.clock, includeDrafts: options.includeDrafts,
                                    includeEmbargoed: options.includeEmbargoed)
        let (site, resolveDiagnostics) = resolver.resolve(content, staticFiles: staticFiles, images: images)
        diagnostics += resolveDiagnostics

        guard let site, let templates, !diagnostics.hasErrors else {
            return Analysis(site: site, diagnostics: diagnostics.sorted(), images: images)
        }
        let renderer = SiteRenderer(templates: templates, strings: strings, theme: theme, otherStrings: otherStrings)
        let (files, contexts) = renderer.renderLive(site)
        let fileParser = ContentParser.fileParser(for: config, anchors: anchors, today: options.clock.today)
        let reading = ContentParser.translationReading(for: config, parser: fileParser, linkLabels: linkLabels, today: options.clock.today)
        let preview = PreviewUpdate(siteFolder: options.siteFolder.path, parser: fileParser, translations: reading, content: content,
                                    files: files, contexts: contexts, diagnostics: diagnostics.sorted())
        return Analysis(files: files, site: site, diagnostics: diagnostics.sorted(), preview: preview, images: images)
    }

    /// Builds and, when the content is sound, writes the site atomically.
    public func build() -> BuildReport {
        let (files, site, diagnostics) = prepare()
        var report = BuildReport(diagnostics: diagnostics, written: nil, withheld: site?.withheld ?? [],
                                 encodedImages: site?.images.encoded ?? 0)
        guard let files else { return report }
        do {
            try SiteWriter(output: options.output, progress: options.progress).write(files)
            report.written = .init(pages: files.filter(\.isPage).count, files: files.count)
            // Only once the site is written: its files were copied from these entries.
            if let images = site?.images { ImageCache(folder: options.imageCache, isReadOnly: false).prune(keeping: images.cacheEntries) }
        } catch {
            report.diagnostics.append(.error(at: nil, "\(error)"))
        }
        return report
    }
}
