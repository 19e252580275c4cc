extension Site {
    /// The output files of the pages that only a preview shows (`dossier serve --drafts`):
    /// drafts, and statements whose embargo has not ended, so that each can carry a banner.
    public var previewOnlyPages: [(file: String, reason: Withheld.Reason)] {
        let paths = SitePaths()
        var pages: [(String, Withheld.Reason)] = []
        pages += cases.filter(\.isDraft).map { (paths.outputFile(for: paths.case($0.slug)), .draft) }
        pages += statements.compactMap { statement in
            if let embargo = statement.embargo, clock.now < embargo {
                return (paths.outputFile(for: paths.statement(statement.slug)), .embargoed(until: embargo))
            }
            return statement.isDraft ? (paths.outputFile(for: paths.statement(statement.slug)), .draft) : nil
        }
        pages += self.pages.filter(\.isDraft).map { (paths.outputFile(for: paths.page($0.slug)), .draft) }
        return pages
    }
}
