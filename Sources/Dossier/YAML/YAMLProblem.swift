/// Why a piece of YAML could not be read: libyaml's own problem with its mark, or one found
/// while the events were recorded. `YAMLErrorTranslator` words it for a volunteer.
enum YAMLProblem: Error, Hashable {
    /// libyaml's scanner or parser, or the recording (`found undefined alias`, a second
    /// document), in libyaml's words.
    case syntax(String, at: YAMLMark)
    /// libyaml's reader: a control character, or bytes that are not UTF-8; `value` is the
    /// character (or the byte) it stopped at.
    case unreadable(String, value: Int, at: YAMLMark)
    /// Two keys of one group of fields are the same; the mark is the first one's.
    case duplicateKey(String, at: YAMLMark)
    /// Lists and groups nested deeper than `YAMLDocument.deepestNesting`.
    case nestedTooDeep(at: YAMLMark)
    /// Aliases (`*name`) that would repeat more values than `YAMLDocument.mostRepeatedValues`.
    case aliasesRepeatTooMuch(at: YAMLMark)
    case outOfMemory
}
