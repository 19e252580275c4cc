/// What `dossier check` found: every problem, and what a normal build leaves out.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var withheld: [Site.Withheld]
    /// Per picture, the kinds of metadata its original holds and the published copy leaves out.
    public var images: [SiteImages.Report]
    /// For each language besides the main one, what is not yet translated.
    public var translations: [TranslationCoverage]

    public init(
        diagnostics: [Diagnostic], withheld: [Site.Withheld], images: [SiteImages.Report] = [],
        translations: [TranslationCoverage] = []
    ) {
        self.diagnostics = diagnostics
        self.withheld = withheld
        self.images = images
        self.translations = translations
    }

    /// Warnings alone pass: a script can publish when this is 0.
    public var exitCode: Int32 { diagnostics.hasErrors ? 1 : 0 }
}
