import Testing

@testable import Dossier

/// A script link is found as a browser reads the address, whatever hides its scheme.
@Suite struct ScriptLinkTests {
    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", " \u{1}javascript:x", "java\tscript:x", "java\nscript:x",
        "vbscript:msgbox(1)", "data:text/html,<script>x</script>", "Data:application/xhtml+xml,x",
    ])
    func isAScript(_ destination: String) {
        #expect(ScriptLink.isScript(destination))
    }

    @Test(arguments: [
        "https://example.org/javascript:x", "/cases/javascript:x/", "javascript", "java script:x", "mailto:a@example.org",
        "data:image/png;base64,iVBO", "#javascript:x", "./javascript:x", "",
    ])
    func isNotAScript(_ destination: String) {
        #expect(!ScriptLink.isScript(destination))
    }

    @Test func rawHTMLIsReadAfterItsCharacterReferences() {
        #expect(ScriptLink.scripts(inRawHTML: #"<a href="jav&#x61;script:x">"#) == ["jav&#x61;script:x"])
        #expect(ScriptLink.scripts(inRawHTML: "<a href = 'javascript&colon;x'>") == ["javascript&colon;x"])
        #expect(ScriptLink.scripts(inRawHTML: "<a href=&#106;avascript:x>") == ["&#106;avascript:x"])
        #expect(ScriptLink.scripts(inRawHTML: "<form action=\"vbscript:x\"><button formaction=javascript:y>") == ["vbscript:x", "javascript:y"])
        #expect(ScriptLink.scripts(inRawHTML: #"<a href="https://example.org/" title="javascript: a language">"#) == [])
    }
}
