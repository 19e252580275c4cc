import TemplateEngine

/// What a page says of its languages: the switcher (`languages`), the versions it declares
/// (`alternates`, for `<link rel="alternate" hreflang>`), and, in a language other than the
/// main one, which of its words are the main file's (`untranslated`, `<field>_lang`).
extension SiteContexts {
    /// `url` is the page's path in this language; each other language has the page at the
    /// same path after its own prefix. A site of one language gets empty lists.
    func addLanguages(of url: String, to context: inout TemplateContext) {
        context.set(
            "languages",
            list: languages.map { version in
                TemplateContext {
                    $0.set("code", version.code)
                    $0.set("name", version.name)
                    $0.set("url", link: paths.path(url, in: version.paths))
                    $0.set("current", version.code == site.config.language)
                }
            })
        guard let main = languages.first else {
            context.set("alternates", list: [])
            return
        }
        let alternates = languages.map { ($0.code, paths.path(url, in: $0.paths)) } + [("x-default", paths.path(url, in: main.paths))]
        context.set(
            "alternates",
            list: alternates.map { code, path in
                TemplateContext {
                    $0.set("hreflang", code)
                    $0.set("url_abs", site.config.baseURL.absolute(path))
                }
            })
    }

    /// On a content file's page: the notice that it is not (fully) translated, in the page's
    /// language, and the main language's tag on each text shown from the main file.
    func addFallback(_ fallback: Fallback?, marks: LanguageMarks, to context: inout TemplateContext) {
        context.set(
            "untranslated",
            fallback.flatMap { fallback in
                fallback.needsNotice
                    ? TemplateContext {
                        $0.set("text", strings.optionalWord("not_translated") ?? "")
                        $0.set("lang", fallback.language)
                    } : nil
            })
        context.mark(marks, fallback)
    }
}

/// The `<field>_lang` keys of some text fields, named once: every summary of every page
/// sets them, in a site of one language too.
struct LanguageMarks: Sendable {
    let fields: [String]
    fileprivate let keys: [TemplateName]

    init(_ fields: [String]) {
        self.fields = fields
        keys = fields.map { TemplateName($0 + "_lang") }
    }

    static let caseSummary = LanguageMarks(["name", "country"])
    static let caseLink = LanguageMarks(["name"])
    static let statementSummary = LanguageMarks(["title", "place"])
    static let organizationName = LanguageMarks(["name", "short_name"])
    /// Each content page's own, besides its summary's; `body` is the story.
    static let casePage = LanguageMarks(["occupation", "sentence", "court", "facility", "body"])
    static let statementPage = LanguageMarks(["body"])
    static let signatoryPage = LanguageMarks(["name", "short_name", "body"])
    static let freePage = LanguageMarks(["title", "body"])
}

extension TemplateContext {
    /// `<field>_lang` for each field: the main language's tag where the text is the main
    /// file's, `null` otherwise (never left out, or a list entry would find its page's).
    mutating func mark(_ marks: LanguageMarks, _ fallback: Fallback?) {
        for (field, key) in zip(marks.fields, marks.keys) {
            set(key, fallback?.language(of: field))
        }
    }

    /// `lang` on an entry of a list (a charge, a timeline entry, a source).
    mutating func mark(entry index: Int, in entries: KeyPath<Fallback, Set<Int>>, _ fallback: Fallback?) {
        set("lang", fallback.flatMap { $0[keyPath: entries].contains(index) ? $0.language : nil })
    }
}
