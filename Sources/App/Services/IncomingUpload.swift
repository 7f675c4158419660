import Hummingbird

/// An uploaded file once its last byte has come: what it is, how long, and where it is kept.
struct ReceivedFile: Sendable, Equatable {
    /// Told from the content (`FileSniffer`); nil when it is none of the kinds the service takes.
    let kind: UploadKind?
    let size: Int
    /// The file in the store; nil when it was not kept (empty, or not a kind the service takes).
    let stored: StoredFile?
}

/// An uploaded file on its way to the store: sniffed and hashed as its pieces arrive and written
/// as they come (`FileStorage.incoming()`), so a request holds one piece of it at a time, never
/// the whole file (docs/file-store.md). It is kept only when it is a kind the service takes: a
/// file that is not is dropped at its end and never stored.
///
/// A kept file that no row ends up referring to (the form had another error, the dossier changed
/// meanwhile) is removed by the sweep of unreferenced files (`OrphanFiles`).
struct IncomingUpload {
    let files: any FileStorage
    private var file: (any IncomingFile)?
    private var sniffer = FileSniffer.Stream()

    init(files: any FileStorage) {
        self.files = files
    }

    /// The bytes received so far.
    var size: Int { sniffer.size }

    mutating func append(_ bytes: ByteBuffer) async throws {
        guard bytes.readableBytes > 0 else { return }
        sniffer.feed(bytes)
        if file == nil { file = try await files.incoming() }
        try await file!.append(bytes)
    }

    /// The file is all there: kept when it is a kind the service takes, dropped otherwise.
    func finish() async throws -> ReceivedFile {
        let kind = sniffer.finish()
        guard let file, kind != nil else {
            await file?.abandon()
            return ReceivedFile(kind: kind, size: sniffer.size, stored: nil)
        }
        return ReceivedFile(kind: kind, size: sniffer.size, stored: try await file.finish())
    }

    /// The upload failed on the way (too large, cut short): nothing of it is kept.
    func abandon() async {
        await file?.abandon()
    }
}
