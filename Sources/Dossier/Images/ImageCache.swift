import Foundation

/// Processed pictures kept on disk between builds (`cache/images/` in the site folder),
/// keyed by the source's bytes and every setting that shapes the result, so that a rebuild,
/// or a save during `dossier serve`, encodes only what changed. Each entry is a folder of
/// encoded files and an `image.json`, written aside and renamed into place whole, so a
/// build that is killed leaves no half entry. Deleting the folder only costs time.
struct ImageCache: Sendable {
    let folder: URL
    /// `dossier check` reads what is there and writes nothing.
    let isReadOnly: Bool

    /// The entry's key: the source's SHA-256, then the settings' own, so that entries of
    /// one picture made with other settings sit side by side.
    static func key(of bytes: Data, settings: String) -> String {
        Raster.sha256(bytes) + "-" + Raster.sha256(Data(settings.utf8)).prefix(16)
    }

    func entry(_ key: String) -> URL { folder.appending(path: key, directoryHint: .isDirectory) }

    /// The entry at `key`, if a build made it.
    func lookUp(_ key: String) -> ProcessedImage? {
        let description = entry(key).appending(path: Self.descriptionName)
        guard let data = FileManager.default.contents(atPath: description.path) else { return nil }
        return try? JSONDecoder().decode(ProcessedImage.self, from: data)
    }

    /// Writes an entry: the files first, then the description, in a folder of its own that
    /// is renamed into place. Another build that stored the same entry meanwhile wins.
    func store(_ image: ProcessedImage, files: [String: Data], at key: String) throws {
        guard !isReadOnly else { return }
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        let staging = folder.appending(path: ".\(key)-\(UUID().uuidString)", directoryHint: .isDirectory)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            for (name, data) in files { try data.write(to: staging.appending(path: name)) }
            try JSONEncoder().encode(image).write(to: staging.appending(path: Self.descriptionName))
            if rename(staging.path, entry(key).path) != 0 {
                // Another build put the same entry in place first; its files are the same.
                guard errno == EEXIST || errno == ENOTEMPTY else { throw CocoaError(.fileWriteUnknown) }
                try? fileManager.removeItem(at: staging)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// Removes the entries a build did not use, so the folder holds one site's pictures and
    /// not every version ever saved. Hidden folders are entries being written by a build
    /// running meanwhile, and stay.
    func prune(keeping used: Set<String>) {
        guard !isReadOnly else { return }
        for entry in FileManager.default.sortedEntries(of: folder) where entry.isDirectory && !entry.isHidden {
            if !used.contains(entry.name) { try? FileManager.default.removeItem(at: entry.url) }
        }
    }

    private static let descriptionName = "image.json"
}
