import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Where `needle` first occurs in these bytes, from `start` on. libc's `memchr` finds each
    /// occurrence of the needle's byte at `anchor` (best one rarer than its first), and the
    /// needle is compared only there. Text searched this way is not searched by Foundation,
    /// whose `contains` and `range(of:)` convert both strings and compare them by locale.
    func firstOffset(of needle: UnsafeBufferPointer<UInt8>, anchor: Int = 0, from start: Int = 0) -> Int? {
        guard !needle.isEmpty else { return start }
        guard let base = baseAddress, let wanted = needle.baseAddress else { return nil }
        var from = start + anchor
        while from < count, let found = memchr(base + from, Int32(needle[anchor]), count - from) {
            let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) - anchor
            if offset + needle.count <= count, memcmp(base + offset, wanted, needle.count) == 0 { return offset }
            from = offset + anchor + 1
        }
        return nil
    }

    func contains(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { firstOffset(of: $0) != nil }
    }
}

extension StringProtocol {
    /// Whether the bytes of `needle` occur in the text's UTF-8 (for an ASCII needle, what
    /// `contains` answers), searched as bytes.
    func containsUTF8(_ needle: StaticString) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(needle) } ?? String(self).containsUTF8(needle)
    }
}
