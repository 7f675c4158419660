import Crypto
import Foundation
import Hummingbird
import Logging

/// `Idempotency-Key` on the family's state-changing API calls (POST, PUT, PATCH, DELETE): a retry
/// with the same key and the same request (method, path and query, body) gets the first answer
/// back — status, headers, body — and nothing runs twice; the same key with another request is a
/// 422 naming the header. Keys belong to the token's member and last 24 hours. Only final answers
/// are kept (2xx, and 4xx but those a retry may clear: 408, 425, 429); a 5xx or an error frees the key.
struct IdempotencyMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext
    /// `HTTPField`, which Hummingbird does not re-export by name.
    typealias Field = HTTPFields.Element
    let keys: IdempotencyKeys
    let now: @Sendable () -> Date

    static let header = Field.Name("Idempotency-Key")!
    static let replayed = Field.Name("Idempotent-Replayed")!
    static let changingMethods: Set<HTTPRequest.Method> = [.post, .put, .patch, .delete]
    /// How long a duplicate waits for the first request to end before a 409.
    static let wait: Duration = .seconds(5)

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.changingMethods.contains(request.method), let key = request.headers[Self.header] else {
            return try await next(request, context)
        }
        let t = context.language.catalog.api
        guard Self.isWellFormed(key) else { return APIProblem.badRequest(Self.header.rawName, t.idempotencyKeyMalformed).response }
        guard let userID = context.userID else { return APIProblem.unauthorized(context.language).response }
        // The body is read (within its type's limit, checked while it streams in) to be compared
        // with the first request's; the handler then reads it from memory.
        var request = request
        let body: ByteBuffer
        let limit = APIBody.limit(request)
        do {
            body = try await request.collectBody(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return APIProblem(status: .contentTooLarge, field: "body", message: t.bodyTooLarge(limit)).response
        }
        let bodySHA256 = Hex.encode(SHA256.hash(data: body.readableBytesView))
        let method = request.method.rawValue
        let path = request.uri.description

        let deadline = ContinuousClock.now.advanced(by: Self.wait)
        while true {
            switch try await keys.claim(userID: userID, key: key, method: method, path: path, bodySHA256: bodySHA256, now: now()) {
            case .mismatch:
                return APIProblem(status: .unprocessableContent, field: Self.header.rawName, message: t.idempotencyKeyReused).response
            case .done(let record):
                return Self.replay(record)
            case .inProgress:
                guard ContinuousClock.now < deadline else {
                    var problem = APIProblem(status: .conflict, field: Self.header.rawName, message: t.idempotencyKeyInProgress)
                    problem.headers[Field.Name.retryAfter] = "1"
                    return problem.response
                }
                try await Task.sleep(for: .milliseconds(100))
            case .claimed(let record):
                return try await run(request, context, record: record, next: next)
            }
        }
    }

    private func run(_ request: Request, _ context: Context, record: IdempotencyRecord,
                     next: (Request, Context) async throws -> Response) async throws -> Response {
        // The claim is renewed while the handler runs, so no other instance takes it for abandoned.
        let keys = self.keys, now = self.now
        let renewal = Task {
            let interval = Duration.milliseconds(Int(keys.lease * 1000 / 3))
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                try? await keys.renew(record, now: now())
            }
        }
        defer { renewal.cancel() }
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            try? await keys.release(record)
            throw error
        }
        let code = response.status.code
        guard (200..<300).contains(code) || ((400..<500).contains(code) && ![408, 425, 429].contains(code)) else {
            try? await keys.release(record)
            return response
        }
        let collector = Collector()
        try await response.body.write(CollectingWriter(collector: collector))
        let bytes = collector.bytes
        let headers = response.headers.filter { !Self.notReplayed.contains($0.name) }.map { [$0.name.rawName, $0.value] }
        do {
            try await keys.complete(record, status: code, headers: headers, body: bytes)
        } catch {
            // The answer still goes out; without a record a retry runs again, as without a key.
            try? await keys.release(record)
            context.logger.error("idempotency record not saved", metadata: ["type": "\(String(reflecting: type(of: error)))"])
        }
        return Response(status: response.status, headers: response.headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static let notReplayed: Set<Field.Name> = [.contentLength, .date, .setCookie, .transferEncoding, .connection]

    static func replay(_ record: IdempotencyRecord) -> Response {
        var headers = HTTPFields()
        for pair in IdempotencyKeys.headers(of: record) where pair.count == 2 {
            if let name = Field.Name(pair[0]) { headers.append(Field(name: name, value: pair[1])) }
        }
        headers[Self.replayed] = "true"
        let bytes = record.body.map { [UInt8]($0) } ?? []
        return Response(status: .init(code: record.status ?? 200), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// 1 to 255 printable ASCII characters (space to tilde).
    static func isWellFormed(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        return (1...255).contains(bytes.count) && bytes.allSatisfy { (0x20...0x7E).contains($0) }
    }
}

/// Gathers a response body in memory (the API's JSON answers are small) to keep it for the retries.
private final class Collector: @unchecked Sendable {
    var bytes: [UInt8] = []
}

private struct CollectingWriter: ResponseBodyWriter {
    let collector: Collector

    mutating func write(_ buffer: ByteBuffer) async throws {
        collector.bytes.append(contentsOf: buffer.readableBytesView)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
