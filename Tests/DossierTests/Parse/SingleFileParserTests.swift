import Dossier
import Foundation
import Testing

/// The fuzz target's entry point (`fuzz/`): one file's bytes, read as the build reads it. An
/// input the fuzzer finds to crash or hang is kept here, expected to give a diagnostic.
@Suite struct SingleFileParserTests {
    private let parser = SingleFileParser(today: CalendarDay(year: 2025, month: 6, day: 30))

    private func parse(_ text: String, as role: SingleFileParser.Role) -> SingleFileParser.Outcome {
        parser.parse(Data(text.utf8), as: role)
    }

    /// Every file of the example campaign reads as its role does in the build, without a word.
    @Test func theExampleCampaignsFilesReadWithoutDiagnostics() throws {
        let content = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "content")
        let roles: [(String, SingleFileParser.Role)] =
            [("site.yaml", .settings)]
            + ContentKind.allCases.flatMap { kind in
                ((try? FileManager.default.contentsOfDirectory(atPath: content.appending(path: kind.rawValue).path)) ?? []).map {
                    ("\(kind.rawValue)/\($0)", $0.dropLast(3).contains(".") ? .translation(kind) : .main(kind))
                }
            }
        try #require(roles.count > 10)
        for (path, role) in roles {
            let outcome = parser.parse(try Data(contentsOf: content.appending(path: path)), as: role)
            #expect(outcome.parsed, "\(path)")
            #expect(outcome.diagnostics.isEmpty, "\(path): \(outcome.diagnostics)")
        }
    }

    @Test func bytesThatAreNotUTF8AreAnErrorAtTheirLine() {
        let outcome = parser.parse(Data("---\nname: A".utf8) + Data([0xFF]) + Data("\n---\n".utf8), as: .main(.case))
        #expect(!outcome.parsed)
        #expect(outcome.diagnostics.map(\.location?.description) == ["content/cases/read-alone.md:2:8"])
    }

    @Test func eachRoleNamesItsFileInItsDiagnostics() {
        #expect(parse("title: [", as: .settings).diagnostics.first?.location?.path == "content/site.yaml")
        #expect(parse("---\n- a\n---\n", as: .translation(.page)).diagnostics.first?.location?.path == "content/pages/read-alone.ru.md")
        #expect(parse("no front matter", as: .main(.statement)).diagnostics.first?.location?.path == "content/statements/2025-01-01-read-alone.md")
    }
}
