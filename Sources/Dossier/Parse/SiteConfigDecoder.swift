import Foundation

/// Reads `content/site.yaml`.
enum SiteConfigDecoder {
    static func decode(_ file: SourceFile, baseURLOverride: String?, _ diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let source = YAMLSource(path: file.path, firstLine: 1, yaml: file.text[...])
        defer { diagnostics += source.diagnostics }
        guard let mapping = source.mapping() else { return nil }
        let fields = FieldReader(mapping, in: source)
        let title = fields.string("title", required: true)
        let baseURLNode = fields.value("base_url", required: baseURLOverride == nil)
        let language = fields.string("language") ?? "en"
        let description = fields.string("description")
        let unsafe = fields.bool("unsafe_html")
        let licenceLink = fields.locatedLink("licence_url")
        var licence = fields.string("licence").map { Licence(name: $0, url: licenceLink.map { .external($0.destination) }) }
        if licence == nil, fields.value("licence_url") != nil {
            fields.source.error(
                fields.value("licence_url"), "'licence_url' is set but 'licence' is not",
                fix: "name the licence too, like 'licence: CC BY 4.0'")
        }
        let translations = decodeTranslations(fields, mainLanguage: language)
        let mirrors = decodeMirrors(fields)
        let offlineCopy = fields.bool("offline_copy", default: true)
        let shareImage = decodeShareImage(fields)
        fields.finish()

        var baseURL: BaseURL?
        let writtenText = baseURLNode.flatMap { fields.text($0, "base_url") }
        let written = writtenText.flatMap(BaseURL.init)
        if let override = baseURLOverride {
            baseURL = BaseURL(override)
        } else if let node = baseURLNode, let text = writtenText {
            baseURL = written
            if baseURL == nil {
                source.error(
                    node, "'base_url' must be an absolute address like 'https://example.org/', not '\(text)'",
                    fix: "write the address the site will be published at, starting with https://")
            }
        }
        if !isLanguageTag(language) {
            source.error(
                fields.value("language"), "'language' must be a language tag like 'en', 'ru' or 'kk-KZ', not '\(language)'",
                fix: tag(named: language).map { "write '\($0)'" }
                    ?? "write the language's two-letter ISO 639-1 code: 'en' for English, 'ru' for Russian")
        }
        guard let title, let baseURL, isLanguageTag(language) else { return nil }
        var config = SiteConfig(
            title: title, baseURL: baseURL, writtenBaseURL: written, language: language, description: description,
            allowsUnsafeHTML: unsafe, licence: nil, translations: translations)
        config.mirrors = mirrors
        config.offlineCopyPath = offlineCopy ? SiteConfig.offlineCopyPath(title: title) : nil
        config.shareImage = shareImage
        // A licence's text may be a page of the site itself.
        if case .external(let url)? = licence?.url { licence?.url = SiteAddresses(config).target(url) }
        config.licence = licence
        config.links = [licenceLink].compactMap { $0 }
        return config
    }

    /// `translations:`, a group of languages, each with its title and description or `{}`.
    /// A tag becomes a URL prefix (`/ru/`), so it must be lowercase, and it cannot be the main
    /// language, whose pages keep the URLs without prefix.
    private static func decodeTranslations(_ fields: FieldReader, mainLanguage: String) -> [SiteTranslation] {
        guard let node = fields.value("translations") else { return [] }
        guard node.kind == .mapping else {
            fields.source.error(
                node, "'translations' must be a group of languages, not \(node.kindDescription)",
                fix: "write each language's tag on a line of its own, like '  ru: {}' under 'translations:'")
            return []
        }
        var translations: [SiteTranslation] = []
        for (key, value) in node.entries {
            let code = key.string ?? ""
            guard isLanguageTag(code), code == code.lowercased() else {
                let lowered = code.lowercased().replacingOccurrences(of: "_", with: "-")
                fields.source.error(
                    key, "'translations.\(code)' must be a lowercase language tag like 'ru', 'kk' or 'ky': it is the URL prefix of its pages",
                    fix: isLanguageTag(lowered)
                        ? "write '\(lowered)'"
                        : tag(named: code).map { "write '\($0)'" } ?? "write the language's two-letter ISO 639-1 code")
                continue
            }
            if code == mainLanguage.lowercased() {
                fields.source.error(
                    key, "'\(code)' is the main language ('language: \(mainLanguage)'), so it is not a translation",
                    fix: "remove it from 'translations'; the main language's pages are published without a prefix")
                continue
            }
            var translation = SiteTranslation(language: code, location: fields.source.location(of: key))
            if !value.isEmptyValue, let entry = fields.nested(value, "translations.\(code)") {
                translation.title = entry.string("title")
                translation.description = entry.string("description")
                entry.finish()
            }
            translations.append(translation)
        }
        return translations
    }

