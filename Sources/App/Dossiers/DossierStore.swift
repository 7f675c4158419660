import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// Why an action on a dossier was refused: each case answers a clear 4xx, never a 500.
enum DossierError: Error, Equatable {
    /// Not there, or not the member's: the same answer, so ids can not be probed.
    case notFound
    /// The workflow forbids it now.
    case workflow(WorkflowError)
    /// An answer to a request for documents sent without them (`DocumentRequestRules.missing`).
    case requestNotAnswered([DocumentCode])
    /// Someone changed the dossier since the page was shown (docs/states.md#concurrency).
    case conflict
    /// Only a draft's answers can change.
    case notADraft
    /// Messages start once the dossier is filed.
    case notFiled
    /// A renewal starts from a DCEM handed over; a brother's or sister's from a filed case.
    case cannotCopy
    /// The préfecture has not set its pick-up hours yet.
    case noPickupCalendar
    /// Every slot of the horizon is full.
    case noFreeSlot
    case handOver(HandOverProblem)
    /// No lawful DCEM could be written (`DossierAssessment.grant`).
    case grant(GrantProblem)
}

/// Reads and writes dossiers. Every change bumps the version and appends an event in the same
/// transaction; notifications go to the outbox in that transaction too.
struct DossierStore: Sendable {
    let database: @Sendable () -> any Database

    /// The member's dossier, or `.notFound` — also for another member's id. `UnreadableAnswers`
    /// when its answers do not decode: such a case is not opened (`opened`).
    func owned(_ id: UUID, by userID: UUID, on db: (any Database)? = nil) async throws -> Dossier {
        guard let dossier = try await Dossier.query(on: db ?? database()).filter(\.$id == id).filter(\.$userID == userID).first() else {
            throw DossierError.notFound
        }
        return try Self.opened(dossier)
    }

    /// `dossier` if its answers decode; otherwise `UnreadableAnswers`, and no page shows it with
    /// empty answers that a save would then write over the stored ones.
    static func opened(_ dossier: Dossier) throws -> Dossier {
        _ = try dossier.readAnswers()
        return dossier
    }

    func list(for userID: UUID) async throws -> [DossierListing] {
        try await DossierListing.all(of: userID, on: database())
    }

    /// The files currently in the dossier (removed ones left out), oldest first.
    func documents(of dossierID: UUID, on db: (any Database)? = nil) async throws -> [DossierDocument] {
        try await DossierDocument.query(on: db ?? database()).filter(\.$dossierID == dossierID).filter(\.$removedAt == nil)
            .sort(\.$uploadedAt).all()
    }

    /// One file of the dossier, removed or not (every version stays readable); nil for another dossier's.
    func document(_ id: UUID, of dossierID: UUID) async throws -> DossierDocument? {
        try await DossierDocument.query(on: database()).filter(\.$id == id).filter(\.$dossierID == dossierID).first()
    }

    func events(of dossierID: UUID) async throws -> [DossierEvent] {
        try await DossierEvent.query(on: database()).filter(\.$dossierID == dossierID).sort(\.$at).sort(\.$seq).all()
    }

    /// The names of the agents a history names (who acted, who the case was assigned to).
    func agentNames(in events: [DossierEvent]) async throws -> [UUID: String] {
        let ids = DossierHistoryLine.agentIDs(events)
        guard !ids.isEmpty else { return [:] }
        let agents = try await Agent.query(on: database()).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(agents.compactMap { agent in agent.id.map { ($0, agent.name) } }, uniquingKeysWith: { first, _ in first })
    }

    func messageCount(of dossierID: UUID) async throws -> Int {
        try await DossierMessage.query(on: database()).filter(\.$dossierID == dossierID).count()
    }

    /// When the préfecture last wrote, if the family has not written since: a message to read and
    /// maybe answer. A family message of the same instant counts as an answer.
    func unansweredPrefectureMessage(of dossierID: UUID) async throws -> Date? {
        func latest(_ author: DossierActor) async throws -> Date? {
            try await DossierMessage.query(on: database()).filter(\.$dossierID == dossierID).filter(\.$author == author.rawValue)
                .sort(\.$at, .descending).first()?.at
        }
        guard let wrote = try await latest(.agent) else { return nil }
        if let answered = try await latest(.family), answered >= wrote { return nil }
        return wrote
    }

    func checklist(_ dossier: Dossier, documents: [DossierDocument], today: CivilDate) -> DossierChecklist {
        DossierChecklist(answers: dossier.decodedAnswers(), files: Self.files(documents), today: today)
    }

    /// The rules applied to the case once for a request: the checklist, eligibility on the filing
    /// date and today, the warnings.
    func assessment(_ dossier: Dossier, documents: [DossierDocument], today: CivilDate) -> DossierAssessment {
        DossierAssessment(answers: dossier.decodedAnswers(), files: Self.files(documents), filedOn: dossier.filedDay, today: today)
    }

    static func files(_ documents: [DossierDocument]) -> [(slot: String, takenOn: CivilDate?)] {
        documents.map { ($0.slot, $0.takenOn.flatMap(CivilDate.init(iso:))) }
    }

