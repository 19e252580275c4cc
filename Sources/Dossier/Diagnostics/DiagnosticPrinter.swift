/// Prints diagnostics the way compilers do, so editors and terminals link them to the line:
///
///     content/statements/x.md:7:5: error: unknown signatory 'Human Rights Wacth'
///     content/statements/x.md:7:5: note: did you mean 'Human Rights Watch'?
public struct DiagnosticPrinter: Sendable {
    /// Colour only when writing to a terminal; files and CI logs get plain text.
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map(format).joined()
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let prefix = diagnostic.location.map { "\($0): " } ?? ""
        var text = prefix + paint(diagnostic.severity.rawValue + ":", diagnostic.severity == .error ? "31" : "35")
        text += " " + diagnostic.message + "\n"
        if let fix = diagnostic.fix {
            text += prefix + paint("note:", "36") + " " + fix + "\n"
        }
        return text
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[1;\(code)m\(text)\u{1B}[0m" : text
    }
}
