import Testing

@testable import TemplateEngine

@Suite struct TemplateObjectTests {
    /// A compacted object, as the summaries kept for a whole build are, holds the same
    /// entries and finds each of them: by a short scan when small, by binary search when large.
    @Test(arguments: [3, 40]) func compactingKeepsEveryEntry(count: Int) {
        var object = TemplateObject()
        for number in (0..<count).reversed() { object[TemplateName("key\(number)")] = .int(number) }
        object.compact()
        #expect(object.count == count)
        #expect(object.storage.capacity >= count)
        for number in 0..<count {
            guard case .int(let value)? = object[TemplateName("key\(number)")] else {
                Issue.record("key\(number) lost")
                continue
            }
            #expect(value == number)
        }
        #expect(object["missing"] == nil)
        object["key0"] = nil
        #expect(object.count == count - 1)
    }
}
