import Foundation

/// A kind of metadata a picture can carry that its published copy leaves out: what
/// `dossier check` tells an editor the original holds.
public enum MetadataKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Where it was taken: EXIF's GPS tags, or XMP's.
    case gps
    /// The make, model, serial number or lens of the camera or phone.
    case camera
    /// Who took it or owns it: artist, copyright, the camera owner's name, IPTC's by-line.
    case author
    /// When it was taken.
    case date
    /// A small copy of the picture as it was before any crop.
    case thumbnail
    /// Descriptions, comments and text chunks.
    case comment
    /// Any other EXIF, XMP or IPTC data.
    case other

    /// How `check` names it.
    public var label: String {
        switch self {
        case .gps: "GPS location"
        case .camera: "camera"
        case .author: "author"
        case .date: "date taken"
        case .thumbnail: "thumbnail"
        case .comment: "comments"
        case .other: "other metadata"
        }
    }

    public static func < (lhs: MetadataKind, rhs: MetadataKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The kinds in what libvips read of a picture: its parsed EXIF fields (named
    /// `exif-ifd<n>-<tag>`: 0 the picture, 1 the thumbnail, 2 the camera's, 3 GPS), and the
    /// raw XMP and IPTC, where the same facts hide under their own names.
    static func kinds(in raster: Raster) -> [MetadataKind] {
        var found: Set<MetadataKind> = []
        for field in raster.metadataFields {
            if let kind = kind(ofField: field) { found.insert(kind) }
        }
        if let xmp = raster.field("xmp-data") {
            let text = String(decoding: xmp, as: UTF8.self)
            for (kind, names) in xmpNames where names.contains(where: text.contains) { found.insert(kind) }
            found.insert(.other)
        }
        if let iptc = raster.field("iptc-data") {
            // IPTC datasets are 0x1C, record 2, then the dataset's number.
            for (kind, datasets) in iptcDatasets where datasets.contains(where: { iptc.range(of: Data([0x1C, 0x02, $0])) != nil }) {
                found.insert(kind)
            }
            found.insert(.other)
        }
        // "other" only when nothing more telling was found.
        if found.count > 1 { found.remove(.other) }
        return found.sorted()
    }

    private static func kind(ofField field: String) -> MetadataKind? {
        if field.hasPrefix("exif-ifd3-") { return .gps }
        if field.hasPrefix("exif-ifd1-") || field == "jpeg-thumbnail-data" { return .thumbnail }
        if field.hasPrefix("exif-ifd") {
            let tag = field.split(separator: "-").last.map(String.init) ?? ""
            if cameraTags.contains(tag) { return .camera }
            if authorTags.contains(tag) { return .author }
            if dateTags.contains(tag) { return .date }
            if commentTags.contains(tag) { return .comment }
            return nil
        }
        if field.hasPrefix("png-comment-") || field.hasPrefix("gif-comment") || field.hasPrefix("jpeg-comment") { return .comment }
        if field == "exif-data" || field == "iptc-data" || field == "xmp-data" { return .other }
        return nil
    }

    private static let cameraTags: Set<String> = [
        "Make", "Model", "BodySerialNumber", "LensMake", "LensModel", "LensSerialNumber",
        "Software", "HostComputer",
    ]
    private static let authorTags: Set<String> = ["Artist", "Copyright", "CameraOwnerName", "XPAuthor"]
    private static let dateTags: Set<String> = [
        "DateTime", "DateTimeOriginal", "DateTimeDigitized", "OffsetTime",
        "OffsetTimeOriginal", "SubSecTimeOriginal",
    ]
    private static let commentTags: Set<String> = ["ImageDescription", "UserComment", "XPComment", "XPTitle", "XPSubject", "XPKeywords"]

    private static let xmpNames: [(MetadataKind, [String])] = [
        (.gps, ["exif:GPS", "GPSLatitude", "GPSLongitude"]),
        (.camera, ["tiff:Make", "tiff:Model", "aux:SerialNumber", "exifEX:BodySerialNumber", "aux:Lens"]),
        (.author, ["dc:creator", "dc:rights", "photoshop:Credit", "xmpRights:Owner", "exifEX:CameraOwnerName"]),
        (.date, ["xmp:CreateDate", "exif:DateTimeOriginal", "photoshop:DateCreated"]),
        (.comment, ["dc:description", "dc:title", "exif:UserComment"]),
    ]

    /// IPTC's record 2: 80 by-line, 110 credit, 116 copyright; 55 date created; 120 caption.
    private static let iptcDatasets: [(MetadataKind, [UInt8])] = [(.author, [80, 110, 116]), (.date, [55]), (.comment, [120])]
}
