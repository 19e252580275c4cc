import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the server's thread does, and the state only it touches: the connections, their
/// deadlines, the backoff of a failing accept. Other threads reach it through the mailbox.
final class ServerLoop: @unchecked Sendable {
    private let listening: Int32
    private let limits: ServerLimits
    /// Open connections at most (`ServerLimits.connectionCap`).
    private let cap: Int
    private let accept: HTTPServer.Acceptor
    private let warn: @Sendable (String) -> Void
    private let handler: HTTPServer.Handler
    private let mailbox: ServerMailbox
    private let executor = HandlerExecutor()

    private var connections: [Int: Connection] = [:]
    private var nextID = 0
    private var backoff = AcceptBackoff()
    /// While accepting backs off: when to try again.
    private var acceptResumes: ContinuousClock.Instant?
    private var buffer = [UInt8](repeating: 0, count: 16 * 1024)

    init(
        listening: Int32, limits: ServerLimits, cap: Int, accept: @escaping HTTPServer.Acceptor, warn: @escaping @Sendable (String) -> Void,
        handler: @escaping HTTPServer.Handler, mailbox: ServerMailbox
    ) {
        self.listening = listening
        self.limits = limits
        self.cap = cap
        self.accept = accept
        self.warn = warn
        self.handler = handler
        self.mailbox = mailbox
    }

