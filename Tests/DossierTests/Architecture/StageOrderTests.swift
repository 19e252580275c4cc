import Foundation
import Testing

/// The rooms of `Sources/Dossier` in the order the build walks them: a file may name the types
/// of its own room and of the rooms before it, never of a room after it, in code or in
/// comments. (`Scaffold`, behind `dossier new`, stands beside the pipeline after `Parse`.)
@Suite struct StageOrderTests {
    static let rooms = [
        "Diagnostics", "Model", "Support", "Load", "YAML", "Theme", "Parse", "Images", "Resolve", "Render", "Write",
        "Preview", "Pipeline",
    ]
    static let sources = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Sources", directoryHint: .isDirectory)

    /// Where each room may reach: the rooms before it.
    static func order(of room: String) -> Int {
        room == "Scaffold" ? rooms.firstIndex(of: "Parse")! : rooms.firstIndex(of: room) ?? Int.max
    }

    @Test func noFileNamesATypeOfALaterRoom() throws {
        let files = try Self.files()
        var declared: [String: String] = [:] // type → room
        for file in files {
            for name in Self.topLevelTypes(in: file.text) { declared[name] = file.room }
        }
        #expect(declared.count > 100, "the scan found too few types to mean anything")
        var violations: [String] = []
        for file in files {
            for (name, room) in declared where Self.order(of: room) > Self.order(of: file.room) {
                if file.words.contains(name) { violations.append("\(file.path) names \(name) (\(room))") }
            }
        }
        #expect(violations.isEmpty, "\(violations.sorted().joined(separator: "\n"))")
    }

    @Test func eachRoomSaysItsRuleAtTheTop() throws {
        let folder = Self.sources.appending(path: "Dossier")
        for room in Self.rooms + ["Scaffold"] {
            let readme = folder.appending(path: "\(room)/README.md")
            let text = try String(contentsOf: readme, encoding: .utf8)
            #expect(!text.isEmpty, "\(room)/README.md says nothing")
        }
        let present = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(present) == Set(Self.rooms + ["Scaffold"]), "a room is missing from StageOrderTests.rooms")
    }

    /// The system libraries are each touched by one file; the template engine only by the
    /// rooms that compile and render templates.
    @Test func eachLibraryIsImportedWhereItBelongs() throws {
        let allowed: [String: Set<String>] = [
            "CCmark": ["Parse/CommonMark.swift"],
            "CVips": ["Images/Raster.swift"],
            "CMalloc": ["Support/FreedMemory.swift"],
            "CZip": ["Write/OfflineCopy.swift"],
        ]
        var importers: [String: Set<String>] = [:]
        for file in try Self.files() {
            for line in file.text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                    words[..<index].allSatisfy({ ["internal", "public", "private", "package", "@testable"].contains($0) })
                else { continue }
                importers[String(words[index + 1]), default: []].insert(file.path)
            }
        }
        for (module, files) in allowed { #expect(importers[module] ?? [] == files, "\(module) is imported by \(importers[module] ?? [])") }
        let engineRooms = Set((importers["TemplateEngine"] ?? []).map { String($0.split(separator: "/")[0]) })
        #expect(engineRooms.isSubset(of: ["Theme", "Render"]), "TemplateEngine is imported by \(engineRooms)")
    }

    struct SourceFile {
        var room: String
        var path: String
        var text: String
        var words: Set<String>
    }

    static func files() throws -> [SourceFile] {
        let folder = sources.appending(path: "Dossier")
        var files: [SourceFile] = []
        for room in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !room.hasPrefix(".") {
            guard let walker = FileManager.default.enumerator(atPath: folder.appending(path: room).path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appending(path: "\(room)/\(relative)"), encoding: .utf8)
                let words = Set(text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
                files.append(SourceFile(room: room, path: "\(room)/\(relative)", text: text, words: words))
            }
        }
        return files
    }

    /// The types a file declares at its top level: `struct Site`, `enum Filter`…
    static func topLevelTypes(in text: String) -> [String] {
        let keywords: Set<Substring> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        let modifiers: Set<Substring> = ["public", "internal", "private", "fileprivate", "package", "final", "indirect"]
        return text.split(separator: "\n").compactMap { line in
            guard let first = line.first, first.isLetter else { return nil }
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(where: { keywords.contains($0) }), index + 1 < words.count,
                words[..<index].allSatisfy(modifiers.contains)
            else { return nil }
            return String(words[index + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        }
    }
}
