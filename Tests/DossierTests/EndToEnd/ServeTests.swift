import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `dossier serve` as a volunteer uses it: the binary on a free loopback port, a page fetched,
/// a case file edited and the change seen with its reload event, an error shown in place of
/// the page and gone once fixed, and Ctrl-C stopping it. Every wait is bounded.
@Suite(.serialized) struct ServeTests {
    @Test(.timeLimit(.minutes(1))) func aSavedChangeIsServedAndAnErrorIsShownUntilFixed() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let server = try ServedSite(arguments: ["serve", "--source", scratch.url.path, "--port", "0", "--as-of", "2025-06-30"])
        defer { server.kill() }
        let base = try await server.address()
        #expect(base.host == "127.0.0.1")

        let page = base.appending(path: "cases/ana-example/")
        var (status, html) = try await get(page)
        #expect(status == 200)
        #expect(html.contains("<h1>Ana Example</h1>"))
        #expect(html.contains("/__dossier/changes"), "the served page has no reload script")
        let version = try #require(Int(try await get(changes(base, after: -1)).body))

        // An edit: the waiting reload request answers with a new version, and the page has it.
        let caseFile = scratch.url.appending(path: "content/cases/ana-example.md")
        let original = try String(contentsOf: caseFile, encoding: .utf8)
        async let reload = get(changes(base, after: version))
        try await Task.sleep(for: .milliseconds(200))
        try original.replacingOccurrences(of: "editor of Example Live", with: "editor of the LIVE EDIT")
            .write(to: caseFile, atomically: true, encoding: .utf8)
        let edited = try #require(Int(try await reload.body))
        #expect(edited > version)
        (status, html) = try await get(page)
        #expect(html.contains("editor of the LIVE EDIT"))

        // A mistake: every page explains it, with file and line, until it is fixed.
        try original.replacingOccurrences(of: "status: imprisoned", with: "status: imprisonned")
            .write(to: caseFile, atomically: true, encoding: .utf8)
        let broken = try #require(Int(try await get(changes(base, after: edited)).body))
        #expect(broken > edited)
        (status, html) = try await get(page)
        #expect(status == 500)
        #expect(html.contains("content/cases/ana-example.md:6:9"))
        #expect(html.contains("unknown status"))
        #expect(html.contains("/__dossier/changes"))

        try original.write(to: caseFile, atomically: true, encoding: .utf8)
        _ = try await get(changes(base, after: broken))
        (status, html) = try await get(page)
        #expect(status == 200)
        #expect(html.contains("editor of Example Live"))

