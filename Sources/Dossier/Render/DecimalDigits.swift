extension [UInt8] {
    /// Appends the decimal digits of a non-negative `number`, written straight into the
    /// bytes: a large search index has a million numbers, and every case page's QR code
    /// some two thousand, nearly all of one or two digits.
    mutating func appendDecimal(_ number: Int) {
        let zero = UInt8(ascii: "0")
        if number < 10 {
            append(zero &+ UInt8(truncatingIfNeeded: number))
        } else if number < 100 {
            append(zero &+ UInt8(truncatingIfNeeded: number / 10))
            append(zero &+ UInt8(truncatingIfNeeded: number % 10))
        } else {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
                var start = digits.count
                var rest = number
                repeat {
                    start -= 1
                    digits[start] = zero &+ UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                } while rest > 0
                append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
            }
        }
    }
}
