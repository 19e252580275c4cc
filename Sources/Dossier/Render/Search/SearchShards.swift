/// Cuts sorted keys into shards of at most `budget` bytes, so that a query reads a shard of
/// tens of KB rather than the whole index or hundreds of tiny files.
///
/// Keys that share their first four letters stay in one shard whenever they fit in one: a
/// query word also looks for its prefixes of four letters or more (an inflected
/// "Мұхаммедкәрімнің" finds "muhamedkarim"), and those then lie in the word's own shard.
struct SearchShards {
    /// Each shard's keys, in order.
    private(set) var shards: [[String]] = []

    /// `empty` says what each key adds to a shard, which may depend on the keys already
    /// there (a names file holds each document's record once).
    init<Content: SearchShardContent>(keys: [String], budget: Int, empty: Content) {
        var current = empty
        var keysOfCurrent: [String] = []
        var size = 0
        func close() {
            if !keysOfCurrent.isEmpty { shards.append(keysOfCurrent) }
            (current, keysOfCurrent, size) = (empty, [], 0)
        }
        func add(_ keys: [String], cost: Int) {
            current.add(keys)
            keysOfCurrent += keys
            size += cost
        }
        for group in Self.groups(of: keys) {
            var cost = current.cost(of: group)
            if size + cost > budget, !keysOfCurrent.isEmpty {
                close()
                cost = current.cost(of: group)
            }
            if cost <= budget {
                add(group, cost: cost)
                continue
            }
            // A prefix too common for one shard: cut between its keys.
            for key in group {
                if size + current.cost(of: [key]) > budget, !keysOfCurrent.isEmpty { close() }
                add([key], cost: current.cost(of: [key]))
            }
        }
        close()
    }

    /// The first key of each shard: all the search script needs to know where a key lies.
    var firstKeys: [String] { shards.compactMap(\.first) }
}

/// What a shard holds, as far as its size goes.
protocol SearchShardContent {
    /// The bytes that adding `keys` together adds to the shard.
    func cost(of keys: [String]) -> Int
    mutating func add(_ keys: [String])
}

private extension SearchShards {
    /// Runs of keys with the same first four characters.
    static func groups(of keys: [String]) -> [[String]] {
        var groups: [[String]] = []
        for key in keys {
            if let last = groups.last?.last, last.prefix(4) == key.prefix(4) {
                groups[groups.count - 1].append(key)
            } else {
                groups.append([key])
            }
        }
        return groups
    }
}
