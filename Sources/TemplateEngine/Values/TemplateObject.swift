/// Named values, as one context of a template sees them. Entries are kept in the order of
/// their names' hashes, so a lookup is a short scan of a few words, or a binary search in
/// a large object (a strings table of 200 keys), with no string hashed at render time.
public struct TemplateObject: Sendable {
    @usableFromInline var hashes: [UInt64] = []
    @usableFromInline var names: [TemplateName] = []
    @usableFromInline var values: [TemplateValue] = []

    public init() {}

    public init(_ entries: [(TemplateName, TemplateValue)]) {
        for (name, value) in entries { self[name] = value }
    }

    public var count: Int { names.count }

    /// Every entry, in no particular order.
    public var entries: some Sequence<(name: TemplateName, value: TemplateValue)> {
        zip(names, values).lazy.map { (name: $0.0, value: $0.1) }
    }

    public subscript(name: TemplateName) -> TemplateValue? {
        @inlinable get {
            let index = slot(of: name.hash)
            guard index < hashes.count, hashes[index] == name.hash, names[index].text == name.text else {
                return nil
            }
            return values[index]
        }
        set {
            let index = slot(of: name.hash)
            let present = index < hashes.count && hashes[index] == name.hash && names[index].text == name.text
            switch (present, newValue) {
            case (true, let value?): values[index] = value
            case (true, nil):
                hashes.remove(at: index)
                names.remove(at: index)
                values.remove(at: index)
            case (false, let value?):
                hashes.insert(name.hash, at: index)
                names.insert(name, at: index)
                values.insert(value, at: index)
            case (false, nil): break
            }
        }
    }

    /// Adds `other`'s entries; where both have a name, `other`'s value wins.
    public mutating func merge(_ other: TemplateObject) {
        for (name, value) in zip(other.names, other.values) { self[name] = value }
    }

    /// The first index whose hash is not below `hash`.
    @inlinable
    func slot(of hash: UInt64) -> Int {
        hashes.withUnsafeBufferPointer { hashes in
            if hashes.count <= 12 {
                var index = 0
                while index < hashes.count, hashes[index] < hash { index += 1 }
                return index
            }
            var low = 0
            var high = hashes.count
            while low < high {
                let middle = (low + high) >> 1
                if hashes[middle] < hash { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}
