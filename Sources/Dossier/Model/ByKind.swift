/// One value for each kind of content file: the files of each folder, the slugs of each kind
/// left out for their errors. Whatever is kept per kind is kept in one of these, so that a
/// loop over the kinds is `ContentKind.allCases`, never four lines side by side.
public struct ByKind<Value> {
    public var cases: Value
    public var statements: Value
    public var organizations: Value
    public var pages: Value

    public init(_ value: (ContentKind) -> Value) {
        cases = value(.case)
        statements = value(.statement)
        organizations = value(.organization)
        pages = value(.page)
    }

    public subscript(kind: ContentKind) -> Value {
        get {
            switch kind {
            case .case: cases
            case .statement: statements
            case .organization: organizations
            case .page: pages
            }
        }
        // In place, so that `files[kind].append(x)` does not copy the array at each append.
        _modify {
            switch kind {
            case .case: yield &cases
            case .statement: yield &statements
            case .organization: yield &organizations
            case .page: yield &pages
            }
        }
    }
}

extension ByKind: Sendable where Value: Sendable {}
