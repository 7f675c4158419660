import Foundation
import Hummingbird

/// The stylesheet and the OpenAPI document, read once from the bundle and served from memory.
struct StaticAssets: Sendable {
    let stylesheet: String
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
        return StaticAssets(stylesheet: try read("site", "css"), openAPI: try read("openapi", "json"))
    }

    func register(on router: Router<AppRequestContext>) {
        let css = stylesheet
        router.get(SiteURL.stylesheet.route) { _, _ in
            var buffer = ByteBuffer()
            buffer.writeString(css)
            return Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: buffer))
        }
    }
}
