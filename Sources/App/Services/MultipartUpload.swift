import Foundation
import Hummingbird
import MultipartKit

/// Why a `multipart/form-data` body was refused.
enum MultipartError: Error, Equatable {
    /// The request is not `multipart/form-data` at all.
    case notMultipart
    /// A missing or invalid boundary, a bad part, or a body cut short.
    case malformed
    /// The file in this form field is over the per-file limit.
    case fileTooLarge(field: String)
    /// The text in this form field is longer than the field may hold (`maxBytes`, in UTF-8).
    case textTooLarge(field: String, maxBytes: Int)
    case bodyTooLarge
    case tooManyParts

    /// The status a handler would answer with.
    var status: HTTPResponse.Status {
        switch self {
        case .notMultipart: .unsupportedMediaType
        case .malformed: .badRequest
        case .fileTooLarge, .textTooLarge, .bodyTooLarge: .contentTooLarge
        case .tooManyParts: .badRequest
        }
    }
}

/// A file part of a form: streamed to the store as it arrived (the documents' uploads), or held
/// in memory when the form was read that way (a pupils' CSV, at most its `maxFileSize`).
struct UploadedPart: Sendable {
    let fieldName: String
    /// For display only, cleaned by `MultipartUpload.displayName(_:)`: never use it as a path.
    let fileName: String
    /// What the client claims; the content says what it is (`kind`).
    let declaredType: String?
    /// Told from the content by `FileSniffer`; nil when it is none of the kinds the service takes.
    let kind: UploadKind?
    let size: Int
    /// Where it is kept, when the form's files went to the store and this one is of a kind kept.
    let stored: StoredFile?
    /// The content, when the form was read into memory.
    let bytes: ByteBuffer?
}

extension UploadedPart {
    /// The file as kept in the store, when the form's files went there and it is of a kind taken.
    var kept: KeptFile? {
        guard let stored, let kind else { return nil }
        return KeptFile(stored: stored, kind: kind, fileName: fileName)
    }
}

/// An uploaded file in the store, of a kind the service takes, with the name it was sent under
/// (for display only).
struct KeptFile: Sendable, Equatable {
    let stored: StoredFile
    let kind: UploadKind
    let fileName: String
}

/// A parsed form: text fields by name, and the files in the order sent.
struct MultipartForm: Sendable {
    /// The last value of each text field.
    var fields: [String: String]
    var files: [UploadedPart]
    /// Every text value in the order sent, for fields that repeat.
    private(set) var fieldsInOrder: [(name: String, value: String)]

    init(fields: [String: String] = [:], files: [UploadedPart] = []) {
        self.fields = fields
        self.files = files
        self.fieldsInOrder = fields.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    func allValues(_ name: String) -> [String] {
        fieldsInOrder.filter { $0.name == name }.map(\.value)
    }

    mutating func append(field name: String, value: String) {
        fields[name] = value
        fieldsInOrder.append((name: name, value: value))
    }
}

/// How many bytes each text field of a form may hold, checked while the part streams in: a text
/// field is never held beyond what it may hold, however large the body limit is.
struct TextLimits: Sendable {
    /// Fields that may hold more (or less) than `other`, by name.
    var byField: [String: Int] = [:]
    /// Any other text field: the forms' short inputs (a day, a month, a year) and whatever a
    /// client adds, which a handler ignores.
    var other: Int = 1024

    func maxBytes(_ field: String) -> Int { byField[field] ?? other }
}

/// Reads a `multipart/form-data` body as it arrives, with multipart-kit's streaming parser.
///
/// The limits are checked chunk by chunk, so an oversized upload or text is refused as soon as it
/// crosses one, without the rest of it ever being held in memory. Given a store, each file goes
/// to it as its bytes arrive (`IncomingUpload`): the request holds the chunk in hand, not the file.
enum MultipartUpload {
    static let defaultMaxFileSize = 10 * 1024 * 1024
    /// Room for a few full-size documents and the text fields around them.
    static let defaultMaxBodySize = 32 * 1024 * 1024
    static let defaultMaxParts = 32
    /// Longest display name kept, in characters.
    static let maxFileNameLength = 200

