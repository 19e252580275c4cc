import Foundation
import Synchronization
import Testing

@testable import DossierServe

/// The preview's HTTP server against clients that no browser is: each test opens raw
/// sockets to a server on a free port, sends what a hostile or broken client sends, and
/// checks the answer, its time, and that a normal client is still answered.
@Suite struct HTTPServerTests {
    @Test func aLongRequestLineIsAnswered414BeforeItEnds() async throws {
        try await withServer { port in
            let client = try RawClient(port: port)
            let (answer, took) = await client.exchange("GET /" + String(repeating: "a", count: 64 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(answer?.status == 414)
            #expect(took < .seconds(1))
            #expect(await client.isClosed(within: .seconds(2)))
            try await expectNormalClientAnswered(port)
        }
    }

    @Test func largeHeadersAreAnswered431() async throws {
        try await withServer { port in
            // One long header line, and many short ones of 64 KB in all.
            let long = try RawClient(port: port)
            await long.send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Long: " + String(repeating: "a", count: 64 * 1024) + "\r\n\r\n")
            #expect(await long.answer()?.status == 431)
            let many = try RawClient(port: port)
            await many.send(
                "GET / HTTP/1.1\r\nHost: localhost\r\n" + String(repeating: "X-Short: " + String(repeating: "b", count: 50) + "\r\n", count: 1100)
                    + "\r\n")
            #expect(await many.answer()?.status == 431)
            try await expectNormalClientAnswered(port)
        }
    }

    @Test(arguments: [
        "GARBAGE\r\n\r\n", "GET /\r\nHost: localhost\r\n\r\n", "GET  / HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET cases HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET / HTTP/1.1\r\nHost : localhost\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\n folded\r\n\r\n", "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: evil.example\r\nHost: localhost\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n",
    ])
    func aMalformedRequestIsAnswered400AndClosed(_ request: String) async throws {
        try await withServer { port in
            let client = try RawClient(port: port)
            await client.send(request)
            let answer = try #require(await client.answer(timeout: .seconds(2)), "no answer to \(request.debugDescription)")
            #expect(answer.status == 400, "\(request.debugDescription)")
            #expect(answer.headers["connection"] == "close")
            #expect(await client.isClosed(within: .seconds(2)))
        }
    }

    @Test func otherMethodsAre405AndBodiesAreRefused() async throws {
        try await withServer { port in
            let post = try RawClient(port: port)
            await post.send("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello")
            let refused = try #require(await post.answer())
            #expect(refused.status == 405 && refused.headers["allow"] == "GET, HEAD")
            let body = try RawClient(port: port)
            await body.send("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello")
            #expect(await body.answer()?.status == 413)
            let future = try RawClient(port: port)
            await future.send("GET / HTTP/2.0\r\nHost: localhost\r\n\r\n")
            #expect(await future.answer()?.status == 505)
        }
    }

    @Test func headSendsTheHeadersOfGetAndNoBody() async throws {
        try await withServer { port in
            let client = try RawClient(port: port)
            await client.send("HEAD /page HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let answer = try #require(await client.answer())
            #expect(answer.status == 200)
            #expect(answer.headers["content-length"] == String("served /page".utf8.count))
            #expect(answer.body.isEmpty && answer.extra == 0)
        }
    }

    @Test func aConnectionIsKeptAliveUntilTheClientClosesIt() async throws {
        try await withServer { port in
            let client = try RawClient(port: port)
            // Two requests sent at once (pipelined), then a third that closes.
            await client.send("GET /one HTTP/1.1\r\nHost: localhost\r\n\r\nGET /two HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(await client.answer().map { String(decoding: $0.body, as: UTF8.self) } == "served /one")
            let second = try #require(await client.answer())
            #expect(String(decoding: second.body, as: UTF8.self) == "served /two" && second.headers["connection"] == "keep-alive")
            await client.send("GET /three?after=2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let third = try #require(await client.answer())
            #expect(String(decoding: third.body, as: UTF8.self) == "served /three after 2" && third.headers["connection"] == "close")
            #expect(await client.isClosed(within: .seconds(2)))
        }
    }

    @Test func aHeadThatNeverEndsIsAnswered408AtTheHeaderTimeout() async throws {
        var limits = ServerLimits()
        limits.headerTimeout = .milliseconds(300)
        try await withServer(limits: limits) { port in
            let slow = try RawClient(port: port)
            let normal = try RawClient(port: port)
            // All on one Dispatch thread, so that the times are the server's.
            let (answer, normalAnswer, waited) = await RawClient.offPool {
                let started = ContinuousClock.now
                slow.sendNow("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
                for _ in 0..<3 {
                    Thread.sleep(forTimeInterval: 0.06)
                    slow.sendNow("a")
                }
                normal.sendNow("GET /normal HTTP/1.1\r\nHost: localhost\r\n\r\n")
                let normalAnswer = normal.answerNow(timeout: .seconds(1))
                let answer = slow.answerNow(timeout: .seconds(3))
                return (answer, normalAnswer, (answer?.received ?? .now) - started)
            }
            #expect(normalAnswer?.status == 200, "a normal client was not answered within a second")
            #expect(answer?.status == 408)
            #expect(waited >= .milliseconds(300) && waited < .seconds(2))
            #expect(await slow.isClosed(within: .seconds(2)))
            // A connection that sends nothing at all is closed then too, without a word.
            let silent = try RawClient(port: port)
            #expect(await silent.isClosed(within: .seconds(2)))
        }
    }

    @Test func pastTheCapTheOldestIdleConnectionsAreClosedAndANewClientIsAnswered() async throws {
        var limits = ServerLimits()
        limits.connections = ServerLimits.fewestConnections
        try await withServer(limits: limits) { port in
            var idle: [RawClient] = []
            for _ in 0..<20 {
                idle.append(try RawClient(port: port))
                // In order, so that "oldest" means the first opened.
                try await Task.sleep(for: .milliseconds(5))
            }
            try await expectNormalClientAnswered(port)
            var closed = 0
            for client in idle.prefix(10) where await client.isClosed(within: .milliseconds(500)) { closed += 1 }
            #expect(closed == 10, "the ten oldest idle connections should have been closed to make room")
            #expect(await !idle.last!.isClosed(within: .milliseconds(100)))
        }
    }

    @Test func runningOutOfDescriptorsDelaysAcceptingAndIsSaidOnce() async throws {
        // accept(2) fails as with EMFILE five times, then works.
        let failures = Mutex(5)
        let accept: HTTPServer.Acceptor = { listening in
            let fails = failures.withLock { left in
                defer { left -= 1 }
                return left > 0
            }
            return fails ? .failed(errno: EMFILE) : SocketCalls.accept(listening)
        }
        let warnings = Mutex<[String]>([])
        let warn: @Sendable (String) -> Void = { message in warnings.withLock { $0.append(message) } }
        try await withServer(accept: accept, warn: warn) { port in
            // Five waits of 10, 20, 40, 80 and 160 ms before the connection is taken.
            let took = try await expectNormalClientAnswered(port, within: .seconds(2))
            #expect(took >= .milliseconds(300))
            try await expectNormalClientAnswered(port)
        }
        #expect(failures.withLock { $0 } < 0)
        let said = warnings.withLock { $0 }
        #expect(said.count == 1)
        #expect(said.first?.contains("Too many open files") == true)
    }

    @Test func theBackoffDoublesUpToASecondAndStartsAgainAfterASuccess() {
        var backoff = AcceptBackoff()
        var waits: [Duration] = []
        var warnings = 0
        for _ in 0..<9 {
            let (wait, warns) = backoff.failed()
            waits.append(wait)
            if warns { warnings += 1 }
        }
        #expect(waits == [10, 20, 40, 80, 160, 320, 640, 1000, 1000].map { .milliseconds($0) })
        #expect(warnings == 1)
        backoff.succeeded()
        #expect(backoff.failed() == (.milliseconds(10), false))
    }
}

extension HTTPServerTests {
    /// A server on a free port whose handler answers `served <path>` (and ` after <n>` for
    /// `?after=n`), stopped after `body` whatever it throws.
    private func withServer(
        limits: ServerLimits = .standard, accept: @escaping HTTPServer.Acceptor = SocketCalls.accept,
        warn: @escaping @Sendable (String) -> Void = { _ in }, _ body: (UInt16) async throws -> Void
    ) async throws {
        let server = try HTTPServer(host: "127.0.0.1", port: 0, limits: limits, accept: accept, warn: warn) { request in
            let after = request.queryValue("after").map { " after \($0)" } ?? ""
            return HTTPResponse(.ok, headers: [("Content-Type", "text/plain")], body: Data("served \(request.path)\(after)".utf8))
        }
        server.start()
        do {
            try await body(server.port)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// How long the answer took, from the send (the connection is made just before).
    @discardableResult
    private func expectNormalClientAnswered(
        _ port: UInt16, within limit: Duration = .seconds(1), sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Duration {
        let client = try RawClient(port: port)
        let (answer, took) = await client.exchange("GET /normal HTTP/1.1\r\nHost: localhost\r\n\r\n", timeout: limit)
        #expect(answer?.status == 200, "a normal client was not answered within \(limit)", sourceLocation: sourceLocation)
        return took
    }
}
