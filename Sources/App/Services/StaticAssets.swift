import CompressNIO
import Foundation
import Hummingbird

/// The stylesheet and the OpenAPI document, read once from the bundle and served from memory.
/// The stylesheet is served minified, and gzipped to every browser that accepts it: it holds no
/// secret and no visitor's text, so compressing it gives nothing away (docs/pages.md#weight).
struct StaticAssets: Sendable {
    let stylesheet: ByteBuffer
    let stylesheetGzip: ByteBuffer
    let openAPI: String

    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "bundled resource \(name) is missing" }
    }

    static func load() throws -> StaticAssets {
        func read(_ name: String, _ ext: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources") else { throw Missing(name: "\(name).\(ext)") }
            return try String(contentsOf: url, encoding: .utf8)
        }
        let css = minified(try read("site", "css"))
        var plain = ByteBuffer(string: css)
        let gzip = try plain.compress(with: .gzip())
        plain.moveReaderIndex(to: 0)
        return StaticAssets(stylesheet: plain, stylesheetGzip: gzip, openAPI: try read("openapi", "json"))
    }

    /// The stylesheet without its comments and the spaces that mean nothing: the file stays
    /// readable in the repository, the browser gets the short form.
    static func minified(_ css: String) -> String {
        var text = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        // Around braces, semicolons and commas a space never matters (selectors keep theirs elsewhere).
        text = text.replacingOccurrences(of: #"\s*([{};,])\s*"#, with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: ";}", with: "}")
        // After a declaration's colon, too ("color: red"); a selector's colon has no space after it,
        // and no string in the file holds ": " (StaticAssetsTests).
        text = text.replacingOccurrences(of: ": ", with: ":")
        return text.trimmingCharacters(in: .whitespaces)
    }

    func register(on router: Router<AppRequestContext>) {
        let css = stylesheet
        let gzip = stylesheetGzip
        router.get(SiteURL.stylesheet.route) { request, _ in
            var headers: HTTPFields = [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600", .vary: "Accept-Encoding"]
            if Self.acceptsGzip(request.headers[.acceptEncoding]) {
                headers[.contentEncoding] = "gzip"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: gzip))
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: css))
        }
    }

    /// `Accept-Encoding` names gzip with a non-zero weight.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { part in
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard fields.first == "gzip" || fields.first == "x-gzip" else { return false }
            let weight = fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return weight > 0
        }
    }
}
