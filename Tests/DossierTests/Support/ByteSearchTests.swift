import Testing

@testable import Dossier

/// The byte search that stands in for Foundation's `contains` and `range(of:)` on hot paths
/// finds what a letter-by-letter search finds.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("see /static/a.jpg", "static/", 0),
        ("-x--marker--", "--marker-", 3),
        ("--marker-", "--marker-", 2),
        ("a--marke", "--marker-", 2),
        ("", "x", 0),
        ("abc", "", 0),
        ("ab-c-d-cd", "c-d", 1),
        ("Привет static/ мир", "static/", 0),
    ])
    func findsWhatALetterByLetterSearchFinds(_ text: String, _ needle: String, _ anchor: Int) {
        let expected = Array(text.utf8).indices.first { Array(text.utf8)[$0...].starts(with: needle.utf8) }
        let found = Array(text.utf8).withUnsafeBufferPointer { bytes in
            Array(needle.utf8).withUnsafeBufferPointer { bytes.firstOffset(of: $0, anchor: min(anchor, max(needle.utf8.count - 1, 0))) }
        }
        #expect(found == (needle.isEmpty ? 0 : expected))
    }

    @Test func containsUTF8AnswersAsContainsDoesForASCII() {
        for text in ["/static/x.png", "static", "статика static/", "xstatic/", ""] {
            #expect(text.containsUTF8("static/") == text.contains("static/"))
            #expect(text[...].containsUTF8("static/") == text.contains("static/"))
        }
    }
}
