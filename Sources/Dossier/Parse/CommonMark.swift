internal import CCmark
import Foundation

/// The one place that touches cmark's C API: Markdown in, HTML and the body's links out.
enum CommonMark {
    /// A link or image in a body, with where it is written, for the internal link check.
    struct Link: Sendable, Hashable {
        var destination: String
        var location: SourceLocation
    }

    /// Renders a Markdown body. By default raw HTML becomes a comment and `javascript:` links
    /// are emptied (cmark's safe mode); only a campaign's `unsafe_html: true` lets HTML through.
    ///
    /// cmark reads the body's bytes where they lie in the file's text: no copy on the way in.
    static func html(from markdown: Substring, allowingRawHTML: Bool) -> String {
        render(markdown, allowingRawHTML: allowingRawHTML, linksAt: nil).html
    }

    /// The HTML and every link of a body that starts on `firstLine` of the file at `path`.
    static func render(_ markdown: Substring, allowingRawHTML: Bool,
                       linksAt origin: (path: String, firstLine: Int)?) -> (html: String, links: [Link]) {
        let options = allowingRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        func render(_ bytes: UnsafeBufferPointer<UInt8>) -> (html: String, links: [Link]) {
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let document = cmark_parse_document(chars.baseAddress, chars.count, options) else { return ("", []) }
                defer { cmark_node_free(document) }
                let links = origin.map { Self.links(in: document, path: $0.path, firstLine: $0.firstLine) } ?? []
                guard let html = cmark_render_html(document, options) else { return ("", links) }
                defer { free(html) }
                return (String(cString: html), links)
            }
        }
        return markdown.utf8.withContiguousStorageIfAvailable(render)
            ?? Array(markdown.utf8).withUnsafeBufferPointer(render)
    }

    private static func links(in document: OpaquePointer, path: String, firstLine: Int) -> [Link] {
        var links: [Link] = []
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            // cmark places inlines only by the block they stand in; that line is the one to fix.
            var block: OpaquePointer? = node
            while let current = block, cmark_node_get_start_line(current) == 0 { block = cmark_node_parent(current) }
            let line = block.map { Int(cmark_node_get_start_line($0)) } ?? 1
            let column = node == block ? Int(cmark_node_get_start_column(node)) : 1
            links.append(Link(destination: String(cString: url),
                              location: SourceLocation(path: path, line: firstLine + max(line, 1) - 1, column: max(column, 1))))
        }
        return links
    }
}
