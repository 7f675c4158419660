import Foundation
import Hummingbird

/// The API's error body: `{"error":{"field":…,"message":…}}`, the shape of the eligibility contract.
enum APIError {
    private struct Body: Encodable {
        struct Detail: Encodable {
            let field: String?
            let message: String
        }
        let error: Detail
    }

    static func response(status: HTTPResponse.Status, field: String?, message: String) -> Response {
        let data = (try? JSONEncoder().encode(Body(error: .init(field: field, message: message)))) ?? Data("{}".utf8)
        return json(String(decoding: data, as: UTF8.self), status: status)
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        json(bytes: Array(text.utf8), status: status)
    }

    /// A JSON body already encoded as UTF-8 bytes (the eligibility encoder writes bytes).
    static func json(bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        var buffer = ByteBuffer()
        buffer.writeBytes(bytes)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"], body: .init(byteBuffer: buffer))
    }
}
