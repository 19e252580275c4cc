/// Where a YAML event starts, as libyaml counts it and from 1: the line in the YAML text,
/// and the column in characters.
struct YAMLMark: Hashable, Sendable {
    var line: Int
    var column: Int
}

extension YAMLMark {
    /// The mark of the byte at `offset` in `bytes`: libyaml's reader says where it stopped
    /// only as an offset, and a volunteer looks for the line.
    init(offset: Int, in bytes: some Collection<UInt8>) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // A character's first byte; the bytes that continue it are not columns.
                column += 1
            }
        }
        self.init(line: line, column: column)
    }
}
