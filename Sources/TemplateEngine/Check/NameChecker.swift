/// Finds the names templates use that their contexts can never provide: `{{nmae}}`, or
/// `{{#photo}}{{scr}}{{/photo}}`. It walks a template as the renderer would, with a stack
/// of shapes in place of values, into sections, partials and blocks.
///
/// A partial is used by many pages: a name in it is reported only when no page that uses
/// the partial provides it.
struct NameChecker {
    let library: TemplateLibrary
    private var unknown: [TemplateLocation: UnknownName] = [:]
    private var known: Set<TemplateLocation> = []
    private var partialsEntered: [Int] = []

    init(library: TemplateLibrary) {
        self.library = library
    }

    mutating func check(_ index: Int, shape: TemplateShape) {
        check(library.roots[index], stack: [shape], overrides: [:])
    }

    var findings: [UnknownName] {
        unknown.values.filter { !known.contains($0.location) }.sorted { $0.location < $1.location }
    }

    private mutating func check(_ block: Block, stack: [TemplateShape], overrides: [TemplateName: (Block, [TemplateShape])]) {
        for node in block.nodes {
            switch node {
            case .text: break
            case .variable(let path, _):
                _ = resolve(path, in: stack)
            case .section(let path, let body):
                switch resolve(path, in: stack) {
                case nil: check(body, stack: stack + [.anything], overrides: overrides)
                case .flag?: check(body, stack: stack, overrides: overrides)
                case .list(let item)?: check(body, stack: stack + [item], overrides: overrides)
                case let shape?: check(body, stack: stack + [shape], overrides: overrides)
                }
            case .inverted(let path, let body):
                _ = resolve(path, in: stack)
                check(body, stack: stack, overrides: overrides)
            case .partial(let partial, _, let blocks):
                var inner = overrides
                for (name, body) in blocks ?? [:] where inner[name] == nil { inner[name] = (body, stack) }
                guard case .fixed(_, let index?, _) = partial, !partialsEntered.contains(index) else { continue }
                partialsEntered.append(index)
                check(library.roots[index], stack: stack, overrides: inner)
                partialsEntered.removeLast()
            case .block(let name, let body, _, _):
                if let (override, _) = overrides[name] {
                    check(override, stack: stack, overrides: overrides)
                } else {
                    check(body, stack: stack, overrides: overrides)
                }
            }
        }
    }

    /// The shape `path` stands for; `nil`, and a finding, when no context can provide it.
    private mutating func resolve(_ path: NamePath, in stack: [TemplateShape]) -> TemplateShape? {
        guard let first = path.parts.first else { return stack.last }
        var shape: TemplateShape?
        if path.anchored {
            shape = stack.last?.field(first)
        } else {
            shape = stack.reversed().lazy.compactMap { $0.field(first) }.first
        }
        guard var current = shape else {
            let candidates = path.anchored ? (stack.last?.names ?? []) : Array(Set(stack.flatMap(\.names))).sorted()
            record(path, part: first.text, candidates: candidates)
            return nil
        }
        for part in path.parts.dropFirst() {
            guard let next = current.field(part) else {
                record(path, part: part.text, candidates: current.names)
                return nil
            }
            current = next
        }
        known.insert(path.location)
        return current
    }

    private mutating func record(_ path: NamePath, part: String, candidates: [String]) {
        unknown[path.location] = UnknownName(location: path.location, name: path.written, part: part, candidates: candidates)
    }
}

extension TemplateLibrary {
    /// The names the templates use that their contexts never provide: each template of
    /// `shapes` (name → the shape of its context) is checked with the partials it uses.
    public func unknownNames(_ shapes: [String: TemplateShape]) -> [UnknownName] {
        var checker = NameChecker(library: self)
        for (name, shape) in shapes.sorted(by: { $0.key < $1.key }) {
            if let index = indexes[name] { checker.check(index, shape: shape) }
        }
        return checker.findings
    }
}
