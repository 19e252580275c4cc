import Foundation

/// The statuses the preview server answers with.
enum HTTPStatus: Int, Sendable {
    case ok = 200
    case movedPermanently = 301
    case badRequest = 400
    case forbidden = 403
    case notFound = 404
    case methodNotAllowed = 405
    case requestTimeout = 408
    case contentTooLarge = 413
    case uriTooLong = 414
    case headerFieldsTooLarge = 431
    case internalServerError = 500
    case versionNotSupported = 505

    var reason: String {
        switch self {
        case .ok: "OK"
        case .movedPermanently: "Moved Permanently"
        case .badRequest: "Bad Request"
        case .forbidden: "Forbidden"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .requestTimeout: "Request Timeout"
        case .contentTooLarge: "Content Too Large"
        case .uriTooLong: "URI Too Long"
        case .headerFieldsTooLarge: "Request Header Fields Too Large"
        case .internalServerError: "Internal Server Error"
        case .versionNotSupported: "HTTP Version Not Supported"
        }
    }
}

/// An answer: its status, its headers but the framing ones, and its body.
struct HTTPResponse: Sendable {
    var status: HTTPStatus
    var headers: [(name: String, value: String)]
    var body: Data

    init(_ status: HTTPStatus, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A refusal in plain text, which says why to whoever reads it with curl.
    static func refusal(_ status: HTTPStatus, _ why: String, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(
            status, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")] + headers,
            body: Data((why + "\n").utf8))
    }

    /// The bytes sent: `Content-Length` always, so that a kept-alive connection knows where
    /// the next answer starts, and no body for HEAD, whose length is the one GET would send.
    func serialized(withBody: Bool, keepAlive: Bool) -> Data {
        var head = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        var bytes = Data(head.utf8)
        if withBody { bytes.append(body) }
        return bytes
    }
}
