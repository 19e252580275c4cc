import Foundation

/// One client's connection, as the server's loop sees it; only that loop's thread touches it.
final class Connection {
    enum State {
        /// Waiting for a request's head, or for the rest of it.
        case reading
        /// A whole request is with the handler; nothing more is read meanwhile.
        case answering
        /// The answer is being written, as fast as the client takes it.
        case writing
        /// Answered and closing: what the client still sends is read and dropped.
        case lingering
    }

    let id: Int
    let socket: Int32
    var state = State.reading
    /// Bytes received that no answered request has taken yet.
    var input: [UInt8] = []
    var parser = RequestHeadParser()
    /// The answer being written, and how much of it is written.
    var output = Data()
    var sent = 0
    /// What the request being answered asked: HEAD sends no body; a last request closes.
    var isHead = false
    var closesAfterAnswer = false
    /// Requests answered: before the first, the connection is new and waits only
    /// `headerTimeout` for its head; after, `idleTimeout` for the next.
    var answered = 0
    /// When this state ends if nothing happens; nil while the handler answers.
    var deadline: ContinuousClock.Instant?
    /// Since when it is in its state: of two connections that wait for their clients, the
    /// one that waited longer is closed first to make room.
    var since: ContinuousClock.Instant

    init(id: Int, socket: Int32, now: ContinuousClock.Instant, headerTimeout: Duration) {
        self.id = id
        self.socket = socket
        since = now
        deadline = now + headerTimeout
    }

    /// What poll(2) waits for on it; nil while the handler answers.
    var events: Int16? {
        switch state {
        case .reading, .lingering: Int16(POLLIN)
        case .writing: Int16(POLLOUT)
        case .answering: nil
        }
    }

    /// Which connection is closed first to make room, lowest first: those closing anyway, then
    /// those whose client sends nothing, then a head still coming, then answers.
    var evictionRank: Int {
        switch state {
        case .lingering: 0
        case .reading: input.isEmpty ? 1 : 2
        case .writing: 3
        case .answering: 4
        }
    }

    /// The ranks a shortage of descriptors may close: no client loses an answer it asked for.
    static let waitingForClient = 2
}
