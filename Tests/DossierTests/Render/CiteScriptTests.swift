import Foundation
import Testing

@testable import Dossier

/// `templates/assets/dossier.js` writes the access date of "Cite this page" as the page
/// writes its own dates: run by `node` (whose Intl has the same CLDR month names) on every
/// month in each shipped language, it must write what the generator writes.
@Suite struct CiteScriptTests {
    @Test(arguments: ShippedStringsTests.languages) func theAccessDateIsWrittenAsThePageWritesDates(_ language: String) throws {
        let node = try #require(SearchScriptTests.node, "node is not installed: run scripts/install-dependencies (it installs nodejs)")
        var diagnostics: [Diagnostic] = []
        let files = DefaultTheme.files.reduce(into: [String: Theme.File]()) { files, entry in
            files[entry.key] = Theme.File(contents: entry.value, displayPath: entry.key, isDefault: true)
        }
        let strings = StringsLoader.load(language: language, files: files, &diagnostics)
        let pattern = try #require(strings.table["date_day"] as? String)
        let days = try (1...12).map { month in try #require(PartialDate("2025-\(String(month).leftPadded(to: 2))-0\(month % 9 + 1)")) }

        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let script = scratch.url.appending(path: "dossier.js")
        try #require(DefaultTheme.files["assets/dossier.js"]).write(to: script)
        let harness = scratch.url.appending(path: "harness.js")
        // The page's script in a context of its own, with a document that has no citation.
        try Data(
            """
            const vm = require("vm"), fs = require("fs");
            const [script, lang, pattern, days] = process.argv.slice(2);
            const context = vm.createContext({ document: { querySelectorAll: () => [], documentElement: { lang } } });
            vm.runInContext(fs.readFileSync(script, "utf8"), context);
            context.days = JSON.parse(days);
            context.lang = lang;
            context.pattern = pattern;
            const written = vm.runInContext("days.map(([y, m, d]) => citeDate(new Date(y, m - 1, d), lang, pattern))", context);
            console.log(JSON.stringify(written));
            """.utf8
        ).write(to: harness)

        let process = Process()
        process.executableURL = node
        let arguments = days.map { "[\($0.year),\($0.month!),\($0.day!)]" }.joined(separator: ",")
        process.arguments = [harness.path, script.path, language, pattern, "[\(arguments)]"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let written = try JSONDecoder().decode([String].self, from: printed)
        #expect(written == days.map(strings.text))
    }
}
