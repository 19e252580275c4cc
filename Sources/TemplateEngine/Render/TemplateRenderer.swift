/// Runs a library's compiled instructions into one byte buffer: the context stack, the
/// indentation of the partials being rendered, and the blocks their callers override.
struct TemplateRenderer {
    private let program: Program
    private let library: TemplateLibrary
    var output: OutputBuffer
    private var stack: [TemplateValue]
    private var indentation: [UInt8] = []
    private var overrides: [TemplateName: Range<Int32>] = [:]
    /// How this document writes its links.
    private let links: LinkStyle

    init(library: TemplateLibrary, context: TemplateValue, capacity: Int, links: LinkStyle) {
        self.library = library
        self.links = links
        self.output = OutputBuffer(capacity: capacity)
        self.program = library.program
        self.stack = [context]
        stack.reserveCapacity(16)
    }

    mutating func render(template index: Int) {
        render(program.roots[index])
    }

    /// Runs `range` as one unit of indentation: inside an indented partial, a piece that
    /// starts a line of this unit's output is indented. A section's pass, a partial and a
    /// block are units of their own, which is how swift-mustache indents, byte for byte.
    private mutating func render(_ range: Range<Int32>) {
        let start = output.count
        var index = Int(range.lowerBound)
        let end = Int(range.upperBound)
        while index < end {
            let instruction = program.instructions[index]
            if indentation.isEmpty {
                index = run(instruction, at: index)
            } else if case .text(let textStart, let count) = instruction {
                writeIndented(from: textStart, count: count, unitStart: start)
                index += 1
            } else {
                let atLineStart = endsLine(after: start)
                if atLineStart { indentation.withUnsafeBufferPointer { output.append($0) } }
                let mark = output.count
                index = run(instruction, at: index)
                if atLineStart, output.count == mark { output.removeLast(indentation.count) }
            }
        }
    }

