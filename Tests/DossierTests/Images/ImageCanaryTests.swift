import Foundation
import Testing

@testable import Dossier

/// Pictures made here carry a marker in every kind of metadata, in every format dossier
/// reads; a site built from them, as photos, as static files and as body images, holds no
/// marker in any file.
@Suite struct ImageCanaryTests {
    static let formats: [ImageFormat] = [.jpeg, .png, .webp, .gif, .heif]

    /// A site with, for each format, a case whose photo it is, a body image and a file
    /// under `static/` that nothing uses.
    static func markedSite(in scratch: TemporaryFolder) throws {
        var files = ["content/site.yaml": "title: T\nbase_url: https://example.org/\n"]
        var body = ""
        for format in formats {
            let name = "\(format.rawValue)-example"
            files["content/cases/\(name).md"] = """
                ---
                name: \(format.name) Example
                country: Kazakhstan
                status: detained
                photo: /static/images/\(name).\(format.fileExtension)
                photo_alt: A portrait
                photo_credit: © Private
                ---
                A case.
                """
            // A HEIC is published as JPEG, so a body names the JPEG.
            body += "![A picture](/static/body/\(name).\(format.published.fileExtension))\n\n"
        }
        files["content/pages/pictures.md"] = "---\ntitle: Pictures\n---\n" + body
        try scratch.write(files)
        for format in formats {
            let bytes = try MarkedImage.make(format, orientation: format == .heif ? 1 : 6)
            for folder in ["images", "body", "unused"] {
                try FileManager.default.createDirectory(
                    at: scratch.url.appending(path: "content/static/\(folder)"), withIntermediateDirectories: true)
                try bytes.write(to: scratch.url.appending(path: "content/static/\(folder)/\(format.rawValue)-example.\(format.fileExtension)"))
            }
        }
    }

    @Test func noMarkerOfAnyPictureReachesAnyOutputFile() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try Self.markedSite(in: scratch)
        let (report, output) = build(scratch.url)
        try #require(report.succeeded, "\(printed(report.diagnostics))")

        let snapshot = FolderSnapshot(output)
        // Each picture is published: as itself (a HEIC as JPEG), and a photo in its sizes.
        for format in Self.formats {
            let name = "\(format.rawValue)-example.\(format.published.fileExtension)"
            for folder in ["images", "body", "unused"] { #expect(snapshot.files["static/\(folder)/\(name)"] != nil, "\(folder)/\(name)") }
            // Turned upright, 40 wide; GIF has no orientation, and the HEIC is made upright.
            let width = format == .gif || format == .heif ? 60 : 40
            #expect(snapshot.files["static/images/\(format.rawValue)-example-\(width)w.webp"] != nil, "\(format)")
            #expect(snapshot.files["static/images/\(format.rawValue)-example-\(width)w.jpg"] != nil, "\(format)")
        }
        for (path, data) in snapshot.files {
            #expect(data.range(of: Data(MarkedImage.prefix.utf8)) == nil, "\(path) holds a marker")
            #expect(data.range(of: Data("2019:03:14".utf8)) == nil, "\(path) holds the date the photo was taken")
            if path.hasPrefix("static/") {
                let format = try #require(ImageFormat.sniffed(from: data), "\(path) is no picture")
                let raster = try Raster.reading(data, as: format)
                #expect(MetadataKind.kinds(in: raster).isEmpty, "\(path): \(raster.metadataFields)")
                #expect(
                    !raster.metadataFields.contains { $0.hasPrefix("exif") || $0.hasPrefix("xmp") || $0.hasPrefix("iptc") },
                    "\(path): \(raster.metadataFields)")
            }
        }
    }

    @Test func theMarkersAreReallyInThePictures() throws {
        // Guards the test above: it proves something only while every marker is planted,
        // and while libvips reads each kind of metadata as such.
        for format in Self.formats {
            let bytes = try MarkedImage.make(format)
            for marker in MarkedImage.markers(in: format) {
                #expect(bytes.range(of: Data(marker.utf8)) != nil, "\(format) lacks \(marker)")
            }
            let kinds = MetadataKind.kinds(in: try Raster.reading(bytes, as: format))
            let expected: [MetadataKind] =
                switch format {
                case .jpeg: [.gps, .camera, .author, .date, .thumbnail, .comment]
                case .png, .webp, .heif: [.gps, .camera, .author, .date, .thumbnail]
                case .gif: []
                }
            #expect(Set(expected).isSubset(of: kinds), "\(format): \(kinds)")
        }
    }

    @Test func checkTellsWhatEachOriginalHolds() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try Self.markedSite(in: scratch)
        let report = SiteBuilder(options: BuildOptions(siteFolder: scratch.url, clock: BuildClock(asOf: CalendarDay(year: 2025, month: 6, day: 30))))
            .check()
        let jpeg = try #require(report.images.first { $0.file == "content/static/images/jpeg-example.jpg" })
        #expect(jpeg.removed == [.gps, .camera, .author, .date, .thumbnail, .comment])
        let text = CheckReportFormat.text.format(report)
        #expect(text.contains("  content/static/images/jpeg-example.jpg: GPS location, camera, author, date taken, thumbnail, comments\n"))
        #expect(CheckReportFormat.json.format(report).contains("\"removed\" : [\n        \"gps\",\n        \"camera\""))
        #expect(
            CheckReportFormat.github.format(report).contains(
                "::notice file=content/static/images/jpeg-example.jpg::published without its GPS location"))
        // check writes nothing, not even the image cache.
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appending(path: "cache").path))
    }
}
