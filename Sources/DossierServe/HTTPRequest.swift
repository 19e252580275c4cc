import Foundation

/// A request's head, as read by `RequestHeadParser`: the preview takes no request body.
struct HTTPRequest: Sendable {
    var method: String
    /// The target's path as sent, percent-encoded (`/cases/ana-example/`).
    var path: String
    /// What follows `?` in the target, if anything.
    var query: String?
    /// 1 for HTTP/1.1, 0 for HTTP/1.0.
    var minorVersion: Int
    /// In the order sent, names lowercased.
    var headers: [(name: String, value: String)]

    var isHead: Bool { method == "HEAD" }

    /// Every value of a header, in order; `name` lowercased.
    func values(of name: String) -> [String] {
        headers.filter { $0.name == name }.map(\.value)
    }

    /// The value of `name` in the query (`after` in `?after=3`), not decoded.
    func queryValue(_ name: String) -> String? {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first == Substring(name) { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }

    /// Whether the connection stays open after the answer: HTTP/1.1 unless the client says
    /// `close`; HTTP/1.0 never, as its keep-alive is an extension the preview has no use for.
    var keepsAlive: Bool {
        let options = values(of: "connection").flatMap { $0.split(separator: ",") }
        return minorVersion == 1 && !options.contains { $0.trimmingCharacters(in: .whitespaces).lowercased() == "close" }
    }

    /// Why a well-formed request is still refused, if it is: what RFC 9112 asks of a server
    /// (one `Host`), and what the preview is (a reader of pages, which takes no upload).
    var refusal: HTTPResponse? {
        let hosts = values(of: "host")
        if hosts.count > 1 || (minorVersion == 1 && hosts.isEmpty) {
            return .refusal(.badRequest, "A request has exactly one Host header.")
        }
        guard method == "GET" || method == "HEAD" else {
            return .refusal(.methodNotAllowed, "The preview only reads pages: GET and HEAD.", headers: [("Allow", "GET, HEAD")])
        }
        if !values(of: "transfer-encoding").isEmpty {
            return .refusal(.badRequest, "The preview takes no request body.")
        }
        let lengths = values(of: "content-length")
        guard lengths.count <= 1, lengths.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else {
            return .refusal(.badRequest, "Content-Length is one number.")
        }
        if let length = lengths.first, length.contains(where: { $0 != "0" }) {
            return .refusal(.contentTooLarge, "The preview takes no request body.")
        }
        return nil
    }
}
