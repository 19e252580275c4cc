/// Where each line of a template starts, to turn a byte offset into a line and column.
struct LineIndex {
    private var starts: [Int] = [0]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
    }

    /// The line and column (in characters, as an editor counts them) of `offset`.
    func location(of offset: Int, in template: String) -> TemplateLocation {
        var low = 0
        var high = starts.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        let column = String(decoding: bytes[starts[low]..<offset], as: UTF8.self).count + 1
        return TemplateLocation(template: template, line: low + 1, column: column)
    }
}
