import TemplateEngine
import Testing

/// A template that cannot be compiled is reported at the tag, counted as an editor counts.
@Suite struct TemplateSyntaxErrorTests {
    private func error(_ template: String) -> String {
        guard let error = TemplateLibrary(sources: ["t": template]).errors.first else { return "no error" }
        return "\(error.location.line):\(error.location.column) \(error.message)"
    }

    @Test func aMismatchedCloseIsReportedAtItsTag() {
        #expect(
            error("<ul>\n{{#charges}}\n  <li>{{charge}}</li>\n{{/charge}}\n</ul>")
                == "4:1 '{{/charge}}' closes a section, but the section open here is 'charges'")
    }

    @Test func anUnclosedSectionIsReportedWhereItOpens() {
        #expect(error("<p>\n  {{#photo}}<img src=\"{{src}}\">\n</p>") == "2:3 the section 'photo' is never closed with '{{/photo}}'")
    }

    @Test func aTagLeftOpenIsReportedAsOpenNotAsAStrangeName() {
        #expect(error("{{> header}}\n<h1>{{name}</h1>\n{{#timeline}}{{/timeline}}") == "2:5 a tag is not closed with its end delimiter ('}}')")
        #expect(error("<h1>{{name</h1> {{title}}") == "1:5 a tag is not closed with its end delimiter ('}}')")
        #expect(error("{{na me}}") == "1:1 'na me' is not a name a tag can hold (letters, digits, '.', '-', '_' and '?')")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(error("Мұхаммедкәрім — {{/x}}") == "1:17 '{{/x}}' closes a section that was never opened")
    }

    @Test func aTagOnALongLineIsFoundWhereItIs() {
        let line = String(repeating: "<b>{{a}}</b>", count: 2_000)
        #expect(error(line + "{{b c}}") == "1:24001 'b c' is not a name a tag can hold (letters, digits, '.', '-', '_' and '?')")
    }
}
