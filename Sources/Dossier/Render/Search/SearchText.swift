/// The words of a body, for the full-text index: its HTML as cmark wrote it, without the tags.
///
/// cmark writes text with only `&amp;`, `&lt;`, `&gt;` and `&quot;` escaped (it has already
/// turned every other entity of the Markdown into its character), so undoing those four gives
/// the text back. The addresses of links into the site are left out, like every attribute.
/// It reads bytes, not characters: on a large site this runs over every story.
enum SearchText {
    static func words(of body: BodyHTML) -> String {
        let size = body.textPieceBytes
        // Written straight into a string of at most the HTML's size, run by run between the
        // tags and entities: appended byte by byte to an array, then decoded again, it was
        // most of the time the index took to read a story.
        return String(unsafeUninitializedCapacity: size) { text in
            var reader = Reader(text: text)
            for case .html(var html) in body.pieces { html.withUTF8 { reader.read($0) } }
            return reader.count
        }
    }

    private static let entities: [(name: [UInt8], character: UInt8)] = [
        (Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&lt;".utf8), UInt8(ascii: "<")),
        (Array("&gt;".utf8), UInt8(ascii: ">")), (Array("&quot;".utf8), UInt8(ascii: "\"")),
    ]

    /// The text of HTML read piece by piece: a link into the site stands inside a tag, between
    /// two pieces, so a tag may end in a later piece than it starts.
    private struct Reader {
        let text: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        var inTag = false

        mutating func read(_ html: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < html.count {
                if inTag {
                    while index < html.count, html[index] != UInt8(ascii: ">") { index += 1 }
                    if index < html.count { (inTag, index) = (false, index + 1) }
                    continue
                }
                var end = index
                while end < html.count, html[end] != UInt8(ascii: "<"), html[end] != UInt8(ascii: "&") { end += 1 }
                if end > index {
                    _ = UnsafeMutableBufferPointer(rebasing: text[count...]).initialize(from: html[index..<end])
                    count += end - index
                    index = end
                }
                guard index < html.count else { return }
                if html[index] == UInt8(ascii: "<") {
                    // A tag ends a word: "<p>one</p><p>two</p>" is two words, not "onetwo".
                    append(UInt8(ascii: " "))
                    (inTag, index) = (true, index + 1)
                } else if let entity = SearchText.entities.first(where: { html[index...].starts(with: $0.name) }) {
                    append(entity.character)
                    index += entity.name.count
                } else {
                    append(html[index])
                    index += 1
                }
            }
        }

        private mutating func append(_ byte: UInt8) {
            text[count] = byte
            count += 1
        }
    }
}
