import Foundation
import Testing

/// The open data files hold what the pages show: the CSV reads back, through a reader of its
/// own, to the same values as the JSON, which hold the content's facts as written.
@Suite struct OpenDataTests {
    private func json(_ path: String, in output: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: output.appending(path: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(path) is not a JSON object")
    }

    @Test func theCSVReadsBackToTheValuesOfTheJSON() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let text = try String(contentsOf: output.appending(path: "cases.csv"), encoding: .utf8)
        let rows = try #require(readCSV(text), "cases.csv is not RFC 4180 CSV")
        let header = try #require(rows.first)
        let records = try #require(try json("cases.json", in: output)["cases"] as? [[String: Any]])
        #expect(rows.count == records.count + 1)
        #expect(rows.allSatisfy { $0.count == header.count })
        for (row, record) in zip(rows.dropFirst(), records) {
            for (column, cell) in zip(header, row) {
                switch record[column] {
                case let text as String: #expect(cell == text || cell == "'" + text, "\(column)")
                case let number as NSNumber where cell == "true" || cell == "false":
                    #expect(cell == (number.boolValue ? "true" : "false"), "\(column)")
                case let number as NSNumber: #expect(cell == number.stringValue, "\(column)")
                case is NSNull: #expect(cell.isEmpty, "\(column)")
                case let list as [String]: #expect(cell == list.joined(separator: "; "), "\(column)")
                case let charges as [[String: Any]]:
                    #expect(cell.components(separatedBy: "; ").count == charges.count, "\(column)")
                case nil: #expect(column == "licence")
                default: Issue.record("unexpected JSON value for \(column)")
                }
            }
        }
    }

    @Test func theCaseDataStatesTheContentAsWritten() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let rows = try #require(readCSV(try String(contentsOf: output.appending(path: "cases.csv"), encoding: .utf8)))
        let header = rows[0]
        let ana = try #require(rows.first { $0.first == "ana-example" })
        func cell(_ column: String) -> String? { header.firstIndex(of: column).map { ana[$0] } }
        #expect(cell("url") == "https://campaign.example.org/cases/ana-example/")
        #expect(cell("native_name") == "Ана Экзампл")
        #expect(cell("detained") == "2024-01")
        #expect(cell("days_in_detention") == "516")
        #expect(cell("days_at_least") == "true")
        #expect(cell("charges") == "Calls for mass unrest (Article 278, Criminal Code); Defamation")
        #expect(cell("write_to") == "Ana Example\nWomen's Colony No. 2\nStepnoye, Kyrgyzstan")
        #expect(cell("tags") == "journalists; example-live")
        #expect(cell("licence") == "CC BY 4.0")
        // No draft, no private field.
        #expect(!rows.contains { $0.first == "cyrus-draft" })
        #expect(!header.contains("private") && !header.contains { $0.hasPrefix("_") })

        let cases = try json("cases.json", in: output)
        #expect(cases["as_of"] as? String == "2025-06-30")
        #expect((cases["licence"] as? [String: Any])?["url"] as? String == "https://creativecommons.org/licenses/by/4.0/")
        let record = try #require((cases["cases"] as? [[String: Any]])?.first { $0["slug"] as? String == "ana-example" })
        let timeline = try #require(record["timeline"] as? [[String: Any]])
        #expect(timeline.first?["url"] as? String == "https://campaign.example.org/cases/ana-example/#timeline-2024-01")
        #expect(
            record["statements"] as? [String] == [
                "https://campaign.example.org/statements/2025-01-10-free-ana/",
                "https://campaign.example.org/statements/2024-05-05-ana-example-transferred/",
            ])
    }

    /// A hostile contributor's formula reaches a spreadsheet as text: every cell that begins
    /// with a character a spreadsheet reads as a formula is written after a `'`, as OWASP
    /// advises; the JSON keeps the value as written.
    @Test func aCellThatLooksLikeAFormulaIsWrittenAsText() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.copySite(from: Fixtures.site("campaign"))
        let file = scratch.url.appending(path: "content/cases/ana-example.md")
        let hostile = [
            "court": #"=HYPERLINK(\"https://evil.example/\", \"Details\")"#, "facility": "+1 Colony", "native_name": "-2+3",
            "occupation": "@SUM(1)", "sentence": #"\t=1"#,
        ]
        var text = try String(contentsOf: file, encoding: .utf8)
        for (key, value) in hostile {
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("\(key):") })
            text = text.replacingOccurrences(of: line, with: "\(key): \"\(value)\"")
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (report, output) = build(scratch.url)
        try #require(report.succeeded)

        let csv = try String(contentsOf: output.appending(path: "cases.csv"), encoding: .utf8)
        #expect(csv.contains(#","'=HYPERLINK(""https://evil.example/"", ""Details"")","#))
        let rows = try #require(readCSV(csv))
        let ana = try #require(rows.first { $0.first == "ana-example" })
        func cell(_ column: String) -> String? { rows[0].firstIndex(of: column).map { ana[$0] } }
        #expect(cell("facility") == "'+1 Colony")
        #expect(cell("native_name") == "'-2+3")
        #expect(cell("occupation") == "'@SUM(1)")
        #expect(cell("sentence") == "'\t=1")
        let record = try #require((try json("cases.json", in: output)["cases"] as? [[String: Any]])?.first { $0["slug"] as? String == "ana-example" })
        #expect(record["court"] as? String == #"=HYPERLINK("https://evil.example/", "Details")"#)
    }

    @Test func statementsAndSignatoriesLinkEachOther() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let statements = try #require(try json("statements.json", in: output)["statements"] as? [[String: Any]])
        #expect(statements.map { $0["slug"] as? String } == ["2025-01-10-free-ana", "2024-05-05-ana-example-transferred"])
        let signatories = try #require(try json("signatories.json", in: output)["signatories"] as? [[String: Any]])
        for statement in statements {
            let url = try #require(statement["url"] as? String)
            for signatory in statement["signatories"] as? [[String: Any]] ?? [] {
                let page = try #require(signatory["url"] as? String)
                let organization = try #require(signatories.first { $0["url"] as? String == page })
                #expect((organization["statements"] as? [String])?.contains(url) == true)
            }
        }
    }

    @Test func theDataPageDocumentsEveryField() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let page = try String(contentsOf: output.appending(path: "data/index.html"), encoding: .utf8)
        let header = try #require(readCSV(try String(contentsOf: output.appending(path: "cases.csv"), encoding: .utf8))?.first)
        var fields = Set(header)
        for (file, key) in [("cases.json", "cases"), ("statements.json", "statements"), ("signatories.json", "signatories")] {
            let records = try #require(try json(file, in: output)[key] as? [[String: Any]])
            for record in records { fields.formUnion(record.keys) }
        }
        for field in fields {
            let row = try #require(page.firstRange(of: "<th scope=\"row\"><code>\(field)</code>"), "\(field) is not documented")
            let description = page[row.upperBound...].firstMatch(of: /<td>([^<]*)<\/td>/)?.output.1
            #expect(description.map { !$0.isEmpty } == true, "\(field) has no description")
        }
        #expect(page.contains(#"<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>"#))
    }
}
