/// A set of named templates compiled together, so each `{{>name}}` is found once, when the
/// set is compiled. A library is immutable: every thread can render with it at once.
public struct TemplateLibrary: Sendable {
    /// A template of the library, for rendering without looking its name up.
    public struct ID: Hashable, Sendable {
        let index: Int
    }

    /// Each template's tree, for the checks.
    let roots: [Block]
    /// Every template compiled into instructions, for rendering.
    let program: Program
    let indexes: [String: Int]

    /// The templates that could not be compiled, each with its first error.
    public let errors: [TemplateSyntaxError]

    /// Compiles every template of `sources` (name → Mustache text). A template with an error
    /// is left out of the library and its error is in `errors`.
    public init(sources: [String: String]) {
        var parsed: [(String, Block)] = []
        var errors: [TemplateSyntaxError] = []
        for name in sources.keys.sorted() {
            do {
                parsed.append((name, try TemplateParser.parse(sources[name]!, template: name)))
            } catch {
                errors.append(error)
            }
        }
        let indexes = Dictionary(uniqueKeysWithValues: parsed.enumerated().map { ($0.element.0, $0.offset) })
        self.indexes = indexes
        self.roots = parsed.map { PartialLinker(indexes: indexes).link($0.1) }
        self.program = Program(parsed.map(\.1), indexes: indexes)
        self.errors = errors
    }

    /// The template named `name`, if the library has it.
    public func id(of name: String) -> ID? {
        indexes[name].map(ID.init)
    }

    /// Every `{{>name}}` and `{{<name}}` that names no template of the library. Mustache
    /// renders those as nothing; a caller that wants them to be errors reports these.
    public var missingPartials: [(location: TemplateLocation, name: String)] {
        var missing: [(TemplateLocation, String)] = []
        func walk(_ block: Block) {
            for node in block.nodes {
                switch node {
                case .section(_, let body), .inverted(_, let body), .block(_, let body, _, _): walk(body)
                case .partial(let partial, _, let overrides):
                    if case .fixed(let name, nil, let location) = partial { missing.append((location, name)) }
                    for body in (overrides ?? [:]).values { walk(body) }
                case .text, .variable: break
                }
            }
        }
        for root in roots { walk(root) }
        return missing.sorted { $0.0 < $1.0 }
    }

    /// Renders the template `id` with `context` at the bottom of the context stack, after
    /// what `output` holds. `capacity` is what the render is expected to need; `links` is how
    /// this document writes the links of `LinkedText` values.
    public func render(
        _ id: ID, _ context: TemplateValue, into output: inout [UInt8], capacity: Int = 16 * 1024,
        links: LinkStyle = LinkStyle(prefix: "")
    ) {
        withRendered(id, context, capacity: capacity, links: links) { output.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// Renders the template `id` with `context` and hands the bytes to `body` in the
    /// renderer's own memory, freed when `body` returns: a large page is so never held twice.
    public func withRendered<Result>(
        _ id: ID, _ context: TemplateValue, capacity: Int = 16 * 1024, links: LinkStyle = LinkStyle(prefix: ""),
        _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        var renderer = TemplateRenderer(library: self, context: context, capacity: capacity, links: links)
        defer { renderer.output.deallocate() }
        renderer.render(template: id.index)
        return try renderer.output.withBytes(body)
    }

    /// The bytes of the template `name` rendered with `context`; `nil` if there is no such template.
    public func render(_ name: String, _ context: TemplateValue) -> [UInt8]? {
        guard let id = id(of: name) else { return nil }
        var output: [UInt8] = []
        render(id, context, into: &output)
        return output
    }
}

/// Rewrites each partial tag's name into the index of its template.
private struct PartialLinker {
    let indexes: [String: Int]

    func link(_ block: Block) -> Block {
        Block(block.nodes.map(link))
    }

    private func link(_ node: Node) -> Node {
        switch node {
        case .text, .variable: node
        case .section(let path, let body): .section(path, link(body))
        case .inverted(let path, let body): .inverted(path, link(body))
        case .block(let name, let body, let indentation, let firstLine):
            .block(name, link(body), indentation: indentation, firstLine: firstLine)
        case .partial(let partial, let indentation, let overrides):
            .partial(link(partial), indentation: indentation, overrides: overrides?.mapValues(link))
        }
    }

    private func link(_ partial: Partial) -> Partial {
        guard case .fixed(let name, _, let location) = partial else { return partial }
        return .fixed(name: name, index: indexes[name], location: location)
    }
}
