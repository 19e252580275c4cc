/// A pattern of the strings file, `"{day} {month} {year}"`, cut once into its text and the
/// placeholders it fills: every date and count of every page is written through one, and
/// reading the pattern again each time (with its values in a new dictionary) was a twentieth
/// of writing a large site. A brace that opens no known placeholder (`{era}`, an unclosed
/// `{year`) is text, and a value is never read for placeholders.
struct TextPattern: Sendable, Hashable {
    private enum Part: Sendable, Hashable {
        case text(String)
        /// The placeholder of `names[n]`.
        case value(Int)
    }

    private let parts: [Part]

    /// `names`: the placeholders the pattern may hold; `filled` is asked for their values by
    /// their place in this list.
    init(_ pattern: String, names: [String]) {
        var parts: [Part] = []
        var text = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let name = rest[rest.index(after: open)...].prefix { $0 != "{" && $0 != "}" }
            if name.endIndex < rest.endIndex, rest[name.endIndex] == "}", let number = names.firstIndex(of: String(name)) {
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                parts.append(.value(number))
                rest = rest[rest.index(after: name.endIndex)...]
            } else {
                text += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        text += rest
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    /// The pattern with each placeholder replaced by `value(n)`, `n` its name's place.
    func filled(_ value: (Int) -> String) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .value(let number): result += value(number)
            }
        }
        return result
    }
}
