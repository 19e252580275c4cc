internal import CLibYAML

/// libyaml's parser over one piece of YAML, handing out its events one at a time: the only
/// file that touches libyaml's C types. The marks and problems are libyaml's own, the ones
/// Yams passed on before, so every message keeps its words, line and column.
struct YAMLEvents {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The YAML being read, to find the line of a character the reader refused.
    private let bytes: UnsafeBufferPointer<UInt8>

    /// Runs `body` over the events of `yaml`, which libyaml reads where it lies, uncopied.
    static func reading<Value>(
        _ yaml: Substring, _ body: (inout YAMLEvents) throws(YAMLProblem) -> Value
    ) throws(YAMLProblem) -> Value {
        let outcome =
            yaml.utf8.withContiguousStorageIfAvailable { reading($0, body) }
            ?? Array(yaml.utf8).withUnsafeBufferPointer { reading($0, body) }
        return try outcome.get()
    }

    /// The next event; a scalar's text is appended to `text`, where the event says it lies.
    mutating func next(appendingTextTo text: inout [UInt8]) throws(YAMLProblem) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw problem }
        defer { yaml_event_delete(&event) }
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return YAMLEvent(kind: .streamStart, mark: mark)
        case YAML_DOCUMENT_START_EVENT:
            return YAMLEvent(kind: .documentStart, mark: mark)
        case YAML_DOCUMENT_END_EVENT:
            return YAMLEvent(kind: .documentEnd, mark: mark)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(kind: .alias, mark: mark, anchor: string(event.data.alias.anchor))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let start = text.count
            if scalar.length > 0 { text.append(contentsOf: UnsafeBufferPointer(start: scalar.value, count: scalar.length)) }
            // A quoted scalar without a tag is text, as is one tagged `!`.
            let tag = scalar.quoted_implicit == 1 ? nil : Self.tag(scalar.tag, unless: "tag:yaml.org,2002:str")
            return YAMLEvent(
                kind: .scalar, mark: mark, text: start..<text.count, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE,
                anchor: string(scalar.anchor), tag: tag)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            let tag = start.implicit != 0 ? nil : Self.tag(start.tag, unless: "tag:yaml.org,2002:seq")
            return YAMLEvent(kind: .sequenceStart, mark: mark, anchor: string(start.anchor), tag: tag)
        case YAML_SEQUENCE_END_EVENT:
            return YAMLEvent(kind: .sequenceEnd, mark: mark)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            let tag = start.implicit != 0 ? nil : Self.tag(start.tag, unless: "tag:yaml.org,2002:map")
            return YAMLEvent(kind: .mappingStart, mark: mark, anchor: string(start.anchor), tag: tag)
        case YAML_MAPPING_END_EVENT:
            return YAMLEvent(kind: .mappingEnd, mark: mark)
        default:
            // YAML_STREAM_END_EVENT, and the empty event libyaml gives after it.
            return YAMLEvent(kind: .streamEnd, mark: mark)
        }
    }
}

private extension YAMLEvents {
    static func reading<Value>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (inout YAMLEvents) throws(YAMLProblem) -> Value
    ) -> Result<Value, YAMLProblem> {
        // libyaml wants an address even for no bytes at all.
        guard let start = bytes.baseAddress else {
            return withUnsafePointer(to: UInt8(0)) { reading(UnsafeBufferPointer(start: $0, count: 0), body) }
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { return .failure(.outOfMemory) }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, start, bytes.count)
        var events = YAMLEvents(parser: parser, bytes: bytes)
        return Result { () throws(YAMLProblem) in try body(&events) }
    }

    var problem: YAMLProblem {
        let words = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        let mark = parser.pointee.problem_mark
        switch parser.pointee.error {
        case YAML_MEMORY_ERROR: return .outOfMemory
        case YAML_READER_ERROR:
            let offset = parser.pointee.problem_offset
            return .unreadable(words, value: Int(parser.pointee.problem_value), at: YAMLMark(offset: offset, in: bytes))
        default: return .syntax(words, at: YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1))
        }
    }

    /// A tag as libyaml resolved it (`!!int` is `tag:yaml.org,2002:int`); `nil` for the
    /// non-specific `!` and for the kind's own tag, which change nothing.
    static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, unless own: String) -> String? {
        guard let tag = string(pointer), tag != "!", tag != own else { return nil }
        return tag
    }
}

private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: UnsafePointer($0)) }
}
