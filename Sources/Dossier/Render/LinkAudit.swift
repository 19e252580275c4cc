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
        if let link = brokenLink(in: page) { throw Broken(page: path, link: link) }
        return page
    }

    /// The first link of `page` that breaks the rule.
    func brokenLink(in page: [UInt8]) -> String? {
        page.withUnsafeBufferPointer { bytes -> String? in
            var index = 0
            // Every attribute value dossier writes is in double quotes: look at each `="`.
            while let equals = Self.find(UInt8(ascii: "="), in: bytes, from: index) {
                index = equals + 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { continue }
                let start = index + 1
                guard let end = Self.find(UInt8(ascii: "\""), in: bytes, from: start) else { return nil }
                index = end + 1
                let name = Self.attributeName(before: equals, in: bytes)
                guard ["href", "src", "srcset", "action", "content"].contains(name) else { continue }
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                for link in Self.links(in: value, attribute: name) where isBroken(link) {
                    if name == "href", Self.isStandardAbsolute(tagBefore: equals, in: bytes) { continue }
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

    /// The addresses an attribute holds: a `srcset`'s each, a refresh's `url=`.
    private static func links(in value: String, attribute: String) -> [String] {
        switch attribute {
        case "srcset":
            return value.split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
        case "content":
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
        let tag = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return tag.hasPrefix("<link") && (tag.contains("rel=\"canonical\"") || tag.contains("hreflang=\""))
    }

    private static func attributeName(before equals: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = equals
        while start > 0, bytes[start - 1] != UInt8(ascii: " "), bytes[start - 1] != UInt8(ascii: "\n"), bytes[start - 1] != UInt8(ascii: "<") {
            start -= 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<equals]), as: UTF8.self).lowercased()
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
