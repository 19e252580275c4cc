/// A kind of content value as the parser reads it from its file.
protocol DecodableItem: ContentItem {
    static func decode(_ file: SourceFile, with parser: ContentFileParser, _ diagnostics: inout [Diagnostic]) -> Self?
}

extension ContentKind {
    /// The Swift type of the kind's values: the one place where the kinds meet their types,
    /// for the parser, which reads every kind's files, and the preview, which reads a saved one.
    var itemType: any DecodableItem.Type {
        switch self {
        case .case: Case.self
        case .statement: Statement.self
        case .organization: Organization.self
        case .page: Page.self
        }
    }
}

extension Case: DecodableItem {
    static func decode(_ file: SourceFile, with parser: ContentFileParser, _ diagnostics: inout [Diagnostic]) -> Case? {
        CaseDecoder(parser: parser).decode(file, &diagnostics)
    }
}

extension Statement: DecodableItem {
    static func decode(_ file: SourceFile, with parser: ContentFileParser, _ diagnostics: inout [Diagnostic]) -> Statement? {
        StatementDecoder(parser: parser).decode(file, &diagnostics)
    }
}

extension Organization: DecodableItem {
    static func decode(_ file: SourceFile, with parser: ContentFileParser, _ diagnostics: inout [Diagnostic]) -> Organization? {
        OrganizationDecoder(parser: parser).decode(file, &diagnostics)
    }
}

extension Page: DecodableItem {
    static func decode(_ file: SourceFile, with parser: ContentFileParser, _ diagnostics: inout [Diagnostic]) -> Page? {
        PageDecoder(parser: parser).decode(file, &diagnostics)
    }
}
