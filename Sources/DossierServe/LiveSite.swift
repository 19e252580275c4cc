import Dossier
import Foundation

/// The site as `dossier serve` shows it: the files of the last good build, each rendered
/// when it is asked for, or the errors of the last build when it failed. Every rebuild
/// raises the version, which the reload script in each served page waits on.
actor LiveSite {
    /// A file as the server sends it.
    struct Served: Sendable {
        var status: Int
        var contentType: String
        var body: Data
        /// Where to go instead (`/cases/x` → `/cases/x/`).
        var location: String?
    }

    private(set) var version = 0
    private var files: [String: OutputFile] = [:]
    /// Output file → the banner it carries: drafts and embargoed statements.
    private var banners: [String: String] = [:]
    /// The last build's problems when it failed; the good site stays for its assets.
    private var failure: [Diagnostic]?
    private var waiting: [Int: CheckedContinuation<Int, Never>] = [:]
    private var nextWaiter = 0

    /// `sameFiles`: the files are those shown last (a preview put a saved file in place), so
    /// their index by path stands; it is 50,000 entries on a large site in two languages.
    func show(_ files: [OutputFile], banners: [String: String], sameFiles: Bool = false) {
        if !sameFiles || self.files.isEmpty {
            self.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.banners = banners
        failure = nil
        changed()
    }

    func show(failure diagnostics: [Diagnostic]) {
        failure = diagnostics
        changed()
    }

    private func changed() {
        version += 1
        for continuation in waiting.values { continuation.resume(returning: version) }
        waiting = [:]
    }

    /// The version after `known`, as soon as there is one, or `known` again after `timeout`,
    /// so that a waiting page's request never outlives the connection.
    func version(after known: Int, timeout: Duration) async -> Int {
        guard version == known else { return version }
        let id = nextWaiter
        nextWaiter += 1
        return await withCheckedContinuation { continuation in
            waiting[id] = continuation
            Task {
                try? await Task.sleep(for: timeout)
                self.timeOut(id)
            }
        }
    }

    private func timeOut(_ id: Int) {
        waiting.removeValue(forKey: id)?.resume(returning: version)
    }

    /// The file at a URL path of the site, whose base path is `/`.
    func file(at urlPath: String) -> Served {
        // `/%zz` or `/%ff` names no file, and the home page least of all.
        guard let relative = String(urlPath.drop { $0 == "/" }).removingPercentEncoding else {
            return Served(status: 400, contentType: "text/plain; charset=utf-8", body: Data("The address is not percent-encoded UTF-8.\n".utf8))
        }
        let path = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        if let failure, path.hasSuffix(".html") || files[path + "/index.html"] != nil {
            return Served(status: 500, contentType: ContentType.html, body: Data(PreviewMarkup.errorPage(failure, version: version).utf8))
        }
        guard let file = files[path] else {
            if files[path + "/index.html"] != nil {
                return Served(status: 301, contentType: ContentType.html, body: Data(), location: "/" + path + "/")
            }
            let notFound = files["404.html"].map { page((try? $0.data()) ?? Data(), path: "404.html") } ?? Data("Not found".utf8)
            return Served(status: 404, contentType: ContentType.html, body: notFound)
        }
        let contentType = ContentType.of(path)
        let body = (try? file.data()) ?? Data()
        return Served(status: 200, contentType: contentType, body: contentType == ContentType.html ? page(body, path: path) : body)
    }

    private func page(_ body: Data, path: String) -> Data {
        let html = String(decoding: body, as: UTF8.self)
        return Data(PreviewMarkup.inject(into: html, banner: banners[path], version: version).utf8)
    }
}

/// The media type of a file of the site, by its extension.
enum ContentType {
    static let html = "text/html; charset=utf-8"

    static func of(_ path: String) -> String {
        switch path.split(separator: ".").last?.lowercased() {
        case "html": html
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "xml": path.hasSuffix("feed.xml") ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "svg": "image/svg+xml"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}
