import Foundation
import Mustache
import TemplateEngine
import Testing

@testable import Dossier

/// dossier's template engine against swift-mustache, the renderer the theme was written for:
/// every page of a site, rendered from the same context by both, must be the same bytes.
@Suite struct ReferenceEngineTests {
    static let repository = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture campaign, with drafts so their pages are compared too; the example
    /// campaign of `content/`; the fixture campaign through a theme of parents and blocks;
    /// the fixture of responsive photos.
    static let runs: [(name: String, site: URL, theme: String?)] = [
        ("campaign", Fixtures.site("campaign"), nil),
        ("example", repository, nil),
        ("campaign, inheritance theme", Fixtures.site("campaign"), "inheritance"),
        ("photos", Fixtures.site("photos"), nil),
        ("bilingual", Fixtures.site("bilingual"), nil),
    ]

    @Test(arguments: runs.indices)
    func everyPageIsTheBytesSwiftMustachePrints(_ run: Int) throws {
        let (_, folder, overlay) = Self.runs[run]
        let site = try SitePages(folder, overlay: overlay)
        let templates = site.templates
        let pages = site.pages
        let reference = try Self.reference(site.theme)

        var differing: [String] = []
        for page in pages {
            let context = page.context()
            let links = LinkStyle.relative(from: SitePaths().outputFile(for: page.url))
            let ours = String(decoding: templates.render(page.template, context, links: links), as: UTF8.self)
            let theirs = reference.render(ReferenceValue.any(context.value, links), withTemplate: page.template)
            if ours != theirs {
                differing.append(page.url)
                if differing.count == 1 { #expect(ours == theirs, "\(page.url) (\(page.template))") }
            }
        }
        #expect(differing.isEmpty, "\(differing.count) of \(pages.count) pages differ: \(differing.prefix(5))")
        // The fixture campaign exercises every page template.
        if run == 0 { #expect(Set(pages.map(\.template)) == Set(TemplateSet.required).subtracting(["header", "footer"])) }
    }

    /// swift-mustache's library of the same templates, with its own HTML escaping.
    private static func reference(_ theme: Theme) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (path, file) in theme.files where path.hasSuffix(".mustache") {
            let text = String(decoding: file.contents, as: UTF8.self)
            library.register(try MustacheTemplate(string: text), named: String(path.dropLast(".mustache".count)))
        }
        return library
    }
}

/// A template value as swift-mustache takes it: dictionaries, arrays, strings, numbers.
enum ReferenceValue {
    /// A known name with no value, as `TemplateContext` used to give swift-mustache: it
    /// stops the lookup, is false, and prints nothing.
    struct Null: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }

    /// `links`: how the page writes its links, which swift-mustache gets written out.
    static func any(_ value: TemplateValue, _ links: LinkStyle) -> Any {
        switch value {
        case .null: Null()
        case .bool(let flag): flag
        case .int(let number): number
        case .double(let number): number
        case .text(let text): text
        case .list(let items): items.map { any($0, links) }
        case .object(let object):
            Dictionary(uniqueKeysWithValues: object.entries.map { ($0.name.text, any($0.value, links)) }) as [String: Any]
        case .linked(let text): text.string(links)
        }
    }
}
