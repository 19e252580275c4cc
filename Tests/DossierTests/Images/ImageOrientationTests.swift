import Foundation
import Testing

@testable import Dossier

/// A photo stored sideways, as phones store a portrait, comes out upright everywhere.
@Suite struct ImageOrientationTests {
    @Test(arguments: [ImageFormat.jpeg, .png, .webp])
    func aSidewaysPhotoIsPublishedUprightWithNoOrientationTag(_ format: ImageFormat) throws {
        // Stored 60 wide and 40 high, with orientation 6: shown 40 wide and 60 high.
        let stored = try MarkedImage.make(format, width: 60, height: 40, orientation: 6)
        let read = try Raster.reading(stored, as: format)
        #expect(read.width == 60 && read.field("orientation") == Data("6".utf8))

        let job = ImageJob(
            file: StaticFile(outputPath: "static/a.\(format.fileExtension)", source: URL(fileURLWithPath: "/a")),
            format: format, published: format, isPhoto: true)
        let output = try ImageProcessor().process(stored, job)
        #expect(output.image.width == 40 && output.image.height == 60)
        for rendition in output.image.renditions {
            let data = try #require(output.files[rendition.file])
            let published = try Raster.reading(data, as: rendition.format)
            #expect(published.width == rendition.width && published.height == rendition.height)
            #expect(published.height > published.width, "\(rendition.file) is not upright")
            #expect(published.field("orientation") == nil, "\(rendition.file) keeps an orientation")
        }
    }

    @Test func aLargeSidewaysJPEGDecodedSmallerComesOutUprightToo() throws {
        // 2600 wide once upright: its sizes are made from a decode at half its size.
        let stored = try MarkedImage.make(.jpeg, width: 600, height: 2600, orientation: 6)
        let job = ImageJob(
            file: StaticFile(outputPath: "static/a.jpg", source: URL(fileURLWithPath: "/a")),
            format: .jpeg, published: .jpeg, isPhoto: true)
        let output = try ImageProcessor().process(stored, job)
        #expect(output.image.width == 2600 && output.image.height == 600)
        let widest = try #require(output.image.renditions.dropFirst().first)
        #expect(widest.width == 1200 && widest.height == 277)
        let published = try Raster.reading(try #require(output.files[widest.file]), as: widest.format)
        #expect(published.width == 1200 && published.height == 277 && published.field("orientation") == nil)
        for data in output.files.values { #expect(data.range(of: Data(MarkedImage.prefix.utf8)) == nil) }
    }

    @Test func turningMovesTheTopLeftCornerToTheTopRight() throws {
        // The gradient is dark at its top left. Turned a quarter to the right, that corner
        // is at the top right: a smaller width is all the test can read, so it compares a
        // column cut from each side.
        let stored = try MarkedImage.make(.png, width: 60, height: 40, orientation: 6)
        let job = ImageJob(
            file: StaticFile(outputPath: "static/a.png", source: URL(fileURLWithPath: "/a")),
            format: .png, published: .png, isPhoto: false)
        let output = try ImageProcessor().process(stored, job)
        let upright = try Raster.reading(try #require(output.files["original.png"]), as: .png)
        #expect(try upright.average(x: upright.width - 2, y: 0) < upright.average(x: 0, y: 0))
    }
}