    static func read(
        _ request: Request,
        storingFilesIn files: (any FileStorage)?,
        maxFileSize: Int = defaultMaxFileSize,
        maxBodySize: Int = defaultMaxBodySize,
        maxParts: Int = defaultMaxParts,
        textLimits: TextLimits = .init()
    ) async throws(MultipartError) -> MultipartForm {
        // A declared length already over the limit is refused before reading anything.
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodySize {
            throw .bodyTooLarge
        }
        return try await read(
            body: request.body,
            contentType: request.headers[.contentType],
            storingFilesIn: files,
            maxFileSize: maxFileSize,
            maxBodySize: maxBodySize,
            maxParts: maxParts,
            textLimits: textLimits
        )
    }

    /// The same, from any stream of chunks, so tests need no `Request`.
    static func read(
        body: some AsyncSequence<ByteBuffer, any Error>,
        contentType: String?,
        storingFilesIn files: (any FileStorage)? = nil,
        maxFileSize: Int = defaultMaxFileSize,
        maxBodySize: Int = defaultMaxBodySize,
        maxParts: Int = defaultMaxParts,
        textLimits: TextLimits = .init()
    ) async throws(MultipartError) -> MultipartForm {
        let boundary = try boundary(fromContentType: contentType)
        let collector = PartCollector(maxFileSize: maxFileSize, maxParts: maxParts, textLimits: textLimits, files: files)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name: name, value: value) }
        parser.onBody = { chunk in collector.body(&chunk) }
        parser.onPartComplete = { collector.partComplete() }
        var end = ClosingDelimiter(boundary: boundary)
        var received = 0

        do {
            for try await var chunk in body {
                received += chunk.readableBytes
                guard received <= maxBodySize else { throw MultipartError.bodyTooLarge }
                // Whatever follows the closing delimiter is an epilogue, which is ignored.
                guard !end.found else { continue }
                if let length = end.scan(chunk) {
                    // A form with no parts is only `--boundary--`, which the parser would not take.
                    if end.isWholeBody { continue }
                    chunk = chunk.getSlice(at: chunk.readerIndex, length: length)!
                }
                do {
                    try parser.execute(chunk)
                } catch {
                    throw MultipartError.malformed
                }
                if let failure = collector.failure { throw failure }
                try await collector.sendFiles()
            }
            guard end.found, !collector.inPart else { throw MultipartError.malformed }
            return collector.form
        } catch {
            await collector.abandon()
            if let error = error as? MultipartError { throw error }
            // The client went away mid-upload, the body stream failed, or the store did.
            throw .malformed
        }
    }

    /// The boundary parameter of a `multipart/form-data` content type.
    static func boundary(fromContentType contentType: String?) throws(MultipartError) -> String {
        guard let contentType else { throw .notMultipart }
        let (mediaType, parameters) = HeaderValue.parse(contentType)
        guard mediaType.lowercased() == "multipart/form-data" else { throw .notMultipart }
        guard let boundary = parameters["boundary"], isValidBoundary(boundary) else { throw .malformed }
        return boundary
    }

    /// RFC 2046: 1 to 70 characters from a small set, not ending with a space. This also keeps
    /// CR and LF out, which `ClosingDelimiter` relies on.
    static func isValidBoundary(_ boundary: String) -> Bool {
        let allowed = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ".utf8)
        let bytes = Array(boundary.utf8)
        return (1...70).contains(bytes.count) && bytes.allSatisfy(allowed.contains) && bytes.last != UInt8(ascii: " ")
    }

    /// The last path component of the client's name (`/` and `\` both count), without control or
    /// direction-changing characters, at most 200 characters; "document" when nothing is left.
    static func displayName(_ clientName: String) -> String {
        let lastComponent = clientName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let bidiControls: ClosedRange<UInt32> = 0x202A...0x202E
        let isolates: ClosedRange<UInt32> = 0x2066...0x2069
        var scalars = String.UnicodeScalarView()
        for scalar in lastComponent.unicodeScalars {
            if scalar.properties.generalCategory == .control { continue }
            if bidiControls.contains(scalar.value) || isolates.contains(scalar.value) || scalar.value == 0x200E || scalar.value == 0x200F { continue }
            scalars.append(scalar)
        }
        var name = String(scalars).trimmingCharacters(in: .whitespaces)
        if name.count > maxFileNameLength {
            name = String(name.prefix(maxFileNameLength)).trimmingCharacters(in: .whitespaces)
        }
        return name.isEmpty || name == "." || name == ".." ? "document" : name
    }
}

