/// A name a template looks up (`title`, one part of `page.title`), hashed once where it is
/// made: when a template is compiled, or when a context is built. Looking a name up then
/// compares hashes, never the bytes of two strings, and needs no table shared by threads.
public struct TemplateName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let text: String
    /// FNV-1a over the UTF-8 bytes. Two names are equal only when their texts are too, so a
    /// collision can cost a comparison but never give a wrong value.
    @usableFromInline let hash: UInt64

    public init(_ text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.text = text
        self.hash = hash
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public var description: String { text }

    public static func == (lhs: TemplateName, rhs: TemplateName) -> Bool {
        lhs.hash == rhs.hash && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
