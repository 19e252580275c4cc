import Yams

/// Turns libyaml's messages into ones a volunteer can act on, at the file's line.
enum YAMLErrorTranslator {
    static func diagnostic(for error: YamlError, in source: YAMLSource) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            let (message, fix) = explain(problem)
            return .error(at: source.location(of: mark), message, fix: fix)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let name = duplicates.first ?? "?"
            return .error(
                at: source.location(of: context.mark), "the field '\(name)' is written twice",
                fix: "keep one '\(name):' line and delete the other")
        case .reader(let problem, _, _, _):
            return .error(at: source.location(of: nil), "cannot read the YAML: \(problem)")
        default:
            return .error(at: source.location(of: nil), "cannot read the YAML: \(error)")
        }
    }

    private static func explain(_ problem: String) -> (String, String?) {
        switch problem {
        case let p where p.contains("found character that cannot start any token"):
            return (
                "invalid YAML: a tab or a special character (such as '@' or '`') starts a value",
                "indent with spaces, not tabs, and put a value that starts with a special character in quotes"
            )
        case let p where p.contains("mapping values are not allowed"):
            return (
                "invalid YAML: a value contains ': '",
                "put the whole value in double quotes, like title: \"Kyrgyzstan: free the journalists\""
            )
        case let p where p.contains("could not find expected ':'"):
            return (
                "invalid YAML: a line is neither 'key: value' nor a list item",
                "write 'key: value', or continue a long value by quoting it"
            )
        case let p where p.contains("did not find expected key"), let p where p.contains("did not find expected '-' indicator"):
            return (
                "invalid YAML: the indentation of this line does not match the lines around it",
                "indent items of the same list or group by the same number of spaces"
            )
        case let p where p.contains("found undefined alias"):
            return (
                "invalid YAML: '*' starts an alias that is not defined",
                "put a value that starts with '*' in quotes"
            )
        case let p where p.contains("did not find expected alphabetic or numeric character"):
            return (
                "invalid YAML: '&' or '*' starts a value",
                "put a value that starts with '&' or '*' in quotes"
            )
        case let p where p.contains("found unexpected end of stream"), let p where p.contains("found unexpected document"):
            return ("invalid YAML: a quoted value is never closed", "close the quotes on the same line")
        default:
            return ("invalid YAML: \(problem)", nil)
        }
    }
}
