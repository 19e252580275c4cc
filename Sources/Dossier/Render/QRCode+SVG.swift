import TemplateEngine

extension QRCode {
    /// Light modules around the symbol on each side, as the standard asks: without them a
    /// reader may take the text beside it for part of the code.
    static let quietZone = 4

    /// The code as an inline `<svg>` that scales to the box it is put in (a `viewBox` and no
    /// size): a white square with its quiet zone, then one `<path>` of the dark modules, a
    /// rectangle for each run of them in a row, drawn without anti-aliasing so that no grey
    /// seam opens between them. `label` is its accessible name.
    func svg(label: String) -> String {
        let side = size + 2 * Self.quietZone
        var path = ""
        path.reserveCapacity(size * size * 2)
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < size, isDark(row: row, column: column) { column += 1 }
                // Appended piece by piece: an interpolation builds a string of its own for
                // every run, and every case page draws some 500 runs.
                let run = String(column - start)
                path += "M"
                path += String(start + Self.quietZone)
                path += " "
                path += String(row + Self.quietZone)
                path += "h"
                path += run
                path += "v1h-"
                path += run
                path += "z"
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" role="img" aria-label="\(HTMLEscaping.escape(label))" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }
}
