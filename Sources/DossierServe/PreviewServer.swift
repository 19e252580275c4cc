import Dossier
import Foundation
import Synchronization

/// `dossier serve`: builds the site in memory, serves it on a port of this machine, and, when
/// anything under `content/` or `templates/` changes, builds again and reloads the open pages.
/// Nothing is written to disk, and the served pages alone carry the reload script.
public final class PreviewServer: Sendable {
    public struct Options: Sendable {
        public var siteFolder: URL
        /// `127.0.0.1` unless the volunteer asks for more (`--bind 0.0.0.0` for a phone).
        public var host: String
        /// 0 asks the system for a free port (tests).
        public var port: UInt16
        /// Asked at every build: a preview left running past midnight counts days to the new
        /// day, and an embargo that ends meanwhile ends in the preview too.
        public var clock: @Sendable () -> BuildClock
        /// Drafts and statements under embargo, each under a banner.
        public var includeDrafts: Bool
        /// What one client may ask of the server; tests shorten its waits.
        var limits = ServerLimits.standard
        /// Takes one waiting connection; tests make it fail as when descriptors run out.
        var accept: HTTPServer.Acceptor = SocketCalls.accept

        public init(
            siteFolder: URL, host: String = "127.0.0.1", port: UInt16 = 1313, clock: @escaping @Sendable () -> BuildClock,
            includeDrafts: Bool = false
        ) {
            self.siteFolder = siteFolder.standardizedFileURL
            self.host = host
            self.port = port
            self.clock = clock
            self.includeDrafts = includeDrafts
        }
    }

    /// One build, as the command line reports it.
    public struct Build: Sendable {
        public var diagnostics: [Diagnostic]
        public var pages: Int?
        public var duration: Duration
        /// Whether the saved files were put in place or the site built again, and why.
        public var outcome: PreviewOutcome
        public var succeeded: Bool { pages != nil }
    }

    private let options: Options
    private let site = LiveSite()
    private let server: HTTPServer
    private let changes: AsyncStream<Void>
    private let signalChange: AsyncStream<Void>.Continuation
    private let watcher: FolderWatcher
    /// The paths saved since the last build began.
    private let saved = SavedPaths()
    private let onBuild: @Sendable (Build) -> Void
    /// What the last build read and parsed, and the site it made: after one saved file, only
    /// that file is read again, and put in place when it changes nothing else.
    private let session = PreviewSession()
    /// The names requests may be addressed to, known once the port is.
    private let hosts = AllowedHosts()

    /// Listens at once, so that a port in use is an error here. `onWarning`: what the server
    /// has to say that is no build's, such as descriptors running out.
    public init(
        options: Options, onWarning: @escaping @Sendable (String) -> Void = { _ in }, onBuild: @escaping @Sendable (Build) -> Void
    ) throws {
        self.options = options
        self.onBuild = onBuild
        let (site, hosts) = (site, hosts)
        server = try HTTPServer(
            host: options.host, port: options.port, limits: options.limits, accept: options.accept, warn: onWarning,
            handler: { request in await Self.answer(request, site: site, hosts: hosts) })
        // Saves that come while a build runs make one more build, not one each.
        (changes, signalChange) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let signal = signalChange
        let saved = saved
        watcher = FolderWatcher(
            folders: ["content", "templates"].map { options.siteFolder.appending(path: $0, directoryHint: .isDirectory) },
            onChange: { paths in
                saved.add(paths)
                signal.yield()
            })
    }

    /// Serves until `stop()`; returns the address once the first build is in place.
    public func start() async -> URL {
        hosts.set(HostCheck(bind: options.host, port: server.port))
        let address = URL(string: "http://\(options.host == "0.0.0.0" ? "localhost" : options.host):\(server.port)/")!
        server.start()
        // Before the first build, so that a file saved while it runs builds again.
        watcher.start()
        await build(baseURL: address.absoluteString, changed: nil)
        let changes = self.changes
        let saved = self.saved
        Task {
            for await _ in changes { await self.build(baseURL: address.absoluteString, changed: saved.take()) }
        }
        return address
    }

    public func stop() async {
        watcher.stop()
        signalChange.finish()
        await server.stop()
    }

    /// One request's answer. The host is checked before anything else: a request for another
    /// name is refused whatever it asks for.
    private static func answer(_ request: HTTPRequest, site: LiveSite, hosts: AllowedHosts) async -> HTTPResponse {
        guard hosts.allows(request.values(of: "host").first) else {
            return .refusal(.forbidden, "This preview answers only requests to localhost, 127.0.0.1 or the address it serves on.")
        }
        if request.path == PreviewMarkup.changesPath, !request.isHead {
            let known = Int(request.queryValue("after") ?? "") ?? -1
            let version = await site.version(after: known, timeout: .seconds(10))
            return HTTPResponse(.ok, headers: [("Content-Type", "text/plain"), ("Cache-Control", "no-store")], body: Data(String(version).utf8))
        }
        let served = await site.file(at: request.path)
        var headers = [(name: "Content-Type", value: served.contentType), ("Cache-Control", "no-store")]
        if let location = served.location { headers.append(("Location", location)) }
        return HTTPResponse(HTTPStatus(rawValue: served.status) ?? .internalServerError, headers: headers, body: served.body)
    }

    /// Builds on a thread of its own: a build keeps a core busy, and the server's tasks must
    /// go on answering meanwhile.
    private func build(baseURL: String, changed: Set<String>?) async {
        var options = BuildOptions(
            siteFolder: self.options.siteFolder, clock: self.options.clock(),
            includeDrafts: self.options.includeDrafts, baseURL: baseURL)
        options.includeEmbargoed = self.options.includeDrafts
        let buildOptions = options
        let session = self.session
        let started = ContinuousClock.now
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: SiteBuilder(options: buildOptions).preview(changed: changed, in: session))
            }
        }
        let duration = ContinuousClock.now - started
        let diagnostics = result.diagnostics
        if let files = result.files, let site = result.site {
            var banners: [String: String] = [:]
            for page in site.previewOnlyPages {
                switch page.reason {
                case .draft: banners[page.file] = "Draft: not on the published site until 'draft: true' is removed"
                case .embargoed(let until): banners[page.file] = "Under embargo until \(until.written): not on the published site before then"
                }
            }
            // Put in place, the site has the same files, whose contents are made when asked for.
            await self.site.show(files, banners: banners, sameFiles: result.outcome == .inPlace)
            onBuild(Build(diagnostics: diagnostics, pages: files.filter(\.isPage).count, duration: duration, outcome: result.outcome))
        } else {
            await self.site.show(failure: diagnostics)
            onBuild(Build(diagnostics: diagnostics, pages: nil, duration: duration, outcome: result.outcome))
        }
    }
}

/// The paths the watcher reported since the last build took them; `nil` when it could not
/// tell which (polling, or too many events), which makes the next build a whole one.
private final class SavedPaths: Sendable {
    private let paths = Mutex<Set<String>?>([])

    func add(_ more: Set<String>?) {
        paths.withLock { paths in
            if let more, let known = paths { paths = known.union(more) } else { paths = nil }
        }
    }

    func take() -> Set<String>? {
        paths.withLock { paths in
            defer { paths = [] }
            return paths
        }
    }
}

/// The `HostCheck` of the port the server listens on; until then, every request is refused.
private final class AllowedHosts: Sendable {
    private let check = Mutex<HostCheck?>(nil)

    func set(_ check: HostCheck) { self.check.withLock { $0 = check } }

    func allows(_ host: String?) -> Bool { check.withLock { $0?.allows(host) ?? false } }
}
