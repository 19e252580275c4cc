import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one file that calls the C sockets API: every descriptor it returns is non-blocking
/// and closed on exec, and no call on it raises SIGPIPE.
enum SocketCalls {
    /// A failed call, with what `strerror` says of its errno.
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    /// What one `accept` gave: a connection, or the errno of its failure.
    enum Accepted {
        case socket(Int32)
        case failed(errno: Int32)
    }

    /// A socket listening on an IPv4 address, and its port (the one asked, or the system's
    /// choice for 0).
    static func listen(host: String, port: UInt16) throws(Failure) -> (socket: Int32, port: UInt16) {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw Failure(call: "inet_pton \(host)", code: EINVAL) }
        #if os(Linux)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(call: "socket", code: errno) }
        do throws(Failure) {
            try prepare(descriptor)
            // A preview stopped and started again takes its port back at once.
            var yes: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0 else { throw Failure(call: "bind \(host):\(port)", code: errno) }
            // Room for a burst of connections while the server closes idle ones.
            guard Foundation.listen(descriptor, 512) == 0 else { throw Failure(call: "listen", code: errno) }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            guard named == 0 else { throw Failure(call: "getsockname", code: errno) }
            return (descriptor, UInt16(bigEndian: address.sin_port))
        } catch {
            close(descriptor)
            throw error
        }
    }

    static func accept(_ listening: Int32) -> Accepted {
        // accept4, which would save two calls, is not in Glibc's Swift module.
        let descriptor = Foundation.accept(listening, nil, nil)
        guard descriptor >= 0 else { return .failed(errno: errno) }
        do throws(Failure) {
            try prepare(descriptor)
        } catch {
            close(descriptor)
            return .failed(errno: error.code)
        }
        // Answers go out as whole writes; Nagle's wait would only delay the last segment.
        var yes: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        return .socket(descriptor)
    }

    /// Bytes read into `buffer`: their count, 0 at the end, nil when none are waiting (or on
    /// an error other than a reset, which ends the connection as the end does).
    static func receive(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int? {
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count >= 0 { return count }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? nil : 0
    }

    /// How many bytes of `bytes` were sent; nil when the connection cannot take any more now,
    /// -1 when it is gone.
    static func send(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int? {
        #if os(Linux)
            let count = Foundation.send(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
        #else
            let count = Foundation.send(descriptor, bytes.baseAddress, bytes.count, 0)
        #endif
        if count >= 0 { return count }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? nil : -1
    }

    /// No more bytes will be sent: the client reads the end of the answer, then closes.
    static func finishSending(_ descriptor: Int32) {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    /// The most descriptors this process may have open.
    static func descriptorLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(fileLimitResource, &limit) == 0, limit.rlim_cur != rlim_t.max else { return Int(Int32.max) }
        return Int(clamping: limit.rlim_cur)
    }

    private static func prepare(_ descriptor: Int32) throws(Failure) {
        guard fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) == 0,
            fcntl(descriptor, F_SETFD, FD_CLOEXEC) == 0
        else { throw Failure(call: "fcntl", code: errno) }
        #if !os(Linux)
            var yes: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    #if os(Linux)
        private static let fileLimitResource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
        private static let fileLimitResource = RLIMIT_NOFILE
    #endif
}
