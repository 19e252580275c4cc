import Foundation
import TemplateEngine

/// The picture a link preview shows for a page (`page.image`): a case's photo, or else the
/// site's `share_image`, or else the theme's `assets/share.png`.
struct SharingImage: Sendable, Hashable {
    /// From the site's root: `static/images/x-1200w.jpg`.
    var path: String
    /// What it shows; absent for the theme's picture, which shows nothing of the campaign.
    var alt: String?
    /// `image/jpeg`, with the size in pixels, when known.
    var type: String?
    var width: Int?
    var height: Int?

    /// The site's `share_image` as the image stage published it (a HEIC as its JPEG).
    init?(_ image: ShareImage, published: [String: PublishedImage]) {
        guard let picture = published[image.path] else { return nil }
        path = picture.path
        alt = image.alt
        type = ImageFormat(fileName: picture.path)?.published.mediaType
        width = picture.width
        height = picture.height
    }

    /// Where the theme keeps its picture for link previews, which shows no campaign's name.
    static let themePath = "assets/share.png"

    /// The theme's picture at `path`, with its size when it is a PNG (read from its header):
    /// a site may put a picture of its own there.
    init(theme contents: Data, at path: String) {
        self.path = path
        let bytes = [UInt8](contents.prefix(24))
        // The signature, then the IHDR chunk: its length, its type, the width and the height.
        guard ImageFormat.sniffed(from: bytes) == .png, bytes.count == 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return }
        func number(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        type = ImageFormat.png.mediaType
        width = number(at: 16)
        height = number(at: 20)
    }

    init(path: String, alt: String?, type: String? = nil, width: Int? = nil, height: Int? = nil) {
        self.path = path
        self.alt = alt
        self.type = type
        self.width = width
        self.height = height
    }

    /// `page.image`: `{url_abs, alt, type, width, height}`, the three last together or not at all.
    func context(base: BaseURL) -> TemplateContext {
        TemplateContext {
            $0.set("url_abs", base.absolute(path))
            $0.set("alt", alt)
            guard let type, let width, let height else {
                for key: TemplateName in ["type", "width", "height"] { $0.set(key, raw: .null) }
                return
            }
            $0.set("type", type)
            $0.set("width", width)
            $0.set("height", height)
        }
    }
}
