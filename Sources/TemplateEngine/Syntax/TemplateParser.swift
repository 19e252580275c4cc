/// Reads one Mustache template into nodes. It follows the specification, and where the
/// specification leaves a choice (which whitespace is kept around tags, how a partial's lines
/// are indented) it does what swift-mustache does, the renderer dossier's themes were written
/// for, so every theme prints the same bytes it always did.
struct TemplateParser {
    /// What a parse of one level (the template, a section, a parent's body) yields.
    private enum Item {
        case node(Node)
        /// `{{$name}}…{{/name}}` directly inside `{{<parent}}…{{/parent}}`: an override.
        case definition(TemplateName, Block)
    }

    private struct State {
        /// The name the level's closing tag must repeat; `nil` at the top of the template.
        var sectionName: String?
        var sectionLocation: TemplateLocation?
        /// Whether only spaces and tabs stand between the last line break and the position.
        var newLine = true
        /// Inside a parent's body, at any depth / directly.
        var inParent = false
        var inParentTopLevel = false
        /// The indentation of a block definition's first line, taken off each of its lines.
        var definitionIndent: Int?
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)

        func entering(_ name: String, at location: TemplateLocation, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionLocation = location
            state.inParentTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func enteringParent(_ name: String, at location: TemplateLocation) -> State {
            var state = self
            state.sectionName = name
            state.sectionLocation = location
            state.newLine = true
            state.inParent = true
            state.inParentTopLevel = true
            return state
        }
    }

    private let bytes: [UInt8]
    private let template: String
    private var lines: LineIndex
    private var position = 0

    private init(_ text: String, template: String) {
        self.bytes = Array(text.utf8)
        self.template = template
        self.lines = LineIndex(bytes)
    }

    /// The nodes of `text`, the source of the template named `template`.
    static func parse(_ text: String, template: String) throws(TemplateSyntaxError) -> Block {
        var parser = TemplateParser(text, template: template)
        let items = try parser.parseLevel(State())
        return Block(items.compactMap { if case .node(let node) = $0 { node } else { nil } })
    }

