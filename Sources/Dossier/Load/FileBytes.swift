import Foundation

/// Reads a whole file of the site, or says why it cannot. Opened without waiting and checked
/// to be a regular file before it is read: a named pipe saved as `case.md` would otherwise
/// stop the build until someone wrote into it.
enum FileBytes {
    static func read(_ path: String) -> Result<Data, FileProblem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileProblem(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(FileProblem(errno: errno)) }
        if case .other(let what) = FileManager.kind(ofMode: status.st_mode) { return .failure(.notRegular(what)) }
        if status.st_mode & S_IFMT == S_IFDIR { return .failure(.notRegular("a folder")) }
        var data = Data(count: Int(status.st_size))
        var filled = 0
        let problem: FileProblem? = data.withUnsafeMutableBytes { buffer in
            while filled < buffer.count {
                let result = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if result < 0, errno == EINTR { continue }
                if result < 0 { return FileProblem(errno: errno) }
                if result == 0 { break }
                filled += result
            }
            return nil
        }
        if let problem { return .failure(problem) }
        // A file that shrank while it was read is read as it now ends.
        if filled < data.count { data.removeSubrange(filled...) }
        return .success(data)
    }
}
