/// What a build did: the problems it found and, if it wrote the site, how much.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// `nil` when nothing was written.
    public var written: Written?
    public var withheld: [Site.Withheld]
    /// How many pictures were decoded and encoded; the rest came from the image cache.
    public var encodedImages = 0

    public struct Written: Sendable {
        public var pages: Int
        public var files: Int
    }

    public var succeeded: Bool { written != nil }
}
