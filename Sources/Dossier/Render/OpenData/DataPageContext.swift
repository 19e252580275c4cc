/// `/data/`: the open data files, their licence, and every field they hold, from the same
/// column lists the files are written from, so the page cannot fall behind them.
extension SiteContexts {
    func dataPage() -> TemplateContext {
        let data = OpenData(site: site, paths: paths)
        var context = common(
            kind: "data", title: strings.word("data_title"), description: strings.optionalWord("data_description") ?? siteDescription,
            url: paths.data)
        context.set(
            "licence",
            site.config.licence.map { licence in
                TemplateContext {
                    $0.set("name", licence.name)
                    $0.set("url", target: licence.url)
                }
            })
        context.set("as_of", date(PartialDate(site.clock.today)))
        if let offline = OfflineCopyLinks(site.config) {
            context.set(
                "offline",
                TemplateContext {
                    $0.set("zip", link: offline.zip)
                    $0.set("zip_name", String(offline.zip.split(separator: "/").last ?? ""))
                    $0.set("checksum", link: offline.checksum)
                })
        }
        context.set("mirrors", list: site.config.mirrors.map { mirror in TemplateContext { $0.set("url", mirror.url) } })
        // The header lines name the onion address without its final slash, the request's path after it.
        context.set("onion", site.config.mirrors.first(where: \.isOnion).map { String($0.url.dropLast()) })
        let descriptions = strings.table["data_fields"] as? [String: Any] ?? [:]
        func section<Subject>(_ key: String, _ files: [String], _ columns: [DataColumn<Subject>]) -> TemplateContext {
            let described = descriptions[key] as? [String: Any] ?? [:]
            return TemplateContext {
                $0.set("key", key)
                $0.set("title", strings.word("data_\(key)"))
                $0.set(
                    "files",
                    list: files.map { url in
                        TemplateContext {
                            $0.set("url", link: url)
                            $0.set("name", String(url.dropFirst(paths.root.count)))
                        }
                    })
                $0.set(
                    "fields",
                    list: columns.map { column in
                        TemplateContext {
                            $0.set("name", column.name)
                            $0.set("description", described[column.name] as? String)
                            $0.set("json", column.inJSON)
                            $0.set("csv", column.inCSV && files.contains { $0.hasSuffix(".csv") })
                        }
                    })
            }
        }
        context.set(
            "sections",
            list: [
                section("cases", [paths.casesJSON, paths.casesCSV], data.caseColumns),
                section("statements", [paths.statementsJSON], data.statementColumns),
                section("signatories", [paths.signatoriesJSON], data.signatoryColumns),
            ])
        return context
    }
}
