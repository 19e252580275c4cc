import Foundation
import Testing

@testable import Dossier

/// The case pages' QR codes are kept between builds: a rebuild reads them from the cache
/// rather than making them again, keeps only those its pages used, and a cache file that is
/// not whole, or of another encoder, only costs the time of making them again.
@Suite struct QRCodeCacheTests {
    static let addresses = ["https://campaign.example.org/cases/ana-example/", "https://campaign.example.org/ru/cases/bek-example/"]

    @Test func aCodeReadBackIsTheCodeMade() throws {
        let made = try Dictionary(uniqueKeysWithValues: Self.addresses.map { ($0, try #require(QRCode(encoding: $0))) })
        let read = QRCodeCache.decode(QRCodeCache.encode(made))
        #expect(read == made)
    }

    @Test func aFileOfAnotherEncoderOrCutShortIsIgnored() throws {
        let made = try Dictionary(uniqueKeysWithValues: Self.addresses.map { ($0, try #require(QRCode(encoding: $0))) })
        let file = QRCodeCache.encode(made)
        #expect(QRCodeCache.decode(file.dropLast()).isEmpty)
        let otherEncoder = Data("dossier QR codes 1; libqrencode 0.0.0, level Q, 8-bit\n".utf8)
        #expect(QRCodeCache.decode(otherEncoder + file.drop { $0 != 0x0A }.dropFirst()).isEmpty)
        // A size no symbol has.
        var bytes = [UInt8](file)
        let firstSize = file.firstIndex(of: 0x0A)! + 1 + 2 + Self.addresses.sorted()[0].utf8.count
        #expect(bytes[firstSize] == UInt8(made[Self.addresses.sorted()[0]]!.size))
        bytes[firstSize] += 1
        #expect(QRCodeCache.decode(Data(bytes)).isEmpty)
    }

    @Test func aRebuildDrawsTheKeptCodesAndKeepsOnlyThoseItUsed() throws {
        let (scratch, output) = try builtCopy(of: "campaign")
        defer { scratch.remove() }
        let file = scratch.url.appending(path: "cache/qr-codes")
        let kept = QRCodeCache.decode(try Data(contentsOf: file))
        // One code for each published case page, in each language, and no other (an alias's
        // page only leads to its case).
        let casePages = FolderSnapshot(output).files.filter { path, contents in
            path.hasSuffix("/index.html") && path.contains("cases/") && path.split(separator: "/").count >= 3
                && !String(decoding: contents, as: UTF8.self).contains("http-equiv=\"refresh\"")
        }.keys
        #expect(Set(kept.keys) == Set(casePages.map { "https://campaign.example.org/" + $0.dropLast("index.html".count) }))
        let published = FolderSnapshot(output)

        // The codes of two pages swapped in the file, and one for a page there is not: the
        // rebuild draws what the file holds, and keeps only the codes it drew.
        let addresses = kept.keys.sorted()
        try #require(addresses.count >= 2)
        let (first, second) = (addresses[0], addresses[1])
        var swapped = kept
        swapped[first] = kept[second]
        swapped[second] = kept[first]
        swapped["https://campaign.example.org/cases/gone/"] = kept[first]
        try QRCodeCache.encode(swapped).write(to: file)
        let (rebuilt, _) = build(scratch.url)
        try #require(rebuilt.succeeded)
        let firstPage = first.dropFirst("https://campaign.example.org/".count) + "index.html"
        let page = try String(contentsOf: output.appending(path: String(firstPage)), encoding: .utf8)
        #expect(page.contains(try Self.path(of: #require(kept[second]))))
        #expect(!page.contains(try Self.path(of: #require(kept[first]))))
        #expect(Set(QRCodeCache.decode(try Data(contentsOf: file)).keys) == Set(kept.keys))

        // A file that does not read to its end is made again, and the site is as first built.
        try Data("dossier QR codes 1; not whole".utf8).write(to: file)
        let (again, _) = build(scratch.url)
        try #require(again.succeeded)
        #expect(FolderSnapshot(output).differences(from: published) == [])
        #expect(QRCodeCache.decode(try Data(contentsOf: file)) == kept)
    }

    /// The SVG path of a code's dark modules, which tells one code from another on a page.
    static func path(of code: QRCode) throws -> String {
        let svg = code.svg(label: "")
        let start = try #require(svg.range(of: " d=\""))
        return String(svg[start.upperBound...].prefix { $0 != "\"" })
    }
}
