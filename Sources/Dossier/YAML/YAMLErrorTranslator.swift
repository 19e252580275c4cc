/// Turns libyaml's messages into ones a volunteer can act on, at the file's line.
enum YAMLErrorTranslator {
    static func diagnostic(for problem: YAMLProblem, in source: YAMLSource) -> Diagnostic {
        switch problem {
        case .syntax(let words, let mark):
            // libyaml's own limit (in some builds), far deeper than `deepestNesting`.
            if words.hasPrefix("Maximum nesting level reached") { return tooDeep(at: source.location(of: mark)) }
            let (message, fix) = explain(words)
            return .error(at: source.location(of: mark), message, fix: fix)
        case .duplicateKey(let name, let mark):
            return .error(
                at: source.location(of: mark), "the field '\(name)' is written twice",
                fix: "keep one '\(name):' line and delete the other")
        case .unreadable(let words, _, let mark):
            // `YAMLSource` finds a control character before libyaml reads, in its own words;
            // what is left here is libyaml's, at the character's line and column.
            return .error(at: source.location(of: mark), "cannot read the YAML: \(words)")
        case .nestedTooDeep(let mark):
            return tooDeep(at: source.location(of: mark))
        case .aliasesRepeatTooMuch(let mark):
            return .error(
                at: source.location(of: mark),
                "invalid YAML: the aliases ('*') repeat more than \(YAMLDocument.mostRepeatedValues) values",
                fix: "write each value out where it belongs, without '&' and '*'")
        case .outOfMemory:
            return .error(at: source.location(of: nil), "cannot read the YAML: Memory error")
        }
    }

    private static func tooDeep(at location: SourceLocation) -> Diagnostic {
        .error(
            at: location,
            "invalid YAML: lists and groups of fields are nested more than \(YAMLDocument.deepestNesting) deep here",
            fix: "check the brackets '[' and '{' and the indentation: dossier's fields nest a few levels at most")
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
