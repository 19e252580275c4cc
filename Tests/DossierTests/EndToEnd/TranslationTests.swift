import Dossier
import Foundation
import Testing

/// The bilingual fixture: English, and Russian for one case (partly), a statement, an
/// organization and the about page. What a translation may change, and what it may not.
@Suite struct TranslationTests {
    private func text(_ snapshot: FolderSnapshot, _ path: String) -> String {
        String(decoding: snapshot.files[path] ?? Data(), as: UTF8.self)
    }

    private func builtBilingual() throws -> (TemporaryFolder, FolderSnapshot) {
        let (scratch, output) = try builtCopy(of: "bilingual")
        return (scratch, FolderSnapshot(output))
    }

    /// Journalists' links never break: a campaign that adds a language keeps every file it
    /// had, at the same path, and adds only files under the new prefix.
    @Test func addingALanguageKeepsEveryURLTheSiteHad() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("bilingual"))
        let content = scratch.url.appending(path: "content")
        let (bilingual, bilingualOutput) = build(scratch.url, output: scratch.url.appending(path: "two"))
        try #require(bilingual.succeeded, "\(printed(bilingual.diagnostics))")

        let settings = content.appending(path: "site.yaml")
        let yaml = try String(contentsOf: settings, encoding: .utf8)
        try Data(yaml.split(separator: "\n").prefix { !$0.hasPrefix("translations:") }.joined(separator: "\n").utf8).write(to: settings)
        for (path, _) in FolderSnapshot(content).files where path.hasSuffix(".ru.md") {
            try FileManager.default.removeItem(at: content.appending(path: path))
        }
        let (single, singleOutput) = build(scratch.url, output: scratch.url.appending(path: "one"))
        try #require(single.succeeded, "\(printed(single.diagnostics))")

        let one = FolderSnapshot(singleOutput).files.keys.filter { $0 != ".dossier-manifest" }
        let two = FolderSnapshot(bilingualOutput).files
        for path in one { #expect(two[path] != nil, "/\(path) is gone once the site has a second language") }
        // The new language's pages, and its search index beside the search script.
        let added = Set(two.keys).subtracting(one).filter { $0 != ".dossier-manifest" }
        let index = added.filter { $0.hasPrefix("assets/search/ru/") }
        #expect(
            !added.isEmpty && !index.isEmpty && added.subtracting(index).allSatisfy { $0.hasPrefix("ru/") },
            "\(added.filter { !$0.hasPrefix("ru/") })")
        // Every page of one language is there in the other.
        #expect(
            added.count - index.count
                == one.filter {
                    !$0.hasPrefix("assets/") && !$0.hasPrefix("static/") && !$0.hasPrefix("download/") && $0 != "robots.txt" && $0 != "sitemap.xml"
                }.count)
    }

    @Test func everyPageDeclaresItsVersionsBothWaysAndLinksToThem() throws {
        let (scratch, site) = try builtBilingual()
        defer { scratch.remove() }
        let base = "https://bilingual.example.org/"
        var pages = 0
        // A redirect page (an alias) declares the versions of the page it leads to.
        for path in site.files.keys where path.hasPrefix("ru/") && path.hasSuffix(".html") && !text(site, path).contains("http-equiv=\"refresh\"") {
            let main = String(path.dropFirst(3))
            let mainURL = main.hasSuffix("index.html") ? String(main.dropLast("index.html".count)) : main
            let ruURL = "ru/" + mainURL
            for page in [text(site, path), text(site, main)] {
                #expect(page.contains(#"<link rel="alternate" hreflang="en" href="\#(base + mainURL)">"#), "\(path)")
                #expect(page.contains(#"<link rel="alternate" hreflang="ru" href="\#(base + ruURL)">"#), "\(path)")
                #expect(page.contains(#"<link rel="alternate" hreflang="x-default" href="\#(base + mainURL)">"#), "\(path)")
            }
            // Each page links to its versions relative to itself: up to the site's root, then on;
            // the not-found page, served at any depth, from the host's root.
            let isNotFound = path.hasSuffix("404.html")
            let depth = isNotFound ? "/" : String(repeating: "../", count: path.filter { $0 == "/" }.count)
            let mainDepth = isNotFound ? "/" : String(repeating: "../", count: main.filter { $0 == "/" }.count)
            #expect(text(site, path).contains(#"<a href="\#(depth + mainURL)" hreflang="en" lang="en">English</a>"#), "\(path)")
            #expect(text(site, main).contains(#"<a href="\#(mainDepth + ruURL)" hreflang="ru" lang="ru">Русский</a>"#), "\(main)")
            pages += 1
        }
        #expect(pages > 20)
        let sitemap = text(site, "sitemap.xml")
        #expect(sitemap.contains("<loc>\(base)ru/cases/ana-example/</loc><lastmod>2025-01-10</lastmod>"))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="ru" href="\#(base)ru/cases/ana-example/"/>"#))
    }

    /// Dates, status, counts and addresses are the main file's in every language.
    @Test func aTranslationChangesWordsNeverFacts() throws {
        let (scratch, site) = try builtBilingual()
        defer { scratch.remove() }
        let english = text(site, "cases/ana-example/index.html")
        let russian = text(site, "ru/cases/ana-example/index.html")
        func facts(_ page: String) -> [String] {
            page.matches(of: /datetime="([^"]+)"|badge--([a-z-]+)|id="(timeline-[^"]+)"|class="hashtag">([^<]+)</).map { String($0.output.0) }
        }
        #expect(!facts(english).isEmpty)
        #expect(facts(english) == facts(russian))
        #expect(russian.contains("не менее 516 дней") && english.contains("at least 516 days"))
        #expect(russian.contains("<h1>Ана Экзампл</h1>"))
        #expect(russian.contains(#"<html lang="ru">"#))
        #expect(russian.contains(#"<meta property="og:locale" content="ru_RU">"#))
        #expect(english.contains(#"<meta property="og:locale" content="en_US">"#))
    }

    @Test func whatIsNotTranslatedIsShownFromTheMainFileMarkedWithItsLanguage() throws {
        let (scratch, site) = try builtBilingual()
        defer { scratch.remove() }
        let untranslated = text(site, "ru/statements/2024-05-05-ana-example-transferred/index.html")
        #expect(untranslated.contains(#"<h1 lang="en">Ana Example transferred</h1>"#))
        #expect(untranslated.contains(#"<div class="prose statement__body" lang="en">"#))
        #expect(untranslated.contains(#"<p class="notice notice--untranslated">"#))
        // Partly translated: the missing timeline entry, charge and source come from the main file.
        let partial = text(site, "ru/cases/ana-example/index.html")
        #expect(partial.contains(#"id="timeline-2024-01" lang="en">"#))
        #expect(partial.contains(#"id="timeline-2024-10-10"><a"#))
        #expect(partial.contains(#"<li lang="en"><span class="charges__charge">Defamation</span></li>"#))
        #expect(partial.contains(#"<li lang="en">Court ruling (not published)</li>"#))
        // Fully translated: no notice, no mark.
        let about = text(site, "ru/about/index.html")
        #expect(!about.contains("notice--untranslated"))
        #expect(!about.contains(#"<h1 lang="#) && !about.contains(#"<div class="prose" lang="#))
        #expect(about.contains("<h1>О кампании</h1>"))
        // The main language is never marked.
        for (path, data) in site.files where !path.hasPrefix("ru/") && path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            #expect(!page.contains("notice--untranslated") && !page.contains(#"_lang"#), "\(path)")
        }
    }

    /// A photo's description and credit are words: translated, or marked as the main file's.
    @Test func aPhotosWordsAreTranslatedOrMarked() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("photos"))
        let settings = scratch.url.appending(path: "content/site.yaml")
        try Data((try String(contentsOf: settings, encoding: .utf8) + "translations:\n  kk: {}\n").utf8).write(to: settings)
        try scratch.write(["content/cases/dana-example.kk.md": "---\nphoto_alt: Дана Экзампл далада, күлімдеп тұр\n---\n"])
        let (report, output) = build(scratch.url, output: scratch.url.appending(path: "public"))
        try #require(report.succeeded, "\(printed(report.diagnostics))")
        let page = try String(contentsOf: output.appending(path: "kk/cases/dana-example/index.html"), encoding: .utf8)
        #expect(page.contains(#"height="700" alt="Дана Экзампл далада, күлімдеп тұр">"#))
        #expect(page.contains(#"<figcaption>Фото: <span lang="en">© Family of Dana Example</span></figcaption>"#))
        // The pictures are the site's, once, whatever the language.
        #expect(page.contains(#"<img src="../../../static/images/dana-example-500w.jpg""#))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "kk/static").path))
        let other = try String(contentsOf: output.appending(path: "kk/cases/eli-example/index.html"), encoding: .utf8)
        #expect(other.contains(#" lang="en" alt=""#))
        // `kk: {}`: the site's title and description are the main ones, marked.
        let home = try String(contentsOf: output.appending(path: "kk/index.html"), encoding: .utf8)
        #expect(home.contains(#"<h1 lang="en">Photos of the Fictional</h1>"#))
        #expect(home.contains(#"<div class="intro prose" lang="en">"#))
    }

    /// "By name" means by the names the page shows: Latin letters sort before Cyrillic ones.
    @Test func aTranslatedLanguageListsByItsOwnNames() throws {
        let (scratch, site) = try builtBilingual()
        defer { scratch.remove() }
        func order(_ page: String, _ names: [String]) -> [String] {
            names.sorted { (page.range(of: $0)?.lowerBound ?? page.endIndex) < (page.range(of: $1)?.lowerBound ?? page.endIndex) }
        }
        let english = text(site, "cases/index.html")
        let russian = text(site, "ru/cases/index.html")
        #expect(order(english, [">Ana Example<", ">Bek Example<"]) == [">Ana Example<", ">Bek Example<"])
        #expect(order(russian, [">Ана Экзампл<", ">Bek Example<"]) == [">Bek Example<", ">Ана Экзампл<"])
        let signatories = text(site, "ru/signatories/index.html")
        #expect(
            order(signatories, [">Правозащитный дозор<", ">Rights Observatory Network<", ">Legal Aid Fund<"])
                == [">Legal Aid Fund<", ">Rights Observatory Network<", ">Правозащитный дозор<"])
        // Every link still leads to its own page.
        #expect(russian.contains(#"<a href="../../ru/cases/ana-example/">Ана Экзампл</a>"#))
        #expect(russian.contains(#"<a href="../../ru/cases/bek-example/" lang="en">Bek Example</a>"#))
    }

    @Test func eachLanguageHasItsOwnFeedsAndOpenData() throws {
        let (scratch, site) = try builtBilingual()
        defer { scratch.remove() }
        #expect(text(site, "ru/feed.xml").contains(#"xml:lang="ru""#))
        #expect(text(site, "ru/feed.xml").contains("Кыргызстан: освободите Ану Экзампл"))
        #expect(text(site, "feed.xml").contains("Kyrgyzstan: free Ana Example"))
        #expect(text(site, "ru/cases/ana-example/feed.xml").contains("https://bilingual.example.org/ru/cases/ana-example/"))
        #expect(text(site, "ru/cases.json").contains("\"Журналистка, редактор Example Live\""))
        #expect(text(site, "ru/cases.json").contains("\"https://bilingual.example.org/ru/cases/ana-example/\""))
        #expect(!text(site, "cases.json").contains("Журналистка"))
        #expect(text(site, "ru/cases.csv").contains("Призывы к массовым беспорядкам"))
    }
}
