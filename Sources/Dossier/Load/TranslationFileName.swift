/// The name of a translation, `<slug>.<lang>.md`: a file name whose stem ends in a dot and
/// a language tag. Any other dot leaves the file a main file, whose slug is then refused.
struct TranslationFileName: Sendable, Hashable, Equatable {
    /// As written, before the last dot: checked as a slug when the file is read.
    var slug: String
    /// As written, after the last dot: `ru`.
    var language: String

    init?(stem: String) {
        guard let dot = stem.lastIndex(of: ".") else { return nil }
        let language = stem[stem.index(after: dot)...]
        let parts = language.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
            parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        self.slug = String(stem[..<dot])
        self.language = String(language)
    }
}
