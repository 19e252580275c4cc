/// Links that would run a script in the reader's browser: `javascript:`, `vbscript:` and a
/// `data:` address that is not a picture. No page publishes one, with `unsafe_html` too: a
/// campaign that lets its volunteers write HTML trusts them with layout, not with running
/// code in the browsers of readers whose governments would like to know who they are.
enum ScriptLink {
    /// Whether a browser would run `destination` as a script. Its scheme is read as the URL
    /// standard reads it: leading spaces and controls dropped, every tab and line break
    /// inside dropped (`java\tscript:` runs), letters in any case.
    static func isScript(_ destination: some StringProtocol) -> Bool {
        var scheme = ""
        var started = false
        var ended = false
        for scalar in destination.unicodeScalars {
            if !started, scalar.value <= 0x20 { continue }
            started = true
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            if scalar == ":" {
                ended = true
                break
            }
            // A scheme is ASCII letters, digits, `+`, `-` and `.`; anything else is a path.
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)
            else { return false }
            scheme.unicodeScalars.append(scalar)
            if scheme.count > 10 { return false }
        }
        guard ended else { return false }
        switch scheme.lowercased() {
        case "javascript", "vbscript": return true
        case "data": return !isPicture(destination)
        default: return false
        }
    }

    /// The values of raw HTML's attributes that are script links, as a browser reads them:
    /// after its character references are decoded (`jav&#x61;script:` is `javascript:`).
    static func scripts(inRawHTML html: some StringProtocol) -> [String] {
        attributeValues(in: Substring(html)).filter { isScript(decodingReferences($0)) }.map(String.init)
    }

    /// `data:` pictures are what cmark's safe mode lets through too.
    private static func isPicture(_ destination: some StringProtocol) -> Bool {
        let lowered = destination.lowercased().filter { !$0.isWhitespace }
        return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
    }

    /// The values of the HTML's attributes that hold an address (`href`, `src`, `action`…),
    /// quoted or not, spaces around `=` allowed.
    private static func attributeValues(in html: Substring) -> [Substring] {
        var values: [Substring] = []
        var index = html.startIndex
        while let equals = html[index...].firstIndex(of: "=") {
            let name = html[..<equals].reversed().drop { $0.isWhitespace }.prefix { $0.isLetter || $0 == ":" || $0 == "-" }
            var start = html.index(after: equals)
            while start < html.endIndex, html[start].isWhitespace { start = html.index(after: start) }
            guard start < html.endIndex else { break }
            let quote = html[start]
            let end: Substring.Index
            if quote == "\"" || quote == "'" {
                start = html.index(after: start)
                end = html[start...].firstIndex(of: quote) ?? html.endIndex
            } else {
                end = html[start...].firstIndex { $0.isWhitespace || $0 == ">" } ?? html.endIndex
            }
            if addressAttributes.contains(String(name.reversed()).lowercased()) { values.append(html[start..<end]) }
            index = end < html.endIndex ? html.index(after: end) : end
        }
        return values
    }

    /// HTML's attributes whose value a browser follows or loads as an address.
    private static let addressAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "cite", "codebase", "lowsrc", "dynsrc",
    ]

    /// HTML's numeric character references and the named ones a scheme can be hidden with.
    private static func decodingReferences(_ value: Substring) -> String {
        guard value.contains("&") else { return String(value) }
        let named: [String: Character] = ["colon": ":", "tab": "\t", "newline": "\n"]
        var result = ""
        var rest = value
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let reference = rest[rest.index(after: ampersand)...].prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var decoded: Character?
            if reference.hasPrefix("#x") || reference.hasPrefix("#X") {
                decoded = UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
            } else if reference.hasPrefix("#") {
                decoded = UInt32(reference.dropFirst()).flatMap(Unicode.Scalar.init).map(Character.init)
            } else {
                decoded = named[reference.lowercased()]
            }
            guard let decoded else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
                continue
            }
            result.append(decoded)
            rest = rest[reference.endIndex...]
            if rest.first == ";" { rest = rest.dropFirst() }
        }
        return result + rest
    }
}
