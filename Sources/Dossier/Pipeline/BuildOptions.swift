import Foundation

/// What to build, from where, to where, and as of when.
public struct BuildOptions: Sendable {
    /// The folder that holds `content/` and, optionally, `templates/`.
    public var siteFolder: URL
    public var output: URL
    public var clock: BuildClock
    public var includeDrafts: Bool
    /// Statements under embargo too: only for a preview that is never published.
    public var includeEmbargoed = false
    /// Replaces `base_url` of `site.yaml` (for a preview on another host).
    public var baseURL: String?
    /// Told how far the build has come (see `BuildProgress`).
    public var progress: BuildProgress.Handler?
    /// Where processed pictures are kept between builds (see `ImageCache`).
    public var imageCache: URL

    public init(
        siteFolder: URL, output: URL? = nil, clock: BuildClock, includeDrafts: Bool = false, baseURL: String? = nil,
        progress: BuildProgress.Handler? = nil
    ) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.output = (output ?? siteFolder.appending(path: "public", directoryHint: .isDirectory)).standardizedFileURL
        self.clock = clock
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.progress = progress
        self.imageCache = Self.imageCache(of: self.siteFolder)
    }

    /// Where the case pages' QR codes are kept between builds (see `QRCodeCache`): beside
    /// the pictures, so that a build given another cache folder keeps both there.
    public var qrCodeCache: URL {
        imageCache.deletingLastPathComponent().appending(path: "qr-codes", directoryHint: .notDirectory)
    }

    /// `cache/images/` in the site folder, beside `content/`; `dossier new site` keeps it out of git.
    public static func imageCache(of siteFolder: URL) -> URL {
        siteFolder.appending(path: "cache/images", directoryHint: .isDirectory)
    }
}
