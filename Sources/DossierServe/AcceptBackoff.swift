/// What the server does when it cannot accept a connection because descriptors ran out
/// (EMFILE, ENFILE): the waiting connection stays ready, so trying again at once would spin
/// a core; giving up would leave the port open and no one answering. It waits, longer each
/// time up to a second, tries again, and says so once, however long it lasts.
struct AcceptBackoff {
    static let first: Duration = .milliseconds(10)
    static let longest: Duration = .seconds(1)

    /// How long the last failure asked to wait; nil while accepting works.
    private(set) var delay: Duration?
    private var hasWarned = false

    /// After a failure: how long to wait before accepting again, and whether to say why
    /// (the first time only).
    mutating func failed() -> (wait: Duration, warn: Bool) {
        let wait = delay.map { min($0 * 2, Self.longest) } ?? Self.first
        delay = wait
        defer { hasWarned = true }
        return (wait, !hasWarned)
    }

    /// After a connection was accepted: the next failure waits the shortest time again.
    mutating func succeeded() {
        delay = nil
    }
}
