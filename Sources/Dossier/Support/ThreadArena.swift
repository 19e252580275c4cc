#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Memory for short-lived C structures, handed out on each thread by moving a pointer and
/// taken back all at once when the work that used it ends (`scope`).
///
/// cmark allocates every node, text and buffer of a document on its own, a few hundred per
/// body, and frees them one by one: on a large campaign that was 4 million of the parse's
/// calls to malloc, and malloc and free together a fifth of the parse's time. A document's
/// tree lives only while its body is rendered, so it can as well come from one stretch of
/// memory that is let go in one step.
///
/// The state is the thread's own (a pthread key), since cmark's allocator functions take no
/// context: every core parses bodies at once, each in its own arena.
enum ThreadArena {
    /// Runs `body`, then takes back all the memory handed out on this thread meanwhile.
    /// Nothing allocated in the arena may be used after `body` returns.
    static func scope<Result>(_ body: () throws -> Result) rethrows -> Result {
        let state = State.current
        state.pointee.depth += 1
        defer {
            state.pointee.depth -= 1
            if state.pointee.depth == 0 { state.pointee.reset() }
        }
        return try body()
    }

    /// How many blocks the calling thread's arena holds: one between scopes.
    static var blockCount: Int {
        let state = State.current.pointee
        var count = 1
        var block = state.block
        while block != state.first, let previous = block.load(as: UnsafeMutableRawPointer?.self) {
            count += 1
            block = previous
        }
        return count
    }

    /// `count` zeroed bytes, aligned as malloc's are; for use inside `scope` only.
    static func allocate(zeroed count: Int) -> UnsafeMutableRawPointer {
        let pointer = State.current.pointee.allocate(count)
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: count)
        return pointer
    }

    /// `pointer`'s bytes in a block of `count`: the same block grown in place when it is the
    /// last one handed out (a buffer being written, most often), else a copy.
    static func reallocate(_ pointer: UnsafeMutableRawPointer?, to count: Int) -> UnsafeMutableRawPointer {
        State.current.pointee.reallocate(pointer, to: count)
    }
}

extension ThreadArena {
    /// A thread's arena: a chain of blocks, each starting with the one before it. The first
    /// stays from one scope to the next; the others are freed when a scope ends. Each piece
    /// handed out is preceded by its size, which `reallocate` copies.
    fileprivate struct State {
        static let header = 16
        /// Under the 256 KiB from which malloc maps blocks on their own (`FreedMemory`): the
        /// first block is reused by every document the thread parses.
        static let blockSize = 192 * 1024

        var block: UnsafeMutableRawPointer
        var first: UnsafeMutableRawPointer
        var used = header
        var capacity = blockSize
        /// Where the last piece handed out starts, which may grow in place.
        var last: UnsafeMutableRawPointer?
        var depth = 0

        init() {
            first = State.newBlock(capacity: State.blockSize, after: nil)
            block = first
        }

        static func newBlock(capacity: Int, after previous: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer {
            guard let block = malloc(capacity) else { fatalError("out of memory: \(capacity) bytes for parsing a body") }
            block.storeBytes(of: previous, as: UnsafeMutableRawPointer?.self)
            return block
        }

        static func rounded(_ count: Int) -> Int { (max(count, 1) + header - 1) & ~(header - 1) }

        mutating func allocate(_ count: Int) -> UnsafeMutableRawPointer {
            let size = State.rounded(count)
            if used + State.header + size > capacity {
                capacity = max(State.blockSize, State.header + State.header + size)
                block = State.newBlock(capacity: capacity, after: block)
                used = State.header
            }
            let piece = block + used + State.header
            (piece - State.header).storeBytes(of: size, as: Int.self)
            used += State.header + size
            last = piece
            return piece
        }

        mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, to count: Int) -> UnsafeMutableRawPointer {
            guard let pointer else { return allocate(count) }
            let size = (pointer - State.header).load(as: Int.self)
            let wanted = State.rounded(count)
            if pointer == last, pointer - block + wanted <= capacity {
                // The last piece grows (or shrinks) where it is.
                (pointer - State.header).storeBytes(of: wanted, as: Int.self)
                used = pointer - block + wanted
                return pointer
            }
            let moved = allocate(count)
            moved.copyMemory(from: pointer, byteCount: min(size, wanted))
            return moved
        }

        mutating func reset() {
            while block != first {
                let previous = block.load(as: UnsafeMutableRawPointer?.self)
                free(block)
                block = previous ?? first
            }
            (used, capacity, last) = (State.header, State.blockSize, nil)
        }

        /// The calling thread's arena, made the first time it asks.
        static var current: UnsafeMutablePointer<State> {
            if let state = pthread_getspecific(key) { return state.assumingMemoryBound(to: State.self) }
            let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
            state.initialize(to: State())
            pthread_setspecific(key, state)
            return state
        }

        /// The key of each thread's arena, which is freed when its thread ends.
        static let key: pthread_key_t = {
            var key = pthread_key_t()
            // glibc hands the destructor an optional pointer, Darwin a plain one.
            pthread_key_create(&key) { state in State.release(state) }
            return key
        }()

        static func release(_ pointer: UnsafeMutableRawPointer?) {
            guard let state = pointer?.assumingMemoryBound(to: State.self) else { return }
            state.pointee.reset()
            free(state.pointee.first)
            state.deinitialize(count: 1)
            state.deallocate()
        }
    }
}
