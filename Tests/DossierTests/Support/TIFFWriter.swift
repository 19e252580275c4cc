import Foundation

/// Lays out a little-endian TIFF structure, as EXIF holds it: IFDs of entries, values of
/// more than four bytes stored after each IFD, and offsets filled in once every place is known.
struct TIFFWriter {
    enum Target {
        case ifd(Int)
        case data(Data)
    }

    enum Entry {
        case ascii(UInt16, String)
        case short(UInt16, UInt16)
        case long(UInt16, UInt32)
        case bytes(UInt16, [UInt8])
        case rationals(UInt16, [(UInt32, UInt32)])
        /// A LONG holding where `Target` lands.
        case offset(UInt16, Target)

        var tag: UInt16 {
            switch self {
            case .ascii(let tag, _), .short(let tag, _), .long(let tag, _), .bytes(let tag, _), .rationals(let tag, _), .offset(let tag, _): tag
            }
        }
    }

    private struct IFD {
        var entries: [Entry]
        var next: Int?
    }

    private var ifds: [IFD] = []
    private var first = 0

    /// Adds an IFD and returns its number; `first` makes it the one the header points to.
    mutating func ifd(_ entries: [Entry], next: Int? = nil, first: Bool = false) -> Int {
        ifds.append(IFD(entries: entries.sorted { $0.tag < $1.tag }, next: next))
        if first { self.first = ifds.count - 1 }
        return ifds.count - 1
    }

    func bytes() -> Data {
        // Pass 1: where each IFD and each block of data goes.
        var offsets: [Int] = []
        var dataOffsets: [Int: Int] = [:]
        var position = 8
        for (index, ifd) in ifds.enumerated() {
            offsets.append(position)
            position += 2 + 12 * ifd.entries.count + 4
            for entry in ifd.entries {
                let size = Self.payload(entry, offsets: [], dataOffsets: [:]).count
                if size > 4 { position += size + size % 2 }
            }
            // Blocks of data (a thumbnail) after the values, as pass 2 writes them.
            for (entryIndex, entry) in ifd.entries.enumerated() {
                if case .offset(_, .data(let data)) = entry {
                    dataOffsets[index * 1000 + entryIndex] = position
                    position += data.count + data.count % 2
                }
            }
        }
        // Pass 2: the bytes.
        var out = Data("II".utf8) + le16(42) + le32(UInt32(offsets[first]))
        for (index, ifd) in ifds.enumerated() {
            precondition(out.count == offsets[index])
            var extra = Data()
            let extraStart = offsets[index] + 2 + 12 * ifd.entries.count + 4
            var blobs = Data()
            out += le16(UInt16(ifd.entries.count))
            for (entryIndex, entry) in ifd.entries.enumerated() {
                let payload = Self.payload(entry, offsets: offsets, dataOffsets: dataOffsets.filter { $0.key == index * 1000 + entryIndex })
                out += le16(entry.tag) + le16(Self.type(entry)) + le32(Self.count(entry))
                if payload.count > 4 {
                    out += le32(UInt32(extraStart + extra.count))
                    extra += payload
                    if payload.count % 2 == 1 { extra.append(0) }
                } else {
                    out += payload + Data(repeating: 0, count: 4 - payload.count)
                }
                if case .offset(_, .data(let data)) = entry {
                    blobs += data
                    if data.count % 2 == 1 { blobs.append(0) }
                }
            }
            out += le32(UInt32(ifd.next.map { offsets[$0] } ?? 0)) + extra + blobs
        }
        return out
    }

    private static func payload(_ entry: Entry, offsets: [Int], dataOffsets: [Int: Int]) -> Data {
        switch entry {
        case .ascii(_, let text): Data(text.utf8) + Data([0])
        case .short(_, let value): le16(value)
        case .long(_, let value): le32(value)
        case .bytes(_, let values): Data(values)
        case .rationals(_, let values): values.reduce(Data()) { $0 + le32($1.0) + le32($1.1) }
        case .offset(_, .ifd(let index)): le32(UInt32(offsets.isEmpty ? 0 : offsets[index]))
        case .offset(_, .data): le32(UInt32(dataOffsets.values.first ?? 0))
        }
    }

    private static func type(_ entry: Entry) -> UInt16 {
        switch entry {
        case .ascii: 2
        case .short: 3
        case .long, .offset: 4
        case .bytes: 1
        case .rationals: 5
        }
    }

    private static func count(_ entry: Entry) -> UInt32 {
        switch entry {
        case .ascii(_, let text): UInt32(text.utf8.count + 1)
        case .bytes(_, let values): UInt32(values.count)
        case .rationals(_, let values): UInt32(values.count)
        default: 1
        }
    }
}

private func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
private func le32(_ value: UInt32) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]) }
