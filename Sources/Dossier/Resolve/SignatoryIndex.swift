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

    /// The name lowercased, without white space. Every signature of every statement is looked
    /// up through this: an ASCII name (most are) is done byte by byte, as the Unicode rules
    /// would do it.
    static func key(_ name: String) -> String {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return String(name.lowercased().filter { !$0.isWhitespace }) }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
                buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }
}
