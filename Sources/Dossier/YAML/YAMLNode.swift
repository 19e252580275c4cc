/// A value of a YAML document (a scalar, a list or a group of fields) as the place of its
/// event among the document's events: reading it reads them, nothing was built for it.
struct YAMLNode {
    enum Kind {
        case scalar, sequence, mapping
    }

    let document: YAMLDocument
    /// Its event; never an alias's, which stands for the value it names.
    let index: Int

    init(_ document: YAMLDocument, at index: Int) {
        self.document = document
        self.index = document.events.resolved(index)
    }

    var kind: Kind {
        switch document.events[index].kind {
        case .scalar, .alias: .scalar
        case .sequence: .sequence
        case .mapping: .mapping
        }
    }

    var mark: YAMLMark { document.events[index].mark }

    /// Whether a scalar was written without quotes, `|` or `>`.
    var isPlain: Bool { document.events[index].isPlain }

    /// A scalar's text; `nil` for a list or a group.
    var string: String? {
        kind == .scalar ? String(decoding: document.text[document.events[index].text], as: UTF8.self) : nil
    }

    /// Whether this is a scalar whose text is `text`, compared as bytes: how a field's name
    /// is found without making a string of every key.
    func isText(_ text: String) -> Bool {
        kind == .scalar && document.text[document.events[index].text].elementsEqual(text.utf8)
    }

    /// A list's values, or a group's keys and values one after the other; none for a scalar.
    var values: Values { Values(document: document, position: index + 1, end: document.events[index].link) }

    /// A group's keys with their values, in their order.
    var entries: Entries { Entries(values: values) }
}

extension YAMLNode {
    struct Values: Sequence, IteratorProtocol {
        let document: YAMLDocument
        var position: Int
        let end: Int

        mutating func next() -> YAMLNode? {
            guard position < end else { return nil }
            defer { position = document.events.after(position) }
            return YAMLNode(document, at: position)
        }
    }

    struct Entries: Sequence, IteratorProtocol {
        var values: Values

        mutating func next() -> (key: YAMLNode, value: YAMLNode)? {
            guard let key = values.next(), let value = values.next() else { return nil }
            return (key, value)
        }
    }
}
