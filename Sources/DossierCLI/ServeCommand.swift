import ArgumentParser
import Dossier
import DossierServe
import Foundation
import Synchronization

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser, rebuilt and reloaded on every save.",
        discussion: """
            Builds the site in memory (nothing is written to disk) and serves it at http://127.0.0.1:1313/. Every time a file under content/ or templates/ is saved, the site is built again and the pages open in the browser reload by themselves. When the content has an error, the browser shows it (file, line, what is wrong and how to fix it) in place of the page, and the site comes back as soon as the file is fixed.

            Only this computer can open the preview, unless --bind says otherwise (--bind 0.0.0.0 lets a phone on the same network open it). Press Ctrl-C to stop.

            Examples:
              dossier serve
              dossier serve --drafts              # drafts and embargoed statements too
              dossier serve --port 8080 --source ~/campaign
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/ and optionally templates/.", valueName: "dir"))
    var source: String = "."

    @Option(
        name: .long, help: ArgumentHelp("The port to serve on, from 0 to 65535 (0: any free port).", valueName: "port"),
        transform: ServeCommand.port)
    var port: UInt16 = 1313

    @Option(name: .long, help: ArgumentHelp("The address to serve on; 0.0.0.0 opens the preview to the network.", valueName: "address"))
    var bind: String = "127.0.0.1"

    @Flag(name: .long, help: "Show drafts and statements under embargo, each under a banner.")
    var drafts = false

    @OptionGroup var day: BuildDayOption

    func validate() throws {
        _ = try day.clock()
        let parts = bind.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else {
            throw ValidationError("--bind must be an IPv4 address like 127.0.0.1 or 0.0.0.0, not '\(bind)'")
        }
    }

    /// ArgumentParser alone would call 99999 or -1 only "invalid": say the range, with an example.
    static func port(_ text: String) throws -> UInt16 {
        guard let number = UInt16(text) else {
            throw ValidationError("a port is a whole number from 0 to 65535 (0: any free port), like 8080")
        }
        return number
    }

    func run() async throws {
        // Each build asks the day again (a preview left running past midnight counts the new
        // day); the one checked at start stands in if the clock is set wrong meanwhile.
        let firstClock = try day.clock()
        let options = PreviewServer.Options(
            siteFolder: URL(fileURLWithPath: source, isDirectory: true), host: bind, port: port,
            clock: { [day] in (try? day.clock()) ?? firstClock },
            includeDrafts: drafts)
        let first = OnceFlag()
        let server: PreviewServer
        do {
            server = try PreviewServer(
                options: options, onWarning: { Terminal.printWarning($0) },
                onBuild: { build in
                    Terminal.printDiagnostics(build.diagnostics)
                    let milliseconds = Int(build.duration / .milliseconds(1))
                    let isFirst = first.claim()
                    if let pages = build.pages {
                        switch build.outcome {
                        case _ where isFirst: Terminal.say("Built \(pages) pages in \(milliseconds) ms")
                        case .inPlace: Terminal.say("Updated in place in \(milliseconds) ms")
                        case .rebuilt(let reason): Terminal.say("Rebuilt in \(milliseconds) ms (\(reason))")
                        }
                    } else {
                        let errors = build.diagnostics.errorCount
                        Terminal.printError("\(errors) error\(errors == 1 ? "" : "s") in the content; the browser shows them until they are fixed")
                    }
                })
        } catch {
            Terminal.printError("cannot serve on \(bind):\(port): \(error)\nnote: if another program uses that port, choose another with --port")
            throw ExitCode(1)
        }
        let address = await server.start()
        Terminal.say("Serving at \(address.absoluteString) (Ctrl-C to stop)")

        // Ctrl-C (and a service manager's SIGTERM) stop the server, which closes its port.
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = OnceFlag()
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
                source.setEventHandler { if once.claim() { continuation.resume() } }
                source.resume()
                Signals.keep(source)
            }
        }
        await server.stop()
        Terminal.say("Stopped.")
    }
}

/// True once: the first build is "Built", the next ones are updates; the first of two signals
/// stops the server, the second finds it stopping.
private final class OnceFlag: Sendable {
    private let claimed = Atomic(false)

    func claim() -> Bool {
        !claimed.exchange(true, ordering: .relaxed)
    }
}

/// Signal sources live as long as the process.
private enum Signals {
    nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []
    static func keep(_ source: any DispatchSourceSignal) { sources.append(source) }
}
