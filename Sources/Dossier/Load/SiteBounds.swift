import Foundation

/// Where the files of a site may be read from: inside its folder, through links that stay
/// there. A link that leaves it could publish any file of the machine (`/etc/passwd`, someone's
/// notes); so no content file, picture or template is read through one.
struct SiteBounds: Sendable {
    /// The site folder with every link resolved.
    let root: String

    init(siteFolder: URL) {
        root = Self.realPath(siteFolder.path) ?? siteFolder.standardizedFileURL.path
    }

    /// What an entry of a folder is, once its link (if it is one) is followed.
    enum Target: Equatable {
        case file(String)
        case directory(String)
    }

    /// The file or folder `entry` stands for, or why it may not be read: a link leading
    /// outside the site folder, or where `refuse` says it may not lead (`nil`: anywhere in
    /// the site folder); a broken link, a loop; a pipe, a device, a socket.
    func target(of entry: FolderEntry, refuse: (String) -> FileProblem? = { _ in nil }) -> Result<Target, FileProblem> {
        switch entry.kind {
        case .file: return .success(.file(entry.path))
        case .directory: return .success(.directory(entry.path))
        case .other(let what): return .failure(.notRegular(what))
        case .symbolicLink: break
        }
        guard let target = Self.realPath(entry.path) else { return .failure(FileProblem(errno: errno)) }
        guard target == root || target.hasPrefix(root + "/") else { return .failure(.leadsOutside(to: target)) }
        if let problem = refuse(target) { return .failure(problem) }
        var status = stat()
        guard stat(target, &status) == 0 else { return .failure(FileProblem(errno: errno)) }
        switch FileManager.kind(ofMode: status.st_mode) {
        case .file: return .success(.file(target))
        case .directory: return .success(.directory(target))
        case .other(let what): return .failure(.notRegular(what))
        case .symbolicLink: return .failure(FileProblem(errno: ELOOP))
        }
    }

    /// Every file below `folder` (shown as `shownAs`, like `content/static`), as its path
    /// below it and its path on disk, sorted; each entry that cannot be read is an error at
    /// its path. A folder reached twice (a link to a folder above) is walked once.
    func files(
        below folder: URL, shownAs shownPath: String, refuse: (String) -> FileProblem? = { _ in nil },
        _ diagnostics: inout [Diagnostic]
    ) -> [(path: String, disk: String)] {
        var files: [(path: String, disk: String)] = []
        var visited: Set<String> = []
        func walk(_ disk: String, _ prefix: String) {
            guard visited.insert(Self.realPath(disk) ?? disk).inserted else { return }
            let listing: [FolderEntry]
            switch FileManager.default.listing(of: URL(fileURLWithPath: disk, isDirectory: true)) {
            case .success(let entries): listing = entries
            case .failure(let problem):
                diagnostics.append(problem.diagnostic(at: shownPath + (prefix.isEmpty ? "" : "/" + prefix.dropLast()), .folder))
                return
            }
            for entry in listing where !entry.isHidden {
                switch target(of: entry, refuse: refuse) {
                case .success(.directory(let path)): walk(path, prefix + entry.name + "/")
                case .success(.file(let path)): files.append((prefix + entry.name, path))
                case .failure(let problem):
                    diagnostics.append(problem.diagnostic(at: shownPath + "/" + prefix + entry.name, entry.isSymbolicLink ? .link : .file))
                }
            }
        }
        walk(folder.path, "")
        return files
    }

    /// `path` with every link resolved, or `nil` (and `errno` set) when that fails.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
