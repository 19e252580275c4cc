/// One YAML document as libyaml's events, recorded in their order in one array: the only
/// form a front matter, `site.yaml` or a strings file takes on its way to the content model.
/// There is no tree of nodes: a list or a group of fields is its start event, which knows
/// where its values end (so a reader steps over a value without reading it), and an alias is
/// an event that points at the value it names, never a copy. A scalar's text stays bytes in
/// `text` until a decoder asks for it.
final class YAMLDocument: Sendable {
    struct Event: Sendable {
        enum Kind: UInt8, Sendable {
            case scalar, sequence, mapping, alias
        }

        var kind: Kind
        /// Whether a scalar was written without quotes, `|` or `>`.
        var isPlain: Bool
        var mark: YAMLMark
        /// A scalar's bytes in `text`.
        var text: Range<Int>
        /// A sequence or a mapping: the index after its last value's events (a scalar: the
        /// next index). An alias: the index of the value it names.
        var link: Int
    }

    /// The lists and groups one document may nest: far more than any file of dossier needs,
    /// and few enough that whatever walks a document cannot run out of stack.
    static let deepestNesting = 100
    /// How many values aliases may repeat in all: an alias of an alias of… (the "billion
    /// laughs") stops here instead of holding a walk of the document for ever.
    static let mostRepeatedValues = 100_000

    let events: [Event]
    let text: [UInt8]
    /// The few values with a tag that tells them apart (`!!int 1` is not the key `1`).
    let tags: [Int: String]

    init(events: [Event], text: [UInt8], tags: [Int: String]) {
        self.events = events
        self.text = text
        self.tags = tags
    }

    /// The value the document holds: its first event.
    var root: YAMLNode { YAMLNode(self, at: 0) }

    /// What YAML without a document stands for: a group of no fields.
    static let emptyMapping = YAMLDocument(
        events: [Event(kind: .mapping, isPlain: false, mark: YAMLMark(line: 1, column: 1), text: 0..<0, link: 1)], text: [], tags: [:])

    /// The document of `yaml`, or `nil` when it holds none (nothing, or only comments).
    static func read(_ yaml: Substring) throws(YAMLProblem) -> YAMLDocument? {
        try YAMLEvents.reading(yaml) { (events: inout YAMLEvents) throws(YAMLProblem) -> YAMLDocument? in
            var recorder = YAMLRecorder()
            _ = try events.next(appendingTextTo: &recorder.text)
            guard try events.next(appendingTextTo: &recorder.text).kind != .streamEnd else { return nil }
            while try !recorder.record(events.next(appendingTextTo: &recorder.text)) {}
            _ = try events.next(appendingTextTo: &recorder.text)
            // A front matter is one document: a second is refused at its start, in the words
            // of libyaml's own composer.
            let after = try events.next(appendingTextTo: &recorder.text)
            guard after.kind == .streamEnd else { throw .syntax("but found another document", at: after.mark) }
            return recorder.document
        }
    }
}

extension [YAMLDocument.Event] {
    /// The event a value is read from: an alias stands for the value it names.
    func resolved(_ index: Int) -> Int {
        self[index].kind == .alias ? self[index].link : index
    }

    /// The index after the value at `index` and everything inside it.
    func after(_ index: Int) -> Int {
        switch self[index].kind {
        case .sequence, .mapping: self[index].link
        case .scalar, .alias: index + 1
        }
    }
}
