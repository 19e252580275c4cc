import Testing

@testable import Dossier

@Suite struct SignatoryIndexTests {
    private func organization(_ slug: String, _ name: String, short: String? = nil, aka: [String] = []) -> Organization {
        Organization(
            slug: Slug(slug)!, file: "content/organizations/\(slug).md", name: name, shortName: short,
            alsoKnownAs: aka, website: nil, country: nil, aliases: [], body: BodyHTML())
    }

    private func index(_ organizations: [Organization]) -> (SignatoryIndex, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let index = SignatoryIndex(organizations, &diagnostics)
        return (index, diagnostics)
    }

    @Test func findsAnOrganizationBySlugNameShortNameAndAlias() {
        let (index, diagnostics) = index([
            organization("human-rights-watch", "Human Rights Watch", short: "HRW"),
            organization(
                "fidh", "International Federation for Human Rights", short: "FIDH", aka: ["FIDH (International Federation for Human Rights)"]),
        ])
        #expect(diagnostics.isEmpty)
        #expect(index.organization(named: "human-rights-watch") == 0)
        #expect(index.organization(named: "Human Rights Watch") == 0)
        #expect(index.organization(named: "HRW") == 0)
        #expect(index.organization(named: "FIDH (International Federation for Human Rights)") == 1)
    }

    @Test func ignoresCaseAndSpacing() {
        let (index, _) = index([organization("human-rights-watch", "Human Rights Watch")])
        #expect(index.organization(named: "human rights  WATCH") == 0)
        #expect(index.organization(named: " HumanRightsWatch ") == 0)
    }

    @Test func doesNotGuess() {
        let (index, _) = index([organization("human-rights-watch", "Human Rights Watch")])
        #expect(index.organization(named: "Human Rights Wacth") == nil)
        #expect(index.organization(named: "Human Rights") == nil)
    }

    @Test func suggestsTheClosestNameWithItsFile() {
        let (index, _) = index([organization("human-rights-watch", "Human Rights Watch"), organization("araminta", "Araminta")])
        #expect(index.suggestion(for: "Human Rights Wacth") == "did you mean 'Human Rights Watch' (content/organizations/human-rights-watch.md)?")
        #expect(index.suggestion(for: "Completely Different Org") == nil)
    }

    @Test func twoOrganizationsWithOneNameAreAnError() {
        let (_, diagnostics) = index([organization("hrw", "Human Rights Watch"), organization("other", "Other", short: "human rights watch")])
        #expect(diagnostics.map(\.message) == ["'human rights watch' names two organizations: this one and content/organizations/hrw.md"])
    }

    @Test(arguments: [
        "Human  Rights watch", "HRW", "\tReporters\r\nWithout\u{0B}Borders\u{0C} ", "a-Z_0@9[`{", "",
        "Комитет  защиты", "ÉCOLE\u{00A0}Libre", "İstanbul Bar", "Straße\u{2003}Fund", "e\u{301}\r\n",
    ])
    func aNameIsKeyedAsTheUnicodeRulesKeyIt(_ name: String) {
        #expect(SignatoryIndex.key(name) == String(name.lowercased().filter { !$0.isWhitespace }))
    }
}

@Suite struct SuggestionTests {
    @Test func findsTheLikelyTypo() {
        #expect(Suggestion.closest(to: "detaind", among: ["name", "detained", "released"]) == "detained")
        #expect(Suggestion.closest(to: "imprisonned", among: CaseStatus.allCases.map(\.rawValue)) == "imprisoned")
    }

    @Test func countsATranspositionAsOneEdit() {
        #expect(Suggestion.editDistance(Array("wacth"), Array("watch")) == 1)
        #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "xyz", among: ["name", "country"]) == nil)
    }
}
