import ArgumentParser
import Dossier
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads <source>/content/ (and <source>/templates/, whose files replace the default theme's of the same name) and writes the site into <source>/public/ unless --output says otherwise. Every problem in the content is printed as file:line:column; if there is any error, nothing is written and the previous site stays as it was.

            Every picture under content/static/ (JPEG, PNG, WebP, GIF; HEIC as JPEG) is published re-encoded: upright, with no metadata but its colour profile (no GPS position, camera, owner, date or thumbnail), and a case's photo also in several widths as WebP and JPEG. Processed pictures are kept in <source>/cache/images/, and the case pages' QR codes in <source>/cache/qr-codes, so a rebuild makes only what changed; the cache can be deleted at any time.

            The output folder belongs to dossier: a rebuild rewrites the files that changed and removes the ones the site no longer has, so dossier refuses a folder that holds files it did not write. Large sites show their progress on standard error.

            Examples:
              dossier build
              dossier build --source ~/campaign --output /var/www/campaign
              dossier build --as-of 2025-06-30   # reproducible
              SOURCE_DATE_EPOCH=1751241600 dossier build
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/ and optionally templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <source>/public).", valueName: "dir"))
    var output: String?

    @OptionGroup var day: BuildDayOption

    @Flag(name: .long, help: "Include drafts (files with 'draft: true').")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Publish at this address instead of site.yaml's base_url.", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        _ = try day.clock()
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url must be an absolute address like https://example.org/, not '\(baseURL)'")
        }
    }

    func run() throws {
        let started = ContinuousClock.now
        let siteFolder = URL(fileURLWithPath: source, isDirectory: true)
        let progress = ProgressLine()
        let options = BuildOptions(
            siteFolder: siteFolder,
            output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            clock: try day.clock(), includeDrafts: drafts, baseURL: baseURL,
            progress: progress.report
        )
        let report = SiteBuilder(options: options).build()
        progress.finish()
        Terminal.printDiagnostics(report.diagnostics)

        guard let written = report.written else {
            let errors = report.diagnostics.errorCount
            Terminal.printError("build failed with \(errors) error\(errors == 1 ? "" : "s"); nothing was written")
            throw ExitCode(1)
        }
        let elapsed = (ContinuousClock.now - started).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        print(
            "Built \(written.pages) pages (\(written.files) files) into \(Terminal.shortPath(options.output)) in \(String(format: "%.2f", seconds)) s"
        )
        if report.encodedImages > 0 {
            print(
                "Processed \(report.encodedImages) picture\(report.encodedImages == 1 ? "" : "s") (kept in \(Terminal.shortPath(options.imageCache)) for the next build)"
            )
        }
        let drafts = report.withheld.filter { $0.reason == .draft }.count
        let embargoed = report.withheld.count - drafts
        if drafts + embargoed > 0 {
            print("Left out: \(drafts) draft\(drafts == 1 ? "" : "s") (--drafts includes them), \(embargoed) under embargo")
        }
    }
}
