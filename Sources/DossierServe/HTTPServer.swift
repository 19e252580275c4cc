import Foundation
import Synchronization

/// The preview's HTTP/1.1 server, small enough to read whole: one thread polls (poll(2)) the
/// listening socket and every connection; each whole request goes to `handler` in a task of
/// its own, whose answer the thread writes. GET and HEAD, no request body, kept-alive
/// connections, and the limits of `ServerLimits`, so that no one client can stop it.
final class HTTPServer: Sendable {
    typealias Handler = @Sendable (HTTPRequest) async -> HTTPResponse
    /// Takes one waiting connection; tests replace it to make descriptors run out.
    typealias Acceptor = @Sendable (_ listening: Int32) -> SocketCalls.Accepted

    /// The port listened on: the one asked, or the system's choice for 0.
    let port: UInt16
    private let mailbox: ServerMailbox
    private let loop: ServerLoop
    private let running = Atomic(false)
    private let finished = Atomic(false)

    /// Listens at once, so that a port in use is an error here.
    init(
        host: String, port: UInt16, limits: ServerLimits = .standard, accept: @escaping Acceptor = SocketCalls.accept,
        warn: @escaping @Sendable (String) -> Void, handler: @escaping Handler
    ) throws {
        let (listening, port) = try SocketCalls.listen(host: host, port: port)
        self.port = port
        do {
            mailbox = try ServerMailbox()
        } catch {
            close(listening)
            throw error
        }
        loop = ServerLoop(
            listening: listening, limits: limits, cap: limits.connectionCap(descriptorLimit: SocketCalls.descriptorLimit()),
            accept: accept, warn: warn, handler: handler, mailbox: mailbox)
    }

    /// Serves on a thread of its own until `stop()`.
    func start() {
        guard !running.exchange(true, ordering: .relaxed) else { return }
        let thread = Thread { [self] in
            loop.run()
            finished.store(true, ordering: .releasing)
        }
        thread.name = "dossier preview server"
        thread.start()
    }

    /// Closes the port and every connection; returns once the thread has, within a second.
    func stop() async {
        mailbox.stop()
        guard running.load(ordering: .relaxed) else { return }
        for _ in 0..<200 where !finished.load(ordering: .acquiring) {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }
}
