import Foundation
import Testing

@testable import Dossier

@Suite struct JSONValueTests {
    static let awkward = "quote \" backslash \\ tab \t line\nbreak \u{01} <b>&</b> \u{2028}\u{2029} Ана 中文 🙂"

    @Test func textReadsBackExactlyThroughFoundationsParser() throws {
        let value = JSONValue.object([
            "text": .string(Self.awkward), "n": .int(-3), "flag": .bool(true), "none": .null,
            "list": .array([.string("a"), .array([])]), "empty": .object([]),
        ])
        for bytes in [value.prettyBytes, Array(value.forScript.utf8)] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            #expect(object["text"] as? String == Self.awkward)
            #expect((object["n"] as? NSNumber)?.intValue == -3)
            #expect(object["none"] is NSNull)
            #expect((object["list"] as? [Any])?.count == 2)
        }
    }

    @Test func keysKeepTheirOrder() {
        let text = String(decoding: JSONValue.object(["slug": "a", "url": "b", "name": "c"]).prettyBytes, as: UTF8.self)
        #expect(text == "{\n  \"slug\": \"a\",\n  \"url\": \"b\",\n  \"name\": \"c\"\n}\n")
    }

    @Test func textForAScriptCannotCloseIt() {
        let text = JSONValue.string("</script><!-- & \u{2028}").forScript
        #expect(text == #""\u003c/script\u003e\u003c!-- \u0026 \u2028""#)
        // Files for download keep their HTML readable.
        #expect(String(decoding: JSONValue.string("<p>").prettyBytes, as: UTF8.self) == "\"<p>\"\n")
    }

    /// The data files write their records one at a time, handed on in pieces; the bytes must
    /// be those of the whole value, empty list included, however small the pieces.
    @Test(arguments: [(0, 1 << 16), (1, 1 << 16), (3, 1 << 16), (3, 1), (40, 100)])
    func aStreamedListWritesTheSameBytesAsTheWholeValue(count: Int, piece: Int) throws {
        let head: [JSONValue.Member] = [.init(key: "title", value: "Campaign"), .init(key: "licence", value: .null)]
        func record(_ index: Int) -> JSONValue {
            .object(["n": .int(index), "tags": .array(index.isMultiple(of: 2) ? [] : ["a", .string(Self.awkward)])])
        }
        let whole = JSONValue.object(head + [.init(key: "cases", value: .array((0..<count).map(record)))]).prettyBytes
        var pieces: [[UInt8]] = []
        try JSONValue.writePretty(head, then: "cases", count: count, piece: piece, item: record) { pieces.append(Array($0)) }
        #expect(pieces.flatMap { $0 } == whole)
        // Each piece but the last is handed on once it reaches the size, after a whole record.
        #expect(pieces.dropLast().allSatisfy { $0.count >= piece })
        if count == 40 { #expect(pieces.count > 5) }
    }
}
