import Foundation

/// Reads a request's head from the bytes a connection has received so far, as they come. Each
/// call goes on from where the last one stopped, so a head that arrives a byte at a time costs
/// its length, not its length squared, and a line is refused as soon as it passes its limit,
/// not when it ends (see `ServerLimits`).
struct RequestHeadParser {
    enum Outcome {
        /// Neither the end of the head yet, nor past a limit.
        case incomplete
        /// A whole head of `length` bytes, which the caller removes before the next request.
        case request(HTTPRequest, length: Int)
        case refused(HTTPResponse)
    }

    /// Where the line being read starts; every byte before it was looked at.
    private var lineStart = 0
    /// The head's lines so far, without their ends; the first is the request line.
    private var lines: [Range<Int>] = []

    /// The outcome once `bytes`, which begin with the head, have grown since the last call.
    mutating func parse(_ bytes: [UInt8]) -> Outcome {
        while let end = Self.newline(in: bytes, from: lineStart) {
            let line = lineStart..<(end > lineStart && bytes[end - 1] == Byte.cr ? end - 1 : end)
            lineStart = end + 1
            if line.isEmpty, lines.isEmpty {
                // RFC 9112 §2.2: empty lines before a request line are ignored, but they count
                // in its limit, so that they cannot fill the memory.
                if lineStart > ServerLimits.requestLine { return .refused(Self.lineTooLong) }
                continue
            }
            if line.isEmpty {
                defer { self = RequestHeadParser() }
                return Self.head(bytes, lines: lines, length: lineStart)
            }
            lines.append(line)
            if let refusal = refusal(lineLength: line.count, end: line.upperBound) { return .refused(refusal) }
        }
        return refusal(lineLength: bytes.count - lineStart, end: bytes.count).map { .refused($0) } ?? .incomplete
    }
}

extension RequestHeadParser {
    private enum Byte {
        static let cr: UInt8 = 0x0D
        static let lf: UInt8 = 0x0A
        static let space: UInt8 = 0x20
        static let tab: UInt8 = 0x09
        static let colon: UInt8 = 0x3A
        static let slash: UInt8 = 0x2F
        static let percent: UInt8 = 0x25
        static let question: UInt8 = 0x3F
    }

    private static let lineTooLong = HTTPResponse.refusal(.uriTooLong, "The request line is longer than 8 KB.")

    /// Whether the line that has reached `end`, ended or not, passes a limit.
    private func refusal(lineLength: Int, end: Int) -> HTTPResponse? {
        guard let requestLine = lines.first, end > requestLine.upperBound else {
            // The request line counts from the first byte, with the empty lines before it.
            return end > ServerLimits.requestLine ? Self.lineTooLong : nil
        }
        if lineLength > ServerLimits.headerLine {
            return .refusal(.headerFieldsTooLarge, "A header line is longer than 8 KB.")
        }
        if end - requestLine.upperBound > ServerLimits.head {
            return .refusal(.headerFieldsTooLarge, "The headers are longer than 32 KB.")
        }
        if lines.count - 1 > ServerLimits.headerCount {
            return .refusal(.headerFieldsTooLarge, "More than \(ServerLimits.headerCount) header lines.")
        }
        return nil
    }

    /// The index of the next LF from `start`: memchr, which looks at each byte once.
    private static func newline(in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            guard let found = memchr(base + start, Int32(Byte.lf), buffer.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private static func head(_ bytes: [UInt8], lines: [Range<Int>], length: Int) -> Outcome {
        let malformedLine = HTTPResponse.refusal(.badRequest, "The request line is not 'GET /path HTTP/1.1'.")
        let parts = bytes[lines[0]].split(separator: Byte.space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isToken) else { return .refused(malformedLine) }
        let target = parts[1]
        guard target.first == Byte.slash, target.allSatisfy({ (0x21...0x7E).contains($0) }) else { return .refused(malformedLine) }
        guard hasValidPercentEncoding(target) else {
            return .refused(.refusal(.badRequest, "The address has a % not followed by two hexadecimal digits."))
        }
        let minorVersion: Int
        switch String(decoding: parts[2], as: UTF8.self) {
        case "HTTP/1.1": minorVersion = 1
        case "HTTP/1.0": minorVersion = 0
        case let version where version.wholeMatch(of: /HTTP\/[0-9]\.[0-9]/) != nil:
            return .refused(.refusal(.versionNotSupported, "The preview speaks HTTP/1.1."))
        default: return .refused(malformedLine)
        }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            // A line that starts with a space continues the last one (obs-fold, RFC 9112 §5.2):
            // refused, as is a space before the colon (§5.1).
            guard bytes[line.lowerBound] != Byte.space, bytes[line.lowerBound] != Byte.tab,
                let colon = bytes[line].firstIndex(of: Byte.colon), colon > line.lowerBound,
                bytes[line.lowerBound..<colon].allSatisfy(isToken)
            else { return .refused(.refusal(.badRequest, "A header line is not 'Name: value'.")) }
            let value = bytes[(colon + 1)..<line.upperBound].trimmingBlanks
            guard value.allSatisfy({ $0 == Byte.tab || ($0 >= Byte.space && $0 != 0x7F) }) else {
                return .refused(.refusal(.badRequest, "A header's value has a control character."))
            }
            headers.append((String(decoding: bytes[line.lowerBound..<colon], as: UTF8.self).lowercased(), String(decoding: value, as: UTF8.self)))
        }
        let question = target.firstIndex(of: Byte.question)
        let request = HTTPRequest(
            method: String(decoding: parts[0], as: UTF8.self),
            path: String(decoding: target[..<(question ?? target.endIndex)], as: UTF8.self),
            query: question.map { String(decoding: target[($0 + 1)...], as: UTF8.self) },
            minorVersion: minorVersion, headers: headers)
        return .request(request, length: length)
    }

    /// A token's characters (RFC 9110 §5.6.2): a method, a header's name.
    private static func isToken(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    private static func hasValidPercentEncoding(_ target: ArraySlice<UInt8>) -> Bool {
        var index = target.startIndex
        while let percent = target[index...].firstIndex(of: Byte.percent) {
            guard percent + 2 < target.endIndex, isHexDigit(target[percent + 1]), isHexDigit(target[percent + 2]) else { return false }
            index = percent + 3
        }
        return true
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}

extension ArraySlice<UInt8> {
    /// Without the spaces and tabs around it (RFC 9112 §5.1's optional whitespace).
    fileprivate var trimmingBlanks: ArraySlice<UInt8> {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return [] }
        return self[first...last]
    }
}
