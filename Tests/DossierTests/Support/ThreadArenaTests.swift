import Testing

@testable import Dossier

/// The arena cmark's trees come from hands out memory as malloc would (zeroed when asked,
/// aligned, grown with its bytes kept) and takes it all back when its scope ends.
@Suite struct ThreadArenaTests {
    private func fill(_ pointer: UnsafeMutableRawPointer, _ count: Int, from first: UInt8) {
        for offset in 0..<count { pointer.storeBytes(of: first &+ UInt8(truncatingIfNeeded: offset), toByteOffset: offset, as: UInt8.self) }
    }

    private func holds(_ pointer: UnsafeMutableRawPointer, _ count: Int, from first: UInt8) -> Bool {
        (0..<count).allSatisfy { pointer.load(fromByteOffset: $0, as: UInt8.self) == first &+ UInt8(truncatingIfNeeded: $0) }
    }

    @Test func piecesAreZeroedAlignedAndApart() {
        ThreadArena.scope {
            // Written over first, so that the next scope's zeroes are the arena's doing.
            fill(ThreadArena.allocate(zeroed: 4096), 4096, from: 7)
        }
        ThreadArena.scope {
            let pieces = [1, 15, 16, 17, 100, 4096].map { ($0, ThreadArena.allocate(zeroed: $0)) }
            for (count, piece) in pieces {
                #expect(Int(bitPattern: piece) % 16 == 0)
                #expect((0..<count).allSatisfy { piece.load(fromByteOffset: $0, as: UInt8.self) == 0 })
            }
            for (index, (count, piece)) in pieces.enumerated() { fill(piece, count, from: UInt8(index)) }
            for (index, (count, piece)) in pieces.enumerated() { #expect(holds(piece, count, from: UInt8(index))) }
        }
    }

    @Test func aPieceGrowsInPlaceWhenLastAndMovesOtherwiseKeepingItsBytes() {
        ThreadArena.scope {
            let first = ThreadArena.reallocate(nil, to: 40)
            fill(first, 40, from: 1)
            let grown = ThreadArena.reallocate(first, to: 400)
            #expect(grown == first)
            #expect(holds(grown, 40, from: 1))

            let other = ThreadArena.allocate(zeroed: 8)
            let moved = ThreadArena.reallocate(grown, to: 4000)
            #expect(moved != grown)
            #expect(holds(moved, 40, from: 1))
            #expect(other.load(as: UInt64.self) == 0)

            let shrunk = ThreadArena.reallocate(moved, to: 10)
            #expect(holds(shrunk, 10, from: 1))
        }
    }

    @Test func piecesLargerThanABlockAreHandedOutAndTakenBack() {
        #expect(ThreadArena.blockCount == 1)
        ThreadArena.scope {
            let large = ThreadArena.allocate(zeroed: 1_000_000)
            fill(large, 1_000_000, from: 3)
            let small = ThreadArena.allocate(zeroed: 64)
            fill(small, 64, from: 9)
            var piece = ThreadArena.reallocate(nil, to: 16)
            for size in stride(from: 32, through: 600_000, by: 50_000) { piece = ThreadArena.reallocate(piece, to: size) }
            #expect(holds(large, 1_000_000, from: 3))
            #expect(holds(small, 64, from: 9))
            #expect(ThreadArena.blockCount > 1)
        }
        #expect(ThreadArena.blockCount == 1)
    }

    @Test func anInnerScopeLeavesTheOuterOnesMemoryAlone() {
        ThreadArena.scope {
            let outer = ThreadArena.allocate(zeroed: 300_000)
            fill(outer, 300_000, from: 5)
            ThreadArena.scope { fill(ThreadArena.allocate(zeroed: 300_000), 300_000, from: 6) }
            #expect(holds(outer, 300_000, from: 5))
            #expect(ThreadArena.blockCount > 1)
        }
        #expect(ThreadArena.blockCount == 1)
    }

    @Test func eachThreadHasItsOwn() {
        let intact = Array(0..<64).concurrentMap { number in
            ThreadArena.scope {
                let pieces = (0..<200).map { _ in ThreadArena.allocate(zeroed: 1000) }
                for piece in pieces { fill(piece, 1000, from: UInt8(number)) }
                return pieces.allSatisfy { holds($0, 1000, from: UInt8(number)) }
            }
        }
        #expect(intact.allSatisfy { $0 })
    }
}
