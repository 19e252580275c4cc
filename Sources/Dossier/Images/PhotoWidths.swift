/// The widths a case's photo is published in: enough for a thumbnail on a list, the photo
/// beside the facts on a phone and on a wide screen at twice its size, and the 1200 pixels
/// link previews ask for. Never wider than the original.
enum PhotoWidths {
    static let all = [96, 192, 320, 640, 960, 1200]

    /// The widths for a photo `width` pixels wide, widest first: each of `all` below it, and
    /// the photo's own width when it is narrower than the widest.
    static func forPhoto(ofWidth width: Int) -> [Int] {
        let below = all.filter { $0 < width }
        let own = width < all.last! ? [width] : [all.last!]
        return (own + below.reversed()).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