    /// Until the mailbox says stop; then every descriptor is closed.
    func run() {
        defer {
            for connection in connections.values { close(connection) }
            Foundation.close(listening)
            mailbox.close()
        }
        while true {
            var now = ContinuousClock.now
            let listens = acceptResumes.map { $0 <= now } ?? true
            if listens { acceptResumes = nil }
            var polled = [pollfd(fd: mailbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
            if listens { polled.append(pollfd(fd: listening, events: Int16(POLLIN), revents: 0)) }
            var polledIDs: [Int] = []
            for connection in connections.values {
                guard let events = connection.events else { continue }
                polled.append(pollfd(fd: connection.socket, events: events, revents: 0))
                polledIDs.append(connection.id)
            }
            _ = poll(&polled, nfds_t(polled.count), timeout(now: now))
            now = ContinuousClock.now

            if polled[0].revents != 0 {
                let (answers, stopping) = mailbox.take()
                if stopping { return }
                for answer in answers { deliver(answer, now: now) }
            }
            // The connections first, then new ones: a request that came with its connection
            // is read before a shortage of descriptors could count that connection as idle.
            let first = listens ? 2 : 1
            for (index, id) in polledIDs.enumerated() where polled[first + index].revents != 0 {
                if let connection = connections[id] { serve(connection, now: now) }
            }
            if listens, polled[1].revents != 0 { acceptWaiting(now: now) }
            expire(now: now)
        }
    }
}

extension ServerLoop {
    /// Milliseconds until the nearest deadline, or -1 (none: only a message wakes it).
    private func timeout(now: ContinuousClock.Instant) -> Int32 {
        let deadlines = connections.values.compactMap(\.deadline) + [acceptResumes].compactMap { $0 }
        guard let nearest = deadlines.min() else { return -1 }
        let wait = nearest - now
        guard wait > .zero else { return 0 }
        let (seconds, attoseconds) = wait.components
        return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
    }

    private func acceptWaiting(now: ContinuousClock.Instant) {
        // A bounded batch, so that a flood of connections cannot starve those already open.
        for _ in 0..<64 {
            if connections.count >= cap { evict(upTo: Int.max) }
            switch accept(listening) {
            case .socket(let socket):
                backoff.succeeded()
                let connection = Connection(id: nextID, socket: socket, now: now, headerTimeout: limits.headerTimeout)
                nextID += 1
                connections[connection.id] = connection
            case .failed(let code) where code == EAGAIN || code == EWOULDBLOCK:
                return
            case .failed(let code) where code == EINTR || code == ECONNABORTED || code == EPROTO:
                continue
            case .failed(let code):
                // Out of descriptors (EMFILE, ENFILE) or memory: a connection that has waited
                // for its client a while gives its descriptor back; failing that, accepting
                // waits a while. One accepted a moment ago is spared: closing it would only
                // trade one new client for the next, and neither would be answered.
                if code == EMFILE || code == ENFILE,
                    evict(upTo: Connection.waitingForClient, waitingSince: now - limits.shortestIdleBeforeEviction)
                {
                    continue
                }
                let (wait, warns) = backoff.failed()
                acceptResumes = now + wait
                if warns {
                    warn(
                        "cannot accept a connection (\(String(cString: strerror(code)))): new connections wait until others close; "
                            + "`ulimit -n` shows this process's limit of open files")
                }
                return
            }
        }
    }

    /// Closes the connection of lowest `evictionRank`, the one waiting longest among equals,
    /// if its rank is at most `rank` and it has been in its state since `waitingSince` or
    /// before.
    @discardableResult
    private func evict(upTo rank: Int, waitingSince latest: ContinuousClock.Instant? = nil) -> Bool {
        let candidates = connections.values.filter { connection in latest.map { connection.since <= $0 } ?? true }
        let victim = candidates.min { ($0.evictionRank, $0.since) < ($1.evictionRank, $1.since) }
        guard let victim, victim.evictionRank <= rank else { return false }
        close(victim)
        return true
    }

    private func serve(_ connection: Connection, now: ContinuousClock.Instant) {
        switch connection.state {
        case .reading:
            guard let count = SocketCalls.receive(connection.socket, into: &buffer) else { return }
            guard count > 0 else { return close(connection) }
            if connection.input.isEmpty, connection.answered > 0 {
                // A kept-alive connection's next head has begun: it has headerTimeout to end.
                connection.deadline = now + limits.headerTimeout
            }
            connection.input.append(contentsOf: buffer[..<count])
            process(connection, now: now)
        case .writing:
            flush(connection, now: now)
        case .lingering:
            guard let count = SocketCalls.receive(connection.socket, into: &buffer) else { return }
            if count == 0 { close(connection) }
        case .answering:
            break
        }
    }

    /// Reads what came of a head; a whole one goes to the handler, a refused one is answered.
    private func process(_ connection: Connection, now: ContinuousClock.Instant) {
        switch connection.parser.parse(connection.input) {
        case .incomplete:
            return
        case .refused(let response):
            respond(connection, response, isHead: false, closing: true, now: now)
        case .request(let request, let length):
            connection.input.removeFirst(length)
            if let refusal = request.refusal {
                return respond(connection, refusal, isHead: request.isHead, closing: true, now: now)
            }
            connection.state = .answering
            connection.deadline = nil
            connection.since = now
            connection.isHead = request.isHead
            connection.closesAfterAnswer = !request.keepsAlive
            let (id, handler, mailbox) = (connection.id, handler, mailbox)
            Task(executorPreference: executor) {
                let response = await handler(request)
                mailbox.post(ServerMailbox.Answer(connection: id, response: response))
            }
        }
    }

    private func deliver(_ answer: ServerMailbox.Answer, now: ContinuousClock.Instant) {
        guard let connection = connections[answer.connection], connection.state == .answering else { return }
        respond(connection, answer.response, isHead: connection.isHead, closing: connection.closesAfterAnswer, now: now)
    }

    private func respond(_ connection: Connection, _ response: HTTPResponse, isHead: Bool, closing: Bool, now: ContinuousClock.Instant) {
        connection.output = response.serialized(withBody: !isHead, keepAlive: !closing)
        connection.sent = 0
        connection.closesAfterAnswer = closing
        connection.state = .writing
        connection.since = now
        connection.deadline = now + limits.headerTimeout
        flush(connection, now: now)
    }

    /// Writes what the client takes now; the rest when poll says it takes more.
    private func flush(_ connection: Connection, now: ContinuousClock.Instant) {
        while connection.sent < connection.output.count {
            let sent = connection.output.withUnsafeBytes {
                SocketCalls.send(connection.socket, UnsafeRawBufferPointer(rebasing: $0[connection.sent...]))
            }
            guard let sent else { return }
            guard sent > 0 else { return close(connection) }
            connection.sent += sent
            // A client that reads its answer slowly is one that reads: the time counts anew.
            connection.deadline = now + limits.headerTimeout
        }
        connection.output = Data()
        connection.since = now
        if connection.closesAfterAnswer {
            SocketCalls.finishSending(connection.socket)
            connection.state = .lingering
            connection.input = []
            connection.deadline = now + limits.lingerTimeout
            return
        }
        connection.state = .reading
        connection.answered += 1
        connection.deadline = now + (connection.input.isEmpty ? limits.idleTimeout : limits.headerTimeout)
        // A request sent before this answer (pipelined) is already here.
        if !connection.input.isEmpty { process(connection, now: now) }
    }

    private func expire(now: ContinuousClock.Instant) {
        for connection in connections.values {
            guard let deadline = connection.deadline, deadline <= now else { continue }
            if connection.state == .reading, !connection.input.isEmpty {
                respond(
                    connection, .refusal(.requestTimeout, "The request's head did not come within \(limits.headerTimeout)."),
                    isHead: false, closing: true, now: now)
            } else {
                close(connection)
            }
        }
    }

    private func close(_ connection: Connection) {
        Foundation.close(connection.socket)
        connections[connection.id] = nil
    }
}
