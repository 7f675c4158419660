import DCEMRules
import FluentKit
import Foundation
import ZIPFoundation

/// Everything a family holds in the service, as one ZIP file (docs/pages.md#the-familys-archive;
/// GDPR art. 15 and 20): the account, and for each of its cases the answers as stored, the files
/// it sent (same bytes), the messages and their attachments, the history and the documents issued.
///
/// Written entry by entry to a file on disk, one stored file in memory at a time, so an archive
/// of many scans never sits in memory whole. Paths inside are made by the service (a case's
/// reference, a counter, the type's extension), never from a name the family typed.
struct FamilyArchive: Sendable {
    let database: @Sendable () -> any Database
    let files: any FileStorage
    /// The stored files an archive may carry, in bytes: beyond it the archive is refused (413)
    /// rather than written. A case holds a few dozen files of 10 MB at most.
    var maxFileBytes = 1 << 30

    enum Problem: Error {
        case tooLarge
    }

    /// Writes the archive of `user` to `url` (a file that does not exist yet): every case of the
    /// account, or only `only` when given (a case of the account's: the caller checked).
    func write(for user: User, only: UUID? = nil, to url: URL) async throws {
        let db = database()
        let userID = try user.requireID()
        var query = Dossier.query(on: db).filter(\.$userID == userID)
        if let only { query = query.filter(\.$id == only) }
        let dossiers = try await query.sort(\.$createdAt).all()
        let ids = dossiers.compactMap(\.id)
        let documents = ids.isEmpty ? [] : try await DossierDocument.query(on: db).filter(\.$dossierID ~~ ids).sort(\.$uploadedAt).all()
        let messages = ids.isEmpty ? [] : try await DossierMessage.query(on: db).filter(\.$dossierID ~~ ids).sort(\.$at).all()
        let stored = documents.map(\.size).reduce(0, +) + messages.compactMap(\.attachmentSize).reduce(0, +)
        guard stored <= maxFileBytes else { throw Problem.tooLarge }

        let archive = try Archive(url: url, accessMode: .create)
        let children = try await ForeignerAccount.query(on: db).filter(\.$guardianUserID == userID).all()
        try Self.add(archive, "compte.json", json: AccountEntry(
            email: user.email, language: user.language, foreignerNumber: user.foreignerNumber, createdAt: user.createdAt,
            childAccounts: children.map { .init(holderName: $0.holderName, foreignerNumber: $0.foreignerNumber, birthDate: $0.birthDate) }))
        for dossier in dossiers {
            let id = try dossier.requireID()
            let folder = "demandes/" + Self.safe(dossier.reference ?? "brouillon-" + String(id.uuidString.lowercased().prefix(8)))
            var files: [DocumentEntry] = []
            for (index, document) in documents.filter({ $0.dossierID == id }).enumerated() {
                let path = "\(folder)/pieces/\(String(format: "%02d", index + 1))-\(Self.safe(document.slot)).\(Self.fileExtension(document.mediaType))"
                try await addStored(archive, path, sha256: document.sha256, modified: document.uploadedAt)
                files.append(DocumentEntry(file: path, slot: document.slot, originalName: document.originalName, mediaType: document.mediaType,
                                           size: document.size, sha256: document.sha256, uploadedAt: document.uploadedAt,
                                           removedAt: document.removedAt, takenOn: document.takenOn, verdict: document.verdict))
            }
            try Self.add(archive, "\(folder)/demande.json", json: CaseEntry(
                id: id, reference: dossier.reference, state: dossier.state, profile: dossier.profile, createdAt: dossier.createdAt,
                updatedAt: dossier.updatedAt, filedOn: dossier.filedOn, decidedOn: dossier.decidedOn, availableOn: dossier.availableOn,
                assisted: dossier.assisted, purgeOn: dossier.purgeOn, documents: files))
            // The answers and the decision as the service keeps them.
            try Self.add(archive, "\(folder)/reponses.json", data: Self.pretty(dossier.answers), modified: dossier.updatedAt)
            if let outcome = dossier.outcome {
                try Self.add(archive, "\(folder)/decision.json", data: Self.pretty(outcome), modified: dossier.updatedAt)
            }
            var letters: [MessageEntry] = []
            for (index, message) in messages.filter({ $0.dossierID == id }).enumerated() {
                var path: String? = nil
                if let sha256 = message.attachmentSHA256 {
                    path = "\(folder)/messages/\(String(format: "%02d", index + 1)).\(Self.fileExtension(message.attachmentMediaType))"
                    try await addStored(archive, path!, sha256: sha256, modified: message.at)
                }
                letters.append(MessageEntry(at: message.at, author: message.author, body: message.body, attachment: path,
                                            attachmentName: message.attachmentName))
            }
            if !letters.isEmpty { try Self.add(archive, "\(folder)/messages.json", json: letters) }
            let events = try await DossierEvent.query(on: db).filter(\.$dossierID == id).sort(\.$seq).all()
            try Self.add(archive, "\(folder)/historique.json", json: events.map {
                EventEntry(seq: $0.seq, at: $0.at, actor: $0.actor, action: $0.action, details: $0.decodedDetails, hash: $0.hash)
            })
            let issued = try await IssuedDocument.query(on: db).filter(\.$dossierID == id).all()
            if !issued.isEmpty {
                var entries: [IssuedEntry] = []
                var counter = 0
                for document in issued {
                    // What the family sent about the document since (a permit, a police report…).
                    var sent: [String] = []
                    for file in try await IssuedDocumentFile.query(on: db).filter(\.$issuedDocumentID == document.requireID()).sort(\.$uploadedAt).all() {
                        counter += 1
                        let path = "\(folder)/documents-delivres/\(String(format: "%02d", counter))-\(Self.safe(file.purpose)).\(Self.fileExtension(file.mediaType))"
                        try await addStored(archive, path, sha256: file.sha256, modified: file.uploadedAt)
                        sent.append(path)
                    }
                    entries.append(IssuedEntry(dcemNumber: document.dcemNumber, state: document.state, holderName: document.holderName,
                                               foreignerNumber: document.foreignerNumber, validFrom: document.validFrom, validUntil: document.validUntil,
                                               territory: document.territory, deliveredOn: document.deliveredOn, exempt: document.exempt,
                                               timbreAmountEUR: document.timbreAmountEUR, files: sent))
                }
                try Self.add(archive, "\(folder)/documents-delivres.json", json: entries)
            }
        }
    }

