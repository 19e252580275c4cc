import Foundation

/// How `dossier check` prints its report: for people, for editors, for GitHub.
public enum CheckReportFormat: String, CaseIterable, Sendable {
    /// As `build` prints problems (`file:line:column: error: …`), then what is left out.
    case text
    /// One JSON object: `diagnostics` (file, line, column, severity, message, fix),
    /// `withheld`, `images` (file, removed), `translations` (language, translated, total,
    /// untranslated_files, incomplete: file, missing), and the counts. Absent values are left out.
    case json
    /// GitHub Actions workflow commands, so a pull request shows each problem on its line.
    case github

    public func format(_ report: CheckReport, colored: Bool = false) -> String {
        switch self {
        case .text: Self.text(report, colored: colored)
        case .json: Self.json(report)
        case .github: Self.github(report)
        }
    }

    private static func text(_ report: CheckReport, colored: Bool) -> String {
        var text = DiagnosticPrinter(colored: colored).format(report.diagnostics)
        if !report.withheld.isEmpty {
            text += "Left out of a normal build:\n"
            for item in report.withheld { text += "  \(item.file): \(explanation(item.reason))\n" }
        }
        if !report.images.isEmpty {
            text += "Metadata the published pictures leave out:\n"
            for image in report.images { text += "  \(image.file): \(labels(image.removed))\n" }
        }
        for coverage in report.translations {
            text += "Translated into \(coverage.language): \(coverage.translated) of \(coverage.total) files\n"
            for file in coverage.untranslatedFiles { text += "  \(file): not translated yet\n" }
            for item in coverage.incomplete { text += "  \(item.file): leaves untranslated \(item.missing.joined(separator: ", "))\n" }
        }
        return text + summary(report) + "\n"
    }

    private static func json(_ report: CheckReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = JSONReport(
            diagnostics: report.diagnostics.sorted().map {
                JSONReport.Problem(
                    file: $0.location?.path, line: $0.location?.line, column: $0.location?.column,
                    severity: $0.severity.rawValue, message: $0.message, fix: $0.fix)
            },
            withheld: report.withheld.map {
                switch $0.reason {
                case .draft: JSONReport.Left(file: $0.file, reason: "draft", until: nil)
                case .embargoed(let until): JSONReport.Left(file: $0.file, reason: "embargo", until: until.description)
                }
            },
            images: report.images.map { JSONReport.Image(file: $0.file, removed: $0.removed.map(\.rawValue)) },
            translations: report.translations.map {
                JSONReport.Coverage(
                    language: $0.language, translated: $0.translated, total: $0.total,
                    untranslatedFiles: $0.untranslatedFiles,
                    incomplete: $0.incomplete.map { JSONReport.Coverage.Incomplete(file: $0.file, missing: $0.missing) })
            },
            errors: report.diagnostics.errorCount,
            warnings: report.diagnostics.count - report.diagnostics.errorCount
        )
        // Encoding plain strings and numbers cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func github(_ report: CheckReport) -> String {
        var text = ""
        for diagnostic in report.diagnostics.sorted() {
            var properties: [String] = []
            if let location = diagnostic.location {
                properties = ["file=\(location.path)", "line=\(location.line)", "col=\(location.column)"]
            }
            properties.append("title=dossier")
            let message = diagnostic.message + (diagnostic.fix.map { "\nnote: \($0)" } ?? "")
            text += "::\(diagnostic.severity.rawValue) \(properties.map(escapeProperty).joined(separator: ","))::\(escapeData(message))\n"
        }
        for item in report.withheld {
            text += "::notice \(escapeProperty("file=\(item.file)"))::\(escapeData("left out of a normal build: " + explanation(item.reason)))\n"
        }
        for image in report.images {
            text += "::notice \(escapeProperty("file=\(image.file)"))::\(escapeData("published without its " + labels(image.removed)))\n"
        }
        for coverage in report.translations {
            for file in coverage.untranslatedFiles {
                text += "::notice \(escapeProperty("file=\(file)"))::\(escapeData("not translated into \(coverage.language) yet"))\n"
            }
            for item in coverage.incomplete {
                text +=
                    "::notice \(escapeProperty("file=\(item.file)"))::\(escapeData("leaves untranslated " + item.missing.joined(separator: ", ")))\n"
            }
        }
        return text + summary(report) + "\n"
    }

    private static func explanation(_ reason: Site.Withheld.Reason) -> String {
        switch reason {
        case .draft: "draft (--drafts includes it)"
        case .embargoed(let until): "embargoed until \(until)"
        }
    }

    /// "GPS location, camera, author".
    private static func labels(_ kinds: [MetadataKind]) -> String {
        kinds.map(\.label).joined(separator: ", ")
    }

    private static func summary(_ report: CheckReport) -> String {
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.count - errors
        guard errors + warnings > 0 else { return "check: no problems found" }
        return "check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// The escaping GitHub's workflow commands define for a message…
    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// …and for the value of a property (`file=…`), where `:` and `,` are separators.
    private static func escapeProperty(_ property: String) -> String {
        guard let equals = property.firstIndex(of: "=") else { return property }
        let value = escapeData(String(property[property.index(after: equals)...]))
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
        return property[...equals] + value
    }
}

/// The shape of `--format json`.
private struct JSONReport: Encodable {
    struct Problem: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var severity: String
        var message: String
        var fix: String?
    }

    struct Left: Encodable {
        var file: String
        var reason: String
        var until: String?
    }

    struct Image: Encodable {
        var file: String
        /// `gps`, `camera`, `author`, `date`, `thumbnail`, `comment`, `other`.
        var removed: [String]
    }

    /// Per language besides the main one.
    struct Coverage: Encodable {
        struct Incomplete: Encodable {
            var file: String
            var missing: [String]
        }
        var language: String
        var translated: Int
        var total: Int
        var untranslatedFiles: [String]
        var incomplete: [Incomplete]

        enum CodingKeys: String, CodingKey {
            case language, translated, total, incomplete
            case untranslatedFiles = "untranslated_files"
        }
    }

    var diagnostics: [Problem]
    var withheld: [Left]
    var images: [Image]
    var translations: [Coverage]
    var errors: Int
    var warnings: Int
}
