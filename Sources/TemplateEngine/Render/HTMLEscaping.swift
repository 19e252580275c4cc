/// HTML escaping over UTF-8 bytes: `< > & " '`, the five characters swift-mustache escapes.
/// Nearly every value needs none, and is then copied in one piece.
public enum HTMLEscaping {
    public static func append(_ text: String, to output: inout [UInt8]) {
        // `withUTF8`, not `utf8.withContiguousStorageIfAvailable`: that has no storage to
        // give for a small string (up to 15 bytes, most values), which then went through an
        // array made for it.
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    /// `text` as it is, for `{{{name}}}`.
    static func appendUnescaped(_ text: String, to output: inout OutputBuffer) {
        var text = text
        text.withUTF8 { output.append($0) }
    }

    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        escape(bytes) { output.append(contentsOf: $0) }
    }

    static func append(_ text: String, to output: inout OutputBuffer) {
        var text = text
        text.withUTF8 { bytes in escape(bytes) { output.append($0) } }
    }

    /// `bytes` escaped, handed to `emit` in pieces: runs of `bytes`, and replacements.
    @inline(__always)
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            // Eight bytes at a time while none of them needs escaping, which is nearly always.
            if index + 8 <= count, !mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let end = min(index + 8, count)
            while index < end {
                if let replacement = replacement(for: base[index]) {
                    if index > runStart { emit(UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
                    emit(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    runStart = index + 1
                }
                index += 1
            }
        }
        if count > runStart { emit(UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
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

extension HTMLEscaping {
    /// `text` escaped for HTML text and attribute values.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
