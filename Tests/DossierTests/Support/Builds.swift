import Dossier
import Foundation
import Testing

/// Builds a site folder the way `dossier build --as-of 2025-06-30` does.
func build(_ siteFolder: URL, output: URL? = nil, asOf: String = "2025-06-30", drafts: Bool = false) -> (BuildReport, URL) {
    let output = output ?? siteFolder.appending(path: "public", directoryHint: .isDirectory)
    let day = PartialDate(asOf)!.earliestDay
    var options = BuildOptions(siteFolder: siteFolder, output: output, clock: BuildClock(asOf: day), includeDrafts: drafts)
    // Beside the output, which is a scratch folder: a fixture's own folder stays as checked in.
    options.imageCache = output.deletingLastPathComponent().appending(path: "cache/images", directoryHint: .isDirectory)
    return (SiteBuilder(options: options).build(), output)
}

/// Diagnostics as the command line prints them, without colour.
func printed(_ diagnostics: [Diagnostic]) -> String {
    DiagnosticPrinter(colored: false).format(diagnostics)
}

/// A scratch copy of a fixture site, built once into its `public/`. The caller removes it.
func builtCopy(of fixture: String) throws -> (scratch: TemporaryFolder, output: URL) {
    let scratch = try TemporaryFolder()
    do {
        try scratch.copySite(from: Fixtures.site(fixture))
        let (report, output) = build(scratch.url)
        try #require(report.succeeded)
        return (scratch, output)
    } catch {
        scratch.remove()
        throw error
    }
}
