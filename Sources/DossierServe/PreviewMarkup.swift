import Dossier
import TemplateEngine

/// What `dossier serve` adds to the pages it serves, and only there: the script that reloads
/// the page when the site changes, the banner over a draft or an embargoed page, and the page
/// that explains the content's errors in place of the site.
enum PreviewMarkup {
    /// The address the reload script waits on. A slug never starts with `_`, so no page of a
    /// site can take it.
    static let changesPath = "/__dossier/changes"

    /// Asks, again and again, for the version after `version`: the server answers as soon as
    /// the site changes (or after a while, with the same version), and the page reloads.
    static func reloadScript(version: Int) -> String {
        """
        <script>
        (function () {
          var version = \(version);
          function wait() {
            fetch("\(changesPath)?after=" + version, { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (text) { if (parseInt(text, 10) !== version) { location.reload(); } else { wait(); } })
              .catch(function () { setTimeout(wait, 1000); });
          }
          wait();
        })();
        </script>
        """
    }

    static func banner(_ text: String) -> String {
        """
        <div role="note" style="position:sticky;top:0;z-index:1000;padding:0.6rem 1rem;background:#7a2e00;color:#fff;\
        font:600 0.95rem/1.4 system-ui,sans-serif;text-align:center">\(escape(text))</div>
        """
    }

    /// A served page: the banner after `<body …>`, the script before `</body>`.
    static func inject(into html: String, banner: String?, version: Int) -> String {
        var html = html
        if let banner, let bodyOpen = html.range(of: "<body"), let end = html[bodyOpen.upperBound...].firstIndex(of: ">") {
            html.insert(contentsOf: "\n" + Self.banner(banner), at: html.index(after: end))
        }
        let script = reloadScript(version: version)
        if let bodyClose = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: script + "\n", at: bodyClose.lowerBound)
        } else {
            html += script
        }
        return html
    }

    /// Every problem of the last build, as `dossier build` prints them, in place of any page.
    static func errorPage(_ diagnostics: [Diagnostic], version: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        var items = ""
        for diagnostic in errors + diagnostics.filter({ $0.severity != .error }) {
            let place = diagnostic.location.map { "\($0.path):\($0.line):\($0.column)" } ?? "dossier"
            items += """
                <li class="\(diagnostic.severity == .error ? "error" : "warning")"><code>\(escape(place))</code> \
                <strong>\(diagnostic.severity == .error ? "error" : "warning")</strong>: \(escape(diagnostic.message))\
                \(diagnostic.fix.map { "<br><span class=\"fix\">\(escape($0))</span>" } ?? "")</li>\n
                """
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>dossier: \(errors.count) error\(errors.count == 1 ? "" : "s") in the content</title>
            <style>
            body { margin: 0; padding: 2rem 1rem; background: #fbf7f4; color: #1d1b1a; font: 1rem/1.5 system-ui, sans-serif; }
            main { max-width: 60rem; margin: 0 auto; }
            h1 { font-size: 1.5rem; color: #8b1a10; }
            ul { padding: 0; list-style: none; }
            li { margin: 0 0 1rem; padding: 0.75rem 1rem; border-left: 4px solid #8b1a10; background: #fff; }
            li.warning { border-color: #9a6a00; }
            code { font-size: 0.95em; overflow-wrap: anywhere; }
            .fix { color: #4a4744; }
            </style>
            </head>
            <body>
            <main>
            <h1>The site cannot be built: \(errors.count) error\(errors.count == 1 ? "" : "s") in the content</h1>
            <p>Fix the file named below and save it: this page turns back into the site by itself.</p>
            <ul>
            \(items)</ul>
            </main>
            \(reloadScript(version: version))
            </body>
            </html>

            """
    }

    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
