/// HTML escaping over UTF-8 bytes: `< > & " '`, the five characters swift-mustache escapes.
/// Nearly every value needs none, and is then copied in one piece.
public enum HTMLEscaping {
    public static func append(_ text: String, to output: inout [UInt8]) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0, to: &output) }) { return done }
        Array(text.utf8).withUnsafeBufferPointer { append($0, to: &output) }
    }

    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var index = 0
        func flush(upTo end: Int) {
            if end > runStart { output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: end - runStart)) }
        }
        while index < count {
            // Eight bytes at a time while none of them needs escaping, which is nearly always.
            if index + 8 <= count, !mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let end = min(index + 8, count)
            while index < end {
                if let replacement = replacement(for: base[index]) {
                    flush(upTo: index)
                    output.append(contentsOf: replacement)
                    runStart = index + 1
                }
                index += 1
            }
        }
        flush(upTo: count)
    }

    /// Whether any byte of `word` is one of the five: a zero byte in `word ^ pattern`.
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        @inline(__always) func hasZeroByte(_ value: UInt64) -> Bool {
            (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080 != 0
        }
        return hasZeroByte(word ^ 0x3C3C_3C3C_3C3C_3C3C) || hasZeroByte(word ^ 0x3E3E_3E3E_3E3E_3E3E)
            || hasZeroByte(word ^ 0x2626_2626_2626_2626) || hasZeroByte(word ^ 0x2222_2222_2222_2222)
            || hasZeroByte(word ^ 0x2727_2727_2727_2727)
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
