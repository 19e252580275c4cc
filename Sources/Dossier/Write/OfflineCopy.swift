import Foundation
import Synchronization
internal import ZIPFoundation

/// The offline copy: the whole site, every language, in one ZIP whose pages link to files
/// (`cases/x/index.html`), so that a reader who unpacks it and opens `index.html` from disk
/// browses every page, its styles and pictures, with no server; and its SHA-256 beside it.
///
/// The ZIP is made with ZIPFoundation, an entry at a time: each page is made again in its
/// offline form, compressed and appended, so the site is never held whole. It is
/// reproducible: entries sorted by path, all of the build's day at midnight UTC, mode 0644.
struct OfflineCopy: Sendable {
    /// `download/<site>-offline.zip`, from the site's root.
    let path: String
    /// The files of the site, which the copy holds (all but itself and its checksum).
    let files: [OutputFile]
    /// Every entry's time.
    let day: CalendarDay

    var checksumPath: String { path + ".sha256" }

    /// The site's files with the copy's two: the ZIP first, since it is the longest job of a
    /// build and the writer hands files to the cores in order, and its checksum last, when
    /// the ZIP is made.
    func adding(to files: [OutputFile]) -> [OutputFile] {
        let made = MadeOnce()
        let copy = self
        let name = String(path.split(separator: "/").last ?? "")
        let zip = OutputFile(path: path, contents: .renderedBytes { try made.bytes { try copy.zip() } })
        let checksum = OutputFile(path: checksumPath, contents: .renderedBytes {
            let zip = try made.bytes { try copy.zip() }
            // As `sha256sum` writes it, so that `sha256sum -c` checks it.
            return Array("\(Raster.sha256(Data(zip)))  \(name)\n".utf8)
        })
        return [zip] + files + [checksum]
    }

    /// The ZIP's bytes. Its entries are in one folder named after it, so that unpacking it
    /// makes one folder rather than spilling a site into the reader's downloads.
    func zip() throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let folder = String(path.split(separator: "/").last ?? "site").replacingOccurrences(of: ".zip", with: "") + "/"
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
        for file in files.sorted(by: { $0.path < $1.path }) where file.path != path && file.path != checksumPath {
            let bytes = try file.offline?() ?? file.bytes()
            try archive.addEntry(with: folder + file.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                Data(bytes[Int(position)..<(Int(position) + size)])
            }
        }
        guard let data = archive.data else { throw OfflineCopyError() }
        return [UInt8](data)
    }

    private struct OfflineCopyError: Error, CustomStringConvertible {
        var description: String { "the offline copy could not be made in memory" }
    }
}

/// The ZIP is needed by two files (itself and its checksum), which the writer may ask for at
/// once on two cores: it is made by the first and kept for the second.
private final class MadeOnce: Sendable {
    private let made = Mutex<Result<[UInt8], any Error>?>(nil)

    func bytes(_ make: () throws -> [UInt8]) throws -> [UInt8] {
        try made.withLock { made in
            if made == nil { made = Result { try make() } }
            return try made!.get()
        }
    }
}

extension OutputFile {
    /// The file's bytes as the site publishes them.
    func bytes() throws -> [UInt8] {
        switch contents {
        case .data(let data): [UInt8](data)
        case .copy(let url): [UInt8](try Data(contentsOf: url))
        case .rendered(let render): Array(render().utf8)
        case .renderedBytes(let render): try render()
        }
    }
}
