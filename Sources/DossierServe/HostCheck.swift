import Foundation

/// Answers only requests addressed to the preview by a name it listens on. Without this, a
/// web page a volunteer visits could point a name of its own at 127.0.0.1 (DNS rebinding)
/// and read the preview through it, drafts and embargoed statements included: the browser
/// sends that name as `Host`, which no address of this computer is.
struct HostCheck: Sendable {
    private let names: Set<String>
    private let port: UInt16

    /// `bind`: the address served on; 0.0.0.0 adds every address of this computer's
    /// interfaces and its own name, which a phone on the same network may use.
    init(bind: String, port: UInt16) {
        var names: Set<String> = ["localhost", "127.0.0.1", "[::1]", bind.lowercased()]
        if bind == "0.0.0.0" {
            names.formUnion(Self.interfaceAddresses())
            let host = ProcessInfo.processInfo.hostName.lowercased()
            if !host.isEmpty { names.formUnion([host, host + ".local"]) }
        }
        self.names = names
        self.port = port
    }

    /// Whether a request with this `Host` header may be answered: a known name, with no
    /// port or the one served on. HTTP/1.1 requires the header, so none is refused too.
    func allows(_ header: String?) -> Bool {
        guard var host = header?.trimmingCharacters(in: .whitespaces).lowercased(), !host.isEmpty else { return false }
        var givenPort: Substring?
        if host.hasPrefix("[") {
            guard let end = host.firstIndex(of: "]") else { return false }
            let rest = host[host.index(after: end)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return false }
                givenPort = rest.dropFirst()
            }
            host = String(host[...end])
        } else if let colon = host.lastIndex(of: ":") {
            givenPort = host[host.index(after: colon)...]
            host = String(host[..<colon])
        }
        if let givenPort, UInt16(givenPort) != port { return false }
        if host.hasSuffix(".") { host.removeLast() }
        return names.contains(host)
    }

    /// The IPv4 addresses of this computer's interfaces.
    private static func interfaceAddresses() -> Set<String> {
        var addresses: Set<String> = []
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return addresses }
        defer { freeifaddrs(list) }
        for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &name, socklen_t(name.count), nil, 0, NI_NUMERICHOST) == 0 {
                addresses.insert(String(cString: name))
            }
        }
        return addresses
    }
}
