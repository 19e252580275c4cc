/// The words of the strings file a filter's pages use.
extension Filter {
    /// The index's title.
    var titleKey: String { indexKind + "_title" }
    /// The label of one group: "Country", "Status", "Tag".
    var labelKey: String { self == .status ? "current_status" : groupKind }
}

extension SiteContexts {
    /// A group's name as pages show it: a status by its label, countries and tags as written.
    func name(of group: CaseGroups.Group, in filter: Filter) -> String {
        guard filter == .status, let status = CaseStatus(rawValue: group.slug) else { return group.name }
        return strings.label(status: status)
    }

    /// A group as indexes and the home page list it.
    func groupEntry(_ group: CaseGroups.Group, in filter: Filter) -> TemplateContext {
        TemplateContext {
            $0.set("name", name(of: group, in: filter))
            $0.set("slug", group.slug)
            $0.set("url", link: filter.url(of: group, paths))
            $0.set("count", group.cases.count)
            $0.set("count_text", strings.count("cases_count", group.cases.count))
        }
    }

    /// `/countries/`, `/status/`, `/tags/`.
    func filterIndexPage(_ filter: Filter) -> TemplateContext {
        let groups = filter.groups(site.groups)
        // The statuses are few and always the same: their index says how many cases it sorts.
        let described = filter == .status ? site.cases.count : groups.count
        var context = common(
            kind: filter.indexKind, navKey: "cases", title: strings.word(filter.titleKey),
            description: description(listing: filter.indexKind + "_description", described), url: filter.indexURL(paths))
        context.set("label", strings.word(filter.labelKey))
        context.set("groups", list: groups.map { groupEntry($0, in: filter) })
        return context
    }

    /// `/countries/<slug>/`, `/status/<status>/`, `/tags/<slug>/`: the group's cases, by name.
    func filterGroupPage(_ filter: Filter, _ index: Int) -> TemplateContext {
        let group = filter.groups(site.groups)[index]
        let title = name(of: group, in: filter)
        var context = common(
            kind: filter.groupKind, navKey: "cases", title: title,
            description: "\(strings.word(filter.labelKey)): \(title) · \(strings.count("cases_count", group.cases.count))",
            url: filter.url(of: group, paths))
        context.merge(groupEntry(group, in: filter))
        context.set("label", strings.word(filter.labelKey))
        context.set("index_title", strings.word(filter.titleKey))
        context.set("index_url", link: filter.indexURL(paths))
        context.set("held_count", group.cases.filter { site.cases[$0].status.isHeld }.count)
        context.set("cases", list: group.cases.map { caseSummaries[$0] })
        return context
    }
}
