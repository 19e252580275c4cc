import Foundation
import Testing

@testable import Dossier

/// `Fixtures/search/index/` is what the builder writes for `SearchFixture.documents`: the
/// JavaScript tests search it, so it must never lag behind the builder.
@Suite struct SearchFixtureIndexTests {
    @Test func theCommittedIndexIsWhatTheBuilderWrites() throws {
        let files = SearchIndex.files(for: SearchFixture.documents, limits: SearchFixture.limits)
        let folder = SearchFixture.folder
        if Fixtures.isRecording {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files { try Data(file.bytes).write(to: folder.appending(path: file.path)) }
            Issue.record("recorded \(folder.path); run again without DOSSIER_RECORD")
            return
        }
        let committed = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(committed == files.map(\.path).sorted(), "(re-record with DOSSIER_RECORD=1 if the change is intended)")
        for file in files {
            let bytes = try? Data(contentsOf: folder.appending(path: file.path))
            #expect(bytes.map(Array.init) == file.bytes, "\(file.path) differs (re-record with DOSSIER_RECORD=1 if the change is intended)")
        }
    }
}