    // MARK: Entries

    struct AccountEntry: Encodable {
        struct Child: Encodable {
            var holderName: String
            var foreignerNumber: String
            var birthDate: String?
        }
        var email: String
        var language: String
        var foreignerNumber: String?
        var createdAt: Date
        var childAccounts: [Child]
    }

    struct DocumentEntry: Encodable {
        var file: String
        var slot: String
        var originalName: String
        var mediaType: String
        var size: Int
        var sha256: String
        var uploadedAt: Date
        var removedAt: Date?
        var takenOn: String?
        var verdict: String?
    }

    struct CaseEntry: Encodable {
        var id: UUID
        var reference: String?
        var state: String
        var profile: String
        var createdAt: Date
        var updatedAt: Date
        var filedOn: String?
        var decidedOn: String?
        var availableOn: String?
        var assisted: Bool
        var purgeOn: String?
        var documents: [DocumentEntry]
    }

    struct MessageEntry: Encodable {
        var at: Date
        var author: String
        var body: String
        var attachment: String?
        var attachmentName: String?
    }

    struct EventEntry: Encodable {
        var seq: Int?
        var at: Date
        var actor: String
        var action: String
        var details: [String: String]
        var hash: String?
    }

    struct IssuedEntry: Encodable {
        var dcemNumber: String
        var state: String
        var holderName: String
        var foreignerNumber: String?
        var validFrom: String
        var validUntil: String?
        var territory: String?
        var deliveredOn: String
        var exempt: Bool
        var timbreAmountEUR: Int?
        var files: [String]
    }

    // MARK: Writing

    static func add(_ archive: Archive, _ path: String, json value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try add(archive, path, data: try encoder.encode(value), modified: Date())
    }

    static func add(_ archive: Archive, _ path: String, data: Data, modified: Date, compressed: Bool = true) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                             compressionMethod: compressed ? .deflate : .none) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// A stored file, loaded alone; one that is missing from the disk is left out rather than failing the whole archive.
    func addStored(_ archive: Archive, _ path: String, sha256: String, modified: Date) async throws {
        guard let bytes = try await files.load(sha256: sha256) else { return }
        // PDF, JPEG and PNG are compressed already.
        try Self.add(archive, path, data: Data(bytes.readableBytesView), modified: modified, compressed: false)
    }

    /// JSON the service stored, indented for reading; as it is when it does not parse.
    static func pretty(_ data: Data) -> Data {
        guard let object = try? JSONSerialization.jsonObject(with: data),
              let pretty = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return data }
        return pretty
    }

    static func fileExtension(_ mediaType: String?) -> String {
        (UploadKind.allCases.first { $0.mediaType == mediaType } ?? .pdf).fileExtension
    }

    /// A slot code as a path part: letters, digits and dashes only.
    static func safe(_ text: String) -> String {
        String(text.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == "-" }.prefix(40).map(Character.init))
    }
}
