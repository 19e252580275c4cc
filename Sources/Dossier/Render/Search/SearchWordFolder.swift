/// Folds the words of long texts once each: a story repeats most of its words, and the
/// stories of a campaign share most of theirs. Each key gets a number, so that a document's
/// words are told apart without hashing their text again.
struct SearchWordFolder {
    /// The keys, by number.
    private(set) var keys: [String] = []
    /// What each key is found in, by its number.
    private var postings: [Postings] = []
    private var numbers: [String: Int] = [:]
    /// What each piece of text folds to: a key's number, or `-1 - n` for the keys `several[n]`
    /// (a piece with a separator inside, "«Свобода»"), or `Int.min` for none.
    private var shortPieces = SearchPieceTable()
    private var longPieces: [String: Int] = [:]
    private var several: [[Int]] = []

    /// Adds the keys of `text` to the document `number`, and to its names too when `isName`.
    /// The text is cut at ASCII spaces and punctuation, which end a word in any case, and
    /// each piece is folded once; a piece with other separators (« — ») is cut further by
    /// the folding.
    mutating func add(_ text: String, of number: Int, isName: Bool = false) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var packed = SearchPieceTable.Piece()
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte < 0x80, !Self.isWordByte(byte) {
                    if index > start { add(piece: bytes, start..<index, packed: packed, of: number, isName: isName) }
                    (start, packed) = (index + 1, SearchPieceTable.Piece())
                } else {
                    packed.append(byte, at: index - start)
                }
            }
            if bytes.count > start { add(piece: bytes, start..<bytes.count, packed: packed, of: number, isName: isName) }
        }
    }

    private mutating func add(
        piece bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, packed: SearchPieceTable.Piece, of number: Int, isName: Bool
    ) {
        let isShort = range.count <= SearchPieceTable.Piece.capacity
        let folded = (isShort ? shortPieces.value(for: packed) : nil) ?? fold(piece: bytes, range, packed: packed)
        if folded >= 0 {
            add(key: folded, of: number, isName: isName)
        } else if folded != Int.min {
            for key in several[-1 - folded] { add(key: key, of: number, isName: isName) }
        }
    }

    /// A piece met for the first time (or longer than a packed one), folded and remembered.
    private mutating func fold(piece bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, packed: SearchPieceTable.Piece) -> Int {
        let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let isShort = range.count <= SearchPieceTable.Piece.capacity
        if !isShort, let known = longPieces[piece] { return known }
        let keys = SearchKey.keys(of: piece).map { key(numbered: $0) }
        let folded = keys.count == 1 ? keys[0] : keys.isEmpty ? Int.min : -1 - several.count
        if keys.count > 1 { several.append(keys) }
        if isShort { shortPieces.set(folded, for: packed) } else { longPieces[piece] = folded }
        return folded
    }

    private mutating func add(key: Int, of number: Int, isName: Bool) {
        let number = Int32(number)
        postings.withUnsafeMutableBufferPointer { postings in
            if postings[key].lastDocument != number {
                postings[key].lastDocument = number
                postings[key].documents.append(number)
            }
            if isName, postings[key].lastName != number {
                postings[key].lastName = number
                postings[key].names.append(number)
            }
        }
    }

    private mutating func key(numbered key: String) -> Int {
        if let number = numbers[key] { return number }
        keys.append(key)
        postings.append(Postings())
        numbers[key] = keys.count - 1
        return keys.count - 1
    }

    /// The keys and the documents of each (in any text and in names), without the tables of
    /// the folding: a run's tables are several MB, and the runs' held while they are joined
    /// were the top of a large build's memory.
    consuming func folded() -> (keys: [String], documents: [[Int32]], names: [[Int32]]) {
        (keys, postings.map(\.documents), postings.map(\.names))
    }

    /// The documents that have a key, in any text and in names, side by side with the last
    /// of each: a key's lookup is a wait for memory, once rather than four times.
    private struct Postings {
        var lastDocument: Int32 = -1
        var lastName: Int32 = -1
        var documents: [Int32] = []
        var names: [Int32] = []
    }

    /// Letters, digits and the apostrophe, which folding deletes inside a word.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"):
            true
        default: false
        }
    }
}
