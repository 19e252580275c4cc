/// The words of a body, for the full-text index: its HTML as cmark wrote it, without the tags.
///
/// cmark writes text with only `&amp;`, `&lt;`, `&gt;` and `&quot;` escaped (it has already
/// turned every other entity of the Markdown into its character), so undoing those four gives
/// the text back. The addresses of links into the site are left out, like every attribute.
/// It reads bytes, not characters: on a large site this runs over every story.
enum SearchText {
    static func words(of body: BodyHTML) -> String {
        var html = body.html(writingLinks: { _ in "" })
        return html.withUTF8 { String(decoding: text(of: $0), as: UTF8.self) }
    }

    private static let entities: [(name: [UInt8], character: UInt8)] = [
        (Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&lt;".utf8), UInt8(ascii: "<")),
        (Array("&gt;".utf8), UInt8(ascii: ">")), (Array("&quot;".utf8), UInt8(ascii: "\"")),
    ]

    private static func text(of html: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(html.count)
        var index = 0
        while index < html.count {
            let byte = html[index]
            if byte == UInt8(ascii: "<") {
                // A tag ends a word: "<p>one</p><p>two</p>" is two words, not "onetwo".
                text.append(UInt8(ascii: " "))
                while index < html.count, html[index] != UInt8(ascii: ">") { index += 1 }
                index += 1
            } else if byte == UInt8(ascii: "&"),
                let entity = entities.first(where: { html[index...].starts(with: $0.name) })
            {
                text.append(entity.character)
                index += entity.name.count
            } else {
                text.append(byte)
                index += 1
            }
        }
        return text
    }
}
