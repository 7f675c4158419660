import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// One application for one child: a draft while the family fills it in, then the case the
/// préfecture instructs. "Dossier" is what both sides call it.
///
/// The answers are one JSON document (`DossierAnswers`): the questions change with the law more
/// often than the columns should. What the queue and the deadlines need is in columns.
final class Dossier: Model, @unchecked Sendable {
    static let schema = "dossiers"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    /// A `DossierState` code.
    @Field(key: "state") var state: String
    /// Bumped by every change: an action sent against an older version is refused
    /// (docs/states.md#concurrency).
    @Field(key: "version") var version: Int
    /// The situation profile chosen at the start (`SituationProfile`).
    @Field(key: "profile") var profile: String
    @Field(key: "answers") var answers: Data
    /// The département of the child's home, once the address is given: the competent préfecture.
    @OptionalField(key: "departement") var departement: String?
    /// The child's name, for lists (the answers hold the detail).
    @OptionalField(key: "child_name") var childName: String?
    @OptionalField(key: "reference") var reference: String?
    @OptionalField(key: "filed_at") var filedAt: Date?
    /// The filing day in the préfecture's zone, ISO (docs/law.md#which-day-counts).
    @OptionalField(key: "filed_on") var filedOn: String?
    /// While undecided: the day silence becomes a refusal (rules 2 and 16).
    @OptionalField(key: "implicit_refusal_on") var implicitRefusalOn: String?
    /// Filed at the counter by an agent (rule 19).
    @Field(key: "assisted") var assisted: Bool
    /// The dossier this one was started from (renewal, brother or sister).
    @OptionalField(key: "source_id") var sourceID: UUID?
    /// The agent the case is assigned to, if any (docs/states.md#assignment): a marker, not a lock.
    @OptionalField(key: "assigned_agent_id") var assignedAgentID: UUID?
    /// Step dates the family sees (ISO days).
    @OptionalField(key: "instruction_started_on") var instructionStartedOn: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalField(key: "available_on") var availableOn: String?
    /// The decision and what follows it, as JSON (`DossierOutcome`), written by the préfecture's side.
    @OptionalField(key: "outcome") var outcome: Data?
    /// The back office's queue column, set at filing (`QueueColumns`).
    @OptionalField(key: "grounds") var grounds: String?
    /// The day the family answered the pending request for documents (ISO), until the next
    /// request: under examination, the queue's "answer received" (docs/pages.md#the-queue).
    @OptionalField(key: "answer_received_on") var answerReceivedOn: String?
    /// Once the case is over: the day it is purged (docs/law.md#retention), ISO; set by the workflow.
    @OptionalField(key: "purge_on") var purgeOn: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(id: UUID = UUID(), userID: UUID, profile: SituationProfile, answers: DossierAnswers, now: Date) throws {
        self.id = id
        self.userID = userID
        self.state = DossierState.draft.rawValue
        self.version = 1
        self.profile = profile.rawValue
        self.answers = try StoredAnswers.encode(answers)
        self.assisted = false
        self.createdAt = now
        self.updatedAt = now
    }

    var currentState: DossierState { DossierState(rawValue: state) ?? .draft }

    /// The family fills in a draft, and corrects or completes the case while the préfecture
    /// waits for documents (`DossierPolicy`); never otherwise.
    var familyMayEdit: Bool { DossierPolicy.family(.editAnswers, in: currentState) }

    /// Any file of a draft; once filed, only a file added while completing the case (`DossierPolicy`).
    func mayRemove(_ document: DossierDocument) -> Bool {
        DossierPolicy.familyMayRemove(addedAfterFiling: document.afterFiling, in: currentState)
    }

    /// The answers, or `UnreadableAnswers` when the stored blob does not decode: a case whose
    /// answers can not be read is not opened, rather than shown (and saved) empty.
    func readAnswers() throws -> DossierAnswers {
        try StoredAnswers.decode(answers, dossier: id)
    }

    /// The answers of a case already opened: the store refuses to open one whose answers do not
    /// decode (`DossierStore.opened`), and refuses to save over them (`saveAnswers`), so the empty
    /// answers here are never shown for a case that has some, nor written back.
    func decodedAnswers() -> DossierAnswers {
        (try? readAnswers()) ?? DossierAnswers()
    }

    func setAnswers(_ value: DossierAnswers) throws {
        answers = try StoredAnswers.encode(value)
        // Filed, the case stays with the préfecture it was filed with: a corrected address
        // does not move it to another one's queue.
        if currentState == .draft { departement = value.address?.departement }
        childName = value.child.map { "\($0.givenNames) \($0.surname)" }
    }

    var competentDepartement: Departement? { departement.flatMap(Departement.init(code:)) }
    var filedDay: CivilDate? { filedOn.flatMap(CivilDate.init(iso:)) }
    var implicitRefusalDay: CivilDate? { implicitRefusalOn.flatMap(CivilDate.init(iso:)) }
    /// What the workflow's date guards read (`Workflow.apply`), as of `today`.
    func transitionContext(today: CivilDate) -> TransitionContext {
        TransitionContext(today: today, replyBy: decodedOutcome()?.request.flatMap { CivilDate(iso: $0.replyBy) },
                          implicitRefusalOn: implicitRefusalDay, firstAvailableOn: availableOn.flatMap(CivilDate.init(iso:)), assisted: assisted)
    }

    /// The last day the document can be collected, once it was made available (docs/law.md#rule-13).
    var lastCollectionDay: CivilDate? { availableOn.flatMap(CivilDate.init(iso:)).map(Deadlines.lastCollectionDay(availableOn:)) }

    func decodedOutcome() -> DossierOutcome? {
        outcome.flatMap { try? JSONDecoder().decode(DossierOutcome.self, from: $0) }
    }
}
