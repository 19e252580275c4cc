extension Set<String> {
    /// `base`, or `base-2`, `base-3`… whichever is free first; it is then taken.
    mutating func claimUnique(_ base: String) -> String {
        var candidate = base
        var number = 2
        while contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        insert(candidate)
        return candidate
    }
}
