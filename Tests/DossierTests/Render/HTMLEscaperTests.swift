@testable import Dossier
import Mustache
import Testing

/// The theme's escaper must print exactly what swift-mustache's own HTML escaping prints.
@Suite struct HTMLEscaperTests {
    static let samples = [
        "Makhabat Tazhibek Kyzy", "", "<script>alert('x')</script>", "Tom & Jerry \"quoted\"",
        "Думан Мұхаммедкәрім — «Ақ Жол»", "a<b>c&d\"e'f", "&amp; already escaped", "emoji 🕊️ & peace",
    ]

    @Test(arguments: samples) func escapesAsTheLibraryDoes(_ text: String) throws {
        HTMLEscaper.register()
        let library = try MustacheTemplate(string: "{{value}}|{{{value}}}")
        let ours = try MustacheTemplate(string: HTMLEscaper.pragma + "{{value}}|{{{value}}}")
        #expect(ours.render(["value": text]) == library.render(["value": text]))
    }

    @Test func textWithNothingToEscapeIsReturnedAsItIs() {
        #expect(HTMLEscaper().escapeText("Kyrgyzstan, 2024") == "Kyrgyzstan, 2024")
        #expect(HTMLEscaper().escapeText("<&>") == "&lt;&amp;&gt;")
    }
}