/// Gathers the parser's callbacks into a form and notes the first limit crossed.
///
/// The parser's callbacks cannot throw, so a failure is recorded here and thrown by the reader
/// after the chunk in hand; once failed, further data is dropped.
///
/// With a store, a file part's bytes are queued here by the callbacks and sent to the store by
/// `sendFiles()` after each chunk: what waits is at most one chunk of the body.
private final class PartCollector {
    let maxFileSize: Int
    let maxParts: Int
    let textLimits: TextLimits
    let files: (any FileStorage)?
    private(set) var form = MultipartForm()
    private(set) var failure: MultipartError?
    private var partCount = 0
    private var current: Part?
    /// What the store is to receive, in order.
    private var outgoing: [Outgoing] = []
    /// The file part being sent to the store.
    private var upload: IncomingUpload?

    struct Part {
        var headers: [(name: String, value: String)] = []
        var disposition: Disposition?
        var bytes = ByteBuffer()
        var size = 0
    }

    enum Outgoing {
        case bytes(ByteBuffer)
        /// The file part ended: what it was sent as.
        case end(Disposition)
    }

    struct Disposition {
        let name: String
        /// Present, even empty, for file parts.
        let fileName: String?
        let contentType: String?
    }

    init(maxFileSize: Int, maxParts: Int, textLimits: TextLimits, files: (any FileStorage)?) {
        self.maxFileSize = maxFileSize
        self.maxParts = maxParts
        self.textLimits = textLimits
        self.files = files
    }

    /// Sends the queued bytes of file parts to the store, and adds each part that ended to the form.
    func sendFiles() async throws {
        guard let files else { return }
        let queued = outgoing
        outgoing = []
        for item in queued {
            switch item {
            case .bytes(let bytes):
                if upload == nil { upload = IncomingUpload(files: files) }
                try await upload!.append(bytes)
            case .end(let disposition):
                let received = try await (upload ?? IncomingUpload(files: files)).finish()
                upload = nil
                // What browsers send for a file input left empty.
                if disposition.fileName!.isEmpty && received.size == 0 { continue }
                form.files.append(UploadedPart(
                    fieldName: disposition.name,
                    fileName: MultipartUpload.displayName(disposition.fileName!),
                    declaredType: disposition.contentType,
                    kind: received.kind,
                    size: received.size,
                    stored: received.stored,
                    bytes: nil
                ))
            }
        }
    }

    /// The form failed: the file part on its way is dropped.
    func abandon() async {
        outgoing = []
        await upload?.abandon()
        upload = nil
    }

    /// A part has started and not yet ended.
    var inPart: Bool { current != nil }

    func header(name: String, value: String) {
        guard failure == nil else { return }
        if current == nil { startPart() }
        current?.headers.append((name: name, value: value))
    }

    func body(_ chunk: inout ByteBuffer) {
        guard failure == nil else { return }
        if current == nil { startPart() }
        guard let disposition = resolveDisposition() else { return }
        let size = current!.size + chunk.readableBytes
        if disposition.fileName != nil {
            if size > maxFileSize {
                fail(.fileTooLarge(field: disposition.name))
                return
            }
        } else if size > textLimits.maxBytes(disposition.name) {
            fail(.textTooLarge(field: disposition.name, maxBytes: textLimits.maxBytes(disposition.name)))
            return
        }
        current!.size = size
        if disposition.fileName != nil, files != nil {
            outgoing.append(.bytes(chunk))
        } else {
            current!.bytes.writeBuffer(&chunk)
        }
    }

    func partComplete() {
        guard failure == nil else { return }
        if current == nil { startPart() }
        guard let disposition = resolveDisposition(), let part = current else { return }
        current = nil
        if let fileName = disposition.fileName {
            if files != nil {
                outgoing.append(.end(disposition))
                return
            }
            // What browsers send for a file input left empty.
            if fileName.isEmpty && part.size == 0 { return }
            form.files.append(UploadedPart(
                fieldName: disposition.name,
                fileName: MultipartUpload.displayName(fileName),
                declaredType: disposition.contentType,
                kind: FileSniffer.kind(of: part.bytes),
                size: part.size,
                stored: nil,
                bytes: part.bytes
            ))
        } else {
            guard let value = String(bytes: part.bytes.readableBytesView, encoding: .utf8) else {
                fail(.malformed)
                return
            }
            form.append(field: disposition.name, value: value)
        }
    }