    /// Takes the dossier from `state` at `version` to the next version, or answers false when it
    /// is no longer there: the one conditional write that makes double submits and concurrent
    /// agents safe on SQLite and PostgreSQL alike.
    static func claim(_ dossier: Dossier, to newState: DossierState, now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase, let id = dossier.id else { return false }
        let rows = try await sql.update(Dossier.schema)
            .set("state", to: newState.rawValue)
            .set("version", to: dossier.version + 1)
            .set("updated_at", to: now)
            .where("id", .equal, id)
            .where("state", .equal, dossier.state)
            .where("version", .equal, dossier.version)
            .returning("id")
            .all()
        guard !rows.isEmpty else { return false }
        dossier.state = newState.rawValue
        dossier.version += 1
        dossier.updatedAt = now
        return true
    }

    /// Deletes a draft with its answers, its files' records and its history: the family's choice
    /// while nothing was sent (docs/states.md#family-actions). The stored files go with the sweep
    /// once no record refers to them. A draft filed meanwhile (another tab) is not deleted.
    func deleteDraft(_ id: UUID, by userID: UUID) async throws {
        try await database().transaction { db in
            let dossier = try await self.owned(id, by: userID, on: db)
            guard DossierPolicy.family(.deleteDraft, in: dossier.currentState) else { throw DossierError.notADraft }
            try await DossierDocument.query(on: db).filter(\.$dossierID == id).delete()
            try await DossierEvent.query(on: db).filter(\.$dossierID == id).delete()
            guard let sql = db as? any SQLDatabase else { return }
            try await sql.delete(from: SearchWords.schema).where("dossier_id", .equal, id).run()
            let rows = try await sql.delete(from: Dossier.schema).where("id", .equal, id).where("state", .equal, DossierState.draft.rawValue)
                .where("version", .equal, dossier.version).returning("id").all()
            guard !rows.isEmpty else { throw DossierError.conflict }
        }
    }

    /// Saves the answers of a draft, or of a case the préfecture sent back (version bumped,
    /// event written; a correction after filing is recorded as such).
    /// `actor`: who typed them — the family, or an agent filing at the counter (rule 19).
    func saveAnswers(_ dossier: Dossier, _ answers: DossierAnswers, userID: UUID, now: Date, what: String, actor: ActingParty? = nil) async throws {
        let party = actor ?? .family(userID)
        guard dossier.familyMayEdit else { throw DossierError.notADraft }
        // The version claim below makes these the stored answers: unreadable, they are never replaced.
        _ = try dossier.readAnswers()
        let state = dossier.currentState
        try await database().transaction { db in
            guard try await Self.claim(dossier, to: state, now: now, on: db) else { throw DossierError.conflict }
            try dossier.setAnswers(answers)
            try await dossier.update(on: db)
            // Corrected names are found by the queue's search as the filed ones were.
            if state != .draft { try await SearchWords.replace(for: dossier, on: db) }
            try await DossierEvent(dossierID: dossier.id!, at: now, actor: party.kind, actorID: party.id,
                                   kind: state == .draft ? .answersSaved : .answersCorrected, details: [.section: what]).create(on: db)
        }
    }

    /// How many times a write to a draft is tried when other writes to it keep coming first.
    static let attempts = 16

    /// Saves a draft's answers, `answers` being the dossier's own with one part changed. When the
    /// draft changed meanwhile (another tab, a double click, an upload, a script), the change is
    /// made again on the newest version: the parts this save changed are taken over what the
    /// other write left, so two saves of different sections both hold, and of two saves of the same
    /// part the one sent last wins. `.conflict` when the draft kept changing `attempts` times.
    func saveLatest(_ dossier: Dossier, _ answers: DossierAnswers, userID: UUID, now: Date, what: String, actor: ActingParty? = nil) async throws {
        let base = try dossier.readAnswers()
        var current = dossier
        for attempt in 1...Self.attempts {
            do {
                try await saveAnswers(current, attempt == 1 ? answers : current.readAnswers().applying(answers, changedFrom: base),
                                      userID: userID, now: now, what: what, actor: actor)
                return
            } catch DossierError.conflict where attempt < Self.attempts {
                current = try await owned(dossier.id!, by: userID)
            }
        }
        throw DossierError.conflict
    }

    /// The next serial of a département's year: the counter row is created if missing (ignoring
    /// a concurrent creation), then incremented by one conditional write.
    static func nextSerial(_ departement: Departement, year: Int, on db: any Database) async throws -> Int {
        try await nextValue("\(departement.code)-\(year)", on: db)
    }

    /// The next value of a named counter, safe under concurrent writers on both databases.
    static func nextValue(_ key: String, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw DossierError.conflict }
        try await sql.insert(into: ReferenceCounter.schema)
            .columns("id", "last_serial")
            .values(SQLBind(key), SQLBind(0))
            .ignoringConflicts(with: "id")
            .run()
        let rows = try await sql.update(ReferenceCounter.schema)
            .set("last_serial", to: SQLRaw("last_serial + 1"))
            .where("id", .equal, key)
            .returning("last_serial")
            .all()
        guard let row = rows.first else { throw DossierError.conflict }
        return try row.decode(column: "last_serial", as: Int.self)
    }
}
