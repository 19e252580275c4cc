import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A client socket to 127.0.0.1 that sends what a browser would not (a 64 KB line, two Host
/// headers, a head that never ends) and reads what comes back, every wait bounded. Its waits
/// run on a thread of Dispatch's: blocking a thread of Swift's task pool (two on two cores)
/// would stall the server's own tasks, and the test would measure itself. One test uses a
/// client at a time.
final class RawClient: @unchecked Sendable {
    /// One answer as read from the socket.
    struct Answer {
        var status: Int
        /// Names lowercased.
        var headers: [String: String]
        var body: Data
        /// Bytes after the head that no Content-Length announced: a HEAD answer has none.
        var extra: Int
        /// When its last byte was read: tests time the server from the sends, on threads
        /// the task pool's load does not delay.
        var received: ContinuousClock.Instant
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let descriptor: Int32
    /// When the first and the last `send` began.
    private(set) var firstSend: ContinuousClock.Instant?
    private(set) var lastSend: ContinuousClock.Instant?
    private var received: [UInt8] = []
    private var closedByServer = false

    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw Failure(description: "connect: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(descriptor) }

    /// Sends what it can: a server that answered and closed early takes no more, which is no
    /// failure of the test.
    func send(_ text: String) async {
        await Self.offPool { self.sendNow(text) }
    }

    /// The next answer, or nil when the server closed (or stayed silent for `timeout`) first.
    func answer(timeout: Duration = .seconds(5)) async -> Answer? {
        await Self.offPool { self.answerNow(timeout: timeout) }
    }

    /// Sends `text` and reads the answer, off the task pool; the answer and how long it took
    /// from the send.
    func exchange(_ text: String, timeout: Duration = .seconds(5)) async -> (answer: Answer?, took: Duration) {
        await Self.offPool {
            let started = ContinuousClock.now
            self.sendNow(text)
            let answer = self.answerNow(timeout: timeout)
            return (answer, (answer?.received ?? .now) - started)
        }
    }

    /// Whether the server closes the connection within `timeout`, reading (and dropping)
    /// what it still sends.
    func isClosed(within timeout: Duration) async -> Bool {
        await Self.offPool { self.isClosedNow(within: timeout) }
    }

    /// Runs blocking work (the `…Now` calls) on a Dispatch thread: what it times is the
    /// server's, whatever keeps the task pool busy meanwhile.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    func sendNow(_ text: String) {
        let bytes = Array(text.utf8)
        lastSend = .now
        if firstSend == nil { firstSend = lastSend }
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            sent += count
        }
    }

    func answerNow(timeout: Duration) -> Answer? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let answer = takeAnswer() { return answer }
            guard read(until: deadline) else {
                // Closed: what is there is the last answer, however long.
                return takeAnswer(atEnd: true)
            }
        }
    }

    private func isClosedNow(within timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while read(until: deadline) {}
        return closedByServer
    }

    /// Reads once; false when the server closed (or reset), or the deadline passed.
    private func read(until deadline: ContinuousClock.Instant) -> Bool {
        let left = deadline - ContinuousClock.now
        guard left > .zero else { return false }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(left / .milliseconds(1)) + 1
        guard poll(&poller, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else {
            closedByServer = true
            return false
        }
        received += buffer[..<count]
        return true
    }

    private func takeAnswer(atEnd: Bool = false) -> Answer? {
        let received = self.received
        guard
            let headEnd = (0..<max(0, received.count - 3)).first(where: {
                received[$0] == 13 && received[$0 + 1] == 10 && received[$0 + 2] == 13 && received[$0 + 3] == 10
            })
        else { return nil }
        let lines = String(decoding: received[..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let bodyStart = headEnd + 4
        let length = Int(headers["content-length"] ?? "") ?? 0
        guard received.count >= bodyStart + length || atEnd else { return nil }
        let bodyEnd = min(received.count, bodyStart + length)
        let answer = Answer(
            status: status, headers: headers, body: Data(received[bodyStart..<bodyEnd]), extra: received.count - bodyEnd, received: .now)
        self.received.removeFirst(bodyEnd)
        return answer
    }
}
