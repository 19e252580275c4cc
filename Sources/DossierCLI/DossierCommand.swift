import ArgumentParser

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Build a campaign website for imprisoned journalists and human-rights defenders.",
        discussion: """
            dossier turns a folder of Markdown case files, statements and organizations into a static website: a page per detainee, the statements, and an index of every organization that signed them. Start with 'dossier build' in the folder that holds content/; 'dossier check' reports problems without writing anything, and 'dossier serve' shows the site in a browser while you edit it. The content format is described in docs/content.md.

            Exit codes: 0 success, 1 problems in the content (all of them are printed, nothing is written), 64 wrong command-line flags.
            """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )
}
