/// Why a picture cannot be published.
enum ImageProblem: Error, Sendable, Hashable {
    /// Its bytes are no picture at all, whatever its name says.
    case notAPicture(named: ImageFormat)
    /// Its header reads, its pixels do not: cut short or damaged.
    case damaged
    /// More pixels than `ImageProcessor.maximumPixels`: a decompression bomb, or a scan.
    case tooLarge(width: Int, height: Int)
    /// HEIC that this machine's libvips cannot decode.
    case heifUnreadable
    /// A raster format dossier cannot clean (`tiff`), by its extension.
    case unsupportedFormat(String)
    /// A picture whose name does not say so, which would be published with its metadata.
    case pictureUnderAnotherName(ImageFormat)
    /// A case's `photo` that is a file of another kind.
    case photoNotAPicture
    /// The file could not be read from disk.
    case unreadableFile(String)
    /// The cache folder could not be written.
    case unwritableCache(String, String)
    /// Metadata was still in an encoded copy: never published.
    case metadataRemained(String)
}

extension ImageProblem {
    /// The error at `location`, a line that uses the picture at `path` (or the file itself).
    func diagnostic(for path: String, at location: SourceLocation) -> Diagnostic {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        switch self {
        case .notAPicture(let format):
            return .error(
                at: location, "the picture \(path) is not a \(format.name) file: its bytes are not those of any picture",
                fix: "put the picture itself at content\(path); renaming a file to .\(ImageFormat.fileExtension(of: name)) does not make it a picture"
            )
        case .damaged:
            return .error(
                at: location, "the picture \(path) is damaged or cut short, so it cannot be published",
                fix:
                    "copy it again from where it came from (an upload or a copy may have stopped early), or open it in an image editor and save it anew"
            )
        case .tooLarge(let width, let height):
            return .error(
                at: location,
                "the picture \(path) is \(width) × \(height) pixels, more than the \(ImageProcessor.maximumPixels / 1_000_000) megapixels dossier reads",
                fix: "scale it down in an image editor (2,000 pixels wide is plenty for a web page) and save it again")
        case .heifUnreadable:
            return .error(
                at: location, "the picture \(path) is HEIC, which cannot be read on this computer (libvips has no HEIC decoder here)",
                fix:
                    "convert it to JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible; on a computer: heif-convert \(name) \(Self.stem(of: name)).jpg) and use that file"
            )
        case .unsupportedFormat(let fileExtension):
            return .error(
                at: location, "dossier cannot remove the metadata of .\(fileExtension) pictures, so it does not publish \(path)",
                fix: "convert it to JPEG or PNG in an image editor, and use that file")
        case .pictureUnderAnotherName(let format):
            return .error(
                at: location,
                "\(path) is a \(format.name) picture whose name does not say so; dossier removes the metadata only of files named as pictures",
                fix: "rename it to \(Self.stem(of: name)).\(format.published.fileExtension)")
        case .photoNotAPicture:
            return .error(
                at: location, "the photo \(path) is not a picture dossier can publish",
                fix: "use a JPEG, PNG, WebP, GIF or HEIC picture")
        case .unreadableFile(let reason):
            return .error(at: location, "cannot read the picture \(path): \(reason)", fix: "check that the file can be opened")
        case .unwritableCache(let folder, let reason):
            return .error(
                at: location, "cannot keep the processed picture \(path) in \(folder): \(reason)",
                fix: "make that folder writable, or delete it; dossier creates it again")
        case .metadataRemained(let fields):
            return .error(
                at: location, "the published copy of \(path) would still hold metadata (\(fields)), so it is not published",
                fix: "convert it to PNG in an image editor and use that file, and report this to dossier's maintainers")
        }
    }

    private static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
