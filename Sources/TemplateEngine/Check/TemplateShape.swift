/// What a template's context can hold, for the names check: which names an object has and
/// what each one is. A page's shape lists every name the page can ever provide.
public indirect enum TemplateShape: Sendable {
    /// Printed, or entered as a section with no names of its own (text, a number).
    case scalar
    /// True or false: a section over it shows or hides, and sees no new names.
    case flag
    case list(TemplateShape)
    case object([String: TemplateShape])
    /// Anything at all: names inside are not checked.
    case anything

    /// The names an object has, for suggestions.
    var names: [String] {
        if case .object(let fields) = self { return fields.keys.sorted() }
        return []
    }

    func field(_ name: TemplateName) -> TemplateShape? {
        switch self {
        case .object(let fields): fields[name.text]
        case .anything: .anything
        default: nil
        }
    }
}

/// A name a template uses that its context can never provide.
public struct UnknownName: Sendable, Equatable {
    public let location: TemplateLocation
    /// As the tag writes it: `nmae`, `photo.scr`.
    public let name: String
    /// The part that is unknown, and the names that could have been meant in its place.
    public let part: String
    public let candidates: [String]
}
