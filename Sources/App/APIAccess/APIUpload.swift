import DCEMRules
import Hummingbird

/// An upload through the API: the file is the raw body, its type in `Content-Type`. The size is
/// checked while the body streams in, as for the page's multipart uploads, and the type is then
/// told from the content by `FileSniffer`, never from the header alone.
enum APIUpload {
    static let maxFileSize = MultipartUpload.defaultMaxFileSize

    /// The declared type, when it is one the service takes; nil otherwise (a 415).
    static func declaredKind(_ request: Request) -> UploadKind? {
        guard let header = request.headers[.contentType] else { return nil }
        let mediaType = header.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return UploadKind.allCases.first { $0.mediaType == mediaType }
    }

    /// The body, up to `maxFileSize`: a declared or streamed size beyond is a 413, read no further.
    static func body(_ request: Request, language: Language) async throws -> ByteBuffer {
        let tooLarge = APIProblem(status: .contentTooLarge, field: "body", message: language.catalog.dossier.fileTooLarge)
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxFileSize { throw tooLarge }
        var collected = ByteBuffer()
        for try await var chunk in request.body {
            guard collected.readableBytes + chunk.readableBytes <= maxFileSize else { throw tooLarge }
            collected.writeBuffer(&chunk)
        }
        return collected
    }
}
