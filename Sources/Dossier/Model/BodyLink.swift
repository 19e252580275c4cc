/// A link or a picture in a body, or the address of a link field (`url`, `source`,
/// `licence_url`), with where it is written, for the internal link check.
public struct BodyLink: Sendable, Hashable {
    public var destination: String
    public var location: SourceLocation
}
