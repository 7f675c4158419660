import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// Why a move of an issued DCEM was not made.
enum IssuedDocumentFailure: Error, Equatable {
    /// Not there, or not the reader's: the same answer, so ids can not be probed.
    case notFound
    /// The lifecycle forbids it now (`IssuedDocumentLifecycle.apply`).
    case lifecycle(IssuedDocumentError)
    /// Someone moved the document since the page was shown.
    case conflict
}

/// Every move of an issued DCEM, for the family's pages, the back office, the API and the
/// scheduler alike: the pure `IssuedDocumentLifecycle` decides, this applies — the version check,
/// the state change, the event in its case's history and the family's mail, in one transaction
/// (docs/states.md#the-issued-document).
struct IssuedDocumentRegistry: Sendable {
    let database: @Sendable () -> any Database
    let publicURL: String
    let now: @Sendable () -> Date

    /// The document `id` if `userID`'s family holds it; `.notFound` otherwise.
    func owned(_ id: UUID, by userID: UUID) async throws -> IssuedDocument {
        guard let document = try await IssuedDocument.query(on: database()).filter(\.$id == id).filter(\.$userID == userID).first() else {
            throw IssuedDocumentFailure.notFound
        }
        return document
    }

    /// The document `id` if it was issued by `prefecture`; `.notFound` otherwise.
    func issued(_ id: UUID, by prefecture: String) async throws -> IssuedDocument {
        guard let document = try await IssuedDocument.query(on: database()).filter(\.$id == id).filter(\.$prefecture == prefecture).first() else {
            throw IssuedDocumentFailure.notFound
        }
        return document
    }

    /// A family's documents, the newest first.
    func documents(of userID: UUID) async throws -> [IssuedDocument] {
        try await IssuedDocument.query(on: database()).filter(\.$userID == userID).sort(\.$deliveredAt, .descending).limit(100).all()
    }

    /// Today in the zone of the préfecture that issued it.
    func today(_ document: IssuedDocument) -> CivilDate {
        Self.zone(of: document).today(at: now())
    }

    static func zone(of document: IssuedDocument) -> Departement {
        Departement(code: document.prefecture) ?? .paris
    }

    /// Applies `action`. `expectedVersion`: the state version the actor saw; an older one is a
    /// conflict. `change` fills in what the move sets, given "today" in the préfecture's zone, and
    /// returns the event's details.
    @discardableResult
    /// `file`: what the move is given with (a proof, a police declaration), recorded with it.
    func perform(_ action: IssuedDocumentAction, on id: UUID, by party: ActingParty, expectedVersion: Int? = nil,
                 file: (IssuedDocumentUpload, IssuedDocumentFile.Purpose)? = nil,
                 change: @escaping @Sendable (IssuedDocument, CivilDate) throws -> [DossierEventDetail: String] = { _, _ in [:] })
        async throws -> IssuedDocument {
        let now = self.now()
        let publicURL = self.publicURL
        return try await database().transaction { db in
            guard let document = try await IssuedDocument.find(id, on: db) else { throw IssuedDocumentFailure.notFound }
            if let expectedVersion, expectedVersion != document.stateVersion { throw IssuedDocumentFailure.conflict }
            try await Self.move(document, action, by: party, now: now, publicURL: publicURL, on: db, change: change)
            if let (upload, purpose) = file {
                try await IssuedDocumentFile(documentID: id, purpose: purpose, upload: upload, by: party.id, now: now).create(on: db)
            }
            return document
        }
    }