    /// `share_image:`, a picture under `/static/`, and `share_image_alt:`, what it shows.
    private static func decodeShareImage(_ fields: FieldReader) -> ShareImage? {
        let alt = fields.string("share_image_alt")
        guard let node = fields.value("share_image"), let path = fields.text(node, "share_image")?.trimmingSpaces else {
            if alt != nil {
                fields.source.error(
                    fields.value("share_image_alt"), "'share_image_alt' is set but 'share_image' is not",
                    fix: "name the picture too, like 'share_image: /static/images/campaign.jpg'")
            }
            return nil
        }
        guard fields.isStaticFile(path, at: node, "share_image") else { return nil }
        return ShareImage(path: path, alt: alt, location: fields.source.location(of: node))
    }

    /// `mirrors:`, a list of the full addresses the same site is also published at. An onion
    /// address must be a v3 one (56 letters and digits before `.onion`): Tor no longer reaches
    /// the short v2 addresses.
    private static func decodeMirrors(_ fields: FieldReader) -> [Mirror] {
        fields.list("mirrors").compactMap { item in
            guard let text = fields.text(item.node, item.context)?.trimmingSpaces else { return nil }
            guard let url = BaseURL(text) else {
                fields.source.error(
                    item.node,
                    "'\(item.context)' must be a full address starting with https:// or http://, like 'https://mirror.example.net/campaign/', not '\(text)'",
                    fix: text.lowercased().hasSuffix(".onion") || text.lowercased().hasSuffix(".onion/")
                        ? "write 'http://\(text)'" : "write the address where the same site is published")
                return nil
            }
            let host = url.host.lowercased().split(separator: ":").first.map(String.init) ?? ""
            guard host.hasSuffix(".onion") else { return Mirror(url: url.absolute, isOnion: false) }
            let name = host.dropLast(".onion".count).split(separator: ".").last ?? ""
            guard name.count == 56, name.allSatisfy({ ("a"..."z").contains($0) || ("2"..."7").contains($0) }) else {
                fields.source.error(
                    item.node, "'\(text)' is not a v3 onion address: one has 56 letters and digits (a–z, 2–7) before '.onion'",
                    fix:
                        "copy the address from the onion service's hostname file (HiddenServiceDir/hostname); Tor Browser no longer opens v2 addresses"
                )
                return nil
            }
            return Mirror(url: url.absolute, isOnion: true)
        }
    }

    /// The tag a volunteer meant: `en_US` → `en-US`, `Russian` → `ru` (by its English name).
    private static func tag(named name: String) -> String? {
        let hyphenated = name.replacingOccurrences(of: "_", with: "-")
        if isLanguageTag(hyphenated) { return hyphenated }
        let english = Locale(identifier: "en")
        let wanted = name.trimmingSpaces.lowercased()
        return Locale.LanguageCode.isoLanguageCodes.map(\.identifier)
            .filter { $0.count == 2 }
            .first { english.localizedString(forLanguageCode: $0)?.lowercased() == wanted }
    }

    /// A BCP 47 shape: letters, then letter or digit subtags, separated by hyphens.
    private static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
