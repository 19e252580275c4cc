/// Where the offline copy is published (`download/<site>-offline.zip`) and its SHA-256 beside
/// it, and how the copy links to the two: it does not hold itself, so its pages name them at
/// the site's full address.
struct OfflineCopyLinks: Sendable {
    let zip: String
    let checksum: String
    /// Path → full address, for `LinkStyle.elsewhere`.
    let elsewhere: [String: String]

    init?(_ config: SiteConfig) {
        guard let zip = config.offlineCopyPath else { return nil }
        self.zip = zip
        checksum = zip + ".sha256"
        elsewhere = [zip: config.baseURL.absolute(zip), checksum: config.baseURL.absolute(checksum)]
    }
}
