import DCEMRules
import Hummingbird

/// Every stored file the service sends back (a family's download, an agent's inline view, a
/// message's attachment, the API's downloads) goes out through here, so that none of them can run
/// as a page of the site: a polyglot PDF/HTML or a PDF carrying script opens in a sandbox with no
/// origin and may load nothing, and the browser never guesses another type than the one named.
enum FileResponse {
    /// A route's own policy, which `SecurityHeadersMiddleware` leaves in place.
    static let contentSecurityPolicy = "sandbox; default-src 'none'; frame-ancestors 'self'"

    enum Disposition: String {
        /// Shown by the browser, for an agent reading it beside the case.
        case inline
        /// Saved, never rendered as a page.
        case attachment
    }

    /// A stored file under a name the service makes (the uploaded name is never trusted); the type
    /// is the one recorded when the file was checked, a PDF when unknown. The body streams the
    /// store's pieces as the client reads them: a download never holds the whole file
    /// (docs/file-store.md#streaming).
    static func make(_ file: (size: Int, pieces: StoredFilePieces), mediaType: String?, name: String, disposition: Disposition) -> Response {
        let kind = UploadKind.allCases.first { $0.mediaType == mediaType } ?? .pdf
        return Response(status: .ok, headers: [
            .contentType: kind.mediaType,
            .contentDisposition: "\(disposition.rawValue); filename=\"\(name).\(kind.fileExtension)\"",
            .cacheControl: "private, no-store",
            .contentSecurityPolicy: contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            // Framed by the site's own review page only (docs/pages.md#reviewing-documents).
            .init("X-Frame-Options")!: "SAMEORIGIN",
        ], body: ResponseBody(contentLength: file.size) { writer in
            for try await piece in file.pieces { try await writer.write(piece) }
            try await writer.finish(nil)
        })
    }
}
