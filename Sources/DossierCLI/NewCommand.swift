import ArgumentParser
import Dossier
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new case, statement, organization or site.",
        discussion: """
        Writes a file with every field of the content model, the optional ones commented out, at the file name made from the name: letters in Cyrillic (Kazakh and Kyrgyz letters included) are written in Latin, and accents are dropped. It never overwrites a file.

        Examples:
          dossier new case "Думан Мұхаммедкәрім"      # content/cases/duman-mukhammedkarim.md
          dossier new statement "Free the journalists" # content/statements/<today>-free-the-journalists.md
          dossier new organization "Fédération internationale pour les droits humains"
          dossier new site my-campaign
        """,
        subcommands: [NewContent<CaseFile>.self, NewContent<StatementFile>.self, NewContent<OrganizationFile>.self, NewSite.self]
    )
}

/// The three content kinds as types, so each gets its own subcommand with its own help.
protocol ContentFile {
    static var kind: Scaffolder.Kind { get }
    static var what: String { get }
}
enum CaseFile: ContentFile { static let kind = Scaffolder.Kind.case; static let what = "the person's full name" }
enum StatementFile: ContentFile { static let kind = Scaffolder.Kind.statement; static let what = "the statement's title" }
enum OrganizationFile: ContentFile { static let kind = Scaffolder.Kind.organization; static let what = "the organization's full name" }

struct NewContent<Kind: ContentFile>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Kind.kind.rawValue, abstract: "Start a new \(Kind.kind.rawValue) file in content/\(Kind.kind.folder)/.")
    }

    @Argument(help: ArgumentHelp("\(Kind.what.prefix(1).uppercased() + Kind.what.dropFirst()), in quotes.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Use this file name (without .md) instead of the one made from the name.", valueName: "slug"))
    var slug: String?

    @OptionGroup var day: BuildDayOption

    func run() throws {
        let scaffolder = Scaffolder(siteFolder: URL(fileURLWithPath: source, isDirectory: true), today: try day.clock().today)
        do {
            let path = try scaffolder.create(Kind.kind, named: name, slug: slug)
            print("Created \(source == "." ? path : (source as NSString).appendingPathComponent(path))")
            print("Fill in the fields, then remove 'draft: true' to publish; 'dossier check' says what is missing.")
        } catch {
            Terminal.printDiagnostics([error])
            throw ExitCode(1)
        }
    }
}

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a small site that builds: settings, one case, one organization, one statement."
    )

    @Argument(help: ArgumentHelp("The folder to create it in.", valueName: "dir"))
    var folder: String

    @OptionGroup var day: BuildDayOption

    func run() throws {
        let scaffolder = Scaffolder(siteFolder: URL(fileURLWithPath: folder, isDirectory: true), today: try day.clock().today)
        do {
            for path in try scaffolder.createSite() { print("Created \(folder)/\(path)") }
            print("Next: dossier build --source \(folder)")
        } catch {
            Terminal.printDiagnostics([error])
            throw ExitCode(1)
        }
    }
}
