import Foundation

/// Writes one file with `open`, `write` and `close`, and nothing else: a site is thousands of
/// small files, and Foundation's `Data.write` spends more on each than the writing itself.
enum PlainFile {
    struct Failure: LocalizedError, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
        var errorDescription: String? { description }
    }

    static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes `bytes` to a new file at `path`; if that fails (a full disk), removes what it
    /// wrote, so that no partial file is left for anyone to publish or trip over.
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        try write(piecesFrom: { write in try write(bytes) }, to: path)
    }

    /// Writes to a new file at `path` each piece `make` hands on, as it comes; if the making
    /// or the writing fails, removes the file, as `write(_:to:)` does.
    static func write(piecesFrom make: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        do {
            try make { bytes in
                var written = 0
                while written < bytes.count {
                    let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                    if result < 0 {
                        if errno == EINTR { continue }
                        throw Failure(path: path, code: errno)
                    }
                    written += result
                }
            }
        } catch {
            close(descriptor)
            unlink(path)
            throw error
        }
        // A full disk can show itself only when the file is closed.
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(path)
            throw Failure(path: path, code: code)
        }
    }

    /// Whether the file at `path` holds exactly `bytes`; `false` when it cannot be read.
    static func holds(_ bytes: UnsafeRawBufferPointer, at path: String) -> Bool {
        guard let file = OpenFile(path), file.size == bytes.count else { return false }
        guard bytes.count > 0 else { return true }
        let existing = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { existing.deallocate() }
        return file.fill(existing) && memcmp(existing.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }

    /// Whether the files at `path` and `other` hold the same bytes, read a piece at a time;
    /// `false` when either cannot be read.
    static func holdsTheSame(_ path: String, as other: String) -> Bool {
        guard let file = OpenFile(path), let otherFile = OpenFile(other), file.size == otherFile.size else { return false }
        let piece = 1 << 16
        let buffers = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * piece, alignment: 1)
        defer { buffers.deallocate() }
        var left = file.size
        while left > 0 {
            let count = min(piece, left)
            let first = UnsafeMutableRawBufferPointer(rebasing: buffers[0..<count])
            let second = UnsafeMutableRawBufferPointer(rebasing: buffers[piece..<piece + count])
            guard file.fill(first), otherFile.fill(second), memcmp(first.baseAddress!, second.baseAddress!, count) == 0 else { return false }
            left -= count
        }
        return true
    }

    /// A file open for reading, closed when let go.
    private final class OpenFile {
        let descriptor: Int32
        let size: Int

        init?(_ path: String) {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            var status = stat()
            guard fstat(descriptor, &status) == 0 else {
                close(descriptor)
                return nil
            }
            size = Int(status.st_size)
        }

        deinit { close(descriptor) }

        /// Reads the next bytes into all of `buffer`; `false` if the file ends first or fails.
        func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Bool {
            var filled = 0
            while filled < buffer.count {
                let result = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return false }
                filled += result
            }
            return true
        }
    }
}
