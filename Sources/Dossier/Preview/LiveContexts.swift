import Synchronization

/// The contexts every page of a language renders from, held where a preview can change them:
/// when a saved file changed nothing but its own pages' contents, its new values are put in
/// here, and the site's files, which read these at each render, stay the same.
final class LiveContexts: Sendable {
    private let contexts: Mutex<SiteContexts>

    init(_ contexts: SiteContexts) {
        self.contexts = Mutex(contexts)
    }

    var current: SiteContexts { contexts.withLock { $0 } }

    /// Changes the contexts where they lie, so that an array only they hold is not copied.
    /// `change` must not read `current`, which waits for the same lock.
    func modify(_ change: (inout SiteContexts) -> Void) {
        contexts.withLock { contexts in
            change(&contexts)
            contexts.revision += 1
        }
    }
}
