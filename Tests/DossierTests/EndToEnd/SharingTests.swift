import Foundation
import Testing

/// What every page of the fixture sites gives a link preview, a search engine and a printer:
/// a description, a picture whose file the site has, its locale and the other languages',
/// a canonical address (but on the not-found page), JSON-LD in schema.org's vocabulary with
/// the trail of pages that lead to it, and on a case page a QR code of its address.
@Suite struct SharingTests {
    static let sites = ["campaign", "photos", "bilingual"]

    @Test(arguments: sites) func everyPageHasADescriptionAPictureAndItsLocale(_ name: String) throws {
        let (scratch, output) = try builtCopy(of: name)
        defer { scratch.remove() }
        let pages = try BuiltPage.all(in: output)
        #expect(pages.count > 10)
        let base = "https://\(name).example.org/"
        let locales = ["en": "en_US", "ru": "ru_RU"]
        let languages = Set(pages.map(\.language))
        for page in pages {
            #expect(page.meta("name", "description").count == 1, "\(page.path): no description")
            #expect(page.meta("name", "description").first?.isEmpty == false, "\(page.path): an empty description")
            #expect(page.meta("property", "og:description") == page.meta("name", "description"), "\(page.path)")

            let image = try #require(page.meta("property", "og:image").first, "\(page.path): no og:image")
            #expect(image.hasPrefix(base), "\(page.path): \(image)")
            let file = output.appending(path: String(image.dropFirst(base.count)))
            #expect(FileManager.default.fileExists(atPath: file.path), "\(page.path): og:image \(image) is no file of the site")
            #expect(page.meta("property", "og:image:type").count == 1, "\(page.path): og:image without its type")
            #expect(page.meta("property", "og:image:width").count == 1, "\(page.path): og:image without its width")

            #expect(page.meta("property", "og:locale") == [locales[page.language] ?? "?"], "\(page.path)")
            let alternates = languages.subtracting([page.language]).sorted().map { locales[$0] ?? "?" }
            #expect(page.meta("property", "og:locale:alternate") == alternates, "\(page.path)")

            let canonical = page.links("canonical")
            if page.kind == "not-found" {
                // Served at any address that has no page, it is none of them.
                #expect(canonical.isEmpty, "\(page.path)")
                #expect(page.meta("property", "og:url").isEmpty, "\(page.path)")
            } else {
                #expect(canonical == [base + page.folder], "\(page.path)")
                #expect(page.meta("property", "og:url") == canonical, "\(page.path)")
            }
        }
    }

