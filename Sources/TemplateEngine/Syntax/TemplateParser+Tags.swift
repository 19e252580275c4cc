/// The parser's reading of each kind of tag, and of the body it opens.
extension TemplateParser {
    /// Reads a tag other than a closing one, with its body; whether the tag stood alone.
    mutating func parse(_ tag: Tag, in level: ParserLevel, into content: inout LevelContent) throws(TemplateSyntaxError) -> Bool {
        switch tag.sigil {
        case nil, .triple?, .ampersand?:
            content.placeIndentation()
            content.nodes.append(.variable(namePath(tag.name, at: tag.location), escaped: tag.sigil == nil))
            return false
        case .comment?, .delimiters?:
            // The scanner has applied a new delimiter already. The indentation waits for the
            // text after the tag.
            return try standsAlone(tag, in: level)
        case .section?, .inverted?: return try parseSection(tag, in: level, into: &content)
        case .partial?: return try parsePartial(tag, in: level, into: &content)
        case .parent?: return try parseParent(tag, in: level, into: &content)
        case .block?: return try parseBlock(tag, in: level, into: &content)
        case .close?: preconditionFailure("parseLevel ends a level at its closing tag")
        }
    }

    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    private mutating func parseSection(_ tag: Tag, in level: ParserLevel, into content: inout LevelContent) throws(TemplateSyntaxError) -> Bool {
        let standalone = try standsAlone(tag, in: level)
        if !standalone { content.placeIndentation() }
        let body = try parseLevel(level.entering(tag, atLineStart: standalone)).block
        let path = namePath(tag.name, at: tag.location)
        content.nodes.append(tag.sigil == .inverted ? .inverted(path, body) : .section(path, body))
        return standalone
    }

    /// `{{>name}}`. Its line's indentation is printed before it, and when the tag stands
    /// alone it is the partial's too: the renderer indents the lines after the first.
    private mutating func parsePartial(_ tag: Tag, in level: ParserLevel, into content: inout LevelContent) throws(TemplateSyntaxError) -> Bool {
        content.append(text: content.indentation)
        let standalone = try standsAlone(tag, in: level)
        content.nodes.append(.partial(partial(tag), indentation: standalone ? Array(content.indentation) : [], overrides: nil))
        content.indentation = []
        return standalone
    }

    /// `{{<name}}…{{/name}}`: the overrides in its body; text between them is not printed.
    /// Indented as `{{>name}}` is, whether or not the tag stands alone.
    private mutating func parseParent(_ tag: Tag, in level: ParserLevel, into content: inout LevelContent) throws(TemplateSyntaxError) -> Bool {
        content.append(text: content.indentation)
        let standalone = try standsAlone(tag, in: level)
        let body = try parseLevel(level.enteringParent(tag))
        guard body.nodes.allSatisfy({ if case .text = $0 { true } else { false } }) else {
            throw TemplateSyntaxError(location: tag.location, reason: .notAllowedInParent)
        }
        let overrides = Dictionary(body.overrides) { _, later in later }
        content.nodes.append(.partial(partial(tag), indentation: Array(content.indentation), overrides: overrides))
        content.indentation = []
        return standalone
    }

    /// `{{$name}}…{{/name}}`: an override directly inside a parent's body, else a block and
    /// its default.
    private mutating func parseBlock(_ tag: Tag, in level: ParserLevel, into content: inout LevelContent) throws(TemplateSyntaxError) -> Bool {
        if level.scope == .parentBody {
            let standalone = try standsAlone(tag, in: level)
            let body = try parseLevel(level.entering(tag, atLineStart: standalone)).block
            content.overrides.append((TemplateName(tag.name), body))
            return standalone
        }
        if try standsAlone(tag, in: level) {
            // The default's own indentation is taken off its lines and becomes the block's, so
            // an override is indented where the default stands; a block with no default is
            // indented as its tag is.
            let indentation = try indentationOfNextLine(in: level) ?? content.indentation
            let body = try parseLevel(level.enteringBlockDefault(tag)).block
            content.nodes.append(.block(TemplateName(tag.name), body, indentation: Array(indentation), firstLine: true))
            content.indentation = []
            return true
        }
        content.append(text: content.indentation)
        let body = try parseLevel(level.entering(tag, atLineStart: false)).block
        content.nodes.append(.block(TemplateName(tag.name), body, indentation: Array(content.indentation), firstLine: false))
        content.indentation = []
        return false
    }

    /// The spaces and tabs that start the line after a standalone block tag, less the
    /// indentation a block around it takes off; `nil` when that line closes the block.
    private mutating func indentationOfNextLine(in level: ParserLevel) throws(TemplateSyntaxError) -> ArraySlice<UInt8>? {
        var blanks: ArraySlice<UInt8> = []
        var token = try peek()
        if case .blanks(let bytes)? = token {
            blanks = bytes
            token = try peek(1)
        }
        if case .tag(let tag)? = token, tag.sigil == .close { return nil }
        return level.scope == .blockBody ? blanks.dropFirst(level.blockIndentation ?? 0) : blanks
    }

    /// The partial a `{{>name}}` or `{{<name}}` tag names; with `*name`, the value of `name`.
    private func partial(_ tag: Tag) -> Partial {
        guard tag.name.first == "*" else { return .fixed(name: tag.name, index: nil, location: tag.location) }
        return .dynamic(namePath(String(tag.name.dropFirst()), at: tag.location))
    }

    private func namePath(_ name: String, at location: TemplateLocation) -> NamePath {
        if name == "." { return NamePath(parts: [], anchored: false, location: location) }
        let parts = name.split(separator: ".").map { TemplateName(String($0)) }
        return NamePath(parts: parts, anchored: name.first == ".", location: location)
    }
}
