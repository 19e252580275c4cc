import Testing

@testable import Dossier

@Suite struct PieceBufferTests {
    /// A streamed file's pieces are handed on once they reach the size, and together are
    /// every byte appended, in order.
    @Test func handsOnWholePiecesAndTheRestLast() throws {
        var buffer = PieceBuffer(size: 10)
        var pieces: [[UInt8]] = []
        let write: (UnsafeRawBufferPointer) throws -> Void = { pieces.append(Array($0)) }
        var expected = ""
        for word in ["<url>", "one", "</url>", "<url>", "two", "</url>", "end"] {
            buffer.append(word)
            expected += word
            try buffer.handOnIfFull(to: write)
        }
        #expect(pieces.map(\.count) == [14, 14])
        try buffer.handOn(to: write)
        #expect(pieces.map(\.count) == [14, 14, 3])
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == expected)
        #expect(buffer.bytes.isEmpty)
    }
}
