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
        #expect(svg.components(separatedBy: "<rect").count == 2)
        #expect(svg.contains("<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"))
    }

    @Test func noDarkModuleIsInTheQuietZone() throws {
        let code = try #require(QRCode(encoding: "https://example.org/cases/x/"))
        let svg = code.svg(label: "QR code")
        let side = code.size + 2 * QRCode.quietZone
        let runs = svg.matches(of: /M(\d+) (\d+)h(\d+)v1h-(\d+)z/).map { (x: Int($0.1)!, y: Int($0.2)!, length: Int($0.3)!) }
        #expect(!runs.isEmpty)
        for run in runs {
            #expect(run.x >= QRCode.quietZone && run.x + run.length <= side - QRCode.quietZone, "\(run)")
            #expect(run.y >= QRCode.quietZone && run.y + 1 <= side - QRCode.quietZone, "\(run)")
        }
        // The top left finder pattern begins with a row of seven dark modules.
        #expect(runs.first.map { [$0.x, $0.y, $0.length] } == [4, 4, 7])
        // Every dark module of the symbol, and nothing else, is drawn.
        let dark = (0..<code.size).flatMap { row in (0..<code.size).filter { code.isDark(row: row, column: $0) } }.count
        #expect(runs.map(\.length).reduce(0, +) == dark)
    }

    @Test func anAddressNoSymbolHoldsHasNoCode() {
        #expect(QRCode(encoding: String(repeating: "x", count: 8_000)) == nil)
        #expect(QRCode(encoding: "") == nil)
    }
}
