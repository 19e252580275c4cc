/// What `dossier check` found: every problem, and what a normal build leaves out.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var withheld: [Site.Withheld]

    public init(diagnostics: [Diagnostic], withheld: [Site.Withheld]) {
        self.diagnostics = diagnostics
        self.withheld = withheld
    }

    /// Warnings alone pass: a script can publish when this is 0.
    public var exitCode: Int32 { diagnostics.hasErrors ? 1 : 0 }
}
