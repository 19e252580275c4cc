import Testing

@testable import Dossier

@Suite struct ConcurrentMapTests {
    /// Pages, diagnostics and the manifest come out of this in order on any number of cores.
    @Test func keepsTheOrderOfItsInput() {
        let numbers = Array(0..<10_000)
        #expect(numbers.concurrentMap { $0 * 3 } == numbers.map { $0 * 3 })
        #expect([Int]().concurrentMap { $0 }.isEmpty)
        #expect(["one"].concurrentMap { $0.uppercased() } == ["ONE"])
    }
}