    private mutating func parseLevel(_ initial: State) throws(TemplateSyntaxError) -> [Item] {
        var items: [Item] = []
        var state = initial
        var whitespace: ArraySlice<UInt8> = []
        func append(text: ArraySlice<UInt8>) {
            guard !text.isEmpty else { return }
            if case .node(.text(var previous))? = items.last {
                // Taken out first, so the text grows in place rather than copied per line.
                items.removeLast()
                previous += text
                items.append(.node(.text(previous)))
            } else {
                items.append(.node(.text(Array(text))))
            }
        }
        while position < bytes.count {
            if state.newLine {
                let start = position
                while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
                    position += 1
                }
                let read = bytes[start..<position]
                if state.inParent, !state.inParentTopLevel {
                    if let indent = state.definitionIndent {
                        whitespace = read.dropFirst(indent)
                    } else {
                        state.definitionIndent = read.count
                    }
                } else {
                    whitespace = read
                }
            }
            let tagStart: Int
            let textStart = position
            switch readText(state) {
            case .newline(let end):
                append(text: whitespace + bytes[textStart..<end])
                whitespace = []
                state.newLine = true
                continue
            case .end:
                // Spaces that end the template after its last line break are dropped, as
                // swift-mustache drops them.
                if position > textStart { append(text: whitespace + bytes[textStart..<position]) }
                return try finish(items, state)
            case .tag(let textEnd, let start):
                if textEnd > textStart {
                    append(text: whitespace + bytes[textStart..<textEnd])
                    whitespace = []
                    state.newLine = false
                }
                tagStart = start
            }
            let location = lines.location(of: tagStart, in: template)
            guard position < bytes.count else { throw TemplateSyntaxError(location: location, reason: .unclosedTag) }
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state, tagAt: location)
                standalone = isStandalone(state)
                if !standalone { append(text: whitespace); whitespace = [] }
                let body = Block(nodes(try parseLevel(state.entering(name, at: location, newLine: standalone))))
                let path = try namePath(name, at: location)
                items.append(.node(inverted ? .inverted(path, body) : .section(path, body)))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(state, tagAt: location)
                guard name == state.sectionName else {
                    throw TemplateSyntaxError(location: location, reason: .mismatchedClose(expected: state.sectionName, found: name))
                }
                if !isStandalone(state) { append(text: whitespace) }
                return items
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(state.close, from: position) else {
                    throw TemplateSyntaxError(location: location, reason: .unclosedTag)
                }
                position = end + state.close.count
                standalone = isStandalone(state)
            case UInt8(ascii: "{"):
                append(text: whitespace); whitespace = []
                position += 1
                let name = try readName(state, tagAt: location)
                guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                    throw TemplateSyntaxError(location: location, reason: .unclosedTag)
                }
                position += 1
                items.append(.node(.variable(try namePath(name, at: location), escaped: false)))
            case UInt8(ascii: "&"):
                append(text: whitespace); whitespace = []
                position += 1
                let name = try readName(state, tagAt: location)
                items.append(.node(.variable(try namePath(name, at: location), escaped: false)))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let dynamic = position < bytes.count && bytes[position] == UInt8(ascii: "*")
                if dynamic { position += 1 }
                let name = try readName(state, tagAt: location, partial: true)
                append(text: whitespace)
                standalone = isStandalone(state)
                let partial = dynamic ? Partial.dynamic(try namePath(name, at: location)) : .fixed(name: name, index: nil, location: location)
                items.append(.node(.partial(partial, indentation: standalone ? Array(whitespace) : [], overrides: nil)))
                whitespace = []
            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                let written = try readName(state, tagAt: location, partial: true)
                append(text: whitespace)
                standalone = isStandalone(state)
                var overrides: [TemplateName: Block] = [:]
                for item in try parseLevel(state.enteringParent(written, at: location)) {
                    switch item {
                    case .definition(let name, let block): overrides[name] = block
                    case .node(.text): break
                    case .node: throw TemplateSyntaxError(location: location, reason: .notAllowedInParent)
                    }
                }
                let partial = written.first == "*"
                    ? Partial.dynamic(try namePath(String(written.dropFirst()), at: location))
                    : .fixed(name: written, index: nil, location: location)
                items.append(.node(.partial(partial, indentation: Array(whitespace), overrides: overrides)))
                whitespace = []
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state, tagAt: location)
                if state.inParentTopLevel {
                    standalone = isStandalone(state)
                    let body = Block(nodes(try parseLevel(state.entering(name, at: location, newLine: standalone))))
                    items.append(.definition(TemplateName(name), body))
                } else if isStandalone(state) {
                    standalone = true
                    // The default's own indentation is taken off its lines and becomes the
                    // block's, so an override is indented where the default stands; a block
                    // with no default is indented as its tag is.
                    let indentation = intrinsicIndentation(state) ?? whitespace
                    var inner = state.entering(name, at: location, newLine: true)
                    inner.inParent = true
                    inner.definitionIndent = nil
                    let body = Block(nodes(try parseLevel(inner)))
                    items.append(.node(.block(TemplateName(name), body, indentation: Array(indentation), firstLine: true)))
                    whitespace = []
                } else {
                    append(text: whitespace)
                    let body = Block(nodes(try parseLevel(state.entering(name, at: location, newLine: false))))
                    items.append(.node(.block(TemplateName(name), body, indentation: Array(whitespace), firstLine: false)))
                    whitespace = []
                }
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(&state, tagAt: location)
                standalone = isStandalone(state)
            case UInt8(ascii: "%"):
                throw TemplateSyntaxError(location: location, reason: .unsupportedPragma)
            default:
                append(text: whitespace); whitespace = []
                let name = try readName(state, tagAt: location)
                items.append(.node(.variable(try namePath(name, at: location), escaped: true)))
            }
            state.newLine = standalone
        }
        return try finish(items, state)
    }

    private func finish(_ items: [Item], _ state: State) throws(TemplateSyntaxError) -> [Item] {
        if let name = state.sectionName, let location = state.sectionLocation {
            throw TemplateSyntaxError(location: location, reason: .unclosedSection(name))
        }
        return items
    }

    private func nodes(_ items: [Item]) -> [Node] {
        items.compactMap { if case .node(let node) = $0 { node } else { nil } }
    }

    private enum TextEnd {
        /// A line break ends at `end` (exclusive), the position is after it.
        case newline(end: Int)
        /// An opening delimiter starts at `start`; the position is after it.
        case tag(textEnd: Int, start: Int)
        case end
    }

    /// Reads text up to a line break (kept), an opening delimiter (skipped) or the end.
    private mutating func readText(_ state: State) -> TextEnd {
        let first = state.open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                position += 1
                return .newline(end: position)
            }
            if byte == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") {
                position += 2
                return .newline(end: position)
            }
            if byte == first, matches(state.open, at: position) {
                let start = position
                position += state.open.count
                return .tag(textEnd: start, start: start)
            }
            position += 1
        }
        return .end
    }

    /// Whether the tag just read stands alone on its line; if so, the rest of the line is skipped.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= bytes.count { return true }
        var end = position
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        guard end < bytes.count else { return false }
        switch bytes[end] {
        case UInt8(ascii: "\n"): position = end + 1
        case UInt8(ascii: "\r"):
            position = end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n") ? end + 2 : end + 1
        default: return false
        }
        return true
    }

    /// The whitespace that starts the line after a standalone block tag, less the indentation
    /// a surrounding block definition takes off; `nil` when that line closes the block.
    private func intrinsicIndentation(_ state: State) -> ArraySlice<UInt8>? {
        var end = position
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if matches(state.open, at: end), end + state.open.count < bytes.count, bytes[end + state.open.count] == UInt8(ascii: "/") {
            return nil
        }
        let read = bytes[position..<end]
        return state.inParent && !state.inParentTopLevel ? read.dropFirst(state.definitionIndent ?? 0) : read
    }

    /// A tag's name, then its closing delimiter.
    private mutating func readName(_ state: State, tagAt location: TemplateLocation, partial: Bool = false) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position], partial: partial) { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard matches(state.close, at: position) else {
            // `{{name}` or `{{name` is a tag left open: the next '}}' belongs to another line
            // or another tag, and quoting what lies between would not help.
            guard let end = find(state.close, from: start), !bytes[start..<end].contains(UInt8(ascii: "\n")),
                  find(state.open, from: start).map({ $0 > end }) ?? true else {
                throw TemplateSyntaxError(location: location, reason: .unclosedTag)
            }
            let written = String(decoding: bytes[start..<end], as: UTF8.self)
            throw TemplateSyntaxError(location: location, reason: .invalidName(written.trimmingASCIIWhitespace))
        }
        position += state.close.count
        if name.contains("(") || name.contains(")") {
            throw TemplateSyntaxError(location: location, reason: .unsupportedTransform(name))
        }
        if name.isEmpty {
            throw TemplateSyntaxError(location: location, reason: .invalidName(name))
        }
        return name
    }

    /// `{{=<% %>=}}`: new opening and closing delimiters.
    private mutating func readDelimiters(_ state: inout State, tagAt location: TemplateLocation) throws(TemplateSyntaxError) {
        let invalid = TemplateSyntaxError(location: location, reason: .invalidDelimiters)
        skipWhitespace()
        let openStart = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]) { position += 1 }
        let open = Array(bytes[openStart..<position])
        skipWhitespace()
        let closeStart = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: "=") { position += 1 }
        let close = Array(bytes[closeStart..<position])
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "="), !open.isEmpty, !close.isEmpty else { throw invalid }
        position += 1
        guard matches(state.close, at: position) else { throw invalid }
        position += state.close.count
        state.open = open
        state.close = close
    }

    private func namePath(_ name: String, at location: TemplateLocation) throws(TemplateSyntaxError) -> NamePath {
        if name == "." { return NamePath(parts: [], anchored: false, location: location) }
        let parts = name.split(separator: ".").map { TemplateName(String($0)) }
        return NamePath(parts: parts, anchored: name.first == ".", location: location)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    private func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
        guard offset + delimiter.count <= bytes.count else { return false }
        for index in delimiter.indices where bytes[offset + index] != delimiter[index] { return false }
        return true
    }

    private func find(_ delimiter: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + delimiter.count <= bytes.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func isNameByte(_ byte: UInt8, partial: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"):
            true
        case UInt8(ascii: "/"): partial
        default: false
        }
    }
}

private extension String {
    var trimmingASCIIWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" || $0.isNewline }.reversed().drop { $0 == " " || $0 == "\t" || $0.isNewline }.reversed())
    }
}
