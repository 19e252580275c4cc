// Measures what one Mustache tag costs in dossier's template engine, alone: no cases, no
// files. Run it from a release build:
//
//   swift run -c release template-benchmark
//
// Each workload renders a template many times and divides the time by the tags rendered
// (a variable, or a section entered once per item).
import Foundation
import TemplateEngine

struct Workload {
    let name: String
    let template: String
    let context: TemplateValue
    /// How many tags one render executes.
    let tags: Int
}

func object(_ pairs: [(String, TemplateValue)]) -> TemplateValue {
    .object(TemplateObject(pairs.map { (TemplateName($0.0), $0.1) }))
}

let names = (0..<10).map { "field_\($0)" }
let flatContext = object(names.map { ($0, .text("value of \($0)")) })
let strings = object((0..<200).map { ("word_\($0)", .text("Word \($0)")) })
let items = (0..<100).map { index in
    object([
        ("name", .text("Case \(index)")), ("url", .text("/cases/case-\(index)/")),
        ("country", .text("Kyrgyzstan")), ("detained", object([("text", .text("10 January 2024")), ("iso", .text("2024-01-10"))])),
    ])
}
let pageContext = object([
    ("site", object([("title", .text("Free them")), ("root", .text("/"))])),
    ("t", strings), ("cases", .list(items)), ("title", .text("Cases")),
])

let workloads = [
    Workload(
        name: "10 names, 1,000 tags in a row", template: String(repeating: names.map { "{{\($0)}}" }.joined(), count: 100),
        context: flatContext, tags: 1_000),
    Workload(
        name: "a table of 100 rows: sections, dotted names, the enclosing context",
        template: """
            <h1>{{title}} — {{site.title}}</h1>
            <table><caption>{{t.word_17}}</caption>
            {{#cases}}
            <tr><th><a href="{{url}}">{{name}}</a></th><td>{{country}}</td><td>{{#detained}}<time datetime="{{iso}}">{{text}}</time>{{/detained}}</td><td>{{t.word_150}} {{site.root}}</td></tr>
            {{/cases}}
            </table>
            """,
        context: pageContext, tags: 3 + 100 * 9 + 1),
]

for workload in workloads {
    let library = TemplateLibrary(sources: ["page": workload.template])
    let id = library.id(of: "page")!
    var output: [UInt8] = []
    output.reserveCapacity(64 * 1024)
    // `template-benchmark N` renders N times a round (for valgrind, a small N).
    let iterations = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 20_000
    var best = Double.infinity
    for _ in 0..<(iterations < 1_000 ? 1 : 5) {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations {
            output.removeAll(keepingCapacity: true)
            library.render(id, workload.context, into: &output)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
        best = min(best, elapsed / Double(iterations * workload.tags))
    }
    print(String(format: "%6.1f ns per tag  %@ (%d bytes a render)", best, workload.name, output.count))
}
