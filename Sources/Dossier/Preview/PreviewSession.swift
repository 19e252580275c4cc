import Foundation
import Synchronization

/// What `dossier serve` keeps from one build to the next: the memo of files read and parsed
/// and pictures processed, and the last good build, into which a saved file is put in place.
/// `build` and `check` keep nothing.
public final class PreviewSession: Sendable {
    let memo = SourceMemo()

    private struct State {
        var last: LivePreview?
        var builds = 0
    }

    private let state = Mutex(State())
    private let codes = Mutex<QRCodeCache?>(nil)

    public init() {}

    /// The last good build, taken out so that the arrays it holds are updated where they lie
    /// (and put back with `keep`); `nil` when the last build failed or there was none.
    func takeLast() -> (LivePreview?, isFirst: Bool) {
        state.withLock { state in
            defer { state.last = nil }
            return (state.last, state.builds == 0)
        }
    }

    /// The case pages' QR codes, read from `file` at the first build and kept in memory
    /// from then on: a preview writes no cache of its own.
    func qrCodes(file: URL) -> QRCodeCache {
        codes.withLock { codes in
            if let codes { return codes }
            let cache = QRCodeCache(file: file)
            codes = cache
            return cache
        }
    }

    /// Keeps what this build made (`nil` when it failed) for the next save.
    func keep(_ preview: LivePreview?) {
        state.withLock { state in
            state.last = preview
            state.builds += 1
        }
    }
}
