import Dispatch

extension Array {
    /// `map` spread over every core. The results keep the array's order, so whatever is made
    /// from them (diagnostics, pages, the manifest) is the same on any machine.
    ///
    /// `transform` runs on several threads at once: it may read shared values but must not
    /// change any. Templates contexts hold `Any` and so are not `Sendable`, which is why this
    /// does not ask for `@Sendable` and checks by hand instead.
    func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            withoutActuallyEscaping(transform) { transform in
                self.withUnsafeBufferPointer { elements in
                    // Each index is read and written by exactly one iteration, and
                    // `concurrentPerform` returns only after every iteration has finished.
                    let shared = UncheckedSendable((elements, buffer.baseAddress!, transform))
                    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                        let (elements, results, transform) = shared.value
                        (results + index).initialize(to: transform(elements[index]))
                    }
                }
            }
            initialized = count
        }
    }
}

/// Carries a value into a `@Sendable` closure whose caller guarantees, by its own structure,
/// that no two threads change the same memory.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
