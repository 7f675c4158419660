import Hummingbird
import Testing

@testable import App

@Suite struct MultipartUploadTests {
    private static let boundary = "----dcemBoundary7MA4YWxkTrZu0gW"
    private static let contentType = "multipart/form-data; boundary=\(boundary)"

    /// One part as a browser writes it.
    private static func part(_ name: String, filename: String? = nil, type: String? = nil, _ content: [UInt8]) -> [UInt8] {
        var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
        if let filename { head += "; filename=\"\(filename)\"" }
        head += "\r\n"
        if let type { head += "Content-Type: \(type)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + content + Array("\r\n".utf8)
    }

    private static func part(_ name: String, _ text: String) -> [UInt8] {
        part(name, Array(text.utf8))
    }

    private static func body(_ parts: [UInt8]...) -> [UInt8] {
        parts.flatMap { $0 } + Array("--\(boundary)--\r\n".utf8)
    }

    /// The body as a stream of `size`-byte chunks, as it would come off the network.
    private static func stream(_ bytes: [UInt8], chunkSize size: Int = 1024) -> AsyncThrowingStream<ByteBuffer, any Error> {
        AsyncThrowingStream { continuation in
            for start in stride(from: 0, to: bytes.count, by: size) {
                continuation.yield(ByteBuffer(bytes: bytes[start..<min(start + size, bytes.count)]))
            }
            continuation.finish()
        }
    }

    private static func read(
        _ bytes: [UInt8], chunkSize: Int = 1024, contentType: String? = contentType,
        maxFileSize: Int = 1000, maxBodySize: Int = 100_000, maxParts: Int = 10
    ) async throws(MultipartError) -> MultipartForm {
        try await MultipartUpload.read(
            body: stream(bytes, chunkSize: chunkSize), contentType: contentType,
            maxFileSize: maxFileSize, maxBodySize: maxBodySize, maxParts: maxParts)
    }

    // MARK: Reading

    @Test func readsFieldsAndFiles() async throws {
        // given
        let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)
        let bytes = Self.body(
            Self.part("applicationId", "42"),
            Self.part("note", "Quittance de loyer, été 2026"),
            Self.part("proof", filename: "loyer.pdf", type: "application/pdf", pdf),
            Self.part("note", "second"),
            Self.part("photo", filename: "scan.png", [0x89, 0x50, 0x0D, 0x0A, 0x2D, 0x2D])
        )

        // when
        let form = try await Self.read(bytes)

        // then
        #expect(form.fields == ["applicationId": "42", "note": "second"])
        #expect(form.allValues("note") == ["Quittance de loyer, été 2026", "second"])
        #expect(form.files.count == 2)
        #expect(form.files[0].fieldName == "proof")
        #expect(form.files[0].fileName == "loyer.pdf")
        #expect(form.files[0].declaredType == "application/pdf")
        #expect(form.files[0].bytes == ByteBuffer(bytes: pdf))
        #expect(form.files[1].fieldName == "photo")
        #expect(form.files[1].declaredType == nil)
        #expect(form.files[1].bytes == ByteBuffer(bytes: [0x89, 0x50, 0x0D, 0x0A, 0x2D, 0x2D]))
    }

    @Test func chunkBoundariesDoNotMatter() async throws {
        // given a body that holds CRLFs and dashes close to the boundary
        let file = Array("\r\n--\r\n--\(Self.boundary.dropLast())\r\n-".utf8)
        let bytes = Self.body(Self.part("a", "1"), Self.part("doc", filename: "x.pdf", file))

        // when
        for size in [1, 2, 3, 7, 64, bytes.count] {
            let form = try await Self.read(bytes, chunkSize: size)

            // then
            #expect(form.fields == ["a": "1"], "chunks of \(size)")
            #expect(form.files.map(\.bytes) == [ByteBuffer(bytes: file)], "chunks of \(size)")
        }
    }

