import Foundation
import Testing

@testable import Dossier

/// The one field a published picture keeps is its colour profile: without it, a phone's
/// wide-gamut photo shows dull or garish.
@Suite struct ColourProfileTests {
    @Test(arguments: [ImageFormat.jpeg, .png, .webp])
    func everyPublishedFileKeepsTheProfileAndNothingElse(_ format: ImageFormat) throws {
        let raster = try Raster.gradient(width: 40, height: 30).withSRGBProfile()
        let profile = try #require(raster.field("icc-profile-data"))
        // Saved with metadata beside the profile (WebP and HEIC writers take both fields).
        let source = try raster.setting("xmp-data", to: MarkedImage.xmp).encoded(as: format == .jpeg ? .webp : format, quality: 90)
        let job = ImageJob(
            file: StaticFile(outputPath: "static/a.\(format.fileExtension)", source: URL(fileURLWithPath: "/a")),
            format: format == .jpeg ? .webp : format, published: format, isPhoto: true)
        let output = try ImageProcessor().process(source, job)
        #expect(output.image.renditions.count == 3)
        for rendition in output.image.renditions {
            let data = try #require(output.files[rendition.file])
            let published = try Raster.reading(data, as: rendition.format)
            #expect(published.field("icc-profile-data") == profile, "\(rendition.file) lost its profile")
            #expect(published.field("xmp-data") == nil, "\(rendition.file) kept XMP")
            #expect(data.range(of: Data("CANARY".utf8)) == nil)
        }
    }

    @Test func aLargeProfileIsSplitAcrossSegmentsAsTheICCSpecificationSays() {
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x02, 0xFF, 0xD9])
        let profile = Data(repeating: 7, count: 70_000)
        let marked = [UInt8](JPEGColourProfile.inserting(profile, into: jpeg))
        // Two APP2 segments, numbered 1 and 2 of 2, right after the start marker.
        #expect(marked[2...3] == [0xFF, 0xE2])
        #expect(Array(marked[6..<18]) == Array("ICC_PROFILE\0".utf8))
        #expect(marked[18] == 1 && marked[19] == 2)
        let second = 4 + Int(marked[4]) << 8 + Int(marked[5])
        #expect(marked[second...second + 1] == [0xFF, 0xE2])
        #expect(marked[second + 16] == 2 && marked[second + 17] == 2)
        #expect(marked.count == jpeg.count + profile.count + 2 * (4 + 14))
        #expect(Array(marked.suffix(2)) == [0xFF, 0xD9])
    }

    @Test func webPLosesItsMetadataChunksAndTheirFlags() throws {
        let raster = try Raster.gradient(width: 20, height: 20)
        let webp = try raster.setting("xmp-data", to: MarkedImage.xmp).encoded(as: .webp, quality: 80)
        // libvips writes EXIF and XMP chunks (it makes the EXIF up), whatever it is told.
        #expect(webp.range(of: Data("EXIF".utf8)) != nil && webp.range(of: Data("XMP ".utf8)) != nil)
        let cleaned = WebPMetadataChunks.removing(from: webp)
        #expect(cleaned.range(of: Data("EXIF".utf8)) == nil && cleaned.range(of: Data("XMP ".utf8)) == nil)
        let size = cleaned[4..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(size == cleaned.count - 8)
        let back = try Raster.reading(cleaned, as: .webp)
        #expect(back.width == 20 && back.metadataFields.filter { $0.hasPrefix("exif") || $0.hasPrefix("xmp") }.isEmpty)
    }
}