    /// The move itself, inside the caller's transaction (a hand-over replacing the earlier document
    /// moves it in the hand-over's own transaction).
    static func move(_ document: IssuedDocument, _ action: IssuedDocumentAction, by party: ActingParty, now: Date, publicURL: String,
                     on db: any Database,
                     change: (IssuedDocument, CivilDate) throws -> [DossierEventDetail: String] = { _, _ in [:] }) async throws {
        let today = zone(of: document).today(at: now)
        let target: IssuedDocumentState
        switch IssuedDocumentLifecycle.apply(action, to: document.currentState, by: party.kind, context: context(of: document, today: today)) {
        case .success(let state): target = state
        case .failure(let error): throw IssuedDocumentFailure.lifecycle(error)
        }
        guard try await claim(document, to: target, today: today, on: db) else { throw IssuedDocumentFailure.conflict }
        var details = try change(document, today)
        details[.dcemNumber] = document.dcemNumber
        details[.state] = target.rawValue
        try await document.update(on: db)
        try await DossierEvent(dossierID: document.dossierID, at: now, actor: party.kind, actorID: party.id, kind: .issuedDocument(action),
                               details: details).create(on: db)
        // A replacement is the family's own new document: the hand-over told them.
        guard action != .replace, let userID = document.userID else { return }
        let until = document.observationsUntil.flatMap(CivilDate.init(iso:))
        try await MailWriter(publicURL: publicURL).send(
            DossierNotification(to: .account(userID), .documentChange(document: document.id!, number: document.dcemNumber, action: action,
                                                                     until: action == .openWithdrawal ? until : nil)),
            on: db, now: now)
    }

    /// What the lifecycle's date guards read. A document recorded without an end date (never
    /// written since the grant refuses one) is treated as ending at majority.
    static func context(of document: IssuedDocument, today: CivilDate) -> IssuedDocumentContext {
        let voidAfter = document.voidAfter.flatMap(CivilDate.init(iso:)) ?? CivilDate(year: 9999, month: 12, day: 31)!
        return IssuedDocumentContext(
            today: today, validUntil: document.validUntil.flatMap(CivilDate.init(iso:)) ?? voidAfter, voidAfter: voidAfter,
            observationsUntil: document.observationsUntil.flatMap(CivilDate.init(iso:)),
            observationsReceived: document.observationsReceivedOn != nil)
    }

    /// Moves the row only if nobody moved it since it was read: two instances (or an agent and the
    /// scheduler) never both apply a move.
    static func claim(_ document: IssuedDocument, to state: IssuedDocumentState, today: CivilDate, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase, let id = document.id else { return false }
        let rows = try await sql.update(IssuedDocument.schema)
            .set("state", to: state.rawValue)
            .set("state_version", to: document.stateVersion + 1)
            .set("state_changed_on", to: today.iso)
            .where("id", .equal, id)
            .where("state_version", .equal, document.stateVersion)
            .returning("id")
            .all()
        guard !rows.isEmpty else { return false }
        document.state = state.rawValue
        document.stateVersion += 1
        document.stateChangedOn = today.iso
        return true
    }

    // MARK: The moves

    /// The scheduler, the day after the validity end.
    func expire(_ id: UUID, expectedVersion: Int) async throws {
        try await perform(.expire, on: id, by: .scheduler, expectedVersion: expectedVersion) { _, today in [.on: today.iso] }
    }

    /// The scheduler, the day after the void-after date.
    func lapseAtMajority(_ id: UUID, expectedVersion: Int) async throws {
        try await perform(.lapseAtMajority, on: id, by: .scheduler, expectedVersion: expectedVersion) { document, today in
            document.lapseCause = LapseCause.majority.rawValue
            return [.on: today.iso, .cause: LapseCause.majority.rawValue]
        }
    }

    /// The family or an agent records a residence permit or French nationality, with its proof.
    func declareLapse(_ id: UUID, cause: LapseCause, proof: IssuedDocumentUpload?, by party: ActingParty, expectedVersion: Int?) async throws {
        try await perform(.declareLapse, on: id, by: party, expectedVersion: expectedVersion, file: proof.map { ($0, .lapseProof) }) { document, today in
            document.lapseCause = cause.rawValue
            return [.on: today.iso, .cause: cause.rawValue]
        }
    }

