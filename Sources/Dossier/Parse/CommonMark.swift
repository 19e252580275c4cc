internal import CCmark
import Foundation

/// The one place that touches cmark's C API: Markdown in, HTML out.
enum CommonMark {
    /// Renders a Markdown body. By default raw HTML becomes a comment and `javascript:` links
    /// are emptied (cmark's safe mode); only a campaign's `unsafe_html: true` lets HTML through.
    ///
    /// cmark reads the body's bytes where they lie in the file's text: no copy on the way in.
    static func html(from markdown: Substring, allowingRawHTML: Bool) -> String {
        let options = allowingRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        func render(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, options) else {
                    return ""
                }
                defer { free(html) }
                return String(cString: html)
            }
        }
        return markdown.utf8.withContiguousStorageIfAvailable(render)
            ?? Array(markdown.utf8).withUnsafeBufferPointer(render)
    }
}
