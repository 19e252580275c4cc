import Dossier
import Foundation
import Synchronization

/// Shows how far a large build has come on standard error: one line that updates itself on a
/// terminal, and a few plain lines in a CI log. Small sites build too fast to need it.
final class ProgressLine: Sendable {
    /// Content files from which a site counts as large.
    static let threshold = 500

    private struct State {
        var shown = false
        var lastQuarter = 0
        var lineOpen = false
    }

    private let state = Mutex(State())
    private let interactive = isatty(STDERR_FILENO) == 1

    func report(_ progress: BuildProgress) {
        state.withLock { state in
            switch progress.stage {
            case .checking:
                state.shown = progress.total >= Self.threshold
                guard state.shown else { return }
                emit("Checking \(progress.total) content files…", &state)
            case .pictures:
                guard state.shown else { return }
                if interactive {
                    emit("Pictures: \(progress.done) of \(progress.total) static files", &state)
                } else if progress.done == 0 {
                    emit("Pictures: \(progress.total) static files (processed once, then kept in cache/)", &state)
                }
            case .writing:
                guard state.shown else { return }
                let percent = progress.total == 0 ? 100 : progress.done * 100 / progress.total
                if interactive {
                    emit("Writing \(progress.done) of \(progress.total) files (\(percent)%)", &state)
                } else if percent / 25 > state.lastQuarter || progress.done == 0 {
                    state.lastQuarter = percent / 25
                    emit("Writing: \(progress.done) of \(progress.total) files", &state)
                }
            }
        }
    }

    /// Clears the updating line before the summary is printed.
    func finish() {
        state.withLock { state in
            if state.lineOpen { write("\r\u{1B}[K") }
            state.lineOpen = false
        }
    }

    private func emit(_ text: String, _ state: inout State) {
        if interactive {
            write("\r\u{1B}[K" + text)
            state.lineOpen = true
        } else {
            write(text + "\n")
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
