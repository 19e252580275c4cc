import Foundation
import Synchronization
internal import ZIPFoundation

/// The offline copy: the whole site, every language, in one ZIP whose pages link to files
/// (`cases/x/index.html`), so that a reader who unpacks it and opens `index.html` from disk
/// browses every page, its styles and pictures, with no server; and its SHA-256 beside it.
///
/// The ZIP is made with ZIPFoundation, an entry at a time, into a file beside the output:
/// each page is made again in its offline form, compressed and appended, so neither the site
/// nor the ZIP is held in memory. It is reproducible: entries sorted by path, all of the
/// build's day at midnight UTC, mode 0644.
struct OfflineCopy: Sendable {
    /// `download/<site>-offline.zip`, from the site's root.
    let path: String
    /// The files of the site, which the copy holds (all but itself and its checksum).
    let files: [OutputFile]
    /// Every entry's time.
    let day: CalendarDay
    /// Where the ZIP is made before it is written into the site: beside the output, which a
    /// build cleans up (`SiteWriter`), whether it ends well or not.
    let workFile: URL

    var checksumPath: String { path + ".sha256" }

    /// The site's files with the copy's two: the ZIP first, since it is the longest job of a
    /// build and the writer hands files to the cores in order, and its checksum last, when
    /// the ZIP is made.
    func adding(to files: [OutputFile]) -> [OutputFile] {
        let made = MadeOnce()
        let copy = self
        let name = String(path.split(separator: "/").last ?? "")
        let zip = OutputFile(path: path, contents: .made { try made.file { try copy.zip() } })
        let checksum = OutputFile(path: checksumPath, contents: .renderedBytes {
            let zip = try Data(contentsOf: try made.file { try copy.zip() }, options: .alwaysMapped)
            // As `sha256sum` writes it, so that `sha256sum -c` checks it.
            return Array("\(Raster.sha256(zip))  \(name)\n".utf8)
        })
        return [zip] + files + [checksum]
    }

    /// Makes the ZIP at `workFile`. Its entries are in one folder named after it, so that
    /// unpacking it makes one folder rather than spilling a site into the reader's downloads.
    func zip() throws -> URL {
        try? FileManager.default.removeItem(at: workFile)
        let archive = try Archive(url: workFile, accessMode: .create)
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
        return workFile
    }
}

/// The ZIP is needed by two files (itself and its checksum), which the writer may ask for at
/// once on two cores: it is made by the first and kept for the second.
private final class MadeOnce: Sendable {
    private let made = Mutex<Result<URL, any Error>?>(nil)

    func file(_ make: () throws -> URL) throws -> URL {
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
        case .made(let make): [UInt8](try Data(contentsOf: make()))
        }
    }
}