    /// An agent opens a withdrawal with its grounds; the family has the observation period from today.
    func openWithdrawal(_ id: UUID, grounds: [WithdrawalGround], by agent: UUID?, expectedVersion: Int?) async throws {
        try await perform(.openWithdrawal, on: id, by: .agent(agent), expectedVersion: expectedVersion) { document, today in
            let until = IssuedDocumentLifecycle.observationsUntil(notifiedOn: today)
            let codes = grounds.map(\.rawValue).joined(separator: ",")
            document.withdrawalGrounds = codes
            document.withdrawalNotifiedOn = today.iso
            document.observationsUntil = until.iso
            document.observationsReceivedOn = nil
            document.withdrawalReasons = nil
            return [.grounds: codes, .observationsUntil: until.iso]
        }
    }

    /// The family's observations on the withdrawal being considered: written to the case's
    /// history, with a file if given. No change of state; the agent may decide from now.
    func presentObservations(_ id: UUID, text: String, file: IssuedDocumentUpload?, by userID: UUID) async throws {
        let now = self.now()
        try await database().transaction { db in
            guard let document = try await IssuedDocument.query(on: db).filter(\.$id == id).filter(\.$userID == userID).first() else {
                throw IssuedDocumentFailure.notFound
            }
            guard document.currentState == .withdrawalPending else {
                throw IssuedDocumentFailure.lifecycle(.notAllowedFromState(.withdraw, document.currentState))
            }
            let today = Self.zone(of: document).today(at: now)
            document.observationsReceivedOn = today.iso
            try await document.update(on: db)
            try await DossierEvent(dossierID: document.dossierID, at: now, actor: .family, actorID: userID, kind: .withdrawalObservations,
                                   details: [.dcemNumber: document.dcemNumber, .message: text]).create(on: db)
            if let file {
                try await IssuedDocumentFile(documentID: id, purpose: .observations, upload: file, by: userID, now: now).create(on: db)
            }
        }
    }

    /// The agent withdraws with reasons (the decision letter gives them and the appeal routes).
    func withdraw(_ id: UUID, reasons: String, by agent: UUID?, expectedVersion: Int?) async throws {
        try await perform(.withdraw, on: id, by: .agent(agent), expectedVersion: expectedVersion) { document, today in
            document.withdrawalReasons = reasons
            return [.on: today.iso, .message: reasons]
        }
    }

    func closeWithdrawal(_ id: UUID, by agent: UUID?, expectedVersion: Int?) async throws {
        try await perform(.closeWithdrawal, on: id, by: .agent(agent), expectedVersion: expectedVersion) { _, today in [.on: today.iso] }
    }

    /// Lost or stolen: invalid at once, the police declaration kept.
    func reportMissing(_ id: UUID, stolen: Bool, declaration: IssuedDocumentUpload?, by party: ActingParty, expectedVersion: Int?) async throws {
        try await perform(stolen ? .reportStolen : .reportLost, on: id, by: party, expectedVersion: expectedVersion,
                          file: declaration.map { ($0, .policeDeclaration) }) { _, today in [.on: today.iso] }
    }

    /// The paper given back at the counter: a receipt number for the family.
    func recordReturn(_ id: UUID, by agent: UUID?, expectedVersion: Int?) async throws {
        try await perform(.recordReturn, on: id, by: .agent(agent), expectedVersion: expectedVersion) { document, today in
            let receipt = "R-\(document.dcemNumber)"
            document.returnReceipt = receipt
            return [.on: today.iso, .reference: receipt]
        }
    }

    /// Notes the case started to replace the document, for its page's link.
    func noteReplacement(_ id: UUID, dossier: UUID) async throws {
        guard let sql = database() as? any SQLDatabase else { return }
        try await sql.update(IssuedDocument.schema).set("replacement_dossier_id", to: dossier).where("id", .equal, id).run()
    }

    /// The files given with a move.
    func files(of id: UUID) async throws -> [IssuedDocumentFile] {
        try await IssuedDocumentFile.query(on: database()).filter(\.$issuedDocumentID == id).sort(\.$uploadedAt).all()
    }
}

/// A file already stored (`FileStorage`), to be recorded with a move.
struct IssuedDocumentUpload: Sendable {
    var stored: StoredFile
    var mediaType: String
    var fileName: String
}
