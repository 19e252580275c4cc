import Foundation

/// What one build keeps for the next in the same process (`dossier serve`): the content
/// files it read and the values it parsed from them. A file whose size, time of change and
/// inode are unchanged is neither read nor parsed again, so that after one saved case a
/// 10,000-case campaign rebuilds from what it already knows; the site is still resolved
/// whole, so every cross-reference is checked as in a full build.
public final class BuildCache: @unchecked Sendable {
    /// Enough to tell that a file was not touched: editors that save by renaming change the
    /// inode, and those that write in place change the time.
    struct Stamp: Hashable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            size = Int64(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    private let lock = NSLock()
    private var reads: [String: (stamp: Stamp, result: Result<SourceFile, Diagnostic>)] = [:]
    /// The decoded value is a `Case?`, a `Statement?`…, in a `Kept` box: a class cast costs
    /// less than casting `Any` back to an optional value, ten thousand times a rebuild.
    private var parses: [String: (stamp: Stamp, setting: String, kept: AnyObject, diagnostics: [Diagnostic])] = [:]

    private final class Kept<Value> {
        let value: Value?
        init(_ value: Value?) { self.value = value }
    }

    public init() {}

    /// The file at `file` (a path on disk), read again only if it changed.
    func read(_ file: String, as path: String) -> Result<SourceFile, Diagnostic> {
        guard let stamp = Stamp(path: file) else { return SourceFile.read(URL(fileURLWithPath: file), as: path) }
        if let kept = lock.withLock({ reads[path] }), kept.stamp == stamp { return kept.result }
        var result = SourceFile.read(URL(fileURLWithPath: file), as: path)
        if case .success(var file) = result {
            file.stamp = stamp
            result = .success(file)
        }
        lock.withLock { reads[path] = (stamp, result) }
        return result
    }

    /// What the image stage made of each picture, by its path on disk, with the stamp of
    /// the file it was made from: a preview rebuilds without reading an unchanged picture.
    private var images: [String: (stamp: Stamp, isPhoto: Bool, kept: ImagePipeline.Kept)] = [:]

    /// What the image stage kept for the file at `path`, if the file is unchanged.
    func image(at path: String, isPhoto: Bool) -> ImagePipeline.Kept? {
        guard let stamp = Stamp(path: path), let entry = lock.withLock({ images[path] }),
              entry.stamp == stamp, entry.isPhoto == isPhoto else { return nil }
        return entry.kept
    }

    func keep(_ kept: ImagePipeline.Kept, at path: String, isPhoto: Bool) {
        guard let stamp = Stamp(path: path) else { return }
        lock.withLock { images[path] = (stamp, isPhoto, kept) }
    }

    /// The diagnostics of the last parse of the file at `path`.
    func parseDiagnostics(of path: String) -> [Diagnostic] {
        lock.withLock { parses[path]?.diagnostics ?? [] }
    }

    /// What the last good preview made, for the next to start from (see `PreviewUpdate`).
    var lastPreview: PreviewUpdate? {
        get { lock.withLock { kept } }
        set { lock.withLock { kept = newValue } }
    }
    private var kept: PreviewUpdate?

    /// The last preview, taken out for a preview to update where it lies (and put back).
    func takeLastPreview() -> PreviewUpdate? {
        lock.withLock {
            defer { kept = nil }
            return kept
        }
    }
    /// How many previews put saved files in place rather than building the whole site.
    public var updatesInPlace: Int { lock.withLock { inPlace } }
    private var inPlace = 0

    func countUpdateInPlace() {
        lock.withLock { inPlace += 1 }
    }

    /// What `decode` made of `file` the last time, if neither the file nor `setting` (what
    /// else the parse depends on: raw HTML allowed, the headings' link label) changed since.
    func parsed<Value>(_ file: SourceFile, setting: String, decode: () -> (Value?, [Diagnostic])) -> (Value?, [Diagnostic]) {
        guard let stamp = file.stamp else { return decode() }
        if let entry = lock.withLock({ parses[file.path] }), entry.stamp == stamp, entry.setting == setting,
           let kept = entry.kept as? Kept<Value> {
            return (kept.value, entry.diagnostics)
        }
        let (value, diagnostics) = decode()
        lock.withLock { parses[file.path] = (stamp, setting, Kept(value), diagnostics) }
        return (value, diagnostics)
    }
}
