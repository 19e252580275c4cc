import TemplateEngine

extension QRCode {
    /// Light modules around the symbol on each side, as the standard asks: without them a
    /// reader may take the text beside it for part of the code.
    static let quietZone = 4

    /// The code as an inline `<svg>` that scales to the box it is put in (a `viewBox` and no
    /// size): a white square with its quiet zone, then one `<path>` of the dark modules, each
    /// run of them in a row a line one module thick through the row's middle, drawn without
    /// anti-aliasing so that no grey seam opens between rows. A line per run, each row
    /// starting afresh and each run after the first moved to from the one before, is less
    /// than half the bytes of a rectangle per run: a case page is a tenth smaller.
    /// `label` is its accessible name.
    func svg(label: String) -> String {
        let side = size + 2 * Self.quietZone
        // Written as bytes: every case page draws some 500 runs, and a string built piece by
        // piece spends most of its time growing and checking itself. The runs are found eight
        // modules at a time, and two-byte pieces appended a byte at a time (appended as a
        // string's UTF-8 view, they were a fifth of the drawing).
        var path: [UInt8] = []
        path.reserveCapacity(size * size * 2)
        packedModules.withUnsafeBufferPointer { modules in
            for row in 0..<size {
                let (first, last) = (row * size, row * size + size)
                var module = first
                // Where the last run of this row ended, once there is one.
                var end: Int?
                while case let start = Self.next(dark: true, from: module, before: last, in: modules), start < last {
                    module = Self.next(dark: false, from: start, before: last, in: modules)
                    if let end {
                        // `m3 0h2`: three modules on, a run of two.
                        path.append(UInt8(ascii: "m"))
                        path.appendDecimal(start - end)
                        path.append(UInt8(ascii: " "))
                        path.append(UInt8(ascii: "0"))
                    } else {
                        // `M4 4.5h7`: the row's first run, through the middle of its modules.
                        path.append(UInt8(ascii: "M"))
                        path.appendDecimal(start - first + Self.quietZone)
                        path.append(UInt8(ascii: " "))
                        path.appendDecimal(row + Self.quietZone)
                        path.append(UInt8(ascii: "."))
                        path.append(UInt8(ascii: "5"))
                    }
                    path.append(UInt8(ascii: "h"))
                    path.appendDecimal(module - start)
                    end = module
                }
            }
        }
        let d = String(decoding: path, as: UTF8.self)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" role="img" aria-label="\(HTMLEscaping.escape(label))" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/><path fill="none" stroke="#000" \
            stroke-width="1" d="\(d)"/></svg>
            """
    }

    /// The first module from `start` (row by row) that is `dark`, or light, before `end`;
    /// `end` when there is none. Whole bytes of the other kind are passed at once.
    private static func next(dark: Bool, from start: Int, before end: Int, in modules: UnsafeBufferPointer<UInt8>) -> Int {
        var module = start
        while module < end {
            // The bits of the kind sought set, those before `module` in its byte cleared.
            let wanted = (dark ? modules[module >> 3] : ~modules[module >> 3]) & (0xFF >> UInt8(module & 7))
            if wanted != 0 { return min((module & ~7) + wanted.leadingZeroBitCount, end) }
            module = (module & ~7) + 8
        }
        return end
    }
}
