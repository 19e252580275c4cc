import Foundation

/// The image stage, between parsing and resolving: every file of `content/static/` that is a
/// picture, by its name or by its bytes, is processed (`ImageProcessor`) on every core, one
/// picture per core at a time so that memory stays bounded; other files are published as
/// they are. A picture that cannot be published is an error at each line that uses it.
struct ImagePipeline: Sendable {
    /// Where processed pictures are kept between builds.
    let cache: ImageCache
    /// What an earlier build of this process made (`dossier serve`), to skip reading and
    /// hashing pictures whose files did not change.
    var memo: SourceMemo?
    /// Told of each file looked at: a first build of a large site spends seconds here.
    var progress: BuildProgress.Handler?

    /// A picture processed by an earlier build of the process, and the entry holding it.
    struct Kept: Sendable {
        var job: ImageJob
        var image: ProcessedImage
        var entry: URL
    }

    func run(_ staticFiles: [StaticFile], uses: ImageUses) -> (SiteImages, [Diagnostic]) {
        let photos = Set(uses.photos.keys)
        let counter = ProgressCounter(total: staticFiles.count, stage: .pictures, handler: staticFiles.isEmpty ? nil : progress)
        let outcomes = staticFiles.concurrentMap { file in
            defer { counter.finishedOne() }
            return outcome(of: file, isPhoto: photos.contains("/" + file.outputPath))
        }
        var images = SiteImages()
        var diagnostics: [Diagnostic] = []
        for (file, outcome) in zip(staticFiles, outcomes) {
            let sitePath = "/" + file.outputPath
            switch outcome {
            case .asIs:
                if photos.contains(sitePath) {
                    report(.photoNotAPicture, file: file, at: uses.photos[sitePath] ?? [], &diagnostics)
                }
                images.files.append(OutputFile(path: file.outputPath, contents: .copy(file.source)))
            case .failed(let problem):
                report(problem, file: file, at: uses.locations(of: sitePath), &diagnostics)
            case .processed(let job, let image, let entry, let encoded):
                if encoded { images.encoded += 1 }
                if let entry { images.cacheEntries.insert(entry.lastPathComponent) }
                let published = Self.published(image, of: job, entry: entry)
                images.published[sitePath] = published.image
                images.files += published.files
                if !image.removed.isEmpty { images.reports.append(.init(file: "content/" + file.outputPath, removed: image.removed)) }
            }
        }
        checkClashes(images, uses: uses, &diagnostics)
        return (images, diagnostics)
    }

    private enum Outcome {
        case asIs
        case failed(ImageProblem)
        /// Processed, with the cache entry that holds its files (`nil`: held nowhere, as in
        /// `dossier check`, which writes nothing).
        case processed(ImageJob, ProcessedImage, entry: URL?, encoded: Bool)
    }

    private func outcome(of file: StaticFile, isPhoto: Bool) -> Outcome {
        // By the name it is published under, which a symbolic link's target may not share.
        let name = String(file.outputPath.split(separator: "/").last ?? "")
        let named = ImageFormat(fileName: file.outputPath)
        if ImageFormat.unsupportedExtensions.contains(ImageFormat.fileExtension(of: name)) {
            return .failed(.unsupportedFormat(ImageFormat.fileExtension(of: name)))
        }
        let setting = isPhoto ? "photo" : "picture"
        if let kept: Kept = memo?.kept(forFileAt: file.source.path, setting: setting),
            FileManager.default.fileExists(atPath: kept.entry.path)
        {
            return .processed(kept.job, kept.image, entry: kept.entry, encoded: false)
        }
        let outcome = read(file, named: named, isPhoto: isPhoto)
        if case .processed(let job, let image, let entry?, _) = outcome {
            memo?.keep(Kept(job: job, image: image, entry: entry), forFileAt: file.source.path, setting: setting)
        }
        return outcome
    }

    /// Reads the file, and processes it if it is a picture the cache does not hold.
    private func read(_ file: StaticFile, named: ImageFormat?, isPhoto: Bool) -> Outcome {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: file.source, options: .mappedIfSafe)
        } catch {
            return .failed(.unreadableFile((error as NSError).localizedFailureReason ?? error.localizedDescription))
        }
        guard let format = ImageFormat.sniffed(from: bytes) else {
            return named.map { .failed(.notAPicture(named: $0)) } ?? .asIs
        }
        guard let named else { return .failed(.pictureUnderAnotherName(format)) }
        let job = ImageJob(file: file, format: format, published: named.published, isPhoto: isPhoto)
        let key = ImageCache.key(of: bytes, settings: job.settings)
        if let kept = cache.lookUp(key) { return .processed(job, kept, entry: cache.entry(key), encoded: false) }
        do {
            let output = try ImageProcessor().process(bytes, job)
            guard !cache.isReadOnly else { return .processed(job, output.image, entry: nil, encoded: true) }
            try cache.store(output.image, files: output.files, at: key)
            return .processed(job, output.image, entry: cache.entry(key), encoded: true)
        } catch let problem as ImageProblem {
            return .failed(problem)
        } catch {
            return .failed(.unwritableCache(cache.folder.path, (error as NSError).localizedFailureReason ?? "\(error)"))
        }
    }

    /// The files of a processed picture: its published copy at its own path (a HEIC's with
    /// `.jpg`), and a photo's sizes beside it, `x-640w.webp`.
    private static func published(_ image: ProcessedImage, of job: ImageJob, entry: URL?)
        -> (image: PublishedImage, files: [OutputFile])
    {
        let path = job.file.outputPath
        let stem = path.dropLast(ImageFormat.fileExtension(of: path).count + 1)
        var files: [OutputFile] = []
        var renditions: [PublishedImage.Rendition] = []
        var originalPath = path
        for (index, rendition) in image.renditions.enumerated() {
            let output: String
            if index == 0 {
                output = ImageFormat(fileName: path) == .heif ? stem + ".jpg" : path
                originalPath = output
            } else {
                output = "\(stem)-\(rendition.width)w.\(rendition.format.fileExtension)"
                renditions.append(.init(path: output, format: rendition.format, width: rendition.width, height: rendition.height))
            }
            // `dossier check` writes nothing, so its files need no bytes.
            let contents: OutputFile.Contents = entry.map { .copy($0.appending(path: rendition.file)) } ?? .data(Data())
            files.append(OutputFile(path: output, contents: contents))
        }
        return (PublishedImage(path: originalPath, width: image.width, height: image.height, renditions: renditions), files)
    }

    /// A photo's sizes and a HEIC's JPEG are new files: none may take the place of another.
    private func checkClashes(_ images: SiteImages, uses: ImageUses, _ diagnostics: inout [Diagnostic]) {
        var seen: Set<String> = []
        for file in images.files where !seen.insert(file.path).inserted {
            let owner = images.published.first { $0.value.path == file.path || $0.value.renditions.contains { $0.path == file.path } }
            let locations = owner.map { uses.locations(of: $0.key) } ?? []
            diagnostics.append(
                .error(
                    at: locations.first ?? SourceLocation(path: "content/" + file.path),
                    "two pictures would be published as /\(file.path)",
                    fix: "rename content/\(file.path): dossier writes a HEIC picture as .jpg and a photo's sizes as name-640w.webp"))
        }
    }

    private func report(_ problem: ImageProblem, file: StaticFile, at uses: [SourceLocation], _ diagnostics: inout [Diagnostic]) {
        let locations = uses.isEmpty ? [SourceLocation(path: "content/" + file.outputPath)] : uses
        for location in locations {
            diagnostics.append(problem.diagnostic(for: "/" + file.outputPath, at: location))
        }
    }
}