        // Nothing was written to disk, and Ctrl-C ends the server cleanly.
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appending(path: "public").path))
        #expect(try await server.interrupt() == 0)
        await #expect(throws: (any Error).self) { _ = try await get(page) }
    }

    @Test(.timeLimit(.minutes(1))) func draftsAreShownUnderABannerOnlyWhenAskedFor() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let server = try ServedSite(arguments: ["serve", "--source", scratch.url.path, "--port", "0", "--as-of", "2025-02-01", "--drafts"])
        defer { server.kill() }
        let base = try await server.address()
        let draft = try await get(base.appending(path: "cases/cyrus-draft/"))
        #expect(draft.status == 200)
        #expect(draft.body.contains("Draft: not on the published site"))
        let embargoed = try await get(base.appending(path: "statements/2025-03-01-embargoed-appeal/"))
        #expect(embargoed.body.contains("Under embargo until"))
        let published = try await get(base.appending(path: "cases/ana-example/"))
        #expect(!published.body.contains("role=\"note\""))
        #expect(try await server.interrupt() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func onlyRequestsForTheAddressItServesAreAnswered() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let server = try ServedSite(arguments: ["serve", "--source", scratch.url.path, "--port", "0", "--as-of", "2025-06-30", "--drafts"])
        defer { server.kill() }
        let base = try await server.address()
        let port = try #require(base.port)
        // What a browser sends for a page of another site whose name now points here.
        let rebound = try RawHTTP.get("/cases/cyrus-draft/", host: "evil.example:\(port)", port: port)
        #expect(rebound.hasPrefix("HTTP/1.1 403"))
        #expect(!rebound.contains("Cyrus"))
        let local = try RawHTTP.get("/cases/cyrus-draft/", host: "localhost:\(port)", port: port)
        #expect(local.hasPrefix("HTTP/1.1 200"))
        #expect(local.contains("Cyrus"))
        #expect(try RawHTTP.get("/", host: "127.0.0.1:\(port)", port: port).hasPrefix("HTTP/1.1 200"))
        #expect(try await server.interrupt() == 0)
    }

    /// inotify watches a folder's inode, not its name: a `content/` put back by a sync tool
    /// or by hand (`mv content content.old && cp -r content.old content`) is another folder,
    /// which must be watched as the first was.
    @Test(.timeLimit(.minutes(1))) func aContentFolderMovedAwayAndCopiedBackIsStillWatched() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let server = try ServedSite(arguments: ["serve", "--source", scratch.url.path, "--port", "0", "--as-of", "2025-06-30"])
        defer { server.kill() }
        let page = try await server.address().appending(path: "cases/ana-example/")
        #expect(try await get(page).body.contains("editor of Example Live"))

        let content = scratch.url.appending(path: "content")
        let moved = scratch.url.appending(path: "content.old")
        try FileManager.default.moveItem(at: content, to: moved)
        try FileManager.default.copyItem(at: moved, to: content)
        // Only a save into the copy: one into the old folder would rebuild from the copy too.
        try await Task.sleep(for: .milliseconds(300))
        try edit(content.appending(path: "cases/ana-example.md"), "editor of Example Live", "editor of the COPY")
        #expect(try await eventually(page, contains: "editor of the COPY"), "a save into the copied-back content/ was not seen")
        #expect(try await server.interrupt() == 0)
    }

    @Test(.timeLimit(.minutes(1))) func aTemplatesFolderMadeAfterTheStartIsWatched() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let templates = scratch.url.appending(path: "templates")
        #expect(!FileManager.default.fileExists(atPath: templates.path), "the fixture should have no templates/ of its own")
        let server = try ServedSite(arguments: ["serve", "--source", scratch.url.path, "--port", "0", "--as-of", "2025-06-30"])
        defer { server.kill() }
        let stylesheet = try await server.address().appending(path: "assets/dossier.css")
        #expect(try await get(stylesheet).status == 200)

        // The folders first, the file a moment later: a new folder is watched as soon as it
        // is seen, and a file made in it before that is found when it is.
        try FileManager.default.createDirectory(at: templates.appending(path: "assets"), withIntermediateDirectories: true)
        try await Task.sleep(for: .milliseconds(300))
        try "/* the site's own stylesheet */\n".write(to: templates.appending(path: "assets/dossier.css"), atomically: true, encoding: .utf8)
        #expect(try await eventually(stylesheet, contains: "the site's own stylesheet"), "a template in a new templates/ was not seen")

        // And a later save in it.
        try "/* saved again */\n".write(to: templates.appending(path: "assets/dossier.css"), atomically: true, encoding: .utf8)
        #expect(try await eventually(stylesheet, contains: "saved again"))
        #expect(try await server.interrupt() == 0)
    }

    /// Descriptors that run out must not stop the server for good, whoever took them: here
    /// bash leaves the binary 80 of its 128 open, and reload requests, which wait for the next
    /// build and which no shortage may close, take the rest. accept(2) fails with EMFILE until
    /// a save answers them; the server says so once, and then accepts again.
    @Test(.timeLimit(.minutes(1))) func runningOutOfDescriptorsIsSaidOnceAndAcceptingGoesOnAfter() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let server = try ServedSite(
            arguments: ["serve", "--source", scratch.url.path, "--port", "0", "--as-of", "2025-06-30"], descriptors: (limit: 128, heldOpen: 80))
        defer { server.kill() }
        let base = try await server.address()
        let port = try #require(base.port.map(UInt16.init))
        let version = try #require(Int(try await get(changes(base, after: -1)).body))
        func reload(after version: Int) -> String {
            "GET /__dossier/changes?after=\(version) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n"
        }

        var waiting: [RawClient] = []
        for _ in 0..<60 {
            let client = try RawClient(port: port)
            await client.send(reload(after: version))
            waiting.append(client)
        }
        for _ in 0..<50 where server.errorLines(containing: "cannot accept").isEmpty { try await Task.sleep(for: .milliseconds(100)) }
        #expect(
            server.errorLines(containing: "cannot accept").first?.contains("Too many open files") == true,
            "standard error: \(server.errorLines(containing: "").joined(separator: "\n"))")
        let late = try RawClient(port: port)
        await late.send(reload(after: -1))
        #expect(await late.answer(timeout: .milliseconds(300)) == nil, "descriptors should have run out")

        // A save answers the waiting requests; their connections, idle then, make room.
        try edit(scratch.url.appending(path: "content/cases/ana-example.md"), "editor of Example Live", "editor of the SAVE")
        #expect(await late.answer(timeout: .seconds(5))?.status == 200, "accepting did not resume once descriptors were free")
        let next = try RawClient(port: port)
        await next.send(reload(after: -1))
        #expect(await next.answer(timeout: .seconds(1))?.status == 200)
        #expect(server.errorLines(containing: "cannot accept").count == 1)
        #expect(try await server.interrupt() == 0)
        _ = waiting
    }

    @Test func theBuiltSiteHasNoReloadScript() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        for (path, data) in FolderSnapshot(output).files {
            #expect(data.range(of: Data("__dossier".utf8)) == nil, "\(path) has the preview's script")
        }
    }

    private func changes(_ base: URL, after version: Int) -> URL {
        base.appending(path: "__dossier/changes").appending(queryItems: [URLQueryItem(name: "after", value: String(version))])
    }

    private func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    /// Whether `url` is served with `text` within 10 seconds: a rebuild takes a moment.
    private func eventually(_ url: URL, contains text: String) async throws -> Bool {
        for _ in 0..<100 {
            if try await get(url).body.contains(text) { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    private func get(_ url: URL) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: url)
        request.timeoutInterval = 20
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}

/// One HTTP/1.1 request over a plain socket, with a `Host` header of the test's choosing
/// (URLSession sets its own); the whole answer, read until the server closes.
private enum RawHTTP {
    static func get(_ path: String, host: String, port: Int) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw CocoaError(.fileReadUnknown) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw CocoaError(.fileReadUnknown) }
        let request = "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            answer.append(contentsOf: buffer[..<count])
        }
        return String(decoding: answer, as: UTF8.self)
    }
}

