import TemplateEngine

extension TemplateSet {
    /// The page `template` makes of `context`, as UTF-8, its links written in `links`' style.
    func render(_ template: String, _ context: TemplateContext, links: LinkStyle) -> [UInt8] {
        guard let id = library.id(of: template) else { return [] }
        var output: [UInt8] = []
        // A page of the default theme is 10 to 40 KB: the renderer starts with room for one,
        // and the array is made at the page's size when the render is done.
        library.render(id, context.value, into: &output, capacity: 32 * 1024, links: links)
        return output
    }
}
