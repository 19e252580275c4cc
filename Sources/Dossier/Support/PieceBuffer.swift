/// Bytes gathered into pieces of about `size` and handed on one piece at a time, for a file
/// written to disk as it is made (`OutputFile.Contents.streamed`): a large file is so never
/// whole in memory, and the disk is not written a few bytes at a time.
struct PieceBuffer {
    var bytes: [UInt8] = []
    let size: Int

    init(size: Int = 1 << 16) {
        self.size = size
        bytes.reserveCapacity(size * 2)
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Hands the bytes gathered on once they make a piece.
    mutating func handOnIfFull(to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        try Self.handOn(&bytes, ifAtLeast: size, to: write)
    }

    /// Hands on what is gathered, the last piece.
    mutating func handOn(to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        try Self.handOn(&bytes, ifAtLeast: 0, to: write)
    }

    /// `bytes` handed on and emptied once there are `size` of them: for a writer that appends
    /// to a piece buffer's bytes through an `inout` of its own (the JSON's containers).
    static func handOn(_ bytes: inout [UInt8], ifAtLeast size: Int, to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard bytes.count >= size else { return }
        try bytes.withUnsafeBytes(write)
        bytes.removeAll(keepingCapacity: true)
    }
}
