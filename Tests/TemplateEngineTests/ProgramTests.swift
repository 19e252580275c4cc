import Testing

@testable import TemplateEngine

/// The compiled form of a library, which the renderer walks once per tag.
@Suite struct ProgramTests {
    @Test func anInstructionStaysAFewIntegers() {
        // Each kind names its fields, yet the array the renderer walks is as dense as when
        // every instruction was a kind, a flag and three integers.
        #expect(MemoryLayout<Program.Instruction>.stride == 16)
    }
}
