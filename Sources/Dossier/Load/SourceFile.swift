import Foundation

/// A text file of the site as read from disk: where it is and what it says.
public struct SourceFile: Sendable {
    /// Relative to the site folder, with `/` separators: `content/cases/x.md`.
    public var path: String
    public var text: String
    /// How the file stood on disk when it was read, for a `SourceMemo`.
    var stamp: SourceMemo.Stamp?

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file name without its extension: what becomes the slug.
    public var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    public func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}

extension SourceFile {
    /// Reads a file as UTF-8. Invalid bytes are an error at their line and column, not a crash
    /// and not a silent replacement character in a published page.
    static func read(_ url: URL, as path: String) -> Result<SourceFile, Diagnostic> {
        let bytes: Data
        switch FileBytes.read(url.path) {
        case .success(let data): bytes = data
        case .failure(let problem): return .failure(problem.diagnostic(at: path))
        }
        return decode(bytes, as: path)
    }

    /// A file's bytes as text, checked as `read` checks them: without a byte-order mark, with
    /// "\n" line ends, and invalid UTF-8 an error at its line and column.
    static func decode(_ bytes: Data, as path: String) -> Result<SourceFile, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(
                .error(
                    at: invalidUTF8Location(in: Array(body), path: path),
                    "the file is not valid UTF-8 text",
                    fix: "save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)"
                ))
        }
        // Windows editors save "\r\n", which Swift reads as one Character, so no later "\n"
        // split would see the lines: every stage gets "\n" line ends from here on.
        let lines = hasCarriageReturn(text) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        return .success(SourceFile(path: path, text: lines))
    }

    /// A `memchr` over the bytes: `String.contains` goes through Foundation's locale-aware
    /// search, and even the generic byte sequence's `contains` cost more than cmark on the
    /// bench corpus.
    private static func hasCarriageReturn(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
        }
            ?? text.utf8.contains(0x0D)
    }

    /// The line and column of the first byte that does not decode.
    private static func invalidUTF8Location(in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            guard length > 0 else { break }
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        let column = (String(decoding: bytes[lineStart..<index], as: UTF8.self).count) + 1
        return SourceLocation(path: path, line: line, column: column)
    }

    /// How many bytes the well-formed UTF-8 sequence at `index` takes, or 0 if it is malformed.
    private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let sequence = bytes[index..<(index + length)]
        return String(validating: sequence, as: UTF8.self) == nil ? 0 : length
    }
}
