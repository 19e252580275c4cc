/// Records libyaml's events of one document into a `YAMLDocument`, doing on the way what
/// composing a tree did, at the same events, so that a problem is found where it was found
/// before: an alias names a value that has ended (else "found undefined alias"), and a group
/// of fields with a key written twice is refused at its end.
struct YAMLRecorder {
    var text: [UInt8] = []
    private var events: [YAMLDocument.Event] = []
    private var tags: [Int: String] = [:]
    /// The lists and groups not ended yet: where each starts, the anchor it defines, and how
    /// many values it holds, counting those its aliases repeat.
    private var open: [(index: Int, anchor: String?, size: Int)] = []
    /// What each anchor names; a later anchor of the same name takes its place.
    private var anchors: [String: (index: Int, size: Int)] = [:]
    private var repeated = 0

    init() {
        events.reserveCapacity(64)
        text.reserveCapacity(1024)
    }

    var document: YAMLDocument { YAMLDocument(events: events, text: text, tags: tags) }

    /// Takes the next event of the document's value; `true` once that value has ended.
    mutating func record(_ event: YAMLEvent) throws(YAMLProblem) -> Bool {
        let index = events.count
        if let tag = event.tag { tags[index] = tag }
        switch event.kind {
        case .scalar:
            var bytes = event.text
            // A byte order mark that starts a value is invisible: dropped, as the reference
            // the tests hold this to (Yams, through Foundation's strings) drops it.
            if text[bytes].starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            events.append(.init(kind: .scalar, isPlain: event.isPlain, mark: event.mark, text: bytes, link: index + 1))
            return ended(index, anchor: event.anchor, size: 1)
        case .alias:
            guard let name = event.anchor, let named = anchors[name] else { throw .syntax("found undefined alias", at: event.mark) }
            repeated += named.size
            guard repeated <= YAMLDocument.mostRepeatedValues else { throw .aliasesRepeatTooMuch(at: event.mark) }
            events.append(.init(kind: .alias, isPlain: false, mark: event.mark, text: 0..<0, link: named.index))
            return ended(index, anchor: nil, size: named.size)
        case .sequenceStart, .mappingStart:
            guard open.count < YAMLDocument.deepestNesting else { throw .nestedTooDeep(at: event.mark) }
            let kind: YAMLDocument.Event.Kind = event.kind == .sequenceStart ? .sequence : .mapping
            events.append(.init(kind: kind, isPlain: false, mark: event.mark, text: 0..<0, link: index))
            open.append((index, event.anchor, 1))
            return false
        case .sequenceEnd, .mappingEnd:
            let collection = open.removeLast()
            events[collection.index].link = index
            if event.kind == .mappingEnd, let duplicate = duplicateKey(in: collection.index) {
                throw .duplicateKey(duplicate.name, at: duplicate.mark)
            }
            return ended(collection.index, anchor: collection.anchor, size: collection.size)
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            return open.isEmpty
        }
    }
}

private extension YAMLRecorder {
    /// A value has ended: its anchor now names it, and its size counts in the one around it.
    mutating func ended(_ index: Int, anchor: String?, size: Int) -> Bool {
        if let anchor { anchors[anchor] = (index, size) }
        guard !open.isEmpty else { return true }
        open[open.count - 1].size += size
        return false
    }

    /// The key written twice in the mapping at `index` that Yams named: the first in its
    /// order of keys, at its first occurrence.
    func duplicateKey(in index: Int) -> (name: String, mark: YAMLMark)? {
        var key = index + 1
        // One key, the most common group in a front matter, cannot be written twice.
        guard key < events[index].link, events.after(events.after(key)) < events[index].link,
            plainKeysAreDistinct(in: index) != true
        else { return nil }
        var seen: [YAMLKeyIdentity: (first: Int, count: Int)] = [:]
        while key < events[index].link {
            let resolved = events.resolved(key)
            seen[YAMLKeyIdentity(resolved, events: events, text: text, tags: tags), default: (resolved, 0)].count += 1
            key = events.after(events.after(key))
        }
        let duplicates = seen.values.filter { $0.count > 1 }.map { (index: $0.first, name: name(of: $0.first)) }
        // Scalars in the order of their text, then the rest.
        let first = duplicates.min { ($0.name == nil ? 1 : 0, $0.name ?? "") < ($1.name == nil ? 1 : 0, $1.name ?? "") }
        return first.map { (name: $0.name ?? "<uncovertable>", mark: events[$0.index].mark) }
    }

    /// Whether the keys of the mapping at `index` are all different, told from their bytes
    /// when every key is untagged ASCII text (a front matter's are): for those, the same bytes
    /// and the same string are one. `nil` when a key is anything else, and `false` when two
    /// are the same, for `duplicateKey(in:)` to name as Yams did. Comparing every key as a
    /// `YAMLKeyIdentity` was 3% of a large site's parse, for the rare mapping with a duplicate.
    func plainKeysAreDistinct(in index: Int) -> Bool? {
        var seen = Set<ArraySlice<UInt8>>(minimumCapacity: 32)
        var key = index + 1
        while key < events[index].link {
            let resolved = events.resolved(key)
            guard events[resolved].kind == .scalar, tags[resolved] == nil else { return nil }
            let bytes = text[events[resolved].text]
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard seen.insert(bytes).inserted else { return false }
            key = events.after(events.after(key))
        }
        return true
    }

    func name(of index: Int) -> String? {
        events[index].kind == .scalar ? String(decoding: text[events[index].text], as: UTF8.self) : nil
    }
}
