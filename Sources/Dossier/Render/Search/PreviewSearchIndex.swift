import Synchronization

/// A preview's search index of one language, made when one of its files is first asked for
/// and again after a saved file changed the contexts (`SiteContexts.revision`), not at each
/// save: a save of a large site's case costs milliseconds, the index seconds.
final class PreviewSearchIndex: Sendable {
    private let made = Mutex<(revision: Int, files: [String: [UInt8]])?>(nil)

    /// The bytes of the index file `name` (one of `SearchIndex.wholeFiles`) for `contexts`.
    func file(_ name: String, of contexts: SiteContexts) -> [UInt8] {
        made.withLock { made in
            if made?.revision != contexts.revision {
                made = (contexts.revision, SearchIndex.wholeFiles(for: contexts.searchDocuments()))
            }
            return made?.files[name] ?? []
        }
    }
}
