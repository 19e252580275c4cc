/// The filter pages, which list cases without any JavaScript: `/countries/`, `/status/` and
/// `/tags/`, each an index of its groups, and a page per group.
enum Filter: CaseIterable {
    case country, status, tag

    /// The page kind of the index; a group's page is the same word without the final "s".
    var indexKind: String {
        switch self {
        case .country: "countries"
        case .status: "statuses"
        case .tag: "tags"
        }
    }

    var groupKind: String {
        switch self {
        case .country: "country"
        case .status: "status"
        case .tag: "tag"
        }
    }

    func groups(_ groups: CaseGroups) -> [CaseGroups.Group] {
        switch self {
        case .country: groups.countries
        case .status: groups.statuses
        case .tag: groups.tags
        }
    }

    func indexURL(_ paths: SitePaths) -> String {
        switch self {
        case .country: paths.countries
        case .status: paths.statuses
        case .tag: paths.tags
        }
    }

    func url(of group: CaseGroups.Group, _ paths: SitePaths) -> String {
        switch self {
        case .country: paths.country(group.slug)
        case .status: paths.status(group.slug)
        case .tag: paths.tag(group.slug)
        }
    }

    /// Every page of every filter: each index, then its groups' pages.
    static func pageURLs(_ groups: CaseGroups, _ paths: SitePaths) -> [String] {
        allCases.flatMap { filter in [filter.indexURL(paths)] + filter.groups(groups).map { filter.url(of: $0, paths) } }
    }
}
