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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        func fail(_ code: Int32) -> Failure {
            unlink(path)
            return Failure(path: path, code: code)
        }
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw fail(code)
            }
            written += result
        }
        // A full disk can show itself only when the file is closed.
        guard close(descriptor) == 0 else { throw fail(errno) }
    }

    /// Whether the file at `path` holds exactly `bytes`; `false` when it cannot be read.
    static func holds(_ bytes: UnsafeRawBufferPointer, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        guard bytes.count > 0 else { return true }
        let existing = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { existing.deallocate() }
        var filled = 0
        while filled < bytes.count {
            let result = read(descriptor, existing.baseAddress! + filled, bytes.count - filled)
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return false }
            filled += result
        }
        return memcmp(existing.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }
}
