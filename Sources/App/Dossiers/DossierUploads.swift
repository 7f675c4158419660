import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// Where an uploaded file may go, and how it is kept and removed: the documents pages and the API
/// both go through here, so a slot, a photo date or a removal is judged the same way.
struct DossierUploads: Sendable {
    let store: DossierStore
    let files: any FileStorage
    let now: @Sendable () -> Date

    /// Why a file can not go where it was sent.
    enum Refusal: Error, Equatable {
        /// No such slot in this dossier now (not asked by the rules, nor by the préfecture).
        case noSuchSlot
        /// The dossier's state takes no files.
        case closed
        /// The two photos are there already.
        case photosComplete
    }

    /// Checks that `slotID` takes a file in `dossier` as it stands: a slot of the checklist or the
    /// photos, while a draft is filled or a case sent back is completed; or a document the
    /// préfecture asked for while it waits for documents.
    func checkSlot(_ slotID: String, in dossier: Dossier, today: CivilDate) async throws(Refusal) {
        let state = dossier.currentState
        guard DossierPolicy.family(.uploadChecklist, in: state) || DossierPolicy.family(.uploadRequested, in: state) else { throw .closed }
        let documents: [DossierDocument]
        do { documents = try await store.documents(of: dossier.id!) } catch { throw .closed }
        if slotID == photoSlot {
            guard DossierPolicy.family(.uploadChecklist, in: state) else { throw .closed }
            guard Self.replaceablePhotos(dossier, documents).count < DossierChecklist.photoCount else { throw .photosComplete }
            return
        }
        guard let slot = UploadSlot(id: slotID) else { throw .noSuchSlot }
        let inChecklist = store.checklist(dossier, documents: documents, today: today).slots.contains(slot)
        guard DossierPolicy.familyMayUpload(into: slot, inChecklist: inChecklist, requested: Self.requested(dossier), in: state) else { throw .noSuchSlot }
    }

    /// A document the préfecture asked for, while it waits for it.
    static func isRequested(_ slot: UploadSlot, in dossier: Dossier) -> Bool {
        DossierPolicy.isRequested(slot, requested: requested(dossier), in: dossier.currentState)
    }

    /// The documents the préfecture asked for (none when it asked for none).
    static func requested(_ dossier: Dossier) -> [DocumentCode] {
        dossier.decodedOutcome()?.request?.codes.compactMap(DocumentCode.init(rawValue:)) ?? []
    }

    /// The photos the family may still change: all of a draft's; once filed, only those added since.
    static func replaceablePhotos(_ dossier: Dossier, _ documents: [DossierDocument]) -> [DossierDocument] {
        documents.filter { $0.slot == photoSlot && dossier.mayRemove($0) }
    }

    /// Photos are pictures: JPEG or PNG, never a PDF (the préfecture prints them on the document).
    static func accepts(_ kind: UploadKind, in slot: String) -> Bool {
        !UploadSlot.holdsPhotos(slot) || kind == .jpeg || kind == .png
    }

    /// What is wrong with a photo's date, said as what to do; nil when it may be filed today (rule 14).
    static func photoDateProblem(_ taken: DateAnswer, today: CivilDate, text t: DossierText, format: SimulatorText) -> String? {
        let earliest = Deadlines.earliestPhotoDate(filedOn: today)
        guard let day = taken.civil else { return t.photoDateInvalid(format.format(earliest), format.format(today)) }
        // A photo cannot have been taken after today: the example is a day that can be typed.
        guard day <= today else { return t.photoDateInFuture(format.format(today)) }
        return day < earliest ? t.photoTooOld(format.format(earliest)) : nil
    }

    /// Records a file already in the store and its event in one transaction. When another write to
    /// the dossier came first (another tab, the next file of a double upload), the slot is checked
    /// again on the newest version and the file recorded there: a file never depends on another
    /// slot's, so only a slot no longer open (the photos complete, the dossier filed) refuses it.
    /// When no row is written, the file is left to the sweep of unreferenced files (`OrphanFiles`).
    @discardableResult
    func record(_ dossier: Dossier, slot: String, file: KeptFile, takenOn: String?,
                today: CivilDate, by userID: UUID, actor: ActingParty? = nil) async throws -> DossierDocument {
        let party = actor ?? .family(userID)
        let (stored, kind, fileName) = (file.stored, file.kind, file.fileName)
        var current = dossier
        for attempt in 1...DossierStore.attempts {
            let now = self.now()
            let document = DossierDocument(dossierID: current.id!, slot: slot, stored: stored, mediaType: kind.mediaType,
                                           originalName: fileName, takenOn: takenOn, afterFiling: current.currentState != .draft, now: now)
            do {
                try await store.database().transaction { [current] db in
                    guard try await DossierStore.claim(current, to: current.currentState, now: now, on: db) else { throw DossierError.conflict }
                    try await document.create(on: db)
                    try await DossierEvent(dossierID: current.id!, at: now, actor: party.kind, actorID: party.id, kind: .documentAdded,
                                           details: [.slot: slot, .sha256: stored.sha256, .size: String(stored.size)]).create(on: db)
                }
                return document
            } catch DossierError.conflict where attempt < DossierStore.attempts {
                guard let fresh = try await Dossier.find(current.id!, on: store.database()) else { throw DossierError.notFound }
                do {
                    try await checkSlot(slot, in: fresh, today: today)
                } catch .closed {
                    throw DossierError.notADraft
                } catch {
                    throw DossierError.conflict
                }
                current = fresh
            }
        }
        throw DossierError.conflict
    }

    /// Removes a file the family may still change: any of a draft's, or one added while completing
    /// a case sent back (what was filed stays: the préfecture examines it). The row stays, marked
    /// removed: the history keeps every version. `.notFound` when the dossier has no such file in
    /// force, `.notADraft` when the file or the dossier can no longer change.
    /// Another write that came first (another tab, an upload) is no reason to refuse: the removal
    /// is made again on the newest version.
    func remove(_ fileID: UUID, from dossier: Dossier, by userID: UUID, actor: ActingParty? = nil) async throws -> DossierDocument {
        var current = dossier
        for attempt in 1...DossierStore.attempts {
            do {
                return try await removeOnce(fileID, from: current, by: userID, actor: actor)
            } catch DossierError.conflict where attempt < DossierStore.attempts {
                guard let fresh = try await Dossier.find(dossier.id!, on: store.database()) else { throw DossierError.notFound }
                current = fresh
            }
        }
        throw DossierError.conflict
    }

    private func removeOnce(_ fileID: UUID, from dossier: Dossier, by userID: UUID, actor: ActingParty?) async throws -> DossierDocument {
        let party = actor ?? .family(userID)
        guard DossierPolicy.family(.removeFile, in: dossier.currentState) else { throw DossierError.notADraft }
        let now = self.now()
        return try await store.database().transaction { db in
            guard let document = try await DossierDocument.query(on: db).filter(\.$id == fileID).filter(\.$dossierID == dossier.id!)
                .filter(\.$removedAt == nil).first() else { throw DossierError.notFound }
            guard dossier.mayRemove(document) else { throw DossierError.notADraft }
            guard try await DossierStore.claim(dossier, to: dossier.currentState, now: now, on: db) else { throw DossierError.conflict }
            document.removedAt = now
            try await document.update(on: db)
            try await DossierEvent(dossierID: dossier.id!, at: now, actor: party.kind, actorID: party.id, kind: .documentRemoved,
                                   details: [.slot: document.slot, .sha256: document.sha256]).create(on: db)
            return document
        }
    }
}
