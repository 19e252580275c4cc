/// The templates of a library compiled into one flat array of instructions, each a few
/// integers: rendering walks index ranges of it and copies nothing that is counted by
/// reference, which is most of what a tag cost when it walked the tree of `Node`s.
struct Program: Sendable {
    enum Kind: UInt8, Sendable {
        /// `a`…`a + b` of `bytes`.
        case text
        /// Path `a`; `flag`: escaped.
        case variable
        /// Path `a`; the body is the instructions up to `b`.
        case section
        case inverted
        /// Template `a` (or -1: none), or with `flag` the template named by path `a`;
        /// indentation `b`; the blocks it overrides, `c` (or -1).
        case partial
        /// Block name `a`; the default is the instructions up to `b`; indentation `c`;
        /// `flag`: indented from its first line.
        case block
    }

    struct Instruction: Sendable {
        var kind: Kind
        var flag = false
        var a: Int32 = 0
        var b: Int32 = 0
        var c: Int32 = -1
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
            instructions.append(Instruction(kind: .text, a: Int32(bytes.count), b: Int32(text.count)))
            bytes += text
        case .variable(let path, let escaped):
            instructions.append(Instruction(kind: .variable, flag: escaped, a: add(path)))
        case .section(let path, let body), .inverted(let path, let body):
            let at = instructions.count
            let kind: Kind = if case .section = node { .section } else { .inverted }
            instructions.append(Instruction(kind: kind, a: add(path)))
            emit(body, indexes)
            instructions[at].b = Int32(instructions.count)
        case .partial(let partial, let indentation, let overrides):
            var instruction = Instruction(kind: .partial, b: add(indentation: indentation))
            switch partial {
            case .fixed(let name, _, _): instruction.a = indexes[name].map(Int32.init) ?? -1
            case .dynamic(let path):
                instruction.flag = true
                instruction.a = add(path)
            }
            if let overrides {
                // Emitted after every template, where no walk runs into them.
                instruction.c = Int32(overrideSets.count)
                overrideSets.append([:])
                pendingOverrides.append((instruction.c, overrides))
            }
            instructions.append(instruction)
        case .block(let name, let body, let indentation, let firstLine):
            let at = instructions.count
            instructions.append(Instruction(kind: .block, flag: firstLine, a: Int32(blockNames.count), c: add(indentation: indentation)))
            blockNames.append(name)
            emit(body, indexes)
            instructions[at].b = Int32(instructions.count)
        }
    }

    private mutating func add(_ path: NamePath) -> Int32 {
        paths.append(Path(first: Int32(parts.count), count: Int32(path.parts.count), anchored: path.anchored))
        parts += path.parts
        return Int32(paths.count - 1)
    }

    private mutating func add(indentation: [UInt8]) -> Int32 {
        guard !indentation.isEmpty else { return 0 }
        indentations.append(indentation)
        return Int32(indentations.count - 1)
    }
}
