import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How other threads reach the server's loop, which alone touches the sockets: answers made
/// by request tasks, and the request to stop. Each post writes a byte to a pipe the loop
/// polls, so that it wakes at once.
final class ServerMailbox: Sendable {
    struct Answer: Sendable {
        var connection: Int
        var response: HTTPResponse
    }

    private struct State {
        var answers: [Answer] = []
        var stopping = false
        /// Closed when the loop ends: a task that answers later writes to no descriptor,
        /// rather than to one its number was given again.
        var pipe: (read: Int32, write: Int32)?
    }

    private let state: Mutex<State>
    /// The end the loop polls.
    let wakeDescriptor: Int32

    init() throws(SocketCalls.Failure) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SocketCalls.Failure(call: "pipe", code: errno) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakeDescriptor = ends[0]
        state = Mutex(State(pipe: (ends[0], ends[1])))
    }

    func post(_ answer: Answer) {
        state.withLock { state in
            guard let pipe = state.pipe else { return }
            state.answers.append(answer)
            Self.wake(pipe.write)
        }
    }

    func stop() {
        state.withLock { state in
            state.stopping = true
            if let pipe = state.pipe { Self.wake(pipe.write) }
        }
    }

    /// For the loop: what was posted since it last asked, and whether to stop.
    func take() -> (answers: [Answer], stopping: Bool) {
        state.withLock { state in
            var drain = [UInt8](repeating: 0, count: 256)
            if let pipe = state.pipe { while read(pipe.read, &drain, drain.count) > 0 {} }
            defer { state.answers = [] }
            return (state.answers, state.stopping)
        }
    }

    /// For the loop, as it ends.
    func close() {
        state.withLock { state in
            if let pipe = state.pipe {
                _ = Foundation.close(pipe.read)
                _ = Foundation.close(pipe.write)
            }
            state.pipe = nil
        }
    }

    private static func wake(_ descriptor: Int32) {
        var byte: UInt8 = 1
        // A full pipe already wakes the loop.
        _ = write(descriptor, &byte, 1)
    }
}
