/// The bytes of the index's files: each a classic script, `DossierSearch.register("name", data);`,
/// whose data is compact JSON with `<`, `>`, `&`, U+2028 and U+2029 escaped, so that no text
/// in it can close a `<script>` element or end a line of JavaScript.
enum SearchScriptFile {
    /// `names-<n>.js`: `{"keys": [[key, numbers]…], "docs": {"number": record…}}`.
    static func names(
        _ number: Int, keys: [String], postings: [String: [Int32]],
        records: [SearchRecord]
    ) -> (path: String, bytes: [UInt8]) {
        var json = Array(#"{"keys":["#.utf8)
        var documents = Set<Int>()
        for (index, key) in keys.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json += entry(key, postings[key, default: []])
            documents.formUnion(postings[key, default: []].lazy.map(Int.init))
        }
        json += Array(#"],"docs":{"#.utf8)
        for (index, document) in documents.sorted().enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json += docsMember(document, records[document])
        }
        json += Array("}}".utf8)
        let name = "names-\(number)"
        return (name + ".js", register(name, json))
    }

    /// `text-<n>.js`: `{"keys": [[key, numbers]…]}`.
    static func text(_ number: Int, keys: [String], postings: [String: [Int32]]) -> (path: String, bytes: [UInt8]) {
        var json = Array(#"{"keys":["#.utf8)
        for (index, key) in keys.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json += entry(key, postings[key, default: []])
        }
        json += Array("]}".utf8)
        let name = "text-\(number)"
        return (name + ".js", register(name, json))
    }

    /// `docs-<n>.js`: the records of consecutive documents, from the number the manifest gives.
    static func docs(_ number: Int, records: [[UInt8]]) -> (path: String, bytes: [UInt8]) {
        var json = Array("[".utf8)
        for (index, record) in records.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json += record
        }
        json.append(UInt8(ascii: "]"))
        let name = "docs-\(number)"
        return (name + ".js", register(name, json))
    }

    /// Made at its size: a site's whole index is held until it is written, and an array
    /// that grows as it is joined holds up to twice its bytes.
    static func register(_ name: String, _ json: [UInt8]) -> [UInt8] {
        let (head, tail) = (Array("DossierSearch.register(\"\(name)\",".utf8), Array(");\n".utf8))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(head.count + json.count + tail.count)
        bytes += head
        bytes += json
        bytes += tail
        return bytes
    }

    /// `["key",[first,gap,gap…]]`: the document numbers ascending, each after the first as
    /// its distance from the one before, which keeps long lists short.
    static func entry(_ key: String, _ numbers: [Int32]) -> [UInt8] {
        var bytes = Array("[".utf8) + Array(JSONValue.string(key).forScript.utf8) + Array(",[".utf8)
        bytes.reserveCapacity(bytes.count + 4 * numbers.count + 2)
        var previous = 0
        for (index, number) in numbers.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendDecimal(Int(number) - previous)
            previous = Int(number)
        }
        return bytes + Array("]]".utf8)
    }

    /// The length of `entry(key, numbers)`, counted rather than written.
    static func entrySize(_ key: String, _ numbers: [Int32]) -> Int {
        var size = 4 + JSONValue.string(key).forScript.utf8.count + max(numbers.count - 1, 0) + 1
        var previous = 0
        for number in numbers {
            size += digits(Int(number) - previous)
            previous = Int(number)
        }
        return size
    }

    static func digits(_ number: Int) -> Int {
        var (count, rest) = (1, number / 10)
        while rest > 0 { (count, rest) = (count + 1, rest / 10) }
        return count
    }

    /// `"12":{…}`, one member of a names file's documents.
    static func docsMember(_ number: Int, _ record: SearchRecord) -> [UInt8] {
        Array("\"\(number)\":".utf8) + record.withSpellings
    }
}
