import Foundation
import Testing

@testable import Dossier

/// The QR code of a printed case sheet: libqrencode's symbol, drawn as one SVG path inside
/// its quiet zone, reads back as the address it was made from.
@Suite struct QRCodeTests {
    @Test(
        .enabled(if: QRReader.canRead, QRReader.cannotRead),
        arguments: [
            "https://example.org/cases/makhabat-tazhibek-kyzy/",
            "https://campaign.example.org/some/folder/ru/cases/a-name-long-enough-to-need-a-larger-symbol-than-most/",
        ])
    func theDrawnCodeReadsBackAsItsAddress(_ address: String) throws {
        let code = try #require(QRCode(encoding: address))
        #expect(try QRReader.read(svg: code.svg(label: "QR code")) == address)
    }

    @Test func theSVGIsOneWhiteSquareAndOnePathThatScaleToTheirBox() throws {
        let code = try #require(QRCode(encoding: "https://example.org/cases/x/"))
        let svg = code.svg(label: "QR code of <this> page")
        let side = code.size + 2 * QRCode.quietZone
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" role=\"img\""))
        #expect(!svg.contains(" width=\"\(side)px\"") && !svg.contains("<svg width"))
        #expect(svg.contains("aria-label=\"QR code of &lt;this&gt; page\""))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains("<path fill=\"none\" stroke=\"#000\" stroke-width=\"1\" d=\"M4 4.5h7"))
        #expect(svg.components(separatedBy: "<rect").count == 2)
        #expect(svg.contains("<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"))
    }

    @Test func theSymbolIsDrawnModuleForModuleOutsideTheQuietZone() throws {
        let code = try #require(QRCode(encoding: "https://example.org/cases/x/"))
        let runs = try Self.runs(in: code.svg(label: "QR code"))
        #expect(!runs.isEmpty)
        // The top left finder pattern begins with a row of seven dark modules.
        #expect(runs.first.map { [$0.x, $0.y, $0.length] } == [4, 4, 7])
        // Every dark module of the symbol, and nothing else, is drawn, once.
        var drawn = Set<[Int]>()
        for run in runs {
            for x in run.x..<run.x + run.length {
                #expect(drawn.insert([x - QRCode.quietZone, run.y - QRCode.quietZone]).inserted, "\(run)")
            }
        }
        let dark = (0..<code.size).flatMap { row in (0..<code.size).filter { code.isDark(row: row, column: $0) }.map { [$0, row] } }
        #expect(drawn == Set(dark))
    }

    /// The runs the path draws, in modules from the SVG's corner: `M4 4.5h7` starts a row (a
    /// line through the middle of row 4, from module 4, seven long), `m3 0h2` is the next run
    /// of the row, three modules on from where the last one ended.
    static func runs(in svg: String) throws -> [(x: Int, y: Int, length: Int)] {
        let start = try #require(svg.range(of: " d=\""))
        let d = svg[start.upperBound...].prefix { $0 != "\"" }
        let commands = d.matches(of: /([Mm])(\d+) (\d+)(\.5)?h(\d+)/)
        try #require(commands.map { String($0.output.0) }.joined() == d, "the path has commands this reading does not know")
        var runs: [(x: Int, y: Int, length: Int)] = []
        var (x, y) = (0, 0)
        for command in commands {
            if command.output.1 == "M" {
                try #require(command.output.4 != nil, "a row is drawn through its modules' middle")
                (x, y) = (Int(command.output.2)!, Int(command.output.3)!)
            } else {
                try #require(command.output.3 == "0" && command.output.4 == nil)
                x += Int(command.output.2)!
            }
            let length = Int(command.output.5)!
            runs.append((x, y, length))
            x += length
        }
        return runs
    }

    @Test func anAddressNoSymbolHoldsHasNoCode() {
        #expect(QRCode(encoding: String(repeating: "x", count: 8_000)) == nil)
        #expect(QRCode(encoding: "") == nil)
    }
}
