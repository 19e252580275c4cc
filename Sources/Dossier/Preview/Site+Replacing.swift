extension Site {
    /// Puts values in place of others of the same file and the same `outwardKey`, by their
    /// positions, so that every index, link and group stays true; in place, so that an array
    /// this site alone holds is not copied.
    mutating func replace<Item: ContentItem>(_ values: [Int: Item]) {
        for (index, value) in values { content[keyPath: Item.all][index] = value }
    }
}