    /// A case keeps its photo; every other page shows the site's picture: its own
    /// `share_image` (photos), or the theme's (campaign).
    @Test func aCaseKeepsItsPhotoAndOtherPagesShowTheSitesPicture() throws {
        for (name, picture, size) in [("photos", "static/images/courthouse.png", ["120", "80"]), ("campaign", "assets/share.png", ["1200", "630"])] {
            let (scratch, output) = try builtCopy(of: name)
            defer { scratch.remove() }
            for page in try BuiltPage.all(in: output) {
                let image = page.meta("property", "og:image").first ?? ""
                if page.kind == "case", page.html.contains("class=\"case__photo\"") {
                    // The widest JPEG of the photo's sizes.
                    #expect(
                        image.wholeMatch(of: /https:\/\/[a-z]+\.example\.org\/static\/images\/[a-z-]+-\d+w\.jpg/) != nil, "\(page.path): \(image)")
                    #expect(page.meta("property", "og:image:type") == ["image/jpeg"])
                } else {
                    #expect(image == "https://\(name).example.org/\(picture)", "\(page.path): \(image)")
                    #expect(page.meta("property", "og:image:type") == ["image/png"])
                    #expect(page.meta("property", "og:image:width") + page.meta("property", "og:image:height") == size)
                }
            }
        }
    }

    @Test(arguments: sites) func theStructuredDataUsesSchemaOrgsVocabularyAndLeadsToThePage(_ name: String) throws {
        let (scratch, output) = try builtCopy(of: name)
        defer { scratch.remove() }
        var described: Set<String> = []
        for page in try BuiltPage.all(in: output) {
            let scripts = page.jsonLD
            guard ["case", "statement", "signatory"].contains(page.kind) else {
                #expect(scripts.isEmpty, "\(page.path) has JSON-LD")
                continue
            }
            described.insert(page.kind)
            let text = try #require(scripts.first, "\(page.path) has no JSON-LD")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(document["@context"] as? String == "https://schema.org")
            #expect(Self.problems(in: document, at: page.path) == [])

            let graph = try #require(document["@graph"] as? [[String: Any]], "\(page.path): no @graph")
            let subject = try #require(graph.first)
            let type = subject["@type"] as? String
            #expect(type == ["case": "Person", "statement": "NewsArticle", "signatory": "Organization"][page.kind], "\(page.path)")
            if type == "NewsArticle" { #expect(subject["inLanguage"] as? String == page.language, "\(page.path)") }

            let trail = try #require(graph.first { $0["@type"] as? String == "BreadcrumbList" }, "\(page.path): no BreadcrumbList")
            let items = try #require(trail["itemListElement"] as? [[String: Any]])
            #expect(items.map { $0["position"] as? Int } == [1, 2, 3], "\(page.path)")
            #expect(items.allSatisfy { $0["@type"] as? String == "ListItem" && ($0["name"] as? String)?.isEmpty == false })
            let home = "https://\(name).example.org/" + (page.language == "en" ? "" : "\(page.language)/")
            #expect(items.first?["item"] as? String == home, "\(page.path)")
            #expect(items.last?["item"] as? String == page.links("canonical").first, "\(page.path)")
            #expect((items[1]["item"] as? String).map { page.links("canonical").first?.hasPrefix($0) == true } == true)
        }
        // The photos site has cases only.
        #expect(described == (name == "photos" ? ["case"] : ["case", "statement", "signatory"]))
    }

    /// The sheet's date is the build's day where the days in detention count to it (a held
    /// case), else the case's last update: the campaign's and the bilingual site's Bek, released,
    /// has none, and so no date.
    @Test(.enabled(if: QRReader.canRead, QRReader.cannotRead), arguments: sites)
    func everyCaseSheetPrintsAQRCodeOfItsAddressAndTheDayItsFactsStandAt(_ name: String) throws {
        let (scratch, output) = try builtCopy(of: name)
        defer { scratch.remove() }
        let labels = ["en": "QR code of this page&#39;s address", "ru": "QR-код адреса этой страницы"]
        var sheets = 0
        for page in try BuiltPage.all(in: output) where page.kind == "case" {
            sheets += 1
            let match = try #require(page.html.firstMatch(of: /<div class="print-sheet__qr">(<svg .*?<\/svg>)<\/div>/), "\(page.path): no QR code")
            let svg = String(match.1)
            #expect(try QRReader.read(svg: svg) == page.links("canonical").first, "\(page.path)")
            #expect(svg.contains("role=\"img\" aria-label=\"\(labels[page.language] ?? "?")\""), "\(page.path)")
            let date = page.html.firstMatch(of: /<p class="print-sheet__date">[^<]*<time datetime="([0-9-]+)">/).map { String($0.1) }
            #expect(date == (page.path.contains("bek-example") ? nil : "2025-06-30"), "\(page.path): the sheet's date is \(date ?? "none")")
        }
        #expect(sheets >= 2)
    }

    /// What schema.org's vocabulary refuses, anywhere in the document: an empty list or a
    /// `null` for a value not known, and `inLanguage` on a type that is no creative work.
    static func problems(in value: Any, at path: String) -> [String] {
        switch value {
        case let object as [String: Any]:
            var found: [String] = []
            let type = object["@type"] as? String ?? ""
            if object["inLanguage"] != nil, ["Person", "Organization", "BreadcrumbList", "ListItem"].contains(type) {
                found.append("\(path): inLanguage on a \(type)")
            }
            for (key, member) in object {
                if member is NSNull { found.append("\(path): \(key) is null") }
                if let list = member as? [Any], list.isEmpty { found.append("\(path): \(key) is an empty list") }
                found += problems(in: member, at: path)
            }
            return found
        case let list as [Any]: return list.flatMap { problems(in: $0, at: path) }
        default: return []
        }
    }
}

/// A page of a built site as the tests read it (redirect pages aside, which are no pages).
struct BuiltPage {
    /// From the output folder: `cases/ana-example/index.html`, `404.html`.
    var path: String
    var html: String

    /// Every HTML page of the site at `output`.
    static func all(in output: URL) throws -> [BuiltPage] {
        let paths = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }
        return try paths.sorted().compactMap { path in
            let html = try String(contentsOf: output.appending(path: path), encoding: .utf8)
            return html.contains("http-equiv=\"refresh\"") ? nil : BuiltPage(path: path, html: html)
        }
    }

    /// The page's address from the site's root: `cases/ana-example/`.
    var folder: String { path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path }
    var language: String { html.firstMatch(of: /<html lang="([^"]+)">/).map { String($0.1) } ?? "" }
    var kind: String { html.firstMatch(of: /<body class="kind-([a-z-]+)">/).map { String($0.1) } ?? "" }

    /// The `content` of each `<meta name="description">` (`attribute`, `value`), in order.
    func meta(_ attribute: String, _ value: String) -> [String] {
        let start = "<meta \(attribute)=\"\(value)\" content=\""
        return html.split(separator: "\n").filter { $0.hasPrefix(start) }.map { String($0.dropFirst(start.count).prefix { $0 != "\"" }) }
    }

    /// The `href` of each `<link rel="…">` in the head.
    func links(_ relation: String) -> [String] {
        let start = "<link rel=\"\(relation)\" href=\""
        return html.split(separator: "\n").filter { $0.hasPrefix(start) }.map { String($0.dropFirst(start.count).prefix { $0 != "\"" }) }
    }

    /// The text of each `<script type="application/ld+json">`.
    var jsonLD: [String] {
        html.matches(of: /<script type="application\/ld\+json">(.*?)<\/script>/).map { String($0.1) }
    }
}
