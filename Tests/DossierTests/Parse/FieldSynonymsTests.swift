import Testing

@testable import Dossier

@Suite struct FieldSynonymsTests {
    @Test func aSynonymNamesTheFieldOfThisKind() {
        let caseFields = ["name", "country", "detained", "facility"]
        let pageFields = ["title", "description", "aliases", "draft"]
        #expect(FieldSynonyms.field(for: "Arrested", among: caseFields) == "detained")
        #expect(FieldSynonyms.field(for: "title", among: caseFields) == "name")
        #expect(FieldSynonyms.field(for: "name", among: pageFields) == "title")
    }

    @Test func aSynonymOfAFieldThisKindLacksSuggestsNothing() {
        #expect(FieldSynonyms.field(for: "website", among: ["name", "country"]) == nil)
        #expect(FieldSynonyms.field(for: "colour", among: ["name", "country"]) == nil)
    }
}
