/// A hash table from short pieces of text to what they fold to, open-addressed: looking up
/// each word of every text is most of the time an index takes, and Swift's `Dictionary`
/// (SipHash on every lookup) made it half again as slow. A piece and its value lie side by
/// side: the table is far larger than the processor's caches, and each word's lookup waited
/// for memory twice when they were two arrays.
struct SearchPieceTable {
    private struct Entry {
        var piece = Piece()
        var value = 0
    }

    private var entries = [Entry](repeating: Entry(), count: 1 << 12)
    private var count = 0

    func value(for piece: Piece) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            var slot = Int(truncatingIfNeeded: piece.hash) & (entries.count - 1)
            while !entries[slot].piece.isEmpty {
                if entries[slot].piece == piece { return entries[slot].value }
                slot = (slot + 1) & (entries.count - 1)
            }
            return nil
        }
    }

    mutating func set(_ value: Int, for piece: Piece) {
        if 2 * (count + 1) > entries.count { grow() }
        var slot = Int(truncatingIfNeeded: piece.hash) & (entries.count - 1)
        while !entries[slot].piece.isEmpty, entries[slot].piece != piece { slot = (slot + 1) & (entries.count - 1) }
        if entries[slot].piece.isEmpty { count += 1 }
        entries[slot] = Entry(piece: piece, value: value)
    }

    private mutating func grow() {
        let old = entries.filter { !$0.piece.isEmpty }
        entries = [Entry](repeating: Entry(), count: 2 * entries.count)
        count = 0
        for entry in old { set(entry.value, for: entry.piece) }
    }
}

extension SearchPieceTable {
    /// The bytes of a short piece of text in two integers; no byte of UTF-8 text is zero,
    /// so the zeros after it tell its length, and all zeros is no piece.
    struct Piece: Equatable {
        static let capacity = 16
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        mutating func append(_ byte: UInt8, at offset: Int) {
            if offset < 8 {
                low |= UInt64(byte) << (8 * UInt64(offset))
            } else if offset < Self.capacity {
                high |= UInt64(byte) << (8 * UInt64(offset - 8))
            }
        }

        var isEmpty: Bool { low == 0 }

        /// A multiplicative hash: pieces are many and short, and need no defence against
        /// chosen collisions, so Swift's SipHash would only cost time.
        var hash: UInt64 {
            var hash = low &* 0x9E37_79B9_7F4A_7C15
            hash ^= high &+ (hash >> 29)
            hash &*= 0xBF58_476D_1CE4_E5B9
            return hash ^ (hash >> 32)
        }
    }
}
