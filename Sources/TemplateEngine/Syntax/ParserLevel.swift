/// What the parser knows of the level it reads: the template, or the body of a section, a
/// parent or a block. Each level starts from a copy of the one around it, as swift-mustache's
/// parser copies its state, so nothing a level learns comes back out of it.
struct ParserLevel {
    enum Scope {
        /// The template, and sections outside parents and blocks.
        case plain
        /// Directly inside `{{<parent}}…{{/parent}}`, where only `{{$block}}` overrides count.
        case parentBody
        /// Inside an override, or a standalone block's default, at any depth: each line loses
        /// the indentation of the first (`blockIndentation`).
        case blockBody
    }

    /// The tag whose name the level's closing tag must repeat; `nil` for the template.
    var opening: Tag?
    /// Whether the next tag starts its line, for the standalone rules: set by a line break and
    /// by a tag that stands alone, cleared by text and by other tags. Where swift-mustache
    /// differs from the lines themselves, so does this: after a body, it is what the body's
    /// opening tag left, whatever its closing tag did; and a parent's body starts as a line.
    var atLineStart = true
    var scope = Scope.plain
    /// In a block's body, the indentation of its first line.
    var blockIndentation: Int?

    /// The level of the body `tag` opens: a section's, an override's, or a block's default
    /// when its tag does not stand alone.
    func entering(_ tag: Tag, atLineStart: Bool) -> ParserLevel {
        var level = self
        level.opening = tag
        level.atLineStart = atLineStart
        if scope == .parentBody { level.scope = .blockBody }
        return level
    }

    /// The level of a parent's body.
    func enteringParent(_ tag: Tag) -> ParserLevel {
        var level = self
        level.opening = tag
        level.atLineStart = true
        level.scope = .parentBody
        return level
    }

    /// The level of the default of a block whose tag stands alone.
    func enteringBlockDefault(_ tag: Tag) -> ParserLevel {
        var level = entering(tag, atLineStart: true)
        level.scope = .blockBody
        level.blockIndentation = nil
        return level
    }
}

/// What the parser has read of one level.
struct LevelContent {
    var nodes: [Node] = []
    /// In a parent's body: the blocks it overrides, in the order written.
    var overrides: [(TemplateName, Block)] = []
    /// The spaces and tabs that started the current line, not printed yet: a standalone tag
    /// drops them, a partial or a block takes them as its indentation.
    var indentation: ArraySlice<UInt8> = []

    var block: Block { Block(nodes) }

    mutating func append(text: ArraySlice<UInt8>) {
        guard !text.isEmpty else { return }
        if case .text(var previous)? = nodes.last {
            // Taken out first, so the text grows in place rather than copied per line.
            nodes.removeLast()
            previous += text
            nodes.append(.text(previous))
        } else {
            nodes.append(.text(Array(text)))
        }
    }

    /// Prints the indentation where the parse is.
    mutating func placeIndentation() {
        append(text: indentation)
        indentation = []
    }
}
