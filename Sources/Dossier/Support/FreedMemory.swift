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

    /// Has every block of 256 KiB or more mapped on its own, and unmapped as soon as it is
    /// freed. glibc otherwise raises that threshold to the largest block freed so far: after
    /// the first page that lists every case (megabytes, in one buffer), each such buffer came
    /// from a thread's own heap and stayed there, 14 MB of a large site's peak in two languages.
    static func mapLargeBlocks() {
        #if canImport(Glibc)
            _ = mallopt(M_MMAP_THRESHOLD, 256 * 1024)
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
