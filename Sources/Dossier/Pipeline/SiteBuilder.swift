/// Builds a site: load → theme → parse → images → resolve → render → write, each stage a
/// folder of its own, each using only the ones before it.
///
/// Every stage reports all the problems it finds; the site is written only if no stage found
/// an error, so a mistake in one file never replaces a published site with a broken one.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds and, when the content is sound, writes the site atomically.
    public func build() -> BuildReport {
        let analysis = prepareAnalysis()
        let (files, sites, diagnostics) = (analysis.files, analysis.sites, analysis.diagnostics)
        var report = BuildReport(
            diagnostics: diagnostics, written: nil, withheld: sites?.first?.withheld ?? [],
            encodedImages: sites?.first?.images.encoded ?? 0)
        guard let files else { return report }
        do {
            try SiteWriter(output: options.output, progress: options.progress).write(files)
            report.written = .init(pages: files.filter(\.isPage).count, files: files.count)
            // Only once the site is written: its files were copied from these entries.
            if let images = sites?.first?.images {
                ImageCache(folder: options.imageCache, isReadOnly: false).prune(keeping: images.cacheEntries)
            }
            // A cache that cannot be written only costs the next build its time.
            try? analysis.qrCodes?.save()
        } catch {
            report.diagnostics.append(.error(at: nil, "\(error)"))
        }
        BackgroundRelease.letGo((consume files, consume sites))
        return report
    }

    /// Everything up to writing: the checked site in each of its languages (the main one
    /// first) and the files it would write.
    public func prepare() -> (files: [OutputFile]?, sites: [Site]?, diagnostics: [Diagnostic]) {
        let analysis = prepareAnalysis()
        return (analysis.files, analysis.sites, analysis.diagnostics)
    }

    private func prepareAnalysis() -> Analysis {
        // Refuse a dangerous output first: no point checking content that cannot be written.
        if let refusal = OutputGuard(siteFolder: options.siteFolder, output: options.output).check() {
            return Analysis(diagnostics: [refusal])
        }
        return analyze(memo: nil, writing: true, qrCodes: QRCodeCache(file: options.qrCodeCache))
    }

    /// Every check a build makes, writing nothing and never looking at the output folder:
    /// what `dossier check` runs before a volunteer publishes.
    public func check() -> CheckReport {
        let analysis = analyze(memo: nil, writing: false, rendering: false)
        return CheckReport(
            diagnostics: analysis.diagnostics, withheld: analysis.sites?.first?.withheld ?? [],
            images: analysis.images?.reports ?? [],
            translations: TranslationCoverage.of(analysis.sites?.dropFirst().map { $0 } ?? []))
    }

    /// The site as `dossier serve` shows it, its files rendered only when asked for, nothing
    /// written. The files at `changed` (paths on disk, saved since the last preview of
    /// `session`) are put in place of their old values when nothing else can have changed;
    /// otherwise, and with `changed` unknown, the whole site is built again from what the
    /// session's memo kept. The outcome says which, and why.
    public func preview(changed: Set<String>?, in session: PreviewSession) -> PreviewResult {
        var (kept, isFirst) = session.takeLast()
        var reason = isFirst ? RebuildReason.firstBuild : .lastBuildFailed
        // Moved out, not copied: a second reference to its arrays would copy each one (the
        // site's 10,000 cases) at the first change.
        if var last = kept.take() {
            if changed == nil {
                reason = .unknownChanges
            } else if last.site.clock.today != options.clock.today {
                reason = .newDay
            } else if let why = last.update(after: changed ?? [], memo: session.memo) {
                reason = why
            } else {
                let result = PreviewResult(files: last.files, site: last.site, diagnostics: last.diagnostics, outcome: .inPlace)
                session.keep(last)
                return result
            }
        }
        let analysis = analyze(memo: session.memo, writing: true, qrCodes: session.qrCodes(file: options.qrCodeCache))
        session.keep(analysis.live)
        return PreviewResult(
            files: analysis.files, site: analysis.sites?.first, diagnostics: analysis.diagnostics,
            outcome: .rebuilt(reason))
    }

    private struct Analysis {
        var files: [OutputFile]?
        var sites: [Site]?
        var diagnostics: [Diagnostic]
        var images: SiteImages?
        /// What a preview starts from next time, when the build succeeded with a memo.
        var live: LivePreview?
        /// The QR codes the files are rendered with, to be kept once they are written.
        var qrCodes: QRCodeCache?
    }

    /// `memo`: what an earlier build of this process read (a preview's). `writing`: whether
    /// processed pictures may be kept in the image cache (`check` keeps none). `rendering`:
    /// whether to make the site's files (`check` needs none). `qrCodes`: where the case pages'
    /// QR codes are looked up, when rendering.
    private func analyze(memo: SourceMemo?, writing: Bool, rendering: Bool = true, qrCodes: QRCodeCache? = nil) -> Analysis {
        FreedMemory.mapLargeBlocks()
        // Disk → files sorted by kind. Unreadable and unexpected files are reported here.
        let (tree, loadDiagnostics) = ContentLoader(siteFolder: options.siteFolder, memo: memo).load()
        var diagnostics = loadDiagnostics
        options.progress?(BuildProgress(stage: .checking, done: 0, total: tree.markdownFileCount))

        // The settings, then the theme: its templates, and the words bodies need for their
        // headings' links. A template error and a content error are reported in the same run,
        // so the volunteer does not have to build again to see the second.
        var config: SiteConfig?
        if let file = tree.siteConfig {
            config = SiteConfigDecoder.decode(file, baseURLOverride: options.baseURL, &diagnostics)
        }
        let (theme, themeDiagnostics) = Theme.load(siteFolder: options.siteFolder, config: config)
        diagnostics += themeDiagnostics
        diagnostics +=
            theme.templates?.unknownNames(strings: [theme.strings] + theme.otherStrings.keys.sorted().compactMap { theme.otherStrings[$0] }) ?? []

        // Files → model values; every field problem of every file, each at its line.
        // The texts go once parsed: on the bench's large corpus they are 90 MB the pages do not need.
        let staticFiles = tree.staticFiles
        let parser = ContentParser(config: config, theme: theme, today: options.clock.today, memo: memo)
        let (content, parseDiagnostics) = parser.parse(consume tree, config: config)
        diagnostics += parseDiagnostics
        FreedMemory.release()

        // Pictures: each one published re-encoded, upright, without the metadata a phone
        // writes (where, when, whose), and a case's photo in several sizes. The parsed content
        // says which are photos and which lines use each, where a bad picture is reported.
        let imageCache = ImageCache(folder: options.imageCache, isReadOnly: !writing)
        let pipeline = ImagePipeline(cache: imageCache, memo: writing ? memo : nil, progress: options.progress)
        let (images, imageDiagnostics) = pipeline.run(staticFiles, uses: ImageUses(content))
        diagnostics += imageDiagnostics

        // Model values → one linked site per language; references that lead nowhere are
        // reported here.
        let resolver = SiteResolver(
            clock: options.clock, includeDrafts: options.includeDrafts,
            includeEmbargoed: options.includeEmbargoed)
        let (sites, resolveDiagnostics) = resolver.resolve(content, staticFiles: staticFiles, images: images)
        diagnostics += resolveDiagnostics
        diagnostics.sort()

        guard let sites, let templates = theme.templates, !diagnostics.hasErrors, rendering else {
            return Analysis(sites: sites, diagnostics: diagnostics, images: images)
        }
        // Sites → files, each made when it is written.
        var renderer = SiteRenderer(theme: theme, templates: templates)
        if let qrCodes { renderer.qrCodes = qrCodes }
        guard memo != nil else {
            var files = renderer.render(sites)
            // A build also publishes the offline copy, which a preview has no need of.
            if let path = sites.first?.config.offlineCopyPath {
                files = OfflineCopy(path: path, files: files, day: options.clock.today, workFile: SiteWriter.workFile(for: options.output))
                    .adding(to: files)
            }
            return Analysis(files: files, sites: sites, diagnostics: diagnostics, images: images, qrCodes: qrCodes)
        }
        let live = LivePreview(
            site: options.siteFolder.path, parser: parser, content: content, sites: sites, renderer: renderer,
            diagnostics: diagnostics)
        return Analysis(files: live.files, sites: sites, diagnostics: diagnostics, images: images, live: live)
    }
}
