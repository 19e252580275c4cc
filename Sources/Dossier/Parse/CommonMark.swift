internal import CCmark
import Foundation

/// The one place that touches cmark's C API: Markdown in, HTML out.
enum CommonMark {
    /// Renders a Markdown body. By default raw HTML becomes a comment and `javascript:` links
    /// are emptied (cmark's safe mode); only a campaign's `unsafe_html: true` lets HTML through.
    static func html(from markdown: String, allowingRawHTML: Bool) -> String {
        let options = allowingRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, options) else {
                    return ""
                }
                defer { free(html) }
                return String(cString: html)
            }
        }
    }
}
