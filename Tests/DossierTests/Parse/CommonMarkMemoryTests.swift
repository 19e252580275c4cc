import Testing

@testable import Dossier

/// Bodies up to a megabyte are parsed in the thread's arena, longer ones with malloc, block
/// by block: both ways give the same HTML, heading ids and links.
@Suite struct CommonMarkMemoryTests {
    let anchors = SectionAnchors(linkLabel: "Link", reserved: [])
    let site = SiteAddresses(nil)

    func section(_ number: Int) -> String {
        "## Part \(number)\n\n" + String(repeating: "Words of the story, [a link](https://example.org/x/) and `code`. ", count: 40)
            + "\n\n<b>raw</b>\n\n"
    }

    func render(_ markdown: String) -> CommonMark.Rendered {
        CommonMark.render(markdown[...], allowingRawHTML: true, linksAt: ("x.md", 1), anchors: anchors, site: site)
    }

    @Test func aLongBodyRendersAsItsSectionsDo() {
        let sections = (1...400).map(section)
        let long = sections.joined()
        #expect(long.utf8.count > 1 << 20)
        let whole = render(long)
        let pieces = sections.map(render)
        #expect(whole.body.html(writingLinks: \.path) == pieces.map { $0.body.html(writingLinks: \.path) }.joined())
        #expect(whole.sectionIDs == pieces.flatMap(\.sectionIDs))
        #expect(whole.sectionIDs.count == 400 && whole.sectionIDs.last == "part-400")
        #expect(whole.links.count == pieces.map(\.links.count).reduce(0, +))
    }
}
