import Testing

@testable import TemplateEngine

/// The scanner cuts a template into text, line breaks and checked tags, each tag at its place.
@Suite struct TemplateScannerTests {
    /// Each token as one short line: `text <h1>`, `blanks 2`, `lf`, `#items 2:3`.
    private func tokens(_ template: String) throws -> [String] {
        var scanner = TemplateScanner(template, template: "t")
        var tokens: [String] = []
        while let token = try scanner.next() {
            switch token {
            case .text(let bytes): tokens.append("text \(String(decoding: bytes, as: UTF8.self))")
            case .blanks(let bytes): tokens.append("blanks \(bytes.count)")
            case .lineEnd(let bytes): tokens.append(bytes.count == 2 ? "crlf" : "lf")
            case .tag(let tag):
                let sigil = tag.sigil.map { String($0.rawValue) } ?? ""
                tokens.append("\(sigil)\(tag.name) \(tag.location.line):\(tag.location.column)")
            }
        }
        return tokens
    }

    /// The tags of `template`, in order.
    private func tags(_ template: String) throws -> [TemplateEngine.Tag] {
        var scanner = TemplateScanner(template, template: "t")
        var tags: [TemplateEngine.Tag] = []
        while let token = try scanner.next() {
            if case .tag(let tag) = token { tags.append(tag) }
        }
        return tags
    }

    @Test func textAndTagsAreCutAtTheirPlaces() throws {
        #expect(
            try tokens("<h1>{{ title }}</h1>\n  <p>{{{body}}} and {{&note}}</p>\r\n") == [
                "text <h1>", "title 1:5", "text </h1>", "lf",
                "blanks 2", "text <p>", "{body 2:6", "blanks 1", "text and ", "&note 2:21", "text </p>", "crlf",
            ])
    }

    @Test func sectionsPartialsAndBlocksKeepTheirSigilAndName() throws {
        #expect(
            try tokens("{{#cases}}\n\t{{> card}}{{/cases}}{{^cases}}{{! none }}{{/cases}}") == [
                "#cases 1:1", "lf", "blanks 1", ">card 2:2", "/cases 2:12",
                "^cases 2:22", "! 2:32", "/cases 2:43",
            ])
        #expect(
            try tokens("{{<layout}}{{$main}}x{{/main}}{{/layout}}{{>*name}}") == [
                "<layout 1:1", "$main 1:12", "text x", "/main 1:22", "/layout 1:31", ">*name 1:42",
            ])
    }

    @Test func columnsCountCharactersOnTheTagsLine() throws {
        #expect(try tokens("Думан\n— {{name}}") == ["text Думан", "lf", "text — ", "name 2:3"])
    }

    @Test func aTagFollowedOnlyBySpacesAndALineBreakHasTheRestOfItsLine() throws {
        // "{{#a}}  \n" is 9 bytes: the tag's 6, then 2 spaces and the line break.
        #expect(try tags("{{#a}}  \nx{{/a}}").map { $0.restOfLine } == [6..<9, 16..<16])
        #expect(try tags("  {{! note }}\r\n").first?.restOfLine == 13..<15)
    }

    @Test func aTagWithAnythingAfterItOnItsLineHasNoRestOfLine() throws {
        #expect(try tags("{{#a}} x\n{{/a}}").first?.restOfLine == nil)
        #expect(try tags("{{#a}}{{/a}}").first?.restOfLine == nil)
        // Spaces that end the template after a tag keep it from standing alone, as in swift-mustache.
        #expect(try tags("{{! note }}  ").first?.restOfLine == nil)
    }

    @Test func aLoneCarriageReturnEndsAStandaloneLineButNotText() throws {
        #expect(try tags("{{! note }} \rx").first?.restOfLine == 11..<13)
        #expect(try tokens("a\rb") == ["text a", "text \r", "text b"])
    }

    @Test func aDelimiterChangeAppliesToTheTagsAfterIt() throws {
        #expect(
            try tokens("{{=<% %>=}}<%name%> {{literal}} <%={{ }}=%>{{back}}") == [
                "= 1:1", "name 1:12", "blanks 1", "text {{literal}} ", "= 1:33", "back 1:44",
            ])
    }

    @Test func aDelimiterChangeInsideASectionEndsWithTheSection() throws {
        #expect(try tokens("{{#a}}{{=| |=}}|b||/a|{{c}}") == ["#a 1:1", "= 1:7", "b 1:16", "/a 1:19", "c 1:23"])
    }

    @Test func aMalformedTagIsAnErrorAtItsOpeningDelimiter() throws {
        #expect(throws: TemplateSyntaxError(location: TemplateLocation(template: "t", line: 2, column: 4), reason: .unclosedTag)) {
            try tokens("ok\n<b>{{name</b>")
        }
        #expect(throws: TemplateSyntaxError(location: TemplateLocation(template: "t", line: 1, column: 1), reason: .invalidDelimiters)) {
            try tokens("{{=<%=}}")
        }
    }
}
