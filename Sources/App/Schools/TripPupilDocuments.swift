import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import NIOCore

/// The documents a school gives for each pupil of a trip (`CollectiveTravelDocument.perPupil`,
/// docs/pages.md#school-trips): one file per pupil and kind in force, checked like a DCEM case's
/// uploads, stored by content. Only the trip's head puts one, and only while
/// `CollectiveTravelPolicy` lets them (`uploadPupilDocument`: the draft, and while the préfecture
/// waits for documents).
struct TripPupilDocuments: Sendable {
    let database: @Sendable () -> any Database
    let files: any FileStorage
    let now: @Sendable () -> Date

    /// Photos are pictures: JPEG or PNG, never a PDF (the préfecture prints them beside the name).
    static func accepts(_ type: UploadKind, for kind: CollectiveTravelDocument) -> Bool {
        kind != .photo || type == .jpeg || type == .png
    }

    /// The file in force for each pupil and kind of the trip (the préfecture's page reads it too).
    func current(of tripID: UUID) async throws -> [UUID: [CollectiveTravelDocument: TripPupilDocument]] {
        let rows = try await TripPupilDocument.query(on: database()).filter(\.$tripID == tripID).filter(\.$replacedAt == nil)
            .sort(\.$uploadedAt).all()
        var current: [UUID: [CollectiveTravelDocument: TripPupilDocument]] = [:]
        for row in rows {
            guard let kind = row.document else { continue }
            current[row.pupilID, default: [:]][kind] = row
        }
        return current
    }

    /// One of the trip's files, in force or replaced.
    func file(_ id: UUID, of tripID: UUID) async throws -> TripPupilDocument? {
        try await TripPupilDocument.query(on: database()).filter(\.$id == id).filter(\.$tripID == tripID).first()
    }

    /// Puts `file` (already in the store) in the slot (trip, pupil, kind) for the trip's head: the same content already in
    /// force there is answered with its row (a double submit, a retry: no second row); another one
    /// marks the earlier row replaced. The trip's version moves with every change, as any other of
    /// its changes (`CollectiveTrips.claim`), its state left as it is: this path changes nothing
    /// else, so it may write a trip that is no longer a draft. When another change came first, the
    /// write is made again on the newest version. When no row is written, the file is left to the
    /// sweep of unreferenced files (`OrphanFiles`).
    @discardableResult
    func record(trip tripID: UUID, pupil pupilID: UUID, kind: CollectiveTravelDocument, file: KeptFile,
                by userID: UUID) async throws -> TripPupilDocument {
        guard kind.isPerPupil else { throw TripError.notFound }
        for attempt in 1...DossierStore.attempts {
            do {
                return try await recordOnce(trip: tripID, pupil: pupilID, kind: kind, stored: file.stored, fileName: file.fileName,
                                            type: file.kind, by: userID)
            } catch TripError.conflict where attempt < DossierStore.attempts {
                continue
            }
        }
        throw TripError.conflict
    }

    private func recordOnce(trip tripID: UUID, pupil pupilID: UUID, kind: CollectiveTravelDocument, stored: StoredFile, fileName: String,
                            type: UploadKind, by userID: UUID) async throws -> TripPupilDocument {
        let now = self.now()
        return try await database().transaction { db in
            guard let trip = try await CollectiveTrip.query(on: db).filter(\.$id == tripID).filter(\.$userID == userID).first() else {
                throw TripError.notFound
            }
            guard CollectiveTravelPolicy.schoolHead(.uploadPupilDocument, in: trip.currentState) else { throw TripError.documentsClosed }
            guard try await TripPupil.query(on: db).filter(\.$id == pupilID).filter(\.$tripID == tripID).count() == 1 else {
                throw TripError.notFound
            }
            let earlier = try await TripPupilDocument.query(on: db).filter(\.$tripID == tripID).filter(\.$pupilID == pupilID)
                .filter(\.$kind == kind.rawValue).filter(\.$replacedAt == nil).all()
            if let same = earlier.first(where: { $0.sha256 == stored.sha256 }), earlier.count == 1 { return same }
            guard try await CollectiveTrips.claim(trip, to: trip.currentState, now: now, on: db) else { throw TripError.conflict }
            for row in earlier {
                row.replacedAt = now
                try await row.update(on: db)
            }
            let row = TripPupilDocument(tripID: tripID, pupilID: pupilID, kind: kind, stored: stored, mediaType: type.mediaType,
                                        originalName: fileName, by: userID, now: now)
            try await row.create(on: db)
            return row
        }
    }
}
