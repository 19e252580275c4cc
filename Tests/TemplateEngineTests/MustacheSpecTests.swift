import Foundation
import TemplateEngine
import Testing

/// The engine against every case of the Mustache specification's modules it implements.
@Suite struct MustacheSpecTests {
    @Test func specificationFolderIsThere() {
        // In CI the folder must be there: a missing one would skip every case below silently.
        let ci = ProcessInfo.processInfo.environment["CI"] == "true"
        #expect(SpecCase.folderExists || !ci, "missing \(SpecCase.folder.path)")
        if SpecCase.folderExists {
            #expect(SpecCase.all.count >= 184, "expected every case of \(SpecCase.modules.count) modules")
        }
    }

    @Test(arguments: SpecCase.all)
    func rendersAsTheSpecificationExpects(_ test: SpecCase) throws {
        var sources = test.partials ?? [:]
        sources["test"] = test.template
        let library = TemplateLibrary(sources: sources)
        #expect(library.errors.isEmpty, "\(library.errors)")
        let output = try #require(library.render("test", test.data.value))
        #expect(String(decoding: output, as: UTF8.self) == test.expected, "\(test.desc)")
    }
}
