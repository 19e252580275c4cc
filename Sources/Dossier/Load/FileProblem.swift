import Foundation

/// Why a file or folder of the site cannot be read, in words a volunteer can act on, with
/// what to do about it. A build that meets one stops with an error naming the file: one that
/// went on would publish less than the content holds, and remove pages from the live site.
struct FileProblem: Error, Sendable, Equatable {
    var reason: String
    var fix: String

    /// What `errno` means for a file the site needs.
    init(errno code: Int32) {
        switch code {
        case EACCES, EPERM:
            reason = "permission denied: the user running dossier may not read it"
            fix = "give that user read permission (chmod a+rX on it), or run dossier as its owner"
        case ENOENT:
            reason = "it leads to a file that does not exist"
            fix = "point the link at an existing file, or replace it with the file itself"
        case ELOOP:
            reason = "it leads back to itself, through a loop of links"
            fix = "replace the link with the file itself"
        case ENAMETOOLONG:
            reason = "its path is longer than the system allows"
            fix = "move it higher up or give it a shorter name"
        case EIO:
            reason = "the disk reported an error reading it"
            fix = "check the disk, or copy the file from a backup"
        default:
            reason = String(cString: strerror(code)).lowercased()
            fix = "check that the file can be opened, or replace it with a copy"
        }
    }

    init(reason: String, fix: String) {
        self.reason = reason
        self.fix = fix
    }

    /// A named pipe, a device or a socket: reading one would wait forever or read a device.
    static func notRegular(_ what: String) -> FileProblem {
        FileProblem(reason: "it is not a regular file but \(what)", fix: "remove it, or replace it with the file itself")
    }

    static func leadsOutside(to target: String) -> FileProblem {
        FileProblem(
            reason: "it leads outside the site folder, to \(target)",
            fix: "copy the file into the site folder instead of linking to it")
    }

    /// The error at `path` (relative to the site folder), about `what` is there.
    func diagnostic(at path: String, _ what: What = .file) -> Diagnostic {
        .error(at: SourceLocation(path: path), "\(what.rawValue): \(reason)", fix: fix)
    }

    enum What: String {
        case file = "cannot read this file"
        case folder = "cannot read this folder"
        case link = "cannot follow this link"
        case template = "cannot read this template"
    }
}
