/// A name written in content that points at another file (a case slug, a signatory), kept
/// with its place so that a reference that leads nowhere is reported on its line.
public struct Reference: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A signatory as a statement lists it: the organization's name as written, and how it
/// signed ("within the framework of the Observatory …"), if said.
public struct SignatoryReference: Sendable, Hashable {
    public var organization: Reference
    public var capacity: String?
}
