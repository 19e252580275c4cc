extension Set<String> {
    /// `base`, or `base-2`, `base-3`… whichever is free first, in this set and in `reserved`;
    /// it is then taken.
    mutating func claimUnique(_ base: String, besides reserved: Set<String> = []) -> String {
        var candidate = base
        var number = 2
        while contains(candidate) || reserved.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        insert(candidate)
        return candidate
    }
}
