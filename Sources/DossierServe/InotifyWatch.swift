#if os(Linux)
    import Dossier
    import Foundation
    import Glibc

    /// The folders' trees watched through inotify, and their parent, so that a folder made,
    /// moved away, deleted or put back after the start (`mv content content.old && cp -r
    /// content.old content`) is watched again: inotify watches a folder's inode, not its name.
    /// Made on the caller's thread, so that nothing saved after `start()` is missed; then used
    /// by the watcher's thread alone.
    final class InotifyWatch: @unchecked Sendable {
        private let descriptor: Int32
        private let folders: [String]
        /// Watch → the folder it watches, in the trees.
        private var watched: [Int32: String] = [:]
        /// Watch → its folder's inode, which tells a folder moved away from one moved here.
        private var inodes: [Int32: UInt64] = [:]
        /// Watch → a parent of the folders, where only their own names are looked at.
        private var parents: [Int32: String] = [:]

        private static let treeEvents = UInt32(
            IN_CREATE | IN_MODIFY | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVE_SELF | IN_DELETE_SELF)
        private static let parentEvents = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)

        /// Nil when inotify cannot be used, so that polling takes over.
        init?(folders: [URL]) {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.folders = folders.map(\.standardizedFileURL.path)
            for parent in Set(self.folders.map { ($0 as NSString).deletingLastPathComponent }) {
                let handle = inotify_add_watch(descriptor, parent, Self.parentEvents)
                if handle >= 0 { parents[handle] = parent }
            }
            var ignored: Set<String>? = nil
            for folder in self.folders { watchTree(folder, reporting: &ignored) }
        }

        deinit { close(descriptor) }

        /// How long the burst being read waits for its quiet.
        private var quiet = BurstQuiet()

        /// Reads events until `isStopped`; a burst is told once, after its quiet (`BurstQuiet`).
        func run(isStopped: () -> Bool, onChange: (Set<String>?) -> Void) {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var pending = false
            var touched: Set<String>? = []
            while !isStopped() {
                // Wait for events; once some came, only for the quiet that ends their burst.
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, pending ? quiet.milliseconds : 200)
                if ready > 0 {
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    guard count > 0 else { continue }
                    var offset = 0
                    while offset + MemoryLayout<inotify_event>.size <= count {
                        let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                        let nameStart = offset + MemoryLayout<inotify_event>.size
                        let name = String(decoding: buffer[nameStart..<(nameStart + Int(event.len))].prefix { $0 != 0 }, as: UTF8.self)
                        // The parent's other files (`public/`, an editor's backup) are no change.
                        if handle(event, name: name, touched: &touched) { pending = true }
                        offset = nameStart + Int(event.len)
                    }
                } else if ready == 0, pending {
                    pending = false
                    quiet.told()
                    onChange(touched)
                    touched = []
                }
            }
        }

        /// Whether the event told of a change in the trees.
        private func handle(_ event: inotify_event, name: String, touched: inout Set<String>?) -> Bool {
            let flags = event.mask
            func has(_ flag: Int32) -> Bool { flags & UInt32(flag) != 0 }
            if has(IN_Q_OVERFLOW) {
                // Events were lost: anything may have changed, and any folder moved.
                touched = nil
                for folder in folders { watchTree(folder, reporting: &touched) }
                return true
            }
            if has(IN_IGNORED) {
                // The kernel dropped the watch: its folder was deleted, or the watch removed.
                watched[event.wd] = nil
                inodes[event.wd] = nil
                return false
            }
            if let parent = parents[event.wd] {
                let path = parent + "/" + name
                guard folders.contains(path) else { return false }
                touched?.insert(path)
                note(event, at: path)
                if has(IN_MOVED_FROM) || has(IN_DELETE) { unwatch(below: path) }
                if has(IN_ISDIR), has(IN_CREATE) || has(IN_MOVED_TO) { watchTree(path, reporting: &touched) }
                return true
            }
            guard let folder = watched[event.wd] else { return false }
            if has(IN_MOVE_SELF) {
                // Moved out of the trees, the folder takes its watch along: no longer watched.
                // Moved within them, it was watched at its new name when it came there.
                touched?.insert(folder)
                quiet.note(.removed, at: folder)
                if Self.inode(of: folder) != inodes[event.wd] { unwatch(below: folder) }
                return true
            }
            if has(IN_DELETE_SELF) {
                touched?.insert(folder)
                quiet.note(.removed, at: folder)
                return true
            }
            let path = folder + "/" + name
            touched?.insert(path)
            note(event, at: path)
            if has(IN_ISDIR), has(IN_CREATE) || has(IN_MOVED_TO) { watchTree(path, reporting: &touched) }
            return true
        }

        /// Tells the burst's quiet what the event did to its path. One event may say several
        /// things (made and closed); they are noted in the order they happened.
        private func note(_ event: inotify_event, at path: String) {
            let flags = event.mask
            func has(_ flag: Int32) -> Bool { flags & UInt32(flag) != 0 }
            if has(IN_MOVED_FROM) || has(IN_DELETE) { quiet.note(.removed, at: path) }
            if has(IN_ISDIR) {
                if has(IN_CREATE) { quiet.note(.arrived, at: path) }
            } else if has(IN_CREATE) || has(IN_MODIFY) {
                quiet.note(.written, at: path)
            }
            if has(IN_MOVED_TO) { quiet.note(.arrived, at: path) }
            if has(IN_CLOSE_WRITE) { quiet.note(.closed, at: path) }
        }

        /// Watches a folder and every folder below it; the files found are told as changed
        /// (`reporting`), since they may have come before the watch did.
        private func watchTree(_ folder: String, reporting touched: inout Set<String>?) {
            let handle = inotify_add_watch(descriptor, folder, Self.treeEvents | UInt32(IN_ONLYDIR))
            guard handle >= 0 else { return }
            // A folder watched already (moved within the trees) has the same watch: its name
            // is updated.
            watched[handle] = folder
            inodes[handle] = Self.inode(of: folder)
            for entry in FileManager.default.sortedEntries(of: URL(fileURLWithPath: folder, isDirectory: true)) {
                if entry.isDirectory {
                    watchTree(entry.path, reporting: &touched)
                } else {
                    touched?.insert(entry.path)
                }
            }
        }

        /// Stops watching a folder and those below it, which are no longer where they were.
        private func unwatch(below folder: String) {
            for (handle, path) in watched where path == folder || path.hasPrefix(folder + "/") {
                inotify_rm_watch(descriptor, handle)
                watched[handle] = nil
                inodes[handle] = nil
            }
        }

        private static func inode(of path: String) -> UInt64? {
            var status = stat()
            return stat(path, &status) == 0 ? UInt64(status.st_ino) : nil
        }
    }
#endif
