import Foundation

/// Reads `content/site.yaml`.
enum SiteConfigDecoder {
    static func decode(_ file: SourceFile, baseURLOverride: String?, _ diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let source = YAMLSource(path: file.path, firstLine: 1, yaml: file.text[...])
        defer { diagnostics += source.diagnostics }
        guard let mapping = source.compose() else { return nil }
        let fields = FieldReader(mapping, in: source)
        let title = fields.string("title", required: true)
        let baseURLNode = fields.value("base_url", required: baseURLOverride == nil)
        let language = fields.string("language") ?? "en"
        let description = fields.string("description")
        let unsafe = fields.bool("unsafe_html")
        let licence = fields.string("licence").map { Licence(name: $0, url: fields.link("licence_url")) }
        if licence == nil, fields.value("licence_url") != nil {
            fields.source.error(fields.value("licence_url"), "'licence_url' is set but 'licence' is not",
                                fix: "name the licence too, like 'licence: CC BY 4.0'")
        }
        let translations = decodeTranslations(fields, mainLanguage: language)
        fields.finish()

        var baseURL: BaseURL?
        if let override = baseURLOverride {
            baseURL = BaseURL(override)
        } else if let node = baseURLNode, let text = fields.text(node, "base_url") {
            baseURL = BaseURL(text)
            if baseURL == nil {
                source.error(node, "'base_url' must be an absolute address like 'https://example.org/', not '\(text)'",
                             fix: "write the address the site will be published at, starting with https://")
            }
        }
        if !isLanguageTag(language) {
            source.error(fields.value("language"), "'language' must be a language tag like 'en', 'ru' or 'kk-KZ', not '\(language)'",
                         fix: tag(named: language).map { "write '\($0)'" }
                            ?? "write the language's two-letter ISO 639-1 code: 'en' for English, 'ru' for Russian")
        }
        guard let title, let baseURL, isLanguageTag(language) else { return nil }
        return SiteConfig(title: title, baseURL: baseURL, language: language, description: description, allowsUnsafeHTML: unsafe,
                          licence: licence, translations: translations)
    }

    /// `translations:`, a group of languages, each with its title and description or `{}`.
    /// A tag becomes a URL prefix (`/ru/`), so it must be lowercase, and it cannot be the main
    /// language, whose pages keep the URLs without prefix.
    private static func decodeTranslations(_ fields: FieldReader, mainLanguage: String) -> [SiteTranslation] {
        guard let node = fields.value("translations") else { return [] }
        guard case .mapping(let mapping) = node else {
            fields.source.error(node, "'translations' must be a group of languages, not \(node.kindDescription)",
                                fix: "write each language's tag on a line of its own, like '  ru: {}' under 'translations:'")
            return []
        }
        var translations: [SiteTranslation] = []
        for (key, value) in mapping {
            let code = key.string ?? ""
            guard isLanguageTag(code), code == code.lowercased() else {
                let lowered = code.lowercased().replacingOccurrences(of: "_", with: "-")
                fields.source.error(key, "'translations.\(code)' must be a lowercase language tag like 'ru', 'kk' or 'ky': it is the URL prefix of its pages",
                                    fix: isLanguageTag(lowered) ? "write '\(lowered)'"
                                        : tag(named: code).map { "write '\($0)'" } ?? "write the language's two-letter ISO 639-1 code")
                continue
            }
            if code == mainLanguage.lowercased() {
                fields.source.error(key, "'\(code)' is the main language ('language: \(mainLanguage)'), so it is not a translation",
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
