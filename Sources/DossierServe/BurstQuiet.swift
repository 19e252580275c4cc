import Dossier

/// How long the watcher waits for quiet before it tells a burst of events as one change.
/// Most saves end with the file closed after writing (an editor writing in place, a script)
/// or moved into place from a hidden temporary name (a safe save, Foundation's atomic write):
/// those bursts are told after a few milliseconds. A file still open for writing, one deleted
/// or moved away that may yet come back (vim and emacs rename a file to its backup before
/// writing it anew), or a hidden file written and not yet moved into place (it may be synced
/// to disk first), waits the longer quiet, so that one save is still one change and a file
/// is not taken for removed, or left unsaved, halfway through its save.
struct BurstQuiet {
    /// What an event did to a path, as far as the quiet is concerned.
    enum Event {
        /// Made or written to, and maybe still open.
        case written
        /// Closed after writing: whole.
        case closed
        /// Moved here, whole.
        case arrived
        /// Deleted or moved away: it may come back within the same save.
        case removed
    }

    static let settledMilliseconds: Int32 = 3
    static let unsettledMilliseconds: Int32 = 25

    /// The paths of this burst that are open for writing or gone.
    private var unsettled: Set<String> = []

    mutating func note(_ event: Event, at path: String) {
        // A hidden name is nothing the site reads: it is settled once moved away, into place.
        let isHidden = ContentLayout.isHidden(path.split(separator: "/").last.map(String.init) ?? path)
        switch (event, isHidden) {
        case (.written, _), (.removed, false): unsettled.insert(path)
        case (.closed, false), (.arrived, _), (.removed, true): unsettled.remove(path)
        case (.closed, true): break
        }
    }

    var milliseconds: Int32 { unsettled.isEmpty ? Self.settledMilliseconds : Self.unsettledMilliseconds }

    /// The burst was told: the next one starts settled. A write still open after the longer
    /// quiet writes again, and is noted again, if it goes on.
    mutating func told() { unsettled = [] }
}
