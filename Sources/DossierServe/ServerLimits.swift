/// How much one client may ask of the preview server. Each limit exists because a single
/// client, hostile or broken, could otherwise keep the preview from everyone else: a volunteer
/// with `--bind 0.0.0.0` is reachable by anything on the café's network.
struct ServerLimits: Sendable {
    /// The longest request line: nginx's 8 KB (`large_client_header_buffers`). A dossier URL
    /// is a few dozen bytes; anything longer is answered 414 as soon as it passes the limit,
    /// without waiting for the rest.
    static let requestLine = 8 * 1024
    /// The longest header line, nginx's 8 KB again; past it, 431 at once.
    static let headerLine = 8 * 1024
    /// The whole head, as nginx's four 8 KB buffers: room for a browser's cookies for
    /// `localhost`, which every local program shares, and no more.
    static let head = 32 * 1024
    /// More header lines than any browser sends; 431 past it.
    static let headerCount = 100

    /// From a connection's first byte (or its opening) to the end of the head: a slowloris
    /// client, which sends a byte every few seconds, is answered 408 and closed then.
    var headerTimeout: Duration = .seconds(10)
    /// How long a connection may wait, between two requests, for the next one. Browsers keep
    /// a few open for reuse; a limit closes those of a browser that went away.
    var idleTimeout: Duration = .seconds(60)
    /// After an error answer the server reads and drops what the client still sends, for so
    /// long at most, before it closes: closing with unread bytes resets the connection, and a
    /// reset can destroy the answer before the client reads it.
    var lingerTimeout: Duration = .seconds(1)
    /// When descriptors run out, how long a connection must have waited for its client before
    /// it is closed to make room: long enough for a new connection's request to come, short
    /// beside the seconds a browser keeps an unused connection open.
    var shortestIdleBeforeEviction: Duration = .seconds(1)
    /// Open connections at most, below the process's descriptors (see `connectionCap`). A
    /// browser uses six per server; past the cap, the connection that waited longest for its
    /// client is closed to make room.
    var connections = 128

    static let standard = ServerLimits()

    /// `connections`, lowered to leave `reservedDescriptors` of the process's limit to the
    /// build (content files, the image cache) and the watcher: descriptors run out for the
    /// build before they do for the server.
    func connectionCap(descriptorLimit: Int) -> Int {
        max(Self.fewestConnections, min(connections, descriptorLimit - Self.reservedDescriptors))
    }

    static let reservedDescriptors = 64
    static let fewestConnections = 8
}
