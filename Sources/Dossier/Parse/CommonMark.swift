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
        // The tree, and the HTML written from it, come from the thread's arena, and are let
        // go together once the body's values are made.
        func render(_ bytes: UnsafeBufferPointer<UInt8>) -> Rendered {
            ThreadArena.scope {
                var rendered = Rendered()
                guard let parser = cmark_parser_new_with_mem(options, arena) else { return rendered }
                bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
                guard let document = cmark_parser_finish(parser) else { return rendered }
                let found = Found(in: document, rawHTML: allowingRawHTML, headings: anchors != nil)
                // Links first: they are placed by the blocks they stand in, headings included.
                if let origin { (rendered.links, rendered.scripts) = Self.links(found, path: origin.path, firstLine: origin.firstLine) }
                if let anchors { rendered.sectionIDs = Self.anchorHeadings(found.headings, anchors) }
                let markers = Self.markSiteLinks(found, site: site)
                let text = Self.html(of: document, options: options)
                rendered.body = markers.map { $0.body(from: text) } ?? BodyHTML(html: text)
                return rendered
            }
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

    /// cmark's allocator: the thread's arena, whose frees wait for the end of its scope.
    nonisolated(unsafe) private static let arena: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(
            to: cmark_mem(
                calloc: { count, size in
                    let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                    return overflow ? nil : ThreadArena.allocate(zeroed: bytes)
                },
                realloc: { pointer, size in ThreadArena.reallocate(pointer, to: size) },
                free: { _ in }))
        return memory
    }()

    /// The document's HTML, as a string of its size (not `String(decoding:)`, whose
    /// validation that repairs is slower than the one that only checks).
    private static func html(of document: OpaquePointer, options: Int32) -> String {
        guard let html = cmark_render_html(document, options) else { return "" }
        let count = strlen(html)
        return String(unsafeUninitializedCapacity: count) { text in
            UnsafeMutableRawBufferPointer(text).copyMemory(from: UnsafeRawBufferPointer(start: html, count: count))
            return count
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
    private static func anchorHeadings(_ headings: [OpaquePointer], _ anchors: SectionAnchors) -> [String] {
        let ids = anchors.ids(for: headings.map(plainText))
        for (heading, id) in zip(headings, ids) {
            guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, arena) else { continue }
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
