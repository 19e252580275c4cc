import Foundation
import Synchronization

/// What one build keeps for the next in the same process (`dossier serve`): the files it
/// read, and what the later stages made of each (a parsed value, a processed picture). A file
/// whose size, time of change and inode are unchanged is neither read nor parsed again, so
/// that after one saved case a 10,000-case campaign rebuilds from what it already knows.
public final class SourceMemo: Sendable {
    /// Enough to tell that a file was not touched: editors that save by renaming change the
    /// inode, and those that write in place change the time.
    struct Stamp: Hashable, Sendable {
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

    /// A value made from a file: kept while the file's stamp and `setting` (what else the
    /// value depends on) are unchanged. The value is boxed: a class cast costs less than
    /// casting `Any` back to an optional value, ten thousand times a rebuild.
    private struct Derived {
        var stamp: Stamp
        var setting: String
        var kept: AnyObject
        var diagnostics: [Diagnostic]
    }

    private final class Box<Value>: @unchecked Sendable {
        let value: Value?
        init(_ value: Value?) { self.value = value }
    }

    private struct State {
        var reads: [String: (stamp: Stamp, result: Result<SourceFile, Diagnostic>)] = [:]
        /// By the file's path in the site (`content/cases/x.md`).
        var derived: [String: Derived] = [:]
        /// By the file's path on disk, for values made of files that are not read as text.
        var derivedFromDisk: [String: Derived] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// The file at `file` (a path on disk), read again only if it changed.
    func read(_ file: String, as path: String) -> Result<SourceFile, Diagnostic> {
        guard let stamp = Stamp(path: file) else { return SourceFile.read(URL(fileURLWithPath: file), as: path) }
        if let kept = state.withLock({ $0.reads[path] }), kept.stamp == stamp { return kept.result }
        var result = SourceFile.read(URL(fileURLWithPath: file), as: path)
        if case .success(var file) = result {
            file.stamp = stamp
            result = .success(file)
        }
        state.withLock { $0.reads[path] = (stamp, result) }
        return result
    }

    /// What `make` made of `file` the last time, if neither the file nor `setting` changed since.
    func derived<Value>(from file: SourceFile, setting: String, make: () -> (Value?, [Diagnostic])) -> (Value?, [Diagnostic]) {
        guard let stamp = file.stamp else { return make() }
        if let entry = state.withLock({ $0.derived[file.path] }), entry.stamp == stamp, entry.setting == setting,
            let box = entry.kept as? Box<Value>
        {
            return (box.value, entry.diagnostics)
        }
        let (value, diagnostics) = make()
        state.withLock { $0.derived[file.path] = Derived(stamp: stamp, setting: setting, kept: Box(value), diagnostics: diagnostics) }
        return (value, diagnostics)
    }

    /// The diagnostics of what was last made of the file at `path` (in the site).
    func diagnostics(derivedFrom path: String) -> [Diagnostic] {
        state.withLock { $0.derived[path]?.diagnostics ?? [] }
    }

    /// The value kept for the file at `diskPath` under `setting`, if the file is unchanged.
    func kept<Value>(forFileAt diskPath: String, setting: String) -> Value? {
        guard let stamp = Stamp(path: diskPath), let entry = state.withLock({ $0.derivedFromDisk[diskPath] }),
            entry.stamp == stamp, entry.setting == setting
        else { return nil }
        return (entry.kept as? Box<Value>)?.value
    }

    func keep<Value>(_ value: Value, forFileAt diskPath: String, setting: String) {
        guard let stamp = Stamp(path: diskPath) else { return }
        state.withLock { $0.derivedFromDisk[diskPath] = Derived(stamp: stamp, setting: setting, kept: Box(value), diagnostics: []) }
    }
}
