import Foundation
import Testing

/// The spec asks only for a statement's `title` and `date`: one without `kind` is published
/// as a statement, with no kind of its own, and no invented one.
@Suite struct StatementWithoutKindTests {
    @Test func aStatementWithoutKindIsPublishedWithNoKind() throws {
        let site = try TemporaryFolder()
        defer { site.remove() }
        try site.copySite(from: Fixtures.site("campaign"))
        try site.write([
            "content/statements/2024-06-01-ana-example-visited.md": """
            ---
            title: Ana Example visited in prison
            date: 2024-06-01
            cases: [ana-example]
            ---
            Her lawyer visited her.
            """
        ])
        let (report, output) = build(site.url)
        #expect(report.succeeded, "\(printed(report.diagnostics))")
        let page = try String(contentsOf: output.appending(path: "statements/2024-06-01-ana-example-visited/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Ana Example visited in prison</h1>") || page.contains("Ana Example visited in prison"))
        #expect(!page.contains("class=\"kicker\""))
        let list = try String(contentsOf: output.appending(path: "statements/index.html"), encoding: .utf8)
        let item = try #require(list.range(of: "Ana Example visited in prison").map { list[$0.lowerBound...].prefix(400) })
        #expect(!item.contains("class=\"kind\""))
        let data = try String(contentsOf: output.appending(path: "statements.json"), encoding: .utf8)
        let record = try #require(data.range(of: "\"slug\": \"2024-06-01-ana-example-visited\"").map { data[$0.lowerBound...].prefix(300) })
        #expect(record.contains("\"kind\": null"))
    }
}
