import Testing
import TemplateEngine

/// A template that cannot be compiled is reported at the tag, counted as an editor counts.
@Suite struct TemplateSyntaxErrorTests {
    private func error(_ template: String) -> String {
        guard let error = TemplateLibrary(sources: ["t": template]).errors.first else { return "no error" }
        return "\(error.location.line):\(error.location.column) \(error.message)"
    }

    @Test func aMismatchedCloseIsReportedAtItsTag() {
        #expect(error("<ul>\n{{#charges}}\n  <li>{{charge}}</li>\n{{/charge}}\n</ul>")
            == "4:1 '{{/charge}}' closes a section, but the section open here is 'charges'")
    }

    @Test func anUnclosedSectionIsReportedWhereItOpens() {
        #expect(error("<p>\n  {{#photo}}<img src=\"{{src}}\">\n</p>") == "2:3 the section 'photo' is never closed with '{{/photo}}'")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(error("Мұхаммедкәрім — {{/x}}") == "1:17 '{{/x}}' closes a section that was never opened")
    }

    @Test func aTagOnALongLineIsFoundWhereItIs() {
        let line = String(repeating: "<b>{{a}}</b>", count: 2_000)
        #expect(error(line + "{{b c}}") == "1:24001 'b c' is not a name a tag can hold (letters, digits, '.', '-', '_' and '?')")
    }
}
