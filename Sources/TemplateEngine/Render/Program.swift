/// The templates of a library compiled into one flat array of instructions, each a few
/// integers: rendering walks index ranges of it and copies nothing that is counted by
/// reference, which is most of what a tag cost when it walked the tree of `Node`s.
struct Program: Sendable {
    /// One step of a render. Each kind names what it holds: indexes into the program's tables
    /// (`bytes`, `paths`, `indentations`, `blockNames`, `overrideSets`, `roots`) and the
    /// index where a body's instructions end, so an instruction stays a few integers.
    enum Instruction: Sendable {
        /// Prints `count` bytes of `bytes` from `start`.
        case text(start: Int32, count: Int32)
        /// Prints the value of `paths[path]`, escaped for HTML when `escaped`.
        case variable(path: Int32, escaped: Bool)
        /// `{{#name}}`: runs the body, the instructions after this one up to `end`, for the
        /// value of `paths[path]`.
        case section(path: Int32, end: Int32)
        /// `{{^name}}`: runs the body, up to `end`, when the value of `paths[path]` is empty.
        case inverted(path: Int32, end: Int32)
        /// `{{>name}}` or `{{<name}}`: runs `roots[template]` (none when -1, a name the
        /// library lacks), indented by `indentations[indentation]`, with the blocks of
        /// `overrideSets[overrides]` overridden (none when -1).
        case partial(template: Int32, indentation: Int32, overrides: Int32)
        /// `{{>*name}}` or `{{<*name}}`: as `partial`, for the template the value of
        /// `paths[path]` names.
        case dynamicPartial(path: Int32, indentation: Int32, overrides: Int32)
        /// `{{$name}}`: runs the override of `blockNames[name]`, or the default, the
        /// instructions after this one up to `end`; indented by `indentations[indentation]`,
        /// and from its first line when `firstLine`.
        case block(name: Int32, end: Int32, indentation: Int32, firstLine: Bool)
    }

    /// A name as a tag wrote it: `count` parts from `first` of `parts`.
    struct Path: Sendable {
        var first: Int32
        var count: Int32
        var anchored: Bool
    }

    private(set) var instructions: [Instruction] = []
    private(set) var bytes: [UInt8] = []
    private(set) var paths: [Path] = []
    private(set) var parts: [TemplateName] = []
    private(set) var indentations: [[UInt8]] = [[]]
    private(set) var blockNames: [TemplateName] = []
    /// Block name → the instructions of the override.
    private(set) var overrideSets: [[TemplateName: Range<Int32>]] = []
    /// Each template's instructions.
    private(set) var roots: [Range<Int32>] = []

    private var pendingOverrides: [(set: Int32, blocks: [TemplateName: Block])] = []

    init(_ trees: [Block], indexes: [String: Int]) {
        for tree in trees {
            let start = Int32(instructions.count)
            emit(tree, indexes)
            roots.append(start..<Int32(instructions.count))
        }
        while let (set, blocks) = pendingOverrides.popLast() {
            for (name, body) in blocks.sorted(by: { $0.key.text < $1.key.text }) {
                let start = Int32(instructions.count)
                emit(body, indexes)
                overrideSets[Int(set)][name] = start..<Int32(instructions.count)
            }
        }
    }

    private mutating func emit(_ block: Block, _ indexes: [String: Int]) {
        for node in block.nodes { emit(node, indexes) }
    }

    private mutating func emit(_ node: Node, _ indexes: [String: Int]) {
        switch node {
        case .text(let text):
            instructions.append(.text(start: Int32(bytes.count), count: Int32(text.count)))
            bytes += text
        case .variable(let path, let escaped):
            instructions.append(.variable(path: add(path), escaped: escaped))
        case .section(let path, let body):
            let path = add(path)
            emitBody(body, indexes) { .section(path: path, end: $0) }
        case .inverted(let path, let body):
            let path = add(path)
            emitBody(body, indexes) { .inverted(path: path, end: $0) }
        case .partial(let partial, let indentation, let overrides):
            let indentation = add(indentation: indentation)
            let overrides: Int32 = if let overrides { add(overrides: overrides) } else { -1 }
            switch partial {
            case .fixed(let name, _, _):
                let template = indexes[name].map(Int32.init) ?? -1
                instructions.append(.partial(template: template, indentation: indentation, overrides: overrides))
            case .dynamic(let path):
                instructions.append(.dynamicPartial(path: add(path), indentation: indentation, overrides: overrides))
            }
        case .block(let name, let body, let indentation, let firstLine):
            let block = Int32(blockNames.count)
            blockNames.append(name)
            let indentation = add(indentation: indentation)
            emitBody(body, indexes) { .block(name: block, end: $0, indentation: indentation, firstLine: firstLine) }
        }
    }

    /// Emits the instruction that opens `body`, then the body; the instruction is made once
    /// the index where the body ends is known.
    private mutating func emitBody(_ body: Block, _ indexes: [String: Int], _ opening: (Int32) -> Instruction) {
        let at = instructions.count
        instructions.append(opening(-1))
        emit(body, indexes)
        instructions[at] = opening(Int32(instructions.count))
    }

    private mutating func add(_ path: NamePath) -> Int32 {
        paths.append(Path(first: Int32(parts.count), count: Int32(path.parts.count), anchored: path.anchored))
        parts += path.parts
        return Int32(paths.count - 1)
    }

    /// A set of overrides, emitted after every template, where no walk runs into them.
    private mutating func add(overrides: [TemplateName: Block]) -> Int32 {
        let set = Int32(overrideSets.count)
        overrideSets.append([:])
        pendingOverrides.append((set, overrides))
        return set
    }

    private mutating func add(indentation: [UInt8]) -> Int32 {
        guard !indentation.isEmpty else { return 0 }
        indentations.append(indentation)
        return Int32(indentations.count - 1)
    }
}
