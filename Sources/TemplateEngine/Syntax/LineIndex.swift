/// Where each line of a template starts, to turn a byte offset into a line and column.
///
/// The scanner asks for positions in the order of the text, so the last answer is kept and
/// the next column counted on from it: a template written on one long line (minified HTML
/// with thousands of tags) costs one pass, not one pass per tag.
struct LineIndex {
    private var starts: [Int] = [0]
    private let bytes: [UInt8]
    private var last = (offset: 0, line: 0, column: 1)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
    }

    /// The line and column (in characters, as an editor counts them) of `offset`.
    mutating func location(of offset: Int, in template: String) -> TemplateLocation {
        var low = 0
        var high = starts.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        let from = last.line == low && last.offset <= offset ? last : (offset: starts[low], line: low, column: 1)
        // Characters, not bytes: a UTF-8 continuation byte starts none.
        let column = from.column + bytes[from.offset..<offset].count { $0 & 0xC0 != 0x80 }
        last = (offset, low, column)
        return TemplateLocation(template: template, line: low + 1, column: column)
    }
}
