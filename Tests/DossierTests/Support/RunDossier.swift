import Foundation
import Testing

/// Runs the `dossier` executable beside the tests, as `nobody` when the tests run as root
/// (so that permissions apply), with `folder` handed to that user first. The status of a
/// process killed by a signal is the signal's number.
func runDossier(_ arguments: [String], owning folder: URL, environment: [String: String] = [:]) throws -> (status: Int32, errors: String) {
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
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    process.environment = ["NO_COLOR": "1", "HOME": folder.path, "PATH": "/usr/bin:/bin"].merging(environment) { _, new in new }
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}
