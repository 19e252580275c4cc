/// What every path the site writes must be, whoever asked for it (an alias, a static file's
/// name), checked when the content is checked, not when the file is written: a path that
/// broke a rule would fail only halfway through writing, or worse, write somewhere else. A
/// NUL ends a path for the system, so `/cases.json\u{0}/` would overwrite the open data.
public enum OutputPathRules {
    /// Folders below the output's root: old URLs are seldom deeper than a dated blog post's.
    public static let maximumDepth = 16
    /// What Linux, macOS and Windows allow one name to be, in bytes.
    public static let maximumNameBytes = 255
    /// The whole path, well under any system's limit once the output folder's own is added.
    public static let maximumPathBytes = 1024
    /// Names dossier keeps for its own files in the output (`.dossier-manifest`).
    public static let reservedPrefix = ".dossier"

    /// What is wrong with `path` (from the output's root, `cases/x/index.html`), with the fix;
    /// `nil` when nothing is.
    public static func problem(with path: String) -> (message: String, fix: String)? {
        if let scalar = ControlCharacter.first(in: path, inPath: true) {
            return (
                "it holds the control character \(ControlCharacter.name(scalar)), which no address may hold",
                "remove it: it is invisible, and was most likely pasted by accident"
            )
        }
        if path.utf8.contains(UInt8(ascii: "\\")) {
            return ("it holds a backslash, which browsers read as '/'", "write '/' between folders")
        }
        var path = path
        if let problem = path.withUTF8(nameProblem) { return problem }
        if path.utf8.count > maximumPathBytes {
            return ("it is \(path.utf8.count) bytes long, more than \(maximumPathBytes)", "use a shorter path")
        }
        return nil
    }

    /// What is wrong with the names between the slashes of a path, read as the file system
    /// cuts them, at each byte '/': cut into strings, they were a tenth of the time the
    /// resolver spends on one core on a large site.
    private static func nameProblem(_ path: UnsafeBufferPointer<UInt8>) -> (message: String, fix: String)? {
        var names: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        for end in 0...path.count where end == path.count || path[end] == UInt8(ascii: "/") {
            // A trailing slash ends the last folder; it starts no name.
            if end == path.count, end == start, end > 0 { break }
            names.append(UnsafeBufferPointer(rebasing: path[start..<end]))
            start = end + 1
        }
        let dot = UInt8(ascii: ".")
        if names.contains(where: { $0.isEmpty || $0.allSatisfy { $0 == dot } && $0.count <= 2 }) {
            return ("it has an empty part, '.' or '..' between its slashes", "write each folder's name once, between single slashes")
        }
        if let long = names.first(where: { $0.count > maximumNameBytes }) {
            return (
                "a part of it is \(long.count) bytes long, more than the \(maximumNameBytes) a file name may have",
                "shorten that part"
            )
        }
        if names.contains(where: { $0.starts(with: reservedPrefix.utf8) }) {
            return ("a part of it starts with '\(reservedPrefix)', which dossier keeps for its own files", "choose another name")
        }
        if names.count > maximumDepth + 1 {
            return ("it is \(names.count - 1) folders deep, more than \(maximumDepth)", "use a shorter path")
        }
        return nil
    }

    /// `path` as a message may print it: each control character as `\u{1B}`, so that none
    /// reaches the terminal, and a name too long to read cut short.
    public static func shown(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { name in
            var text = ""
            for scalar in name.unicodeScalars {
                text +=
                    ControlCharacter.first(in: String(scalar), inPath: true) != nil
                    ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
            }
            return text.count > 60 ? text.prefix(30) + "…" + text.suffix(10) : text
        }.joined(separator: "/")
    }
}
