extension [UInt8] {
    /// Appends the decimal digits of a non-negative `number`, written straight into the
    /// bytes: a large search index has a million numbers, and every case page's QR code
    /// some two thousand.
    mutating func appendDecimal(_ number: Int) {
        let start = count
        var rest = number
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        self[start...].reverse()
    }
}