    private func startPart() {
        partCount += 1
        if partCount > maxParts { fail(.tooManyParts) }
        current = Part()
    }

    private func fail(_ error: MultipartError) {
        if failure == nil { failure = error }
    }

    /// Reads the part's headers once its body starts: one `form-data` disposition with a name.
    private func resolveDisposition() -> Disposition? {
        guard failure == nil, let part = current else { return nil }
        if let disposition = part.disposition { return disposition }
        let dispositions = part.headers.filter { $0.name.lowercased() == "content-disposition" }
        let types = part.headers.filter { $0.name.lowercased() == "content-type" }
        guard dispositions.count == 1, types.count <= 1 else {
            fail(.malformed)
            return nil
        }
        let (kind, parameters) = HeaderValue.parse(dispositions[0].value)
        guard kind.lowercased() == "form-data", let name = parameters["name"], !name.isEmpty else {
            fail(.malformed)
            return nil
        }
        let fileName = parameters["filename*"].flatMap(HeaderValue.decodeExtended) ?? parameters["filename"]
        let contentType = types.first?.value.trimmingCharacters(in: .whitespaces)
        let disposition = Disposition(name: name, fileName: fileName, contentType: contentType?.isEmpty == false ? contentType : nil)
        current?.disposition = disposition
        return disposition
    }
}

/// Finds the closing delimiter, `CRLF--boundary--`, across chunks.
///
/// multipart-kit's parser does not say whether it reached the end, and a body cut short must not
/// pass as complete. Since a valid boundary has no CR, the pattern's only CR is its first byte,
/// so on a mismatch the search restarts at 0, or at 1 on a CR. The body counts as starting after
/// a CRLF, so a form with no parts (`--boundary--`) is found too.
private struct ClosingDelimiter {
    private let pattern: [UInt8]
    private var matched = 2
    private var scanned = 0
    private(set) var found = false

    /// The delimiter was all there was.
    var isWholeBody: Bool { found && scanned == pattern.count - 2 }

    init(boundary: String) {
        pattern = Array("\r\n--\(boundary)--".utf8)
    }

    /// Consumes `chunk`; when the delimiter ends in it, returns how many of its bytes it takes.
    mutating func scan(_ chunk: ByteBuffer) -> Int? {
        let pattern = pattern
        var matched = matched
        let end: Int? = chunk.withUnsafeReadableBytes { bytes in
            for (offset, byte) in bytes.enumerated() {
                if byte == pattern[matched] {
                    matched += 1
                    if matched == pattern.count { return offset + 1 }
                } else {
                    matched = byte == UInt8(ascii: "\r") ? 1 : 0
                }
            }
            return nil
        }
        self.matched = matched
        scanned += end ?? chunk.readableBytes
        if end != nil { found = true }
        return end
    }
}

/// Parses `value; key=token; key="quoted"` header values (Content-Type, Content-Disposition).
private enum HeaderValue {
    /// The leading value and the parameters, keys lower-cased. Quoted values keep `;` and `\`
    /// (browsers do not escape backslashes in Windows paths); only `\"` is an escaped quote.
    static func parse(_ header: String) -> (value: String, parameters: [String: String]) {
        var pieces: [String] = []
        var piece = ""
        var inQuotes = false
        var previous: Character?
        for character in header {
            if character == "\"" && previous != "\\" { inQuotes.toggle() }
            if character == ";" && !inQuotes {
                pieces.append(piece)
                piece = ""
            } else {
                piece.append(character)
            }
            previous = character
        }
        pieces.append(piece)

        let value = pieces.removeFirst().trimmingCharacters(in: .whitespaces)
        var parameters: [String: String] = [:]
        for piece in pieces {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var raw = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") {
                raw = String(raw.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            guard !key.isEmpty, parameters[key] == nil else { continue }
            parameters[key] = raw
        }
        return (value, parameters)
    }

    /// RFC 5987 `UTF-8''percent%20encoded`; nil for other charsets or bad encoding.
    static func decodeExtended(_ value: String) -> String? {
        let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        return String(parts[2]).removingPercentEncoding
    }
}
