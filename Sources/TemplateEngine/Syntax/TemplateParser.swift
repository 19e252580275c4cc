/// Reads one Mustache template's tokens into nodes (Go's text/template calls this parse.go;
/// `TemplateScanner` is its lex.go). It follows the specification, and where the
/// specification leaves a choice (which whitespace is kept around tags, how a partial's lines
/// are indented) it does what swift-mustache does, the renderer dossier's themes were written
/// for, so every theme prints the same bytes it always did.
struct TemplateParser {
    private var scanner: TemplateScanner
    /// Tokens read ahead, to see whether a line starts with spaces, and what the line after a
    /// standalone block's tag holds.
    private var lookahead: [Token] = []

    private init(_ scanner: TemplateScanner) {
        self.scanner = scanner
    }

    /// The nodes of `text`, the source of the template named `template`.
    static func parse(_ text: String, template: String) throws(TemplateSyntaxError) -> Block {
        var parser = TemplateParser(TemplateScanner(text, template: template))
        return try parser.parseLevel(ParserLevel()).block
    }

    /// Reads a level up to its closing tag, which it takes, or to the end of the template.
    mutating func parseLevel(_ start: ParserLevel) throws(TemplateSyntaxError) -> LevelContent {
        var level = start
        var content = LevelContent()
        while true {
            if level.atLineStart { content.indentation = try takeIndentation(&level) }
            guard let token = try next() else {
                // Spaces that end the template after its last line break are dropped with
                // the indentation, as swift-mustache drops them.
                if let opening = level.opening {
                    throw TemplateSyntaxError(location: opening.location, reason: .unclosedSection(opening.name))
                }
                return content
            }
            switch token {
            case .text(let bytes), .blanks(let bytes):
                content.append(text: content.indentation + bytes)
                content.indentation = []
                level.atLineStart = false
            case .lineEnd(let bytes):
                content.append(text: content.indentation + bytes)
                content.indentation = []
                level.atLineStart = true
            case .tag(let tag) where tag.sigil == .close:
                try close(level, with: tag, &content)
                return content
            case .tag(let tag):
                // For a tag with a body, whether the opening tag stood alone (see `atLineStart`).
                level.atLineStart = try parse(tag, in: level, into: &content)
            }
        }
    }

    /// Takes the spaces and tabs that start a line: its indentation. In a block's body the
    /// first line's indentation is the block's own, so it is dropped, and taken off the lines
    /// after it.
    private mutating func takeIndentation(_ level: inout ParserLevel) throws(TemplateSyntaxError) -> ArraySlice<UInt8> {
        var blanks: ArraySlice<UInt8> = []
        if case .blanks(let bytes)? = try peek() {
            blanks = bytes
            lookahead.removeFirst()
        }
        guard level.scope == .blockBody else { return blanks }
        guard let indentation = level.blockIndentation else {
            level.blockIndentation = blanks.count
            return []
        }
        return blanks.dropFirst(indentation)
    }

    /// The closing tag of `level`: it must repeat the name of the tag that opened the level.
    private mutating func close(_ level: ParserLevel, with tag: Tag, _ content: inout LevelContent) throws(TemplateSyntaxError) {
        guard tag.name == level.opening?.name else {
            throw TemplateSyntaxError(location: tag.location, reason: .mismatchedClose(expected: level.opening?.name, found: tag.name))
        }
        if try !standsAlone(tag, in: level) { content.placeIndentation() }
    }

    /// Whether `tag` stands alone on its line as swift-mustache decides it: the level is at a
    /// line's start (see `ParserLevel.atLineStart`) and only spaces and tabs follow the tag
    /// up to a line break or the end. If so, the rest of its line is dropped.
    mutating func standsAlone(_ tag: Tag, in level: ParserLevel) throws(TemplateSyntaxError) -> Bool {
        guard level.atLineStart, let rest = tag.restOfLine else { return false }
        // Taken up to the line's end and no further: the token after it may be a tag the
        // scanner rejects, whose error must not come before one the parse finds first.
        var taken = rest.lowerBound
        while taken < rest.upperBound, let bytes = try next()?.bytes {
            taken = bytes.endIndex
        }
        return true
    }

    private mutating func next() throws(TemplateSyntaxError) -> Token? {
        lookahead.isEmpty ? try scanner.next() : lookahead.removeFirst()
    }

    /// The token `offset` tokens after the next, read but not taken.
    mutating func peek(_ offset: Int = 0) throws(TemplateSyntaxError) -> Token? {
        while lookahead.count <= offset {
            guard let token = try scanner.next() else { return nil }
            lookahead.append(token)
        }
        return lookahead[offset]
    }
}
