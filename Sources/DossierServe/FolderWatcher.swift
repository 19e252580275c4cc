import Foundation
import Synchronization

/// Tells when anything changes below some folders, made, replaced or deleted after the start
/// included: through inotify on Linux (`InotifyWatch`), by comparing the folders' listings
/// twice a second elsewhere (or where inotify is refused). A burst of events (an editor's
/// save writes, renames and deletes) is told once, after its quiet (`BurstQuiet`), with the
/// paths it touched; polling tells `nil`, "something changed".
final class FolderWatcher: Sendable {
    private let folders: [URL]
    private let onChange: @Sendable (Set<String>?) -> Void
    private let stopped = Atomic(false)

    init(folders: [URL], onChange: @escaping @Sendable (Set<String>?) -> Void) {
        self.folders = folders
        self.onChange = onChange
    }

    /// Watches on a thread of its own until `stop()`. Every change after this call is told:
    /// the watches are in place when it returns.
    func start() {
        #if os(Linux)
            let inotify = InotifyWatch(folders: folders)
        #endif
        let thread = Thread { [self] in
            #if os(Linux)
                if let inotify {
                    inotify.run(isStopped: { isStopped }, onChange: onChange)
                    return
                }
            #endif
            watchByPolling()
        }
        thread.name = "dossier folder watcher"
        thread.start()
    }

    func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    private var isStopped: Bool { stopped.load(ordering: .relaxed) }

    private func watchByPolling() {
        var last = signature()
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.5)
            let now = signature()
            if now != last {
                last = now
                onChange(nil)
            }
        }
    }

    /// Every file below the folders, with its size and time of change.
    private func signature() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in walker {
                let values = try? url.resourceValues(forKeys: Set(keys))
                result[url.path] = [values?.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values?.fileSize ?? 0)]
            }
        }
        return result
    }
}
