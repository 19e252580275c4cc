import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Tells when anything changes below some folders: through inotify on Linux, by comparing
/// the folders' listings twice a second elsewhere (or where inotify is refused). A burst of
/// events (an editor's save writes, renames and deletes) is told once, after 25 ms of quiet,
/// with the paths it touched; polling tells `nil`, "something changed".
final class FolderWatcher: Sendable {
    private let folders: [URL]
    private let onChange: @Sendable (Set<String>?) -> Void
    private let stopped = Atomic(false)

    init(folders: [URL], onChange: @escaping @Sendable (Set<String>?) -> Void) {
        self.folders = folders
        self.onChange = onChange
    }

    /// Watches on a thread of its own until `stop()`.
    func start() {
        let thread = Thread { [self] in
            #if os(Linux)
                if watchWithInotify() { return }
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

    #if os(Linux)
        /// `false` when inotify cannot be used, so that polling takes over.
        private func watchWithInotify() -> Bool {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            let mask = UInt32(IN_CREATE | IN_MODIFY | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
            var watched: [Int32: String] = [:]
            func watch(_ folder: URL) {
                let handle = inotify_add_watch(descriptor, folder.path, mask)
                guard handle >= 0 else { return }
                watched[handle] = folder.path
                for entry in FileManager.default.sortedEntries(of: folder) where entry.isDirectory { watch(entry.url) }
            }
            for folder in folders where FileManager.default.isDirectory(folder) { watch(folder) }

            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var pending = false
            var touched: Set<String>? = []
            while !isStopped {
                // Wait for events; once some came, only for the quiet that ends their burst.
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, pending ? 25 : 200)
                if ready > 0 {
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    if count > 0 {
                        pending = true
                        // A new folder is watched too, so a file saved into it is seen.
                        var offset = 0
                        while offset + MemoryLayout<inotify_event>.size <= count {
                            let (flags, folder, nameLength) = buffer.withUnsafeBytes { raw in
                                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                                return (event.mask, event.wd, Int(event.len))
                            }
                            let nameStart = offset + MemoryLayout<inotify_event>.size
                            let name = String(decoding: buffer[nameStart..<(nameStart + nameLength)].prefix { $0 != 0 }, as: UTF8.self)
                            if let folder = watched[folder] { touched?.insert(folder + "/" + name) }
                            if flags & UInt32(IN_Q_OVERFLOW) != 0 { touched = nil }
                            if flags & UInt32(IN_ISDIR) != 0, flags & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                                for folder in folders where FileManager.default.isDirectory(folder) { watch(folder) }
                            }
                            offset = nameStart + nameLength
                        }
                    }
                } else if ready == 0, pending {
                    pending = false
                    onChange(touched)
                    touched = []
                }
            }
            return true
        }
    #endif

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
