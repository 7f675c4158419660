import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// The préfecture's actions after the request for documents: resuming, the pick-up slot, the
/// postponement answers and the hand-over at the counter.
extension DossierWorkflow {
    /// The reply-by date passed without an answer: the file is examined as it stands, and the
    /// clock runs again in full from today (docs/law.md#rule-16).
    func resumeInstruction(_ id: UUID, by agent: UUID?, expectedVersion: Int? = nil) async throws {
        try await perform(.resumeInstruction, on: id, by: .agent(agent), expectedVersion: expectedVersion) { dossier, today in
            let silence = Deadlines.implicitRefusalDate(restartedOn: today, filedOn: dossier.filedDay ?? today)
            dossier.implicitRefusalOn = silence.iso
            return [.implicitRefusalOn: silence.iso]
        }
    }

    /// Books the first free slot of the préfecture's calendar on or after `from` and writes the convocation.
    static func bookAndConvene(_ dossier: Dossier, from: CivilDate, today: CivilDate, now: Date, on db: any Database) async throws -> [DossierEventDetail: String] {
        let prefecture = dossier.departement ?? Departement.paris.code
        let first = max(from, today.adding(days: 1))
        guard let calendar = try await PickupSlots.hours(for: prefecture, from: first, on: db) else {
            throw DossierError.noPickupCalendar
        }
        guard let slot = try await PickupSlots.book(dossier.id!, prefecture: prefecture, hours: calendar.hours, from: first,
                                                    now: now, on: db), let day = CivilDate(iso: slot.day) else {
            throw DossierError.noFreeSlot
        }
        try convene(dossier, place: calendar.place, day: day, time: slot.time, today: today)
        return [.day: slot.day, .time: slot.time]
    }

    /// The document is ready: the case takes the first free slot from `from` (tomorrow by default).
    func makeAvailable(_ id: UUID, by agent: UUID?, from: CivilDate? = nil, expectedVersion: Int? = nil) async throws {
        let instant = now()
        try await perform(.makeAvailable, on: id, by: .agent(agent), expectedVersion: expectedVersion, effects: { dossier, today, db in
            dossier.availableOn = today.iso
            return try await Self.bookAndConvene(dossier, from: from ?? today.adding(days: 1), today: today, now: instant, on: db)
        })
    }

    /// A new slot, from one of the days the family proposed; a new convocation is mailed.
    func acceptPostponement(_ id: UUID, by agent: UUID?, from: CivilDate, expectedVersion: Int? = nil) async throws {
        let instant = now()
        try await perform(.acceptPostponement, on: id, by: .agent(agent), expectedVersion: expectedVersion, change: { dossier, _ in
            try Self.setOutcome(dossier) { $0.postponement?.answer = .accepted }
            return [:]
        }, effects: { dossier, today, db in
            try await Self.bookAndConvene(dossier, from: from, today: today, now: instant, on: db)
        })
    }

    /// The first slot stands; the reason is shown to the family.
    func declinePostponement(_ id: UUID, by agent: UUID?, reason: String, expectedVersion: Int? = nil) async throws {
        try await perform(.declinePostponement, on: id, by: .agent(agent), expectedVersion: expectedVersion) { dossier, _ in
            try Self.setOutcome(dossier) {
                $0.postponement?.answer = .declined
                $0.postponement?.declinedReason = reason
            }
            return [:]
        }
    }

    /// The counter: the applicant and the child are there, the timbre fiscal covers the fee in
    /// force today (docs/law.md#which-day-counts: the hand-over date), or none is due. The issued
    /// DCEM is recorded.
    func handOver(_ id: UUID, by agent: UUID?, applicantPresent: Bool, childPresent: Bool, timbreNumber: String?, timbreAmountEUR: Int?,
                  expectedVersion: Int? = nil) async throws {
        let instant = now()
        try await perform(.handOver, on: id, by: .agent(agent), expectedVersion: expectedVersion, change: { dossier, today in
            let fee = Self.feeDue(dossier, on: today)
            if let problem = HandOver.problem(applicantPresent: applicantPresent, childPresent: childPresent, timbreNumber: timbreNumber,
                                              timbreAmountEUR: timbreAmountEUR, fee: fee) {
                throw DossierError.handOver(problem)
            }
            return fee.exempt ? [.exempt: "true"] : [.timbreAmountEUR: String(timbreAmountEUR ?? 0), .timbreNumber: timbreNumber ?? ""]
        }, effects: { dossier, today, db in
            let outcome = dossier.decodedOutcome()
            let fee = Self.feeDue(dossier, on: today)
            let issued = IssuedDocument()
            issued.id = UUID()
            issued.dossierID = dossier.id!
            issued.dcemNumber = outcome?.dcemNumber ?? ""
            issued.prefecture = dossier.departement ?? Departement.paris.code
            issued.holderName = dossier.childName ?? ""
            issued.foreignerNumber = outcome?.childForeignerNumber
            issued.validFrom = outcome?.validFrom ?? today.iso
            issued.validUntil = outcome?.validUntil
            issued.territory = outcome?.territory
            issued.deliveredOn = today.iso
            issued.deliveredAt = instant
            issued.exempt = fee.exempt
            issued.timbreNumber = fee.exempt ? nil : timbreNumber
            issued.timbreAmountEUR = fee.exempt ? nil : timbreAmountEUR
            issued.agentID = agent
            issued.state = IssuedDocumentState.valid.rawValue
            issued.stateVersion = 1
            issued.stateChangedOn = today.iso
            issued.userID = dossier.userID
            issued.holderBirthDate = dossier.decodedAnswers().situation.childBirth?.civil?.iso
            issued.voidAfter = outcome?.voidAfter
            try await issued.create(on: db)
            // A renewal or a replacement: the document it was started from is replaced, in this
            // transaction (docs/states.md#the-issued-document). A brother's or sister's case is
            // started from another child's: the same holder is checked.
            if let sourceID = dossier.sourceID,
               let earlier = try await IssuedDocument.query(on: db).filter(\.$dossierID == sourceID).first(),
               earlier.holderName == issued.holderName, earlier.holderBirthDate == issued.holderBirthDate,
               IssuedDocumentLifecycle.allowedActions(from: earlier.currentState, for: .agent).contains(.replace) {
                try await IssuedDocumentRegistry.move(earlier, .replace, by: .agent(agent), now: instant, publicURL: publicURL, on: db) { _, _ in
                    [.replacement: issued.dcemNumber]
                }
            }
            try await PickupSlots.release(dossier.id!, on: db)
            return [.dcemNumber: issued.dcemNumber]
        })
    }

    // MARK: The scheduler's actions (docs/states.md#agent-actions)

    /// Silence until the date: the case is refused implicitly, decided that day.
    func implicitRefusal(_ id: UUID, expectedVersion: Int? = nil) async throws {
        try await perform(.implicitRefusal, on: id, by: .scheduler, expectedVersion: expectedVersion) { dossier, today in
            dossier.decidedOn = today.iso
            return [.on: today.iso]
        }
    }

    /// Not collected within 3 months: the document is destroyed and its pick-up seat freed.
    func markUncollected(_ id: UUID, expectedVersion: Int? = nil) async throws {
        try await perform(.markUncollected, on: id, by: .scheduler, expectedVersion: expectedVersion, change: { _, today in [.on: today.iso] },
                          effects: { dossier, _, db in
            try await PickupSlots.release(dossier.id!, on: db)
            return [:]
        })
    }
}
