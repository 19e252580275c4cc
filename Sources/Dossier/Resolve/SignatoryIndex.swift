/// Finds an organization by any name a statement may give it: slug, name, short name or an
/// `also_known_as`, ignoring case and spacing ("Human  Rights watch" is Human Rights Watch).
struct SignatoryIndex {
    private var byKey: [String: Int] = [:]
    private let organizations: [Organization]

    /// Builds the index; two organizations that answer to the same name are an error, since a
    /// signature could then go to either.
    init(_ organizations: [Organization], _ diagnostics: inout [Diagnostic]) {
        self.organizations = organizations
        for (index, organization) in organizations.enumerated() {
            let names =
                [organization.slug.rawValue, organization.name] + [organization.shortName].compactMap { $0 }
                + organization.alsoKnownAs
            for name in Set(names.map(Self.key)) {
                if let other = byKey[name], other != index {
                    let first = organizations[other]
                    diagnostics.append(
                        .error(
                            at: SourceLocation(path: organization.file),
                            "'\(names.first { Self.key($0) == name } ?? name)' names two organizations: this one and \(first.file)",
                            fix: "give each organization its own name, short name and also_known_as"
                        ))
                    continue
                }
                byKey[name] = index
            }
        }
    }

    func organization(named name: String) -> Int? {
        byKey[Self.key(name)]
    }

    /// The closest known name, with its file, for "did you mean …?".
    func suggestion(for name: String) -> String? {
        var names: [String: Organization] = [:]
        for organization in organizations {
            for candidate in [organization.name, organization.shortName].compactMap({ $0 }) + organization.alsoKnownAs {
                names[candidate] = organization
            }
        }
        guard let closest = Suggestion.closest(to: name, among: names.keys.sorted()), let organization = names[closest] else {
            return nil
        }
        return "did you mean '\(closest)' (\(organization.file))?"
    }

    static func key(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace })
    }
}
