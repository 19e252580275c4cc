import Foundation

/// What to build, from where, to where, and as of when.
public struct BuildOptions: Sendable {
    /// The folder that holds `content/` and, optionally, `templates/`.
    public var siteFolder: URL
    public var output: URL
    public var clock: BuildClock
    public var includeDrafts: Bool
    /// Replaces `base_url` of `site.yaml` (for a preview on another host).
    public var baseURL: String?

    public init(siteFolder: URL, output: URL? = nil, clock: BuildClock, includeDrafts: Bool = false, baseURL: String? = nil) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.output = (output ?? siteFolder.appending(path: "public", directoryHint: .isDirectory)).standardizedFileURL
        self.clock = clock
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }
}
