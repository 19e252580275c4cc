/// What a page in a translated language shows from the main file, for want of a translation:
/// each such text is marked with the main language's tag, so that a screen reader speaks it
/// in its own language, and the page says that it is not yet translated.
public struct Fallback: Sendable, Hashable {
    /// The main language's tag.
    public var language: String
    /// The text fields shown from the main file (only those it has): `name`, `occupation`,
    /// and `body` for the story.
    public var fields: Set<String> = []
    /// The entries shown from the main file, by their index in the main file's list.
    public var charges: Set<Int> = []
    public var timeline: Set<Int> = []
    public var sources: Set<Int> = []
    /// Whether there is no published translation of the file at all.
    public var isWhole = false

    /// The tag to mark `field` with, or `nil` when it is translated.
    func language(of field: String) -> String? { fields.contains(field) ? language : nil }

    /// Whether the page should say it is not fully translated: words a reader reads as prose
    /// are in another language. A name the translation left as it is does not count.
    var needsNotice: Bool {
        isWhole || fields.contains("body") || !charges.isEmpty || !timeline.isEmpty || !sources.isEmpty
            || !fields.isDisjoint(with: ["occupation", "sentence", "title", "description", "place"])
    }
}
