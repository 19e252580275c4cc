import Foundation
import Synchronization

/// QR codes kept between builds (`cache/qr-codes`, beside the pictures' cache), keyed by the
/// address they encode. libqrencode spends most of a code's time choosing its mask, the same
/// choice for the same address every time: the case pages' codes were 8% of a large build.
///
/// One file holds the codes the last build used. It is read whole when a build starts and,
/// if a code was made or left unused, written aside and renamed into place once the site is
/// written, so a killed build leaves the old file whole. A file made by another encoder, or
/// one that does not read to its end, is ignored, and its codes made again: deleting it only
/// costs time. Looked up from the pages being rendered on both cores.
final class QRCodeCache: Sendable {
    /// `nil`: kept in memory only.
    private let file: URL?
    /// What the file held when the cache was made.
    private let kept: [String: QRCode]

    private struct State {
        var made: [String: QRCode] = [:]
        var used: Set<String> = []
    }

    private let state = Mutex(State())

    init(file: URL?) {
        self.file = file
        kept = file.flatMap { FileManager.default.contents(atPath: $0.path) }.map(Self.decode) ?? [:]
    }

    /// The code of `address`, from the file if an earlier build made it; `nil` when the address
    /// is longer than the largest symbol holds.
    func code(for address: String) -> QRCode? {
        if let code = kept[address] {
            state.withLock { _ = $0.used.insert(address) }
            return code
        }
        if let code = state.withLock({ $0.made[address] }) { return code }
        // Made outside the lock: both cores may make one, and the same.
        guard let code = QRCode(encoding: address) else { return nil }
        state.withLock { $0.made[address] = code }
        return code
    }

    /// Writes the codes used since the cache was made, if they are not what the file holds.
    func save() throws {
        guard let file else { return }
        let codes = state.withLock { state in
            state.made.merging(kept.filter { state.used.contains($0.key) }) { made, _ in made }
        }
        guard codes.count != kept.count || !codes.keys.allSatisfy({ kept[$0] != nil }) else { return }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let staging = file.deletingLastPathComponent().appending(path: ".\(file.lastPathComponent)-\(UUID().uuidString)")
        do {
            try Self.encode(codes).write(to: staging)
            guard rename(staging.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// The first line names the format and the encoder. Then, for each code, sorted by
    /// address: the address's length in UTF-8 bytes (two bytes, big-endian), the address,
    /// the symbol's size (one byte), and its modules packed eight to a byte.
    private static var header: [UInt8] { Array("dossier QR codes 1; \(QRCode.encoder)\n".utf8) }

    static func encode(_ codes: [String: QRCode]) -> Data {
        var bytes = header
        for (address, code) in codes.sorted(by: { $0.key < $1.key }) {
            let utf8 = Array(address.utf8)
            guard utf8.count <= Int(UInt16.max) else { continue }
            bytes.append(UInt8(utf8.count >> 8))
            bytes.append(UInt8(utf8.count & 0xFF))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(code.size))
            bytes.append(contentsOf: code.packedModules)
        }
        return Data(bytes)
    }

    /// The codes of a file, or none if it is of another encoder or does not read to its end.
    static func decode(_ data: Data) -> [String: QRCode] {
        let bytes = [UInt8](data)
        let header = header
        guard bytes.starts(with: header) else { return [:] }
        var codes: [String: QRCode] = [:]
        var offset = header.count
        while offset < bytes.count {
            guard offset + 2 <= bytes.count else { return [:] }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            offset += 2
            guard offset + length + 1 <= bytes.count else { return [:] }
            let address = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
            offset += length
            let size = Int(bytes[offset])
            offset += 1
            let count = QRCode.packedCount(size: size)
            guard offset + count <= bytes.count,
                let code = QRCode(size: size, packedModules: Array(bytes[offset..<offset + count]))
            else { return [:] }
            offset += count
            codes[address] = code
        }
        return codes
    }
}
