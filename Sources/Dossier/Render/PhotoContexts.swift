import TemplateEngine

/// A case's photo as templates place it: sizes for `srcset` in WebP and JPEG, a JPEG for
/// `src`, and the width and height that keep the page from jumping while it loads.
extension SiteContexts {
    /// The photo beside a case's facts: `src` is the JPEG nearest 640 pixels wide.
    func photoContext(_ photo: Photo) -> TemplateContext {
        var context = pictureContext(photo, preferredWidth: 640)
        context.set("credit", photo.credit)
        return context
    }

    /// The photo on a list of cases: the smallest size.
    func thumbnailContext(_ photo: Photo) -> TemplateContext {
        pictureContext(photo, preferredWidth: PhotoWidths.all[0])
    }

    /// The picture for link previews: the widest JPEG, at most 1200 pixels wide.
    func sharingImage(_ photo: Photo) -> SharingImage {
        guard let image = site.images.published[photo.path],
            let widest = image.renditions.first(where: { $0.format == .jpeg })
        else {
            return SharingImage(path: paths.photo(photo), alt: photo.alt)
        }
        return SharingImage(path: widest.path, alt: photo.alt, type: widest.format.mediaType, width: widest.width, height: widest.height)
    }

    /// Where the photo's published copy is: its own path, or a HEIC's JPEG.
    func publishedPath(of photo: Photo) -> String {
        site.images.published[photo.path]?.path ?? paths.photo(photo)
    }

    private func pictureContext(_ photo: Photo, preferredWidth: Int) -> TemplateContext {
        var context = TemplateContext()
        context.set("alt", photo.alt)
        guard let image = site.images.published[photo.path], !image.renditions.isEmpty else {
            context.set("src", link: publishedPath(of: photo))
            return context
        }
        let jpegs = image.renditions.filter { $0.format == .jpeg }
        let webps = image.renditions.filter { $0.format == .webp }
        // Widest first: the first at most `preferredWidth`, or else the narrowest.
        let fallback = jpegs.first { $0.width <= preferredWidth } ?? jpegs.last ?? image.renditions[0]
        context.set("src", link: fallback.path)
        context.set("width", fallback.width)
        context.set("height", fallback.height)
        context.set("srcset", raw: srcset(jpegs))
        context.set("webp_srcset", raw: srcset(webps))
        return context
    }

    /// `a-320w.jpg 320w, a-640w.jpg 640w`, narrowest first, each file relative to the page.
    private func srcset(_ renditions: [PublishedImage.Rendition]) -> TemplateValue {
        guard !renditions.isEmpty else { return .null }
        var pieces: [LinkedText.Piece] = []
        for rendition in renditions.reversed() {
            if !pieces.isEmpty { pieces.append(.text(", ")) }
            pieces.append(.link(path: rendition.path, suffix: " \(rendition.width)w"))
        }
        return .linked(LinkedText(pieces))
    }
}
