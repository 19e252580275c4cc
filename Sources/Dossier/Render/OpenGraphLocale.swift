import Foundation

/// The locale Open Graph wants for a language (`og:locale`): a language and a territory,
/// `ru_RU`. A site names only a language (`ru`), so the territory is CLDR's likely one for it
/// (the likely subtags Foundation reads through ICU): `ru` → `ru_RU`, `kk` → `kk_KZ`, `ky` →
/// `ky_KG`, and `en` → `en_US`, which is also what Open Graph assumes when none is given. A
/// tag that names its territory keeps it (`ru-KZ` → `ru_KZ`); a language CLDR does not know
/// stands alone.
enum OpenGraphLocale {
    static func of(_ tag: String) -> String {
        let language = Locale.Language(identifier: tag)
        let code = language.languageCode?.identifier ?? String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
        let region = language.region ?? Locale.Language(identifier: language.maximalIdentifier).region
        return region.map { "\(code)_\($0.identifier.uppercased())" } ?? code
    }
}
