import Dispatch

/// Lets go of a build's values on another thread. Freeing a large site's values, a value at
/// a time, takes a core about half a second once its files are written, which neither the
/// report nor the command line needs to wait for: a command exits meanwhile, and the system
/// takes the memory back whole.
enum BackgroundRelease {
    static func letGo<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    /// Holds the value until `empty()`, so that the last reference is dropped there, on the
    /// queue's thread, whichever thread finishes first.
    private final class Box<Held: Sendable>: @unchecked Sendable {
        private var value: Held?
        init(_ value: consuming Held) { self.value = value }
        func empty() { value = nil }
    }
}
