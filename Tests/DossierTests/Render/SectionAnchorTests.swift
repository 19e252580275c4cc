import Testing

@testable import Dossier

@Suite struct SectionAnchorTests {
    let anchors = SectionAnchors(linkLabel: "Link to \"this\" section", reserved: ["main", "timeline-heading"])

    @Test func idsAreTransliteratedUniqueAndAvoidTheThemesIDs() {
        #expect(
            anchors.ids(for: ["Arrest", "Арест и суд", "Arrest", "中文", "中文", "Main", "Timeline heading"])
                == ["arrest", "arest-i-sud", "arrest-2", "section", "section-2", "main-2", "timeline-heading-2"])
    }

    @Test func everyHeadingOfABodyGetsItsIDAndALinkToIt() {
        let body = "# The *trial*\n\ntext\n\n## `Article 278`\nand more\n\n## The trial\n"
        let rendered = CommonMark.render(body[...], allowingRawHTML: false, linksAt: nil, anchors: anchors, site: SiteAddresses(nil))
        #expect(rendered.sectionIDs == ["the-trial", "article-278", "the-trial-2"])
        #expect(
            rendered.body.html(writingLinks: { $0.path }).contains(
                "<h1 id=\"the-trial\">\nThe <em>trial</em>\n<a class=\"anchor\" href=\"#the-trial\" aria-label=\"Link to &quot;this&quot; section\">#</a></h1>"
            ))
        #expect(
            rendered.body.html(writingLinks: { $0.path }).contains(
                "<h2 id=\"article-278\">\n<code>Article 278</code>\n<a class=\"anchor\" href=\"#article-278\""))
        #expect(rendered.body.html(writingLinks: { $0.path }).contains("<h2 id=\"the-trial-2\">"))
        #expect(!rendered.body.html(writingLinks: { $0.path }).contains("<h2>"))
    }

    @Test func aHeadingStaysSafeInSafeMode() {
        let rendered = CommonMark.render(
            "## <script>x</script> \"quoted\"\n"[...], allowingRawHTML: false, linksAt: nil, anchors: anchors, site: SiteAddresses(nil))
        #expect(!rendered.body.html(writingLinks: { $0.path }).contains("<script>"))
        #expect(rendered.sectionIDs == ["x-quoted"] || rendered.sectionIDs == ["quoted"])
    }

    @Test func timelineIDsComeFromDatesAndAvoidTheStorysIDs() {
        let timeline = [
            TimelineEntry(date: PartialDate("2024-01")!, event: "a"),
            TimelineEntry(date: PartialDate("2024-01")!, event: "b"),
            TimelineEntry(date: PartialDate("2024-10-10")!, event: "c"),
        ]
        let anchors = Case.timelineAnchors(of: timeline, besides: ["timeline-2024-10-10"])
        #expect(anchors == ["timeline-2024-01", "timeline-2024-01-2", "timeline-2024-10-10-2"])
    }
}
