import Dossier
import Foundation

/// The program's edge: how diagnostics, messages and paths are written to the terminal.
enum Terminal {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(colored: colors(STDERR_FILENO))
        FileHandle.standardError.write(Data(printer.format(diagnostics).utf8))
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static func colors(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var colorsStandardOutput: Bool { colors(STDOUT_FILENO) }

    /// A line on standard output, written at once: `serve` runs for hours, and whoever reads
    /// its output (a person, a script waiting for "Serving at") must see each line as it comes.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    static func printWarning(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// A path relative to the current folder when it is inside it: `public/`.
    static func shortPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) + "/" : path
    }
}
