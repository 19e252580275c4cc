import Foundation
import Testing

/// How a run of the `dossier` executable ended.
struct DossierRun {
    /// The exit code, or the signal's number when `signaled`.
    var status: Int32
    /// Whether a signal ended it: a crash (SIGILL, SIGSEGV, SIGTRAP) or a kill.
    var signaled: Bool
    var errors: String
    /// Standard output, where `check` writes its report.
    var output: String
}

/// Runs the `dossier` executable beside the tests, as `nobody` when the tests run as root
/// (so that permissions apply), with `folder` handed to that user first. The status of a
/// process killed by a signal is the signal's number.
func runDossier(_ arguments: [String], owning folder: URL, environment: [String: String] = [:]) throws -> (status: Int32, errors: String) {
    let run = try runDossierProcess(arguments, owning: folder, environment: environment)
    return (run.status, run.errors)
}

/// `runDossier`, telling an exit from a signal.
func runDossierProcess(_ arguments: [String], owning folder: URL, environment: [String: String] = [:]) throws -> DossierRun {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "dossier")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no dossier binary beside the tests")
    let process = Process()
    if geteuid() == 0 {
        let chown = Process()
        chown.executableURL = URL(fileURLWithPath: "/bin/chown")
        chown.arguments = ["-R", "65534:65534", folder.path]
        try chown.run()
        chown.waitUntilExit()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
    } else {
        process.executableURL = binary
        process.arguments = arguments
    }
    let errors = Pipe()
    let output = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.environment = ["NO_COLOR": "1", "HOME": folder.path, "PATH": "/usr/bin:/bin"].merging(environment) { _, new in new }
    try process.run()
    // Both pipes at once, or a full one would stop the process while the other is read.
    nonisolated(unsafe) var printed = Data()
    let done = DispatchSemaphore(value: 0)
    Thread {
        printed = output.fileHandleForReading.readDataToEndOfFile()
        done.signal()
    }.start()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    done.wait()
    process.waitUntilExit()
    return DossierRun(
        status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal, errors: text,
        output: String(decoding: printed, as: UTF8.self))
}
