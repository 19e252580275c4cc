internal import CZip
import Foundation
import Synchronization

/// The offline copy: the whole site, every language, in one ZIP whose pages link to files
/// (`cases/x/index.html`), so that a reader who unpacks it and opens `index.html` from disk
/// browses every page, its styles and pictures, with no server; and its SHA-256 beside it.
///
/// The ZIP is made with libzip, beside the output, in two steps that keep both cores busy
/// and little in memory: batches of files are made again in their offline form and
/// compressed into ZIPs of their own, two at a time; then their compressed entries are
/// copied, as they are, into the one ZIP. (ZIPFoundation, which writes an entry at a time,
/// rewrites the whole central directory at each one: half a minute for the 29,000 files of
/// the large bench corpus.) It is reproducible: entries sorted by path, each dated the
/// build's day at midnight (the nearest one a ZIP can hold), mode 0644, deflated at zlib's
/// default level.
struct OfflineCopy: Sendable {
    /// `download/<site>-offline.zip`, from the site's root.
    let path: String
    /// The files of the site, which the copy holds (all but itself and its checksum).
    let files: [OutputFile]
    /// Every entry's date.
    let day: CalendarDay
    /// Where the ZIP is made before it is written into the site: beside the output, which a
    /// build cleans up (`SiteWriter`), whether it ends well or not.
    let workFile: URL

    /// Files a batch holds: enough to keep a core busy, few enough to hold their bytes until
    /// libzip has compressed them.
    static let batch = 1_000

    var checksumPath: String { path + ".sha256" }

    /// The site's files with the copy's two, which the writer writes after the others: the
    /// ZIP, whose batches then have both cores, and its checksum.
    func adding(to files: [OutputFile]) -> [OutputFile] {
        let made = MadeOnce()
        let copy = self
        let name = String(path.split(separator: "/").last ?? "")
        let zip = OutputFile(path: path, contents: .made { try made.file { try copy.zip() } }, madeFromSite: true)
        let checksum = OutputFile(
            path: checksumPath,
            contents: .renderedBytes {
                let zip = try Data(contentsOf: try made.file { try copy.zip() }, options: .alwaysMapped)
                // As `sha256sum` writes it, so that `sha256sum -c` checks it.
                return Array("\(Raster.sha256(zip))  \(name)\n".utf8)
            }, madeFromSite: true)
        return files + [zip, checksum]
    }

    /// Makes the ZIP at `workFile`. Its entries are in one folder named after it, so that
    /// unpacking it makes one folder rather than spilling a site into the reader's downloads.
    func zip() throws -> URL {
        try? FileManager.default.removeItem(at: workFile)
        let folder = String(path.split(separator: "/").last ?? "site").replacingOccurrences(of: ".zip", with: "") + "/"
        let entries = files.filter { $0.path != path && $0.path != checksumPath }.sorted { $0.path < $1.path }
        let batches = stride(from: 0, to: entries.count, by: Self.batch).map { Array(entries[$0..<min($0 + Self.batch, entries.count)]) }
        let parts = batches.indices.map { URL(fileURLWithPath: workFile.path + "-\($0)") }
        defer { for part in parts { try? FileManager.default.removeItem(at: part) } }
        let made = Array(Swift.zip(batches, parts)).concurrentMap { batch, part in
            Result {
                let entries = try batch.map { file in (folder + file.path, try file.offline?() ?? file.bytes()) }
                try write(entries, to: part)
            }
        }
        for result in made { try result.get() }
        try join(parts)
        return workFile
    }

    /// A ZIP of `entries` at `file`; libzip compresses them at `zip_close`.
    private func write(_ entries: [(name: String, bytes: [UInt8])], to file: URL) throws {
        let archive = try open(file, ZIP_CREATE | ZIP_TRUNCATE)
        do {
            for (name, bytes) in entries {
                // libzip reads the bytes at `zip_close`, and frees them then: a copy it owns.
                let copy = malloc(max(bytes.count, 1))!
                bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: $0.count) } }
                guard let source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1) else {
                    free(copy)
                    throw failure(archive, name)
                }
                try add(source, named: name, to: archive, compress: true)
            }
            guard zip_close(archive) == 0 else { throw failure(archive, file.lastPathComponent) }
        } catch {
            zip_discard(archive)
            throw error
        }
    }

    /// The entries of every part, in order, copied compressed into the one ZIP.
    private func join(_ parts: [URL]) throws {
        let archive = try open(workFile, ZIP_CREATE | ZIP_TRUNCATE)
        var opened: [OpaquePointer] = []
        defer { for part in opened { zip_discard(part) } }
        do {
            for part in parts {
                let source = try open(part, ZIP_RDONLY)
                opened.append(source)
                for index in 0..<zip_uint64_t(max(zip_get_num_entries(source, 0), 0)) {
                    let name = String(cString: zip_get_name(source, index, zip_flags_t(ZIP_FL_ENC_RAW)))
                    guard let entry = zip_source_zip(archive, source, index, zip_flags_t(ZIP_FL_COMPRESSED), 0, -1) else {
                        throw failure(archive, name)
                    }
                    try add(entry, named: name, to: archive, compress: false)
                }
            }
            // Written while the parts, whose compressed entries it copies, are still open.
            guard zip_close(archive) == 0 else { throw failure(archive, "the archive") }
        } catch {
            zip_discard(archive)
            throw error
        }
    }

    private func open(_ file: URL, _ flags: Int32) throws -> OpaquePointer {
        var error: Int32 = 0
        guard let archive = zip_open(file.path, flags, &error) else {
            throw Failure(message: "cannot make the offline copy at \(file.path) (libzip error \(error))")
        }
        return archive
    }

    /// Adds an entry with what makes the ZIP the same on every machine: its date, the
    /// build's day at midnight as the DOS date the format stores (set as such, so that no
    /// time zone changes it), and its mode.
    private func add(_ source: OpaquePointer, named name: String, to archive: OpaquePointer, compress: Bool) throws {
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw failure(archive, name)
        }
        let entry = zip_uint64_t(index)
        let dosDate = Self.dosDate(of: day)
        guard !compress || zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 0) == 0,
            zip_file_set_dostime(archive, entry, 0, dosDate, 0) == 0,
            zip_file_set_external_attributes(archive, entry, 0, zip_uint8_t(ZIP_OPSYS_UNIX), 0o100644 << 16) == 0
        else { throw failure(archive, name) }
    }

    /// The DOS date a ZIP entry holds: its seven bits of year count from 1980 to 2107, so a
    /// build as of a day outside them (`--as-of 0001-01-01`, `9999-12-31`) dates its entries
    /// the nearest day they can hold.
    static func dosDate(of day: CalendarDay) -> UInt16 {
        let first = CalendarDay(year: 1980, month: 1, day: 1)
        let last = CalendarDay(year: 2107, month: 12, day: 31)
        let held = min(max(day, first), last)
        return UInt16((held.year - 1980) << 9 | held.month << 5 | held.day)
    }

    private func failure(_ archive: OpaquePointer, _ name: String) -> Failure {
        Failure(message: "cannot add \(name) to the offline copy: \(String(cString: zip_strerror(archive)))")
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
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