    @Test func readsAHummingbirdRequest() async throws {
        // given
        let head = HTTPRequest(method: .post, scheme: "http", authority: "localhost", path: "/documents", headerFields: [.contentType: Self.contentType])
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer(bytes: Self.body(Self.part("a", "1")))))

        // when
        let form = try await MultipartUpload.read(request, storingFilesIn: nil)

        // then
        #expect(form.fields == ["a": "1"])
    }

    @Test func refusesADeclaredLengthOverTheLimitBeforeReading() async throws {
        // given a request that announces more than the limit, with a body that would fail if read
        let head = HTTPRequest(
            method: .post, scheme: "http", authority: "localhost", path: "/documents",
            headerFields: [.contentType: Self.contentType, .contentLength: "2000000"])
        let failing = AsyncThrowingStream<ByteBuffer, any Error> { $0.finish(throwing: CancellationError()) }
        let request = Request(head: head, body: RequestBody(asyncSequence: failing))

        // then
        await #expect(throws: MultipartError.bodyTooLarge) { try await MultipartUpload.read(request, storingFilesIn: nil, maxBodySize: 1_000_000) }
    }

    @Test func skipsAFileInputLeftEmpty() async throws {
        // given what a browser sends when no file was chosen
        let bytes = Self.body(Self.part("proof", filename: "", type: "application/octet-stream", []), Self.part("a", "1"))

        // when
        let form = try await Self.read(bytes)

        // then
        #expect(form.files.isEmpty)
        #expect(form.fields == ["a": "1"])
    }

    @Test func readsAFormWithNoParts() async throws {
        let form = try await Self.read(Array("--\(Self.boundary)--\r\n".utf8))
        #expect(form.fields.isEmpty && form.files.isEmpty)
    }

    @Test func acceptsQuotedBoundaryAndCaseInsensitiveType() async throws {
        let form = try await Self.read(Self.body(Self.part("a", "1")), contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"\(Self.boundary)\"")
        #expect(form.fields == ["a": "1"])
    }

    // MARK: File names

    @Test func keepsOnlyTheLastComponentOfTheClientFileName() async throws {
        // given
        let bytes = Self.body(Self.part("proof", filename: "../../etc/passwd", [1]))

        // when
        let form = try await Self.read(bytes)

        // then
        #expect(form.files.map(\.fileName) == ["passwd"])
    }

    @Test func cleansDisplayNames() {
        #expect(MultipartUpload.displayName("C:\\Users\\Amina\\Documents\\avis d'imposition.pdf") == "avis d'imposition.pdf")
        #expect(MultipartUpload.displayName("dir/sub/") == "sub")
        #expect(MultipartUpload.displayName("bul\u{0}le\u{7}tin\n.pdf") == "bulletin.pdf")
        #expect(MultipartUpload.displayName("facture\u{202E}fdp.exe") == "facturefdp.exe")
        #expect(MultipartUpload.displayName("  espace.png  ") == "espace.png")
        #expect(MultipartUpload.displayName("") == "document")
        #expect(MultipartUpload.displayName("..") == "document")
        #expect(MultipartUpload.displayName("/\u{1}/") == "document")
        #expect(MultipartUpload.displayName(String(repeating: "é", count: 300) + ".pdf") == String(repeating: "é", count: 200))
    }

    @Test func decodesExtendedFileNames() async throws {
        // given
        let head = "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"proof\"; filename=\"fallback.pdf\"; filename*=UTF-8''re%C3%A7u.pdf\r\n\r\n"
        let bytes = Array(head.utf8) + [1] + Array("\r\n--\(Self.boundary)--\r\n".utf8)

        // when
        let form = try await Self.read(bytes)

        // then
        #expect(form.files.map(\.fileName) == ["reçu.pdf"])
    }

    // MARK: Limits

    @Test func acceptsAFileExactlyAtTheLimit() async throws {
        let form = try await Self.read(Self.body(Self.part("proof", filename: "a.pdf", [UInt8](repeating: 7, count: 1000))))
        #expect(form.files.first?.size == 1000)
    }

    @Test func refusesAFileOneByteOverTheLimit() async throws {
        // given
        let bytes = Self.body(Self.part("a", "1"), Self.part("proof", filename: "a.pdf", [UInt8](repeating: 7, count: 1001)))

        // then
        await #expect(throws: MultipartError.fileTooLarge(field: "proof")) { try await Self.read(bytes) }
    }

    @Test func refusesABodyOverTheTotalLimit() async throws {
        // given three files each within the file limit
        let file = [UInt8](repeating: 7, count: 900)
        let bytes = Self.body(Self.part("a", filename: "a.pdf", file), Self.part("b", filename: "b.pdf", file), Self.part("c", filename: "c.pdf", file))

        // then
        await #expect(throws: MultipartError.bodyTooLarge) { try await Self.read(bytes, maxBodySize: 2500) }
        _ = try await Self.read(bytes, maxBodySize: bytes.count)
    }

    @Test func refusesTooManyParts() async throws {
        // given
        let parts = (0..<11).map { Self.part("f\($0)", "x") }
        let bytes = parts.flatMap { $0 } + Array("--\(Self.boundary)--\r\n".utf8)

        // then
        await #expect(throws: MultipartError.tooManyParts) { try await Self.read(bytes, maxParts: 10) }
        _ = try await Self.read(bytes, maxParts: 11)
    }

    @Test func stopsReadingAsSoonAsALimitIsCrossed() async throws {
        // given an endless upload, counted as it is read
        let counter = ChunkCounter()
        let head = ByteBuffer(bytes: Self.part("proof", filename: "big.pdf", []).dropLast(2))
        let endless = AsyncThrowingStream<ByteBuffer, any Error>(unfolding: {
            await counter.next() == 0 ? head : ByteBuffer(repeating: 0x41, count: 1024)
        })

        // when
        await #expect(throws: MultipartError.fileTooLarge(field: "proof")) {
            try await MultipartUpload.read(body: endless, contentType: Self.contentType, maxFileSize: 10 * 1024, maxBodySize: 1024 * 1024)
        }

        // then: the header chunk, ten chunks within the limit, and the one that crossed it
        #expect(await counter.served == 12)
    }

    @Test func stopsAnEndlessTextFieldAtWhatItMayHold() async throws {
        // given an endless text field, far below the body's limit
        let counter = ChunkCounter()
        let head = ByteBuffer(bytes: Self.part("note", []).dropLast(2))
        let endless = AsyncThrowingStream<ByteBuffer, any Error>(unfolding: {
            await counter.next() == 0 ? head : ByteBuffer(repeating: 0x41, count: 1024)
        })

        // when
        await #expect(throws: MultipartError.textTooLarge(field: "note", maxBytes: 4096)) {
            try await MultipartUpload.read(body: endless, contentType: Self.contentType, maxBodySize: 32 * 1024 * 1024,
                                           textLimits: TextLimits(other: 4096))
        }

        // then: the header chunk, four chunks within the limit, and the one that crossed it
        #expect(await counter.served == 6)
    }

    @Test func eachTextFieldHoldsWhatItsLimitSays() async throws {
        // given a message field that may hold 2000 bytes, any other 10
        let limits = TextLimits(byField: ["body": 2000], other: 10)
        let long = String(repeating: "é", count: 1000)

        // then: each field at its limit is read, one byte more is refused naming the field
        let form = try await MultipartUpload.read(body: Self.stream(Self.body(Self.part("body", long), Self.part("day", "0123456789"))),
                                                  contentType: Self.contentType, textLimits: limits)
        #expect(form.fields == ["body": long, "day": "0123456789"])
        await #expect(throws: MultipartError.textTooLarge(field: "body", maxBytes: 2000)) {
            try await MultipartUpload.read(body: Self.stream(Self.body(Self.part("body", long + "a"))), contentType: Self.contentType, textLimits: limits)
        }
        await #expect(throws: MultipartError.textTooLarge(field: "day", maxBytes: 10)) {
            try await MultipartUpload.read(body: Self.stream(Self.body(Self.part("day", "01234567890"))), contentType: Self.contentType, textLimits: limits)
        }
        // and a file is bounded by the file limit, not by a text field's
        let file = try await MultipartUpload.read(body: Self.stream(Self.body(Self.part("body", filename: "a.pdf", [UInt8](repeating: 7, count: 5000)))),
                                                  contentType: Self.contentType, textLimits: limits)
        #expect(file.files.first?.size == 5000)
    }

    // MARK: Malformed

    @Test func refusesOtherContentTypes() async throws {
        let bytes = Self.body(Self.part("a", "1"))
        await #expect(throws: MultipartError.notMultipart) { try await Self.read(bytes, contentType: nil) }
        await #expect(throws: MultipartError.notMultipart) { try await Self.read(bytes, contentType: "application/json") }
        await #expect(throws: MultipartError.notMultipart) { try await Self.read(bytes, contentType: "multipart/mixed; boundary=\(Self.boundary)") }
    }

    @Test func refusesAMissingOrInvalidBoundary() async throws {
        let bytes = Self.body(Self.part("a", "1"))
        await #expect(throws: MultipartError.malformed) { try await Self.read(bytes, contentType: "multipart/form-data") }
        await #expect(throws: MultipartError.malformed) { try await Self.read(bytes, contentType: "multipart/form-data; boundary=") }
        await #expect(throws: MultipartError.malformed) { try await Self.read(bytes, contentType: "multipart/form-data; boundary=\(String(repeating: "x", count: 71))") }
        await #expect(throws: MultipartError.malformed) { try await Self.read(bytes, contentType: "multipart/form-data; boundary=a\rb") }
    }

    @Test func refusesABodyCutShort() async throws {
        let bytes = Self.body(Self.part("a", "1"), Self.part("proof", filename: "a.pdf", [1, 2, 3]))
        await #expect(throws: MultipartError.malformed) { try await Self.read(Array(bytes.dropLast(10))) }
        await #expect(throws: MultipartError.malformed) { try await Self.read([]) }
        await #expect(throws: MultipartError.malformed) { try await Self.read(Array("not multipart at all".utf8)) }
    }

    @Test func refusesPartsWithoutAName() async throws {
        let noName = Array("--\(Self.boundary)\r\nContent-Disposition: form-data\r\n\r\nx\r\n--\(Self.boundary)--\r\n".utf8)
        let noDisposition = Array("--\(Self.boundary)\r\nContent-Type: text/plain\r\n\r\nx\r\n--\(Self.boundary)--\r\n".utf8)
        await #expect(throws: MultipartError.malformed) { try await Self.read(noName) }
        await #expect(throws: MultipartError.malformed) { try await Self.read(noDisposition) }
    }

    @Test func refusesTextThatIsNotUTF8() async throws {
        await #expect(throws: MultipartError.malformed) { try await Self.read(Self.body(Self.part("a", [0xC3, 0x28]))) }
    }

    @Test func refusesAStreamThatFails() async throws {
        // given a client that goes away mid-upload
        struct Disconnected: Error {}
        let failing = AsyncThrowingStream<ByteBuffer, any Error> { continuation in
            continuation.yield(ByteBuffer(bytes: Self.part("a", "1")))
            continuation.finish(throwing: Disconnected())
        }

        // then
        await #expect(throws: MultipartError.malformed) { try await MultipartUpload.read(body: failing, contentType: Self.contentType) }
    }

    // MARK: Files streamed to the store

    /// A PDF of `size` bytes whose content depends on `seed`.
    private static func pdf(_ size: Int, seed: UInt8 = 0) -> [UInt8] {
        let head = Array("%PDF-1.4\n".utf8), tail = Array("\n%%EOF\n".utf8)
        return head + (0..<(size - head.count - tail.count)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ Int(seed)) | 0x20 } + tail
    }

    @Test func aFileGoesToTheStoreWhileTheBodyIsStillArriving() async throws {
        // given: a 600 KB PDF in a form, arriving in 16 KiB chunks, and what the store had received
        // when the last chunk was asked for
        let file = Self.pdf(600_000)
        let bytes = Self.body(Self.part("a", "1"), Self.part("proof", filename: "scan.pdf", type: "application/pdf", file))
        let store = InMemoryFileStorage()
        let seen = ReceivedWhenAsked()
        let chunks = stride(from: 0, to: bytes.count, by: 16 * 1024).map { ByteBuffer(bytes: bytes[$0..<min($0 + 16 * 1024, bytes.count)]) }
        let counter = ChunkCounter()
        let body = AsyncThrowingStream<ByteBuffer, any Error>(unfolding: {
            let index = await counter.next()
            guard index < chunks.count else { return nil }
            if index == chunks.count - 1 { await seen.note(await store.received) }
            return chunks[index]
        })

        // when
        let form = try await MultipartUpload.read(body: body, contentType: Self.contentType, storingFilesIn: store, maxFileSize: 1_000_000, maxBodySize: 2_000_000)

        // then: all but the last chunk's bytes were in the store before that chunk was read, and
        // the file is kept whole, named by its content
        let before = try #require(await seen.value)
        #expect(before >= file.count - 2 * 16 * 1024, "\(before) of \(file.count) bytes")
        #expect(form.fields == ["a": "1"])
        let part = try #require(form.files.first)
        #expect(part.bytes == nil && part.kind == .pdf && part.size == file.count)
        #expect(part.kept == KeptFile(stored: StoredFile.hashing(ByteBuffer(bytes: file)), kind: .pdf, fileName: "scan.pdf"))
        #expect(try await store.load(sha256: part.stored!.sha256) == ByteBuffer(bytes: file))
        #expect(await store.unfinished == 0)
    }

    @Test func onlyFilesOfAKindTakenAreKept() async throws {
        // given: a PDF, an HTML page named as a PDF, and a file input left empty
        let store = InMemoryFileStorage()
        let html = Array("<html><script>alert(1)</script></html>".utf8)
        let bytes = Self.body(
            Self.part("proof", filename: "scan.pdf", type: "application/pdf", Self.pdf(5000)),
            Self.part("other", filename: "page.pdf", type: "application/pdf", html),
            Self.part("empty", filename: "", type: "application/octet-stream", []))

        // when
        for size in [7, 1024, bytes.count] {
            let form = try await MultipartUpload.read(body: Self.stream(bytes, chunkSize: size), contentType: Self.contentType,
                                                      storingFilesIn: store, maxFileSize: 10_000)

            // then: the PDF kept, the page told apart and not kept, the empty input skipped
            #expect(form.files.map(\.fieldName) == ["proof", "other"], "chunks of \(size)")
            #expect(form.files[0].kind == .pdf && form.files[0].stored != nil)
            #expect(form.files[1].kind == nil && form.files[1].stored == nil && form.files[1].kept == nil && form.files[1].size == html.count)
            #expect(await store.count == 1)
            #expect(await store.unfinished == 0)
        }
    }

    @Test func aFormThatFailsKeepsNothingOfTheFileOnItsWay() async throws {
        // given: a file over the limit, a body cut short inside a file, and a client gone mid-file
        struct Disconnected: Error {}
        let store = InMemoryFileStorage()
        let file = Self.pdf(50_000)
        let whole = Self.body(Self.part("proof", filename: "scan.pdf", file))
        let cut = Array(whole.prefix(30_000))
        let gone = AsyncThrowingStream<ByteBuffer, any Error> { continuation in
            continuation.yield(ByteBuffer(bytes: cut))
            continuation.finish(throwing: Disconnected())
        }

        // when / then
        await #expect(throws: MultipartError.fileTooLarge(field: "proof")) {
            try await MultipartUpload.read(body: Self.stream(whole), contentType: Self.contentType, storingFilesIn: store, maxFileSize: 40_000)
        }
        await #expect(throws: MultipartError.malformed) {
            try await MultipartUpload.read(body: Self.stream(cut), contentType: Self.contentType, storingFilesIn: store)
        }
        await #expect(throws: MultipartError.malformed) {
            try await MultipartUpload.read(body: gone, contentType: Self.contentType, storingFilesIn: store)
        }
        #expect(await store.received > 0)  // the bytes did reach the store before each failure
        #expect(await store.count == 0)
        #expect(await store.unfinished == 0)

        // and the same file, whole, is kept
        let form = try await MultipartUpload.read(body: Self.stream(whole), contentType: Self.contentType, storingFilesIn: store)
        #expect(form.files.first?.kept?.stored == StoredFile.hashing(ByteBuffer(bytes: file)))
        #expect(await store.count == 1)
    }

    @Test func answersWithTheRightStatus() {
        #expect(MultipartError.fileTooLarge(field: "x").status == .contentTooLarge)
        #expect(MultipartError.textTooLarge(field: "x", maxBytes: 1).status == .contentTooLarge)
        #expect(MultipartError.bodyTooLarge.status == .contentTooLarge)
        #expect(MultipartError.notMultipart.status == .unsupportedMediaType)
        #expect(MultipartError.malformed.status == .badRequest)
    }
}

/// Hands out chunk numbers and counts how many were asked for.
private actor ChunkCounter {
    private(set) var served = 0

    func next() -> Int {
        defer { served += 1 }
        return served
    }
}

/// What the store had received at one moment.
private actor ReceivedWhenAsked {
    private(set) var value: Int?
    func note(_ received: Int) { value = received }
}
