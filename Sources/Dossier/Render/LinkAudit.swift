import Foundation
import Synchronization

/// The rule of relative links, held as each page is made. A page may name a page or file of
/// the site by a path from the host's root (`/cases/x/`) or by its full address (one the site
/// writes: the host may hold other pages, which a link names as written) only where a
/// standard wants a full address: the canonical link and the `hreflang` alternates
/// (and `og:*`, Twitter cards and JSON-LD, which are not links an attribute follows). Any
/// other such link would break the site on a mirror, in a sub-folder and opened from disk;
/// since every link is made by `SitePaths` and `LinkStyle`, one would be a bug of dossier, not
/// of the content, and the build stops rather than publish it.
struct LinkAudit: Sendable {
    /// The site's full address, lowercased.
    let base: String
    /// Full addresses a page may link to all the same: the offline copy's own files, which
    /// it does not hold.
    var allowed: Set<String> = []
    /// The files the site writes, by path from its root.
    let files: SiteFileList

    init(base: BaseURL, allowed: Set<String> = [], files: SiteFileList = SiteFileList()) {
        self.base = base.absolute.lowercased()
        self.allowed = allowed
        self.files = files
    }

    struct Broken: LocalizedError, CustomStringConvertible {
        var page: String
        var link: String
        var description: String {
            "\(page) links to \(link), which is not relative to the page, so it would break on a mirror and from disk. "
                + "If your site has templates of its own, write such links with the values of `links` (docs/templates.md); "
                + "if not, this is a bug of dossier, not of the content: please report it"
        }
        var errorDescription: String? { description }
    }

    /// `page`, unless one of its links breaks the rule.
    func checked(_ page: [UInt8], at path: String) throws -> [UInt8] {
        try page.withUnsafeBytes { try check($0, at: path) }
        return page
    }

    /// Throws if one of the links of `page` breaks the rule.
    func check(_ page: UnsafeRawBufferPointer, at path: String) throws {
        if let link = brokenLink(in: page) { throw Broken(page: path, link: link) }
    }

    /// The first link of `page` that breaks the rule.
    func brokenLink(in page: UnsafeRawBufferPointer) -> String? {
        page.withMemoryRebound(to: UInt8.self) { bytes -> String? in
            var index = 0
            // Every attribute value dossier writes is in double quotes: look at each `="`.
            while let equals = Self.find(UInt8(ascii: "="), in: bytes, from: index) {
                index = equals + 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { continue }
                let start = index + 1
                guard let end = Self.find(UInt8(ascii: "\""), in: bytes, from: start) else { return nil }
                index = end + 1
                guard let attribute = Attribute(before: equals, in: bytes) else { continue }
                let value = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // Most values are relative links, text or other sites' addresses: only one that
                // may begin with `/` or the site's address is read as text.
                guard mayHoldSiteLink(value, attribute: attribute) else { continue }
                for link in Self.links(in: String(decoding: value, as: UTF8.self), attribute: attribute) where isBroken(link) {
                    if attribute == .href, Self.isStandardAbsolute(tagBefore: equals, in: bytes) { continue }
                    return link
                }
            }
            return nil
        }
    }

    private func isBroken(_ link: String) -> Bool {
        if link.hasPrefix("/") { return !link.hasPrefix("//") }
        let lowered = link.lowercased()
        guard lowered.hasPrefix(base) || lowered + "/" == base, !allowed.contains(link) else { return false }
        let path = String(link.dropFirst(min(base.count, link.count)).prefix { $0 != "?" && $0 != "#" })
        return files.contains(path) || files.contains(path + "index.html") || files.contains(path + "/index.html")
    }

    /// The attributes that hold addresses.
    private enum Attribute {
        case href, src, srcset, action, content

        /// The attribute whose name ends just before the `=` at `equals`, matched as bytes in
        /// any case; `nil` for any other.
        init?(before equals: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            var start = equals
            while start > 0, bytes[start - 1] != UInt8(ascii: " "), bytes[start - 1] != UInt8(ascii: "\n"), bytes[start - 1] != UInt8(ascii: "<") {
                start -= 1
            }
            let name = UnsafeBufferPointer(rebasing: bytes[start..<equals])
            func named(_ text: StaticString) -> Bool {
                name.count == text.utf8CodeUnitCount
                    && zip(name, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
                        .allSatisfy { $0 | 0x20 == $1 }
            }
            if named("href") {
                self = .href
            } else if named("src") {
                self = .src
            } else if named("srcset") {
                self = .srcset
            } else if named("action") {
                self = .action
            } else if named("content") {
                self = .content
            } else {
                return nil
            }
        }
    }

    /// Whether `value` may name a file of the site from the host's root or by its full
    /// address: a value that begins with neither (nor holds a refresh's `url=`) cannot.
    private func mayHoldSiteLink(_ value: UnsafeBufferPointer<UInt8>, attribute: Attribute) -> Bool {
        switch attribute {
        case .srcset:
            return true
        case .content:
            let marker = Self.refreshMarker
            return value.count >= marker.count
                && (0...(value.count - marker.count)).contains { offset in
                    (0..<marker.count).allSatisfy { value[offset + $0] | 0x20 == marker[$0] }
                }
        case .href, .src, .action:
            guard let first = value.first else { return false }
            return first == UInt8(ascii: "/") || first | 0x20 == baseFirstByte
        }
    }

    private static let refreshMarker = Array("url=".utf8)

    /// The first byte of the site's address, lowercased (`h`).
    private var baseFirstByte: UInt8 { base.utf8.first ?? 0 }

    /// The addresses an attribute holds: a `srcset`'s each, a refresh's `url=`.
    private static func links(in value: String, attribute: Attribute) -> [String] {
        switch attribute {
        case .srcset:
            return value.split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
        case .content:
            guard let range = value.range(of: "url=") else { return [] }
            return [String(value[range.upperBound...])]
        default:
            return [value]
        }
    }

    /// Whether the tag holding the attribute is the canonical link or an `hreflang` alternate.
    private static func isStandardAbsolute(tagBefore index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = index
        while start > 0, bytes[start] != UInt8(ascii: "<") { start -= 1 }
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
        let tag = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return tag.starts(with: "<link".utf8) && (tag.contains("rel=\"canonical\"") || tag.contains("hreflang=\""))
    }

    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + index, Int32(byte), bytes.count - index)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

/// The paths of every file a build writes, known once the list of files is made, which is
/// after the pages that check against it are given their closures.
final class SiteFileList: Sendable {
    private let paths = Mutex<Set<String>>([])

    func set(_ files: [OutputFile]) {
        paths.withLock { $0 = Set(files.map(\.path)) }
    }

    func contains(_ path: String) -> Bool {
        paths.withLock { $0.contains(path) }
    }
}