    /// Runs one instruction; the index of the next.
    private mutating func run(_ instruction: Program.Instruction, at index: Int) -> Int {
        switch instruction {
        case .text(let start, let count):
            program.bytes.withUnsafeBufferPointer { bytes in
                output.append(UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(start + count)]))
            }
            return index + 1
        case .variable(let path, let escaped):
            if let value = lookup(path) { write(value, escaped: escaped) }
            return index + 1
        case .section(let path, let end):
            let body = Int32(index + 1)..<end
            switch lookup(path) {
            case nil, .null?, .bool(false)?: break
            case .linked(let text)? where text.isEmpty: break
            case .bool(true)?: render(body)
            case .list(let items)?:
                for item in items {
                    stack.append(item)
                    render(body)
                    stack.removeLast()
                }
            case let value?:
                stack.append(value)
                render(body)
                stack.removeLast()
            }
            return Int(end)
        case .inverted(let path, let end):
            switch lookup(path) {
            case nil, .null?, .bool(false)?: render(Int32(index + 1)..<end)
            case .list(let items)? where items.isEmpty: render(Int32(index + 1)..<end)
            case .linked(let text)? where text.isEmpty: render(Int32(index + 1)..<end)
            default: break
            }
            return Int(end)
        case .partial(let template, let indentationIndex, let overrideSet):
            if template >= 0 { renderPartial(Int(template), indentationIndex, overrideSet) }
            return index + 1
        case .dynamicPartial(let path, let indentationIndex, let overrideSet):
            if case .text(let name)? = lookup(path), let template = library.indexes[name] {
                renderPartial(template, indentationIndex, overrideSet)
            }
            return index + 1
        case .block(let name, let end, let indentationIndex, let firstLine):
            let own = program.indentations[Int(indentationIndex)]
            let savedIndentation = indentation
            indentation += own
            let mark = output.count
            if firstLine { own.withUnsafeBufferPointer { output.append($0) } }
            let start = output.count
            render(overrides[program.blockNames[Int(name)]] ?? Int32(index + 1)..<end)
            if output.count == start { output.truncate(to: mark) }
            indentation = savedIndentation
            return Int(end)
        }
    }

    /// Runs template `template` indented further by `indentations[indentationIndex]`, with
    /// the blocks of `overrideSets[overrideSet]` (none when -1) overridden too.
    private mutating func renderPartial(_ template: Int, _ indentationIndex: Int32, _ overrideSet: Int32) {
        let savedIndentation = indentation
        let savedOverrides = overrides
        indentation += program.indentations[Int(indentationIndex)]
        if overrideSet >= 0 {
            // The outermost caller's block wins.
            overrides.merge(program.overrideSets[Int(overrideSet)]) { outer, _ in outer }
        }
        render(program.roots[template])
        indentation = savedIndentation
        overrides = savedOverrides
    }

    /// The value path `index` stands for: found in the innermost context that has its first
    /// part, then followed through the rest; `nil` when it is nowhere.
    private func lookup(_ index: Int32) -> TemplateValue? {
        let path = program.paths[Int(index)]
        guard path.count > 0 else { return stack.last }
        let first = program.parts[Int(path.first)]
        var value: TemplateValue
        if path.anchored {
            guard let found = stack.last?.child(first) else { return nil }
            value = found
        } else {
            var frame = stack.count - 1
            while true {
                if frame < 0 { return nil }
                if let found = stack[frame].child(first) {
                    value = found
                    break
                }
                frame -= 1
            }
        }
        var part = Int(path.first) + 1
        let end = Int(path.first + path.count)
        while part < end {
            guard let found = value.child(program.parts[part]) else { return nil }
            value = found
            part += 1
        }
        return value
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { HTMLEscaping.append(text, to: &output) } else { HTMLEscaping.appendUnescaped(text, to: &output) }
        case .int(let number): DecimalDigits.append(number, to: &output)
        case .double(let number): HTMLEscaping.appendUnescaped("\(number)", to: &output)
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .linked(let text): write(text, escaped: escaped)
        case .null, .list, .object: break
        }
    }

    /// Writes template text, each of its lines indented when it starts a line of the unit.
    private mutating func writeIndented(from start: Int32, count: Int32, unitStart: Int) {
        let bytes = program.bytes
        var pieceStart = Int(start)
        let end = Int(start + count)
        while pieceStart < end {
            var pieceEnd = pieceStart
            while pieceEnd < end, bytes[pieceEnd] != UInt8(ascii: "\n") { pieceEnd += 1 }
            if pieceEnd < end { pieceEnd += 1 }
            if endsLine(after: unitStart) { indentation.withUnsafeBufferPointer { output.append($0) } }
            bytes.withUnsafeBufferPointer { output.append(UnsafeBufferPointer(rebasing: $0[pieceStart..<pieceEnd])) }
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

extension TemplateRenderer {
    /// Text with links, each link written in this document's style.
    private mutating func write(_ text: LinkedText, escaped: Bool) {
        for piece in text.pieces {
            switch piece {
            case .text(let value):
                write(.text(value), escaped: escaped)
            case .link(let path, let suffix):
                // In pieces, not through `address(_:)`: a page has a hundred links, and each
                // joined string was an allocation.
                if !links.elsewhere.isEmpty, let address = links.elsewhere[path] {
                    write(.text(address), escaped: escaped)
                } else {
                    if links.prefix.isEmpty, path.isEmpty, !links.namesIndexFiles { write(.text("./"), escaped: false) }
                    write(.text(links.prefix), escaped: escaped)
                    write(.text(path), escaped: escaped)
                    if links.namesIndexFiles, path.isEmpty || path.hasSuffix("/") { write(.text("index.html"), escaped: false) }
                }
                if !suffix.isEmpty { write(.text(suffix), escaped: escaped) }
            case .root:
                write(.text(links.prefix), escaped: escaped)
            }
        }
    }
}
