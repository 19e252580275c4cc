internal import CCmark
import Foundation

/// The one place that touches cmark's C API: Markdown in, HTML and the body's links out.
enum CommonMark {
    /// Renders a Markdown text that no link check or heading link concerns (the site's
    /// description). By default raw HTML becomes a comment and `javascript:` links are emptied
    /// (cmark's safe mode); only a campaign's `unsafe_html: true` lets HTML through.
    static func html(from markdown: Substring, allowingRawHTML: Bool, site: SiteAddresses) -> BodyHTML {
        render(markdown, allowingRawHTML: allowingRawHTML, linksAt: nil, anchors: nil, site: site).body
    }

    /// A body rendered: its HTML, its links, and the ids its headings were given.
    struct Rendered {
        var body = BodyHTML()
        var links: [BodyLink] = []
        /// The links and raw HTML attributes that would run a script, which no page publishes.
        var scripts: [BodyLink] = []
        var sectionIDs: [String] = []
    }

    /// The HTML and every link of a body that starts on `firstLine` of the file at `path`;
    /// with `anchors`, every heading gets an id and a link to itself; links into `site` are
    /// kept apart from the HTML, for each page to write relative to itself.
    ///
    /// cmark reads the body's bytes where they lie in the file's text: no copy on the way in.
    static func render(
        _ markdown: Substring, allowingRawHTML: Bool, linksAt origin: (path: String, firstLine: Int)?,
        anchors: SectionAnchors?, site: SiteAddresses
    ) -> Rendered {
        let options = allowingRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        func render(_ bytes: UnsafeBufferPointer<UInt8>, in memory: UnsafeMutablePointer<cmark_mem>) -> Rendered {
            var rendered = Rendered()
            guard let parser = cmark_parser_new_with_mem(options, memory) else { return rendered }
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            let document = cmark_parser_finish(parser)
            cmark_parser_free(parser)
            guard let document else { return rendered }
            let found = Found(in: document, rawHTML: allowingRawHTML, headings: anchors != nil)
            // Links first: they are placed by the blocks they stand in, headings included.
            if let origin { (rendered.links, rendered.scripts) = Self.links(found, path: origin.path, firstLine: origin.firstLine) }
            if let anchors { rendered.sectionIDs = Self.anchorHeadings(found.headings, anchors, memory) }
            let markers = Self.markSiteLinks(found, site: site)
            let text = Self.html(consuming: document, options: options, memory)
            rendered.body = markers.map { $0.body(from: text) } ?? BodyHTML(html: text)
            return rendered
        }
        // A body's tree, and the HTML written from it, come from the thread's arena and are let
        // go together once the body's values are made; a body longer than `arenaLimit` (a
        // report pasted whole) comes from malloc, block by block, as described at `html`.
        func render(_ bytes: UnsafeBufferPointer<UInt8>) -> Rendered {
            guard bytes.count <= arenaLimit else { return render(bytes, in: cmark_get_default_mem_allocator()) }
            return ThreadArena.scope { render(bytes, in: arena) }
        }
        return markdown.utf8.withContiguousStorageIfAvailable(render)
            ?? Array(markdown.utf8).withUnsafeBufferPointer(render)
    }

    /// What one walk over a parsed document finds: every link and picture with its
    /// destination, the raw HTML (when it is let through) and the headings. Each node's text
    /// is read once, and the tree walked once, for all that is done with them.
    private struct Found {
        var links: [(node: OpaquePointer, url: String)] = []
        var html: [(node: OpaquePointer, literal: String)] = []
        var headings: [OpaquePointer] = []

