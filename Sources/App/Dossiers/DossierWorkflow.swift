import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// Who acts on a dossier: the history says who did what.
struct ActingParty: Sendable {
    let kind: DossierActor
    let id: UUID?

    static func family(_ id: UUID) -> ActingParty { ActingParty(kind: .family, id: id) }
    static func agent(_ id: UUID?) -> ActingParty { ActingParty(kind: .agent, id: id) }
    static let scheduler = ActingParty(kind: .scheduler, id: nil)
}

/// Every transition after filing, for the family's pages, the back office, the API and the
/// scheduler alike: the pure `Workflow` decides, this applies — the version check, the state
/// change, the event and the family's mail, in one transaction.
struct DossierWorkflow: Sendable {
    let store: DossierStore
    let publicURL: String
    let now: @Sendable () -> Date

    var mails: MailWriter { MailWriter(publicURL: publicURL) }

    /// Applies `action`. `expectedVersion`: the version the actor saw; an older one is a conflict.
    /// `change` fills in what the action sets (dates, the decision, the convocation), given "today"
    /// in the préfecture's zone, and returns the event's details.
    /// `effects` writes what else the action creates (records, other mails) in the same transaction.
    @discardableResult
    func perform(_ action: DossierAction, on id: UUID, by party: ActingParty, expectedVersion: Int? = nil,
                 change: @escaping @Sendable (Dossier, CivilDate) throws -> [DossierEventDetail: String] = { _, _ in [:] },
                 effects: (@Sendable (Dossier, CivilDate, any Database) async throws -> [DossierEventDetail: String])? = nil) async throws -> Dossier {
        let now = self.now()
        return try await store.database().transaction { db in
            guard let dossier = try await Dossier.find(id, on: db) else { throw DossierError.notFound }
            if let expectedVersion, expectedVersion != dossier.version { throw DossierError.conflict }
            let today = (dossier.competentDepartement ?? .paris).today(at: now)
            let context = dossier.transitionContext(today: today)
            let target: DossierState
            switch Workflow.apply(action, to: dossier.currentState, by: party.kind, context: context) {
            case .success(let state): target = state
            case .failure(let error): throw DossierError.workflow(error)
            }
            guard try await DossierStore.claim(dossier, to: target, now: now, on: db) else { throw DossierError.conflict }
            var details = try change(dossier, today)
            if let effects { details.merge(try await effects(dossier, today, db)) { _, new in new } }
            // A case that ends here (or is decided again) gets its purge day; any other has none.
            dossier.purgeOn = try await CaseRetention.purgeDay(dossier, today: today, on: db)?.iso
            try await dossier.update(on: db)
            try await DossierEvent(dossierID: id, at: now, actor: party.kind, actorID: party.id, kind: .action(action), details: details)
                .create(on: db)
            try await mails.send(DossierNotification(to: .account(dossier.userID),
                                                  .dossierUpdate(dossier: id, reference: dossier.reference ?? "", action: action)), on: db, now: now)
            return dossier
        }
    }

    static func setOutcome(_ dossier: Dossier, _ change: (inout DossierOutcome) -> Void) throws {
        var outcome = dossier.decodedOutcome() ?? DossierOutcome()
        change(&outcome)
        dossier.outcome = try JSONEncoder().encode(outcome)
    }

    // MARK: The family's actions

    /// Withdraws before any decision: the case is closed, its clock stops. `expectedVersion`: the
    /// version the family saw (the API sends it; the page's confirmation does not).
    func withdraw(_ id: UUID, by userID: UUID, expectedVersion: Int? = nil) async throws {
        try await perform(.withdraw, on: id, by: .family(userID), expectedVersion: expectedVersion) { dossier, _ in
            dossier.implicitRefusalOn = nil
            return [:]
        }
    }

    /// The family has added the documents asked: the clock runs again in full from today (rule 16).
    func answerRequest(_ id: UUID, by userID: UUID) async throws {
        try await perform(.answerRequest, on: id, by: .family(userID), change: { dossier, today in
            let filed = dossier.filedDay ?? today
            let silence = Deadlines.implicitRefusalDate(restartedOn: today, filedOn: filed)
            dossier.implicitRefusalOn = silence.iso
            dossier.answerReceivedOn = today.iso
            try Self.setOutcome(dossier) { $0.request?.answeredOn = today.iso }
            return [.implicitRefusalOn: silence.iso]
        }, effects: { dossier, _, db in
            // The answer carries what was asked, or it does not go (the transaction is undone).
            guard let request = dossier.decodedOutcome()?.request else { return [:] }
            let zone = dossier.competentDepartement ?? .paris
            let sent = try await DossierDocument.query(on: db).filter(\.$dossierID == id).filter(\.$afterFiling == true).all()
                .filter { zone.today(at: $0.uploadedAt).iso >= request.askedOn }.map(\.slot)
            let missing = DocumentRequestRules.missing(request.codes.compactMap(DocumentCode.init(rawValue:)), sentSinceRequest: sent)
            guard missing.isEmpty else { throw DossierError.requestNotAnswered(missing) }
            return [:]
        })
    }

