import Testing

@testable import Dossier

/// Anchors and aliases, which volunteers do not write: an alias reads as the value it names,
/// and a document whose aliases would repeat without end, or whose brackets nest without end,
/// is refused at its line rather than read.
@Suite struct YAMLAliasTests {
    @Test func anAliasReadsAsTheValueItNames() throws {
        let yaml = "country: &home Kyrgyzstan\ntags: &tags [a, b]\nborn_in: *home\nalso: *tags\n"
        let document = try #require(try YAMLDocument.read(yaml[...]))
        let entries = Array(document.root.entries)
        #expect(entries[2].value.string == "Kyrgyzstan")
        #expect(entries[3].value.values.map(\.string) == ["a", "b"])
    }

    /// The "billion laughs": nine aliases of nine aliases of … of one value, 9⁹ values in all
    /// if they were repeated; refused once they would repeat more than a hundred thousand.
    @Test func anAliasBombIsRefusedAtItsLine() throws {
        var lines = ["a0: &a0 [\(Array(repeating: "\"lol\"", count: 9).joined(separator: ", "))]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", "))]")
        }
        let yaml = lines.joined(separator: "\n") + "\n"
        #expect(throws: YAMLProblem.aliasesRepeatTooMuch(at: YAMLMark(line: 6, column: 10))) { try YAMLDocument.read(yaml[...]) }

        let source = YAMLSource(path: "content/cases/bomb.md", firstLine: 2, yaml: yaml[...])
        #expect(source.mapping() == nil)
        #expect(
            source.diagnostics.map { DiagnosticPrinter().format($0) } == [
                """
                content/cases/bomb.md:7:10: error: invalid YAML: the aliases ('*') repeat more than 100000 values
                content/cases/bomb.md:7:10: note: write each value out where it belongs, without '&' and '*'

                """
            ])
    }

    /// libyaml stops at a thousand levels by itself; what walks a document stops sooner.
    @Test(arguments: [150, 5000])
    func bracketsNestedWithoutEndAreRefusedAtTheirLine(_ depth: Int) throws {
        let yaml = "name: Ana\ntags: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let source = YAMLSource(path: "content/cases/deep.md", firstLine: 2, yaml: yaml[...])
        #expect(source.mapping() == nil)
        let printed = source.diagnostics.map { DiagnosticPrinter().format($0) }
        #expect(printed.count == 1)
        #expect(printed.first?.hasPrefix("content/cases/deep.md:3:") == true)
        #expect(printed.first?.contains("error: invalid YAML: lists and groups of fields are nested more than 100 deep") == true, "\(printed)")
        if depth < 1000 {
            #expect(throws: YAMLProblem.nestedTooDeep(at: YAMLMark(line: 2, column: 106))) { try YAMLDocument.read(yaml[...]) }
        }
    }
}