        init(in document: OpaquePointer, rawHTML: Bool, headings wantsHeadings: Bool) {
            guard let iterator = cmark_iter_new(document) else { return }
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    if let url = cmark_node_get_url(node) { links.append((node, String(cString: url))) }
                case CMARK_NODE_HTML_BLOCK where rawHTML, CMARK_NODE_HTML_INLINE where rawHTML:
                    if let literal = cmark_node_get_literal(node) { html.append((node, String(cString: literal))) }
                case CMARK_NODE_HEADING where wantsHeadings:
                    headings.append(node)
                default:
                    break
                }
            }
        }
    }

    /// cmark's allocator: the thread's arena, whose frees wait for the end of its scope. cmark
    /// uses what its allocator returns unchecked (its own aborts when malloc fails), so a size
    /// that overflows stops here too, where Swift's multiplication traps.
    nonisolated(unsafe) private static let arena: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(
            to: cmark_mem(
                calloc: { count, size in ThreadArena.allocate(zeroed: count * size) },
                realloc: { pointer, size in ThreadArena.reallocate(pointer, to: size) },
                free: { _ in }))
        return memory
    }()

    /// The longest body parsed in the arena, in bytes of Markdown. Its tree is several times
    /// its size and stays whole until the body is written; a 50 MB story held that way, with
    /// its HTML, peaked at 736 MiB where freeing it block by block keeps it under 400.
    private static let arenaLimit = 1 << 20

    /// The document's HTML, written block by block, each block freed once written (which the
    /// arena ignores): for a long story the tree is several times the size of the text, and
    /// holding it and the whole HTML at once was the peak of the build. The document renders
    /// nothing of its own, so its blocks' HTML one after the other is its HTML. The blocks
    /// are joined once, into a string of their size: a string grown block by block kept up to
    /// half again its size unused, for as long as the site is held.
    private static func html(consuming document: OpaquePointer, options: Int32, _ memory: UnsafeMutablePointer<cmark_mem>) -> String {
        defer { cmark_node_free(document) }
        var blocks: [UnsafeBufferPointer<UInt8>] = []
        defer { for block in blocks { memory.pointee.free(UnsafeMutableRawPointer(mutating: block.baseAddress)) } }
        while let block = cmark_node_first_child(document) {
            cmark_node_unlink(block)
            if let html = cmark_render_html(block, options) {
                html.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                    blocks.append(UnsafeBufferPointer(start: bytes, count: strlen(html)))
                }
            }
            cmark_node_free(block)
        }
        return String(unsafeUninitializedCapacity: blocks.reduce(0) { $0 + $1.count }) { text in
            var end = 0
            for block in blocks where !block.isEmpty {
                _ = UnsafeMutableBufferPointer(rebasing: text[end...]).initialize(from: block)
                end += block.count
            }
            return end
        }
    }

    /// Marks every link, picture and raw HTML attribute that leads into the site (see
    /// `SiteLinkMarkers`); `nil` when none does, so the HTML is one piece as cmark wrote it.
    private static func markSiteLinks(_ found: Found, site: SiteAddresses) -> SiteLinkMarkers? {
        let markers = SiteLinkMarkers(site: site, destinations: found.links.map(\.url), rawHTML: found.html.map(\.literal))
        var marked = false
        for (node, url) in found.links {
            guard let destination = markers.marked(url) else { continue }
            cmark_node_set_url(node, destination)
            marked = true
        }
        for (node, literal) in found.html {
            guard let rewritten = markers.marked(rawHTML: literal) else { continue }
            cmark_node_set_literal(node, rewritten)
            marked = true
        }
        return marked ? markers : nil
    }

    /// cmark's HTML renderer writes a heading's tag with no attributes, so each heading is
    /// replaced by a custom block that writes `<hN id="…">` and the "#" link around the same
    /// content. Custom blocks are written as they are, in safe mode too; the id is a slug and
    /// the label is escaped, so nothing of the content reaches them unescaped.
    private static func anchorHeadings(
        _ headings: [OpaquePointer], _ anchors: SectionAnchors, _ memory: UnsafeMutablePointer<cmark_mem>
    ) -> [String] {
        let ids = anchors.ids(for: headings.map(plainText))
        for (heading, id) in zip(headings, ids) {
            // In the document's own memory: cmark frees a tree with its root's allocator.
            guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory) else { continue }
            let tags = anchors.tags(level: Int(cmark_node_get_heading_level(heading)), id: id)
            cmark_node_set_on_enter(block, tags.open)
            cmark_node_set_on_exit(block, tags.close)
            while let child = cmark_node_first_child(heading) { cmark_node_append_child(block, child) }
            cmark_node_insert_before(heading, block)
            cmark_node_free(heading)
        }
        return ids
    }

    /// The words of a node as a reader sees them: text and code, line breaks as spaces.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// Every link and picture of the body, and with raw HTML each attribute value of it that
    /// would run a script (which `ContentFileParser` refuses), with the line it is on.
    private static func links(_ found: Found, path: String, firstLine: Int) -> (links: [BodyLink], scripts: [BodyLink]) {
        var links: [BodyLink] = []
        var scripts: [BodyLink] = []
        for (node, url) in found.links {
            let link = BodyLink(destination: url, location: location(of: node, path: path, firstLine: firstLine))
            links.append(link)
            if ScriptLink.isScript(link.destination) { scripts.append(link) }
        }
        for (node, literal) in found.html {
            for value in ScriptLink.scripts(inRawHTML: literal) {
                scripts.append(BodyLink(destination: value, location: location(of: node, path: path, firstLine: firstLine)))
            }
        }
        return (links, scripts)
    }

    /// cmark places inlines only by the block they stand in; that line is the one to fix.
    private static func location(of node: OpaquePointer, path: String, firstLine: Int) -> SourceLocation {
        var block: OpaquePointer? = node
        while let current = block, cmark_node_get_start_line(current) == 0 { block = cmark_node_parent(current) }
        let line = block.map { Int(cmark_node_get_start_line($0)) } ?? 1
        let column = node == block ? Int(cmark_node_get_start_column(node)) : 1
        return SourceLocation(path: path, line: firstLine + max(line, 1) - 1, column: max(column, 1))
    }
}
