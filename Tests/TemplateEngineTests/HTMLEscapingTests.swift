import Mustache
import TemplateEngine
import Testing

/// The engine's escaping must print exactly what swift-mustache's HTML escaping prints.
@Suite struct HTMLEscapingTests {
    static let samples = [
        "Makhabat Tazhibek Kyzy", "", "<script>alert('x')</script>", "Tom & Jerry \"quoted\"",
        "Думан Мұхаммедкәрім — «Ақ Жол»", "a<b>c&d\"e'f", "&amp; already escaped", "emoji 🕊️ & peace",
    ]

    @Test(arguments: samples) func escapesAsTheReferenceDoes(_ text: String) throws {
        let reference = try MustacheTemplate(string: "{{value}}|{{{value}}}").render(["value": text])
        let library = TemplateLibrary(sources: ["t": "{{value}}|{{{value}}}"])
        let ours = try #require(library.render("t", .object(TemplateObject([("value", .text(text))]))))
        #expect(String(decoding: ours, as: UTF8.self) == reference)
    }

    @Test func textWithNothingToEscapeIsReturnedAsItIs() {
        #expect(HTMLEscaping.escape("Kyrgyzstan, 2024") == "Kyrgyzstan, 2024")
        #expect(HTMLEscaping.escape("<&>") == "&lt;&amp;&gt;")
        #expect(HTMLEscaping.escape("'\"") == "&#39;&quot;")
    }
}
