import Foundation
import Testing

/// Reads a QR code the site draws as a phone would: the SVG drawn by librsvg's
/// `rsvg-convert`, then decoded by zbar's `zbarimg`, neither of which dossier or libqrencode
/// wrote. (libvips could draw it too, but the site turns its SVG loader off, as it should for
/// pictures volunteers upload.)
enum QRReader {
    /// What the code in `svg` reads as; `nil` when zbar finds no code.
    static func read(svg: String) throws -> String? {
        let zbarimg = try #require(tool("zbarimg"), "zbarimg is not installed: run scripts/install-dependencies (it installs zbar-tools)")
        let rsvg = try #require(
            tool("rsvg-convert"), "rsvg-convert is not installed: run scripts/install-dependencies (it installs librsvg2-bin)")
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let source = scratch.url.appending(path: "code.svg")
        let picture = scratch.url.appending(path: "code.png")
        try Data(svg.utf8).write(to: source)
        // Eight pixels a module, as a phone sees a printed code from a hand's length.
        let modules = svg.firstMatch(of: /viewBox="0 0 (\d+) \d+"/).flatMap { Int($0.1) } ?? 45
        _ = try run(rsvg, ["--width", "\(modules * 8)", "--output", picture.path, source.path])
        let read = try run(zbarimg, ["--quiet", "--raw", picture.path]).trimmingCharacters(in: .newlines)
        return read.isEmpty ? nil : read
    }

    /// What `tool` prints on its standard output.
    private static func run(_ tool: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    /// Whether zbar is here to read codes; the tests that read one are skipped without it.
    static let canRead = tool("zbarimg") != nil
    static let cannotRead: Comment = "zbarimg is not installed: run scripts/install-dependencies (it installs zbar-tools)"

    /// `name` from PATH.
    static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appending(path: name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
