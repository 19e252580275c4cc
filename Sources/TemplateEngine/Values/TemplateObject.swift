/// Named values, as one context of a template sees them. Entries are kept in the order of
/// their names' hashes, so a lookup is a short scan of a few words, or a binary search in
/// a large object (a strings table of 200 keys), with no string hashed at render time.
///
/// The entries are one array, so passing an object around the renderer costs one
/// reference count.
public struct TemplateObject: Sendable {
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline let name: TemplateName
        @usableFromInline var value: TemplateValue
        @inlinable var hash: UInt64 { name.hash }
    }

    @usableFromInline var storage: [Entry] = []

    public init() {}

    public init(_ entries: [(TemplateName, TemplateValue)]) {
        for (name, value) in entries { self[name] = value }
    }

    public var count: Int { storage.count }

    /// Every entry, in no particular order.
    public var entries: some Sequence<(name: TemplateName, value: TemplateValue)> {
        storage.lazy.map { (name: $0.name, value: $0.value) }
    }

    public subscript(name: TemplateName) -> TemplateValue? {
        @inlinable get {
            storage.withUnsafeBufferPointer { entries in
                let index = Self.slot(of: name.hash, in: entries)
                guard index < entries.count, entries[index].hash == name.hash, entries[index].name.text == name.text else {
                    return nil
                }
                return entries[index].value
            }
        }
        set {
            let index = storage.withUnsafeBufferPointer { Self.slot(of: name.hash, in: $0) }
            let present = index < storage.count && storage[index].hash == name.hash && storage[index].name.text == name.text
            switch (present, newValue) {
            case (true, let value?): storage[index].value = value
            case (true, nil): storage.remove(at: index)
            case (false, let value?):
                // Room for eight entries from the first: grown from one by doubling, the pages'
                // objects were moved to a larger buffer a million times in a large build.
                if storage.count == storage.capacity { storage.reserveCapacity(Swift.max(8, storage.count * 2)) }
                storage.insert(Entry(name: name, value: value), at: index)
            case (false, nil): break
            }
        }
    }

    /// Lets go of the room left for more entries. An object grows an entry at a time and its
    /// room doubles as it does; one made to be kept (a case's summary, on every list of a
    /// large site) would hold a third more than it needs.
    public mutating func compact() {
        guard storage.capacity > storage.count else { return }
        var exact: [Entry] = []
        exact.reserveCapacity(storage.count)
        exact.append(contentsOf: storage)
        storage = exact
    }

    /// Adds `other`'s entries; where both have a name, `other`'s value wins.
    public mutating func merge(_ other: TemplateObject) {
        for entry in other.storage { self[entry.name] = entry.value }
    }

    /// The first index whose hash is not below `hash`.
    @inlinable
    static func slot(of hash: UInt64, in entries: UnsafeBufferPointer<Entry>) -> Int {
        if entries.count <= 12 {
            var index = 0
            while index < entries.count, entries[index].hash < hash { index += 1 }
            return index
        }
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) >> 1
            if entries[middle].hash < hash { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
