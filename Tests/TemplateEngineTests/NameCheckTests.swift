import TemplateEngine
import Testing

/// The names check: a name no context can provide is found at its tag, with what was there.
@Suite struct NameCheckTests {
    let page: TemplateShape = .object([
        "name": .scalar,
        "photo": .object(["src": .scalar, "alt": .scalar]),
        "tags": .list(.scalar),
        "has_tags": .flag,
        "charges": .list(.object(["charge": .scalar, "article": .scalar])),
        "t": .object(["facts": .scalar]),
    ])

    private func unknown(_ templates: [String: String], shapes: [String: TemplateShape]) -> [String] {
        TemplateLibrary(sources: templates).unknownNames(shapes).map {
            "\($0.location.template):\($0.location.line):\($0.location.column) \($0.name) [\($0.part)] \($0.candidates.joined(separator: ","))"
        }
    }

    @Test func aMisspelledNameIsFoundAtItsTag() {
        #expect(
            unknown(["case": "<h1>{{name}}</h1>\n  <p>{{nmae}}</p>"], shapes: ["case": page])
                == ["case:2:6 nmae [nmae] charges,has_tags,name,photo,t,tags"])
    }

    @Test func aNameInsideASectionIsLookedUpInItsObjectThenAround() {
        let found = unknown(["case": "{{#photo}}<img src=\"{{scr}}\" alt=\"{{alt}}\">{{name}}{{/photo}}"], shapes: ["case": page])
        #expect(found == ["case:1:21 scr [scr] alt,charges,has_tags,name,photo,src,t,tags"])
    }

    @Test func aDottedNameIsFollowedPartByPart() {
        #expect(unknown(["case": "{{t.facts}} {{t.fatcs}} {{photo.src}}"], shapes: ["case": page]) == ["case:1:13 t.fatcs [fatcs] facts"])
    }

    @Test func listItemsAndFlagsAreEntered() {
        let template = "{{#has_tags}}{{#tags}}{{.}}{{/tags}}{{/has_tags}}{{#charges}}{{charge}}{{article}}{{artcle}}{{/charges}}"
        #expect(unknown(["case": template], shapes: ["case": page]).map { $0.prefix(16) } == ["case:1:83 artcle"])
    }

    @Test func namesInsideAnUnknownSectionAreNotReportedAgain() {
        #expect(unknown(["case": "{{#foto}}{{src}}{{/foto}}"], shapes: ["case": page]).count == 1)
    }

    @Test func aPartialNameIsReportedOnlyWhenNoPageUsingItProvidesIt() {
        let templates = ["case": "{{> card}}", "list": "{{> card}}", "card": "{{name}} {{title}} {{neither}}"]
        let shapes: [String: TemplateShape] = ["case": .object(["name": .scalar]), "list": .object(["title": .scalar])]
        #expect(unknown(templates, shapes: shapes).map { $0.prefix(17) } == ["card:1:20 neither"])
    }

    @Test func blocksAreCheckedWhereTheyAreExpanded() {
        let templates = ["layout": "{{#photo}}{{$main}}{{/main}}{{/photo}}", "case": "{{<layout}}{{$main}}{{src}} {{srcc}}{{/main}}{{/layout}}"]
        #expect(unknown(templates, shapes: ["case": page]).map { $0.prefix(14) } == ["case:1:29 srcc"])
    }

    @Test func anythingAcceptsEveryName() {
        #expect(unknown(["case": "{{#data}}{{whatever.it.is}}{{/data}}"], shapes: ["case": .object(["data": .anything])]).isEmpty)
    }
}
