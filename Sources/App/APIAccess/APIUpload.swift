import DCEMRules
import Hummingbird

/// An upload through the API: the file is the raw body, its type in `Content-Type`. As the page's
/// multipart uploads, the body streams to the store (`IncomingUpload`), its size checked and its
/// type told from the content as it comes, never from the header alone.
enum APIUpload {
    static let maxFileSize = MultipartUpload.defaultMaxFileSize

    /// The declared type, when it is one the service takes; nil otherwise (a 415).
    static func declaredKind(_ request: Request) -> UploadKind? {
        guard let header = request.headers[.contentType] else { return nil }
        let mediaType = header.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return UploadKind.allCases.first { $0.mediaType == mediaType }
    }

    /// The body, up to `maxFileSize`, streamed to `files`: a declared or streamed size beyond is a
    /// 413, read no further and nothing kept. Kept only when it is a kind the service takes.
    static func receive(_ request: Request, files: any FileStorage, language: Language) async throws -> ReceivedFile {
        let tooLarge = APIProblem(status: .contentTooLarge, field: "body", message: language.catalog.dossier.fileTooLarge)
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxFileSize { throw tooLarge }
        var upload = IncomingUpload(files: files)
        do {
            for try await chunk in request.body {
                guard upload.size + chunk.readableBytes <= maxFileSize else { throw tooLarge }
                try await upload.append(chunk)
            }
            return try await upload.finish()
        } catch {
            await upload.abandon()
            throw error
        }
    }
}
