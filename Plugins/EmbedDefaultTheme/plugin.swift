import Foundation
import PackagePlugin

/// Compiles the repository's `templates/` folder into the Dossier library, so that the
/// `dossier` binary carries its default theme and builds a site anywhere it is copied.
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let themeFolder = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme from templates/",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [themeFolder.path, output.path],
                inputFiles: filesBelow(themeFolder),
                outputFiles: [output]
            )
        ]
    }

    /// Every file of the theme, so that editing any of them re-runs the embedder.
    private func filesBelow(_ folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
    }
}
