/// HTML escaping over UTF-8 bytes: `< > & " '`, the five characters swift-mustache escapes.
/// Nearly every value needs none, and is then copied in one piece.
public enum HTMLEscaping {
    public static func append(_ text: String, to output: inout [UInt8]) {
        if let done = text.utf8.withContiguousStorageIfAvailable({ append($0, to: &output) }) { return done }
        append(Array(text.utf8), to: &output)
    }

    public static func append(_ bytes: some Collection<UInt8>, to output: inout [UInt8]) {
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            // All five are below '?' (0x3F); most bytes are not, and need one comparison.
            if byte < 0x3F, let replacement = replacement(for: byte) {
                output.append(contentsOf: bytes[runStart..<index])
                output.append(contentsOf: replacement)
                runStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        output.append(contentsOf: bytes[runStart..<bytes.endIndex])
    }

    @inline(__always)
    private static func replacement(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

private extension Array where Element == UInt8 {
    mutating func append(contentsOf text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

/// An integer in decimal, written without making a `String`.
enum DecimalDigits {
    static func append(_ number: Int, to output: inout [UInt8]) {
        if number < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var position = digits.count
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: digits[position...])
        }
    }
}

extension HTMLEscaping {
    /// `text` escaped for HTML text and attribute values.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
