/// Cuts a template into tokens, one at a time, as the parser asks for them (Go's
/// text/template calls this the lexer). It reads each tag whole and checks its syntax, and it
/// owns the delimiters: it applies `{{=<% %>=}}` itself. As swift-mustache has it, a change
/// made inside a section lasts until the section's closing tag, so the delimiters are saved
/// at each tag that opens a body and restored at each closing tag.
struct TemplateScanner {
    private struct Delimiters {
        var open: [UInt8]
        var close: [UInt8]
    }

    private let bytes: [UInt8]
    private let template: String
    private var lines: LineIndex
    private var position = 0
    private var delimiters = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
    /// The delimiters to restore at each closing tag, innermost last.
    private var enclosing: [Delimiters] = []

    /// A scanner of `text`, the source of the template named `template`.
    init(_ text: String, template: String) {
        self.bytes = Array(text.utf8)
        self.template = template
        self.lines = LineIndex(bytes)
    }

    /// The next token; `nil` at the end of the template.
    mutating func next() throws(TemplateSyntaxError) -> Token? {
        guard position < bytes.count else { return nil }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "\n"):
            position += 1
            return .lineEnd(bytes[start..<position])
        case UInt8(ascii: "\r"):
            position += 1
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\n") else { return .text(bytes[start..<position]) }
            position += 1
            return .lineEnd(bytes[start..<position])
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            // Text runs absorb the spaces inside them, so spaces that start a token start a
            // line or follow a tag.
            skipBlanks()
            return .blanks(bytes[start..<position])
        default:
            if matches(delimiters.open, at: position) { return .tag(try readTag()) }
            readText()
            return .text(bytes[start..<position])
        }
    }

    /// Moves to the next line break, "\r" or opening delimiter, or to the end.
    private mutating func readText() {
        let first = delimiters.open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return }
            if byte == first, matches(delimiters.open, at: position) { return }
            position += 1
        }
    }

    /// The tag at the position, from its opening delimiter to the end of its closing one.
    private mutating func readTag() throws(TemplateSyntaxError) -> Tag {
        let location = lines.location(of: position, in: template)
        position += delimiters.open.count
        guard position < bytes.count else { throw TemplateSyntaxError(location: location, reason: .unclosedTag) }
        if bytes[position] == UInt8(ascii: "%") { throw TemplateSyntaxError(location: location, reason: .unsupportedPragma) }
        let sigil = Sigil(rawValue: Character(Unicode.Scalar(bytes[position])))
        if sigil != nil { position += 1 }
        let name = try readContent(of: sigil, tagAt: location)
        switch sigil {
        case .section?, .inverted?, .parent?, .block?: enclosing.append(delimiters)
        case .close?: if let outer = enclosing.popLast() { delimiters = outer }
        default: break
        }
        return Tag(sigil: sigil, name: name, location: location, restOfLine: restOfLine())
    }

    /// Reads what a tag holds after its sigil, and its closing delimiter; the name, if it has one.
    private mutating func readContent(of sigil: Sigil?, tagAt location: TemplateLocation) throws(TemplateSyntaxError) -> String {
        switch sigil {
        case .comment?:
            guard let end = find(delimiters.close, from: position) else {
                throw TemplateSyntaxError(location: location, reason: .unclosedTag)
            }
            position = end + delimiters.close.count
            return ""
        case .delimiters?:
            try readDelimiters(tagAt: location)
            return ""
        case .triple?:
            let name = try readName(tagAt: location)
            guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                throw TemplateSyntaxError(location: location, reason: .unclosedTag)
            }
            position += 1
            return name
        case .partial?:
            skipWhitespace()
            let dynamic = position < bytes.count && bytes[position] == UInt8(ascii: "*")
            if dynamic { position += 1 }
            let name = try readName(tagAt: location, partial: true)
            return dynamic ? "*" + name : name
        case .parent?:
            // Unlike `>`, the `*` of a dynamic parent is read as part of the name.
            skipWhitespace()
            return try readName(tagAt: location, partial: true)
        case nil, .section?, .inverted?, .close?, .ampersand?, .block?:
            return try readName(tagAt: location)
        }
    }

    /// The spaces, tabs and line break from the position, when nothing else follows it on its
    /// line; empty at the end of the template (see `Tag.restOfLine`).
    private func restOfLine() -> Range<Int>? {
        if position == bytes.count { return position..<position }
        var end = position
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        guard end < bytes.count else { return nil }
        switch bytes[end] {
        case UInt8(ascii: "\n"): end += 1
        case UInt8(ascii: "\r"): end += end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n") ? 2 : 1
        default: return nil
        }
        return position..<end
    }

    /// A tag's name, then its closing delimiter.
    private mutating func readName(tagAt location: TemplateLocation, partial: Bool = false) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position], partial: partial) { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard matches(delimiters.close, at: position) else {
            // `{{name}` or `{{name` is a tag left open: the next '}}' belongs to another line
            // or another tag, and quoting what lies between would not help.
            guard let end = find(delimiters.close, from: start), !bytes[start..<end].contains(UInt8(ascii: "\n")),
                find(delimiters.open, from: start).map({ $0 > end }) ?? true
            else {
                throw TemplateSyntaxError(location: location, reason: .unclosedTag)
            }
            let written = String(decoding: bytes[start..<end], as: UTF8.self)
            throw TemplateSyntaxError(location: location, reason: .invalidName(written.trimmingASCIIWhitespace))
        }
        position += delimiters.close.count
        if name.contains("(") || name.contains(")") {
            throw TemplateSyntaxError(location: location, reason: .unsupportedTransform(name))
        }
        if name.isEmpty {
            throw TemplateSyntaxError(location: location, reason: .invalidName(name))
        }
        return name
    }

    /// `{{=<% %>=}}`: new opening and closing delimiters, the tag itself closed by the old one.
    private mutating func readDelimiters(tagAt location: TemplateLocation) throws(TemplateSyntaxError) {
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
        guard matches(delimiters.close, at: position) else { throw invalid }
        position += delimiters.close.count
        delimiters = Delimiters(open: open, close: close)
    }
}

private extension TemplateScanner {
    mutating func skipBlanks() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") { position += 1 }
    }

    mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
        guard offset + delimiter.count <= bytes.count else { return false }
        for index in delimiter.indices where bytes[offset + index] != delimiter[index] { return false }
        return true
    }

    func find(_ delimiter: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + delimiter.count <= bytes.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    static func isNameByte(_ byte: UInt8, partial: Bool) -> Bool {
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
