/// Parses every file of a content tree. Files are independent here, so this is where the
/// work spreads over the cores later; for now it reads them in order.
public struct ContentParser: Sendable {
    public var baseURLOverride: String?

    public init(baseURLOverride: String? = nil) {
        self.baseURLOverride = baseURLOverride
    }

    public struct Output: Sendable {
        public var config: SiteConfig?
        public var cases: [Case] = []
        public var statements: [Statement] = []
        public var organizations: [Organization] = []
        public var pages: [Page] = []
    }

    public func parse(_ tree: ContentTree) -> (Output, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var output = Output()
        if let file = tree.siteConfig {
            output.config = SiteConfigDecoder.decode(file, baseURLOverride: baseURLOverride, &diagnostics)
        }
        let parser = ContentFileParser(allowsRawHTML: output.config?.allowsUnsafeHTML ?? false)
        output.cases = tree.cases.compactMap { CaseDecoder(parser: parser).decode($0, &diagnostics) }
        output.statements = tree.statements.compactMap { StatementDecoder(parser: parser).decode($0, &diagnostics) }
        output.organizations = tree.organizations.compactMap { OrganizationDecoder(parser: parser).decode($0, &diagnostics) }
        output.pages = tree.pages.compactMap { PageDecoder(parser: parser).decode($0, &diagnostics) }
        return (output, diagnostics)
    }
}
