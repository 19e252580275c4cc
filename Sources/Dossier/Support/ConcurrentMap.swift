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

/// `first` and `second` at once, one on each core, for two steps that neither read nor change
/// what the other makes. Like `concurrentMap`, it checks by hand what `@Sendable` would.
func concurrently<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    let firstResult = UnsafeMutablePointer<First>.allocate(capacity: 1)
    let secondResult = UnsafeMutablePointer<Second>.allocate(capacity: 1)
    defer {
        firstResult.deallocate()
        secondResult.deallocate()
    }
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            // Each result is written by one iteration, and `concurrentPerform` returns only
            // after both have finished.
            let shared = UncheckedSendable((first, second, firstResult, secondResult))
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let (first, second, firstResult, secondResult) = shared.value
                if index == 0 {
                    firstResult.initialize(to: first())
                } else {
                    secondResult.initialize(to: second())
                }
            }
        }
    }
    return (firstResult.move(), secondResult.move())
}
