import ArgumentParser
import Dossier
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new case, statement, organization, translation or site.",
        discussion: """
            Writes a file with every field of the content model, the optional ones commented out, at the file name made from the name: letters in Cyrillic (Kazakh and Kyrgyz letters included) are written in Latin, and accents are dropped. It never overwrites a file.

            'new translation' writes the translation of a content file beside it, with the main file's words to translate as comments.

            Examples:
              dossier new case "Думан Мұхаммедкәрім"      # content/cases/duman-mukhammedkarim.md
              dossier new statement "Free the journalists" # content/statements/<today>-free-the-journalists.md
              dossier new organization "Fédération internationale pour les droits humains"
              dossier new translation content/cases/duman-mukhammedkarim.md ru
              dossier new site my-campaign
            """,
        subcommands: [
            NewContent<CaseFile>.self, NewContent<StatementFile>.self, NewContent<OrganizationFile>.self, NewTranslation.self,
            NewSite.self,
        ]
    )
}

/// The three content kinds as types, so each gets its own subcommand with its own help.
protocol ContentFile {
    static var kind: Scaffolder.Kind { get }
    static var what: String { get }
}
enum CaseFile: ContentFile {
    static let kind = Scaffolder.Kind.case
    static let what = "the person's full name"
}
enum StatementFile: ContentFile {
    static let kind = Scaffolder.Kind.statement
    static let what = "the statement's title"
}
enum OrganizationFile: ContentFile {
    static let kind = Scaffolder.Kind.organization
    static let what = "the organization's full name"
}

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

    func validate() throws {
        _ = try day.clock()
    }

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

struct NewTranslation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translation",
        abstract: "Start the translation of a content file into one of the site's languages.",
        discussion: """
            Writes <slug>.<language>.md beside the main file, with each field a translation may set (names, occupation, sentence, charges, court, facility, timeline, sources; a statement's title and place; an organization's name; a page's title and description) and the story, as the main file writes them, commented out. Uncomment a field and translate its words; what stays commented is shown from the main file. The facts (dates, status, tags, photo, links) are never in a translation. The language must be listed under 'translations:' in content/site.yaml.
            """
    )

    @Argument(help: ArgumentHelp("The main file, from the site folder.", valueName: "file"))
    var file: String

    @Argument(help: ArgumentHelp("The language: a tag of 'translations:' in content/site.yaml, like ru.", valueName: "language"))
    var language: String

    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/.", valueName: "dir"))
    var source: String = "."

    func run() throws {
        let scaffolder = Scaffolder(siteFolder: URL(fileURLWithPath: source, isDirectory: true), today: CalendarDay(daysSince1970: 0))
        do {
            let path = try scaffolder.createTranslation(of: file, into: language)
            print("Created \(source == "." ? path : (source as NSString).appendingPathComponent(path))")
            print("Translate the commented fields and the story, then remove 'draft: true' to publish; 'dossier check' says what is left.")
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

    func validate() throws {
        _ = try day.clock()
    }

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
