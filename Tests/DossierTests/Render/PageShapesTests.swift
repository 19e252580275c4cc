import Foundation
import TemplateEngine
import Testing

@testable import Dossier

/// `PageShapes` is the one list of what each page provides: the names check reads it, every
/// context the site builds must fit it, and docs/templates.md must name everything in it.
@Suite struct PageShapesTests {
    static let repository = ReferenceEngineTests.repository

    @Test func everyContextTheSiteBuildsFitsItsPageShape() throws {
        for folder in [Fixtures.site("campaign"), Fixtures.site("photos"), Fixtures.site("bilingual"), Self.repository] {
            let site = try SitePages(folder)
            let shapes = PageShapes.all(strings: site.strings.map(\.templateTable))
            for page in site.pages {
                let shape = try #require(shapes[page.template], "no shape for \(page.template)")
                let misfits = Self.misfits(page.context().value, shape, at: page.template)
                #expect(misfits.isEmpty, "\(page.url): \(misfits)")
            }
        }
    }

    @Test func theDefaultThemeUsesOnlyNamesItsPagesProvide() throws {
        let (theme, diagnostics) = Theme.load(siteFolder: Fixtures.site("campaign"), config: nil)
        #expect(diagnostics.isEmpty)
        let templates = try #require(theme.templates)
        #expect(printed(templates.unknownNames(strings: [theme.strings])) == "")
    }

    @Test func aMisspelledNameInAnOverrideIsAWarningWithTheNameMeant() throws {
        let site = try TemporaryFolder()
        defer { site.remove() }
        try site.copySite(from: Fixtures.site("campaign"))
        let theme = try String(contentsOf: Self.repository.appending(path: "templates/case.mustache"), encoding: .utf8)
        try site.write([
            "templates/case.mustache":
                theme
                .replacingOccurrences(
                    of: "lang=\"{{name_lang}}\"{{/name_lang}}>{{name}}</h1>", with: "lang=\"{{name_lang}}\"{{/name_lang}}>{{nmae}}</h1>"
                )
                .replacingOccurrences(of: "<img src=\"{{src}}\"", with: "<img src=\"{{scr}}\"")
        ])
        let report = SiteBuilder(options: BuildOptions(siteFolder: site.url, clock: BuildClock(asOf: PartialDate("2025-06-30")!.earliestDay))).check()
        #expect(
            printed(report.diagnostics.filter { $0.location?.path.hasPrefix("templates/") == true }) == """
                templates/case.mustache:4:58: warning: 'nmae' is never set on the pages this template renders, so it prints nothing
                templates/case.mustache:4:58: note: did you mean 'name'?
                templates/case.mustache:30:19: warning: 'scr' is never set on the pages this template renders, so it prints nothing
                templates/case.mustache:30:19: note: did you mean 'src'?

                """)
    }

    @Test func docsTemplatesNamesEveryKeyOfEveryPage() throws {
        let docs = try String(contentsOf: Self.repository.appending(path: "docs/templates.md"), encoding: .utf8)
        var names: Set<String> = []
        func collect(_ shape: TemplateShape) {
            switch shape {
            case .object(let fields):
                for (name, field) in fields where !name.hasPrefix("has_") {
                    names.insert(name)
                    collect(field)
                }
            case .list(let item): collect(item)
            default: break
            }
        }
        for (_, shape) in PageShapes.all(strings: .object(TemplateObject())) { collect(shape) }
        // A name is documented as `name`, `parent.name` or in a `{name, …}` list.
        let undocumented = names.filter { name in
            !docs.contains("`\(name)`") && !docs.contains(".\(name)`") && !docs.contains("{\(name),") && !docs.contains(", \(name),")
                && !docs.contains(", \(name)}") && !docs.contains("{\(name)}")
        }
        #expect(undocumented.sorted() == [])
    }

    /// Where `value` holds a name its shape does not have, or a value of another kind.
    static func misfits(_ value: TemplateValue, _ shape: TemplateShape, at path: String) -> [String] {
        switch (value, shape) {
        case (_, .anything), (.null, _): return []
        case (.object(let object), .object(let fields)):
            return object.entries.flatMap { entry -> [String] in
                guard let field = fields[entry.name.text] else { return ["\(path).\(entry.name.text) is not in the shape"] }
                return misfits(entry.value, field, at: "\(path).\(entry.name.text)")
            }
        case (.list(let items), .list(let item)):
            return items.enumerated().flatMap { misfits($0.element, item, at: "\(path)[\($0.offset)]") }
        case (.bool, .flag), (.text, .scalar), (.linked, .scalar), (.int, .scalar), (.double, .scalar): return []
        default: return ["\(path) is \(value), not \(shape)"]
        }
    }
}
