import ArgumentParser
import Dossier
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and the theme without writing anything.",
        discussion: """
            Runs every check of 'dossier build' (front matter, dates, references, translations, templates) and prints every problem found, then what a normal build leaves out: drafts, and statements under embargo with the time it ends; for each picture, the kinds of metadata its published copy leaves out (GPS location, camera, author, date taken, thumbnail, comments); and, for each language of 'translations:' in site.yaml, the files not translated yet and what each translation leaves to its main file. Nothing is written, and the output folder is not looked at.

            Exit code 0 when there is no error (warnings alone pass), 1 when there is one.

            --format json prints one JSON object for editors and scripts: "diagnostics" (file, line, column, severity, message, fix), "withheld" (file, reason, until), "images" (file, removed: gps, camera, author, date, thumbnail, comment, other), "translations" (language, translated, total, untranslated_files, incomplete: file, missing), "errors" and "warnings". --format github prints GitHub Actions workflow commands, so a pull request shows each problem on its line.

            Examples:
              dossier check
              dossier check --source ~/campaign --format json
              dossier check --format github   # in a GitHub Actions step
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/ and optionally templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("text, json or github.", valueName: "format"))
    var format: CheckReportFormat = .text

    @OptionGroup var day: BuildDayOption

    func validate() throws {
        _ = try day.clock()
    }

    func run() throws {
        let options = BuildOptions(siteFolder: URL(fileURLWithPath: source, isDirectory: true), clock: try day.clock())
        let report = SiteBuilder(options: options).check()
        let colored = format == .text && Terminal.colorsStandardOutput
        FileHandle.standardOutput.write(Data(format.format(report, colored: colored).utf8))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}

extension CheckReportFormat: ExpressibleByArgument {}
