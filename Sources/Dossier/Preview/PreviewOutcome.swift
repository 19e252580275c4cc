/// What a preview did after a save: put the saved files in place, or build the whole site
/// again, and why.
public enum PreviewOutcome: Sendable, Hashable {
    /// The saved files' new values were put in place; only their own pages changed.
    case inPlace
    case rebuilt(RebuildReason)
}

/// Why a preview built the whole site rather than put saved files in place.
public enum RebuildReason: Error, Sendable, Hashable, CustomStringConvertible {
    case firstBuild
    /// The last build had errors, so there is nothing to put a file into.
    case lastBuildFailed
    /// The watcher could not say which files changed (polling, or too many at once).
    case unknownChanges
    /// A new day changes every count of days in detention.
    case newDay
    /// The settings, the theme or a static file changed.
    case notContent(String)
    case addedOrRemoved(String)
    /// What other pages read of the file changed: a name, a slug, a link, a status…
    case outwardChange(String)
    /// The saved file has an error, which a whole build reports with everything else.
    case hasErrors(String)

    public var description: String {
        switch self {
        case .firstBuild: "first build"
        case .lastBuildFailed: "the last build failed"
        case .unknownChanges: "the changed files are not known"
        case .newDay: "a new day"
        case .notContent(let path): "\(path) is not a content file"
        case .addedOrRemoved(let path): "\(path) was added or removed"
        case .outwardChange(let path): "\(path) changed what other pages show of it"
        case .hasErrors(let path): "\(path) has an error"
        }
    }
}

/// The site as a preview shows it after a build or an update in place.
public struct PreviewResult: Sendable {
    /// `nil` when the content has errors.
    public var files: [OutputFile]?
    public var site: Site?
    public var diagnostics: [Diagnostic]
    public var outcome: PreviewOutcome
}
