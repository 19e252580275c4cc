import Synchronization

#if canImport(Glibc)
    import CMalloc
#endif

/// Hands memory the process has freed back to the system.
///
/// glibc keeps freed memory for later allocations of its thread's arena, but the source
/// texts are read on every core and freed in the middle of the parsed values made beside
/// them, so the pages rendered next, on other threads, rarely reuse it: a large campaign's
/// build otherwise peaks about 50 MB higher, holding texts it has already let go of.
enum FreedMemory {
    static func release() {
        #if canImport(Glibc)
            _ = malloc_trim(0)
        #endif
    }
}

extension FreedMemory {
    /// Hands freed memory back after every `interval` pieces of work, on whichever thread
    /// finishes them.
    final class Every: Sendable {
        private let done = Atomic<Int>(0)
        private let interval: Int

        init(_ interval: Int) { self.interval = interval }

        func finishedOne() {
            if done.add(1, ordering: .relaxed).newValue % interval == 0 { FreedMemory.release() }
        }
    }
}
