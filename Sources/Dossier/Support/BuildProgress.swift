import Synchronization

/// How far a build has come, for a progress line on large sites. Reported from several
/// threads at once while files are written; the receiver must be thread-safe.
public struct BuildProgress: Sendable, Hashable {
    public enum Stage: String, Sendable {
        /// Files are read, parsed and checked; `total` is the number of content files.
        case checking
        /// The files of `content/static/` are looked at and pictures processed (or taken from
        /// the image cache); `done` counts up to `total` files.
        case pictures
        /// Pages are rendered and written; `done` counts up to `total` files.
        case writing
    }

    public var stage: Stage
    public var done: Int
    public var total: Int

    public init(stage: Stage, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }

    public typealias Handler = @Sendable (BuildProgress) -> Void
}

/// Counts finished files across threads and reports every hundredth of the way.
final class ProgressCounter: Sendable {
    private let done = Atomic<Int>(0)
    private let total: Int
    private let step: Int
    private let handler: BuildProgress.Handler?
    private let stage: BuildProgress.Stage

    init(total: Int, stage: BuildProgress.Stage = .writing, handler: BuildProgress.Handler?) {
        self.total = total
        self.step = max(total / 100, 1)
        self.handler = handler
        self.stage = stage
        handler?(BuildProgress(stage: stage, done: 0, total: total))
    }

    func finishedOne() {
        guard let handler else { return }
        let count = done.add(1, ordering: .relaxed).newValue
        if count % step == 0 || count == total { handler(BuildProgress(stage: stage, done: count, total: total)) }
    }
}
