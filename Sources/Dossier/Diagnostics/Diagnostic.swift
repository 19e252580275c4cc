/// One problem found in a site: where, how bad, what is wrong and how to fix it.
///
/// Diagnostics are values: every stage returns the ones it found, the build collects all of
/// them, and only the edge of the program prints them.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    /// Absent only for problems that belong to no file (an unusable output folder).
    public var location: SourceLocation?
    public var message: String
    /// What to do about it, printed as a `note:` line: "did you mean 'detained'?".
    public var fix: String?

    public init(_ severity: Severity, at location: SourceLocation?, _ message: String, fix: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
    }

    public static func error(at location: SourceLocation?, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, fix: fix)
    }

    public static func warning(at location: SourceLocation?, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, fix: fix)
    }
}

extension Diagnostic: Comparable {
    /// File order, then line and column, so a volunteer reads a file's problems top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (let l?, let r?) where l != r: return l < r
        default: return (lhs.severity, lhs.message) < (rhs.severity, rhs.message)
        }
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
}

/// A stage that stops at a problem (a file that cannot be read) returns it as a `Result`.
extension Diagnostic: Error {}
