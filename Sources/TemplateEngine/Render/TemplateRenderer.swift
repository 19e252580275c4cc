/// Renders compiled nodes into one byte buffer: the context stack, the indentation of the
/// partials being rendered, and the blocks their callers override.
struct TemplateRenderer {
    let library: TemplateLibrary
    var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var indentation: [UInt8] = []
    private var overrides: [TemplateName: Block] = [:]

    init(library: TemplateLibrary, context: TemplateValue) {
        self.library = library
        self.stack = [context]
        stack.reserveCapacity(16)
    }

    /// Renders `block` as one unit of indentation: inside an indented partial, a piece that
    /// starts a line of this unit's output is indented. A section's pass, a partial and a
    /// block are units of their own, which is how swift-mustache indents, byte for byte.
    mutating func render(_ block: Block) {
        if indentation.isEmpty {
            for node in block.nodes { render(node) }
            return
        }
        let start = output.count
        for node in block.nodes {
            if case .text(let bytes) = node {
                writeIndented(bytes, unitStart: start)
                continue
            }
            let atLineStart = endsLine(after: start)
            if atLineStart { output.append(contentsOf: indentation) }
            let mark = output.count
            render(node)
            if atLineStart, output.count == mark { output.removeLast(indentation.count) }
        }
    }

    private mutating func render(_ node: Node) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let path, let escaped):
            if let value = lookup(path) { write(value, escaped: escaped) }
        case .section(let path, let body):
            guard let value = lookup(path) else { return }
            switch value {
            case .null, .bool(false): return
            case .bool(true): render(body)
            case .list(let items):
                for item in items {
                    stack.append(item)
                    render(body)
                    stack.removeLast()
                }
            default:
                stack.append(value)
                render(body)
                stack.removeLast()
            }
        case .inverted(let path, let body):
            switch lookup(path) {
            case nil, .null?, .bool(false)?: render(body)
            case .list(let items)? where items.isEmpty: render(body)
            default: return
            }
        case .partial(let partial, let indentation, let overrides):
            guard let index = partialIndex(partial) else { return }
            let savedIndentation = self.indentation
            let savedOverrides = self.overrides
            self.indentation += indentation
            if let overrides {
                // The outermost caller's block wins.
                self.overrides.merge(overrides) { outer, _ in outer }
            }
            render(library.roots[index])
            self.indentation = savedIndentation
            self.overrides = savedOverrides
        case .block(let name, let body, let indentation, let firstLine):
            let savedIndentation = self.indentation
            self.indentation += indentation
            let mark = output.count
            if firstLine { output.append(contentsOf: indentation) }
            let start = output.count
            render(overrides[name] ?? body)
            if output.count == start { output.removeSubrange(mark...) }
            self.indentation = savedIndentation
        }
    }

    /// The value a name stands for: found in the innermost context that has its first part,
    /// then followed through the rest; `nil` when it is nowhere.
    private func lookup(_ path: NamePath) -> TemplateValue? {
        guard let first = path.parts.first else { return stack.last }
        var value: TemplateValue
        if path.anchored {
            guard let found = stack.last?.child(first) else { return nil }
            value = found
        } else {
            var index = stack.count - 1
            while true {
                if index < 0 { return nil }
                if let found = stack[index].child(first) {
                    value = found
                    break
                }
                index -= 1
            }
        }
        for part in path.parts.dropFirst() {
            guard let found = value.child(part) else { return nil }
            value = found
        }
        return value
    }

    private func partialIndex(_ partial: Partial) -> Int? {
        switch partial {
        case .fixed(_, let index, _): return index
        case .dynamic(let path):
            guard case .text(let name)? = lookup(path) else { return nil }
            return library.indexes[name]
        }
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { HTMLEscaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .int(let number): DecimalDigits.append(number, to: &output)
        case .double(let number): output.append(contentsOf: "\(number)".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null, .list, .object: break
        }
    }

    /// Writes template text, each of its lines indented when it starts a line of the unit.
    private mutating func writeIndented(_ bytes: [UInt8], unitStart: Int) {
        var pieceStart = 0
        while pieceStart < bytes.count {
            var pieceEnd = pieceStart
            while pieceEnd < bytes.count, bytes[pieceEnd] != UInt8(ascii: "\n") { pieceEnd += 1 }
            if pieceEnd < bytes.count { pieceEnd += 1 }
            if endsLine(after: unitStart) { output.append(contentsOf: indentation) }
            output.append(contentsOf: bytes[pieceStart..<pieceEnd])
            pieceStart = pieceEnd
        }
    }

    /// Whether the unit that started at `start` has written something that ends in a line
    /// break. A CRLF counts as one character, which is not "\n", as swift-mustache sees it.
    private func endsLine(after start: Int) -> Bool {
        let count = output.count
        guard count > start, output[count - 1] == UInt8(ascii: "\n") else { return false }
        return count < 2 || output[count - 2] != UInt8(ascii: "\r")
    }
}
