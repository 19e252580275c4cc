/// A link or a picture in a body, with where it is written, for the internal link check.
public struct BodyLink: Sendable, Hashable {
    public var destination: String
    public var location: SourceLocation
}
