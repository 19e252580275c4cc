import TemplateEngine

extension TemplateSet {
    /// The page `template` makes of `context`, as UTF-8, its links written in `links`' style.
    func render(_ template: String, _ context: TemplateContext, links: LinkStyle) -> [UInt8] {
        withPage(template, context, links: links) { Array($0) }
    }

    /// The page `template` makes of `context`, handed to `body` in the renderer's memory,
    /// which is freed after: a page is written to disk without being copied.
    func withPage<Result>(
        _ template: String, _ context: TemplateContext, links: LinkStyle, _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        guard let id = library.id(of: template) else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        // A page of the default theme is 10 to 40 KB: the renderer starts with room for one.
        return try library.withRendered(id, context.value, capacity: 32 * 1024, links: links, body)
    }
}
