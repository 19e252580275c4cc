import Foundation

/// Lists `content/static/` for publishing. Nothing is published through a link that leaves
/// the site folder (a link to `/etc/passwd` must not end up on a public web server), nor
/// through one into the rest of `content/`, which would publish the Markdown files
/// themselves, `private:` fields and all.
struct StaticFileCollector {
    let bounds: SiteBounds

    func collect(_ folder: URL, as folderPath: String, _ diagnostics: inout [Diagnostic]) -> [StaticFile] {
        let content = bounds.root + "/content/"
        let staticFolder = bounds.root + "/" + folderPath + "/"
        let files = bounds.files(
            below: folder, shownAs: folderPath,
            refuse: { target in
                guard (target + "/").hasPrefix(content), !(target + "/").hasPrefix(staticFolder) else { return nil }
                return FileProblem(
                    reason: "it leads into content/, and would publish the content's own files, private fields and all",
                    fix: "copy the file into \(folderPath)/ instead of linking to it")
            }, &diagnostics)
        return files.compactMap { file in
            // Read when the site is written; found unreadable now, it stops the build here, at its name.
            guard access(file.disk, R_OK) == 0 else {
                diagnostics.append(FileProblem(errno: errno).diagnostic(at: folderPath + "/" + file.path))
                return nil
            }
            let outputPath = String((folderPath + "/" + file.path).dropFirst("content/".count))
            return StaticFile(outputPath: outputPath, source: URL(fileURLWithPath: file.disk))
        }
    }
}
