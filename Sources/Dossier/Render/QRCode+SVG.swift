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
        // Written as bytes: every case page draws some 500 runs, and a string built piece by
        // piece spends most of its time growing and checking itself.
        var path: [UInt8] = []
        path.reserveCapacity(size * size * 4)
        packedModules.withUnsafeBufferPointer { modules in
            func isDark(_ module: Int) -> Bool { modules[module &>> 3] & (0x80 &>> UInt8(module & 7)) != 0 }
            for row in 0..<size {
                let first = row * size
                var column = 0
                while column < size {
                    guard isDark(first + column) else {
                        column += 1
                        continue
                    }
                    let start = column
                    while column < size, isDark(first + column) { column += 1 }
                    path.append(UInt8(ascii: "M"))
                    path.appendDecimal(start + Self.quietZone)
                    path.append(UInt8(ascii: " "))
                    path.appendDecimal(row + Self.quietZone)
                    path.append(UInt8(ascii: "h"))
                    path.appendDecimal(column - start)
                    path.append(contentsOf: "v1h-".utf8)
                    path.appendDecimal(column - start)
                    path.append(UInt8(ascii: "z"))
                }
            }
        }
        let d = String(decoding: path, as: UTF8.self)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" role="img" aria-label="\(HTMLEscaping.escape(label))" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(d)"/></svg>
            """
    }
}