/// The `dossier` binary beside the test bundle, serving; its standard output is kept to read
/// the address it serves at.
private final class ServedSite: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var output = ""

    private var errors = ""

    /// `descriptors`: the binary runs with at most `limit` open files, `heldOpen` of them
    /// taken before it starts (by bash, which leaves them open across exec), as a build or a
    /// parent process could take them.
    init(arguments: [String], descriptors: (limit: Int, heldOpen: Int)? = nil) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "dossier")
        if let descriptors {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            let script = """
                ulimit -n \(descriptors.limit) || exit 97
                for ((fd = 10; fd < \(10 + descriptors.heldOpen); fd++)); do eval "exec $fd</dev/null"; done
                exec "$0" "$@"
                """
            process.arguments = ["-c", script, binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.lock.withLock { self?.output += text }
        }
        let errorPipe = Pipe()
        process.standardError = errorPipe
        errorPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.lock.withLock { self?.errors += text }
        }
        try process.run()
    }

    /// The lines of its standard error so far that contain `text`.
    func errorLines(containing text: String) -> [Substring] {
        lock.withLock { errors }.split(separator: "\n").filter { $0.contains(text) }
    }

    /// The address from "Serving at …", within 30 seconds.
    func address() async throws -> URL {
        for _ in 0..<300 {
            let text = lock.withLock { output }
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Serving at ") }),
                let url = URL(string: String(line.dropFirst("Serving at ".count).prefix { $0 != " " }))
            {
                return url
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no address after 30 s: \(lock.withLock { output })"])
    }

    /// Ctrl-C; the exit status, within 10 seconds.
    func interrupt() async throws -> Int32 {
        process.interrupt()
        for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        return process.isRunning ? -1 : process.terminationStatus
    }

    func kill() {
        if process.isRunning { process.terminate() }
    }
}