    func requestPostponement(_ id: UUID, by userID: UUID, _ command: PostponementRequestCommand) async throws {
        try await perform(.requestPostponement, on: id, by: .family(userID)) { dossier, today in
            try Self.setOutcome(dossier) {
                $0.postponement = .init(reason: command.reason, proposedDates: command.details ?? "", availableFrom: command.availableFrom.iso,
                                        requestedOn: today.iso)
            }
            return [:]
        }
    }

    // MARK: The préfecture's actions (the back office calls these)

    func startInstruction(_ id: UUID, by agent: UUID?, expectedVersion: Int? = nil) async throws {
        try await perform(.startInstruction, on: id, by: .agent(agent), expectedVersion: expectedVersion) { dossier, today in
            dossier.instructionStartedOn = today.iso
            return [:]
        }
    }

    /// Asks for documents; the clock stops until the family answers (rule 16).
    func requestDocuments(_ id: UUID, by agent: UUID?, codes: [DocumentCode], why: String, replyBy: CivilDate,
                          expectedVersion: Int? = nil) async throws {
        try await perform(.requestDocuments, on: id, by: .agent(agent), expectedVersion: expectedVersion) { dossier, today in
            // A new request: the earlier answer has been read.
            dossier.answerReceivedOn = nil
            try Self.setOutcome(dossier) {
                $0.request = .init(codes: codes.map(\.rawValue), why: why, replyBy: replyBy.iso, askedOn: today.iso)
            }
            return [.codes: codes.map(\.rawValue).joined(separator: ","), .replyBy: replyBy.iso]
        }
    }

    /// Grants: eligibility judged on the filing date, validity and territory computed on the
    /// decision date (docs/law.md#which-day-counts), never a DCEM without an end date; a DCEM
    /// number; the child's foreigner number and account when it has none.
    func grant(_ id: UUID, by agent: UUID?, dcemNumber: String? = nil, expectedVersion: Int? = nil) async throws {
        try await perform(.grant, on: id, by: .agent(agent), expectedVersion: expectedVersion, change: { dossier, today in
            let terms: GrantTerms
            switch Self.assessment(dossier, today: today).grant(decidedOn: today) {
            case .success(let granted): terms = granted
            case .failure(let problem): throw DossierError.grant(problem)
            }
            dossier.decidedOn = today.iso
            dossier.implicitRefusalOn = nil
            try Self.setOutcome(dossier) {
                $0.decision = .granted
                $0.validFrom = terms.validity.issuedOn.iso
                $0.validUntil = terms.validity.expiresOn.iso
                $0.voidAfter = terms.validity.voidAfter.iso
                $0.territory = terms.territory.rawValue
                $0.refusalReasons = []
                $0.refusalText = nil
            }
            return [:]
        }, effects: { dossier, today, db in
            let departement = dossier.competentDepartement ?? .paris
            var number = dcemNumber ?? ""
            if number.isEmpty { number = try await Issuance.nextDCEMNumber(departement, year: today.year, on: db) }
            let foreigner = try await Issuance.childAccount(for: dossier, publicURL: publicURL, now: now(), on: db)
            try Self.setOutcome(dossier) {
                $0.dcemNumber = number
                $0.childForeignerNumber = foreigner
            }
            return [.dcemNumber: number]
        })
    }

    func refuse(_ id: UUID, by agent: UUID?, reasons: [RefusalReason], text: String?, expectedVersion: Int? = nil) async throws {
        try await perform(.refuse, on: id, by: .agent(agent), expectedVersion: expectedVersion) { dossier, today in
            dossier.decidedOn = today.iso
            dossier.implicitRefusalOn = nil
            try Self.setOutcome(dossier) {
                $0.decision = .refused
                $0.refusalReasons = reasons.map(\.rawValue)
                $0.refusalText = text
            }
            return [.reasons: reasons.map(\.rawValue).joined(separator: ",")]
        }
    }

    /// The fee of rule 1 at a hand-over on `day` (`DossierAssessment.feeDue`).
    static func feeDue(_ dossier: Dossier, on day: CivilDate) -> Fee {
        assessment(dossier, today: day).feeDue(handOverOn: day)
    }

    /// The rules applied to the case as of `today` (the decision date, the hand-over date).
    static func assessment(_ dossier: Dossier, today: CivilDate) -> DossierAssessment {
        DossierAssessment(answers: dossier.decodedAnswers(), filedOn: dossier.filedDay, today: today)
    }

    /// Writes the convocation: where, when, and the timbre fiscal due (or its exemption).
    static func convene(_ dossier: Dossier, place: String, day: CivilDate, time: String, today: CivilDate) throws {
        let fee = feeDue(dossier, on: day)
        try setOutcome(dossier) {
            $0.convocation = .init(place: place, day: day.iso, time: time, feeEUR: fee.amountEUR, exempt: fee.exempt, sentOn: today.iso)
        }
    }
}
