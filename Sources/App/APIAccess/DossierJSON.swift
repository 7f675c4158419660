import DCEMDossier
import DCEMRules
import Foundation

/// A dossier as the API shows it to its family: what the task list and the case pages show, as data.
struct DossierJSON: Encodable, Sendable {
    struct Summary: Encodable, Sendable {
        let id: String
        let state: String
        let version: Int
        let reference: String?
        let childName: String?
        let filedOn: String?
        let createdAt: Date
    }

    struct Answers: Encodable, Sendable {
        struct Child: Encodable, Sendable {
            let surname, givenNames, sex, birthPlace, birthCountry, nationality, passportNumber: String
            let passportExpires: String?
        }
        struct Parent: Encodable, Sendable {
            let surname, givenNames, nationality: String
            let birthDate: String?
        }
        let child: Child?
        let parents: [Parent]
        let applicant: ApplicantDetails?
        let address: PostalAddress?
        /// By question id; dates as ISO days.
        let situation: [String: String]
        /// Civil-status documents in a foreign language (then a sworn translation is asked).
        let foreignLanguage: [String: Bool]
    }

    struct Eligibility: Encodable, Sendable {
        let outcome: String
        let grounds: [String]
    }

    struct Document: Encodable, Sendable {
        let id: String
        let slot: String
        let fileName: String
        let mediaType: String
        let size: Int
        let sha256: String
        let uploadedAt: Date
        let takenOn: String?
        let afterFiling: Bool
        let verdict: String?
        let verdictReason: String?

        init(_ document: DossierDocument) {
            id = document.id!.uuidString.lowercased()
            slot = document.slot
            fileName = document.originalName
            mediaType = document.mediaType
            size = document.size
            sha256 = document.sha256
            uploadedAt = document.uploadedAt
            takenOn = document.takenOn
            afterFiling = document.afterFiling
            verdict = document.verdict
            verdictReason = document.verdictReason
        }
    }

    struct Slot: Encodable, Sendable {
        let id: String
        let label: String
        let documents: [Document]
    }

    struct Event: Encodable, Sendable {
        let at: Date
        let actor: String
        let action: String
        let details: [String: String]
    }

    let id: String
    let state: String
    let version: Int
    let profile: String
    let reference: String?
    let filedOn: String?
    let implicitRefusalOn: String?
    let createdAt: Date
    let updatedAt: Date
    let answers: Answers
    /// Each section's state on the task list, by API name.
    let sections: [String: String]
    /// The rules' answer, once every relevant question is answered.
    let eligibility: Eligibility?
    let slots: [Slot]
    let events: [Event]
    /// The préfecture's side once it acts: documents asked, decision, convocation, postponement.
    let outcome: DossierOutcome?
    /// Every change of the implicit-refusal date with its reason, as the case page shows them.
    let implicitRefusalChanges: [ImplicitRefusalChangeJSON]

    struct ImplicitRefusalChangeJSON: Encodable, Sendable {
        let reason: String
        let on: String
        let implicitRefusalOn: String?
        let replyBy: String?
    }

    init(_ dossier: Dossier, documents: [DossierDocument], events: [DossierEvent], checklist: DossierChecklist, language: Language) {
        let answers = dossier.decodedAnswers()
        id = dossier.id!.uuidString.lowercased()
        state = dossier.state
        version = dossier.version
        profile = dossier.profile
        reference = dossier.reference
        filedOn = dossier.filedOn
        implicitRefusalOn = dossier.implicitRefusalOn
        createdAt = dossier.createdAt
        updatedAt = dossier.updatedAt
        self.answers = Answers(
            child: answers.child.map { Answers.Child(surname: $0.surname, givenNames: $0.givenNames, sex: $0.sex, birthPlace: $0.birthPlace,
                                                     birthCountry: $0.birthCountry, nationality: $0.nationality, passportNumber: $0.passportNumber,
                                                     passportExpires: APIBody.iso($0.passportExpires)) },
            parents: answers.parents.map { Answers.Parent(surname: $0.surname, givenNames: $0.givenNames, nationality: $0.nationality,
                                                          birthDate: APIBody.iso($0.birthDate)) },
            applicant: answers.applicant, address: answers.address,
            situation: DossierSituationAnswers.shown(checklist), foreignLanguage: answers.foreignLanguage)
        var sections: [String: String] = [:]
        for section in DossierSection.allCases where section != .check { sections[section.apiName] = checklist.status(section).rawValue }
        self.sections = sections
        eligibility = checklist.evaluation.map { Eligibility(outcome: $0.outcome.rawValue, grounds: $0.grounds.map(\.rawValue)) }
        var slots = checklist.slots.map { slot in
            Slot(id: slot.id, label: DossierFormat.slotLabel(PageContext(language: language, path: ""), slot),
                 documents: documents.filter { $0.slot == slot.id }.map(Document.init))
        }
        slots.append(Slot(id: photoSlot, label: language.catalog.dossier.sectionTitle(.photos),
                          documents: documents.filter { $0.slot == photoSlot }.map(Document.init)))
        // Files outside today's slots (asked by the préfecture, or a slot the answers no longer need) are still shown.
        let listed = Set(slots.map(\.id))
        for slotID in Set(documents.map(\.slot)).subtracting(listed).sorted() {
            let label = UploadSlot(id: slotID).map { DossierFormat.slotLabel(PageContext(language: language, path: ""), $0) } ?? slotID
            slots.append(Slot(id: slotID, label: label, documents: documents.filter { $0.slot == slotID }.map(Document.init)))
        }
        self.slots = slots
        self.events = events.map { Event(at: $0.at, actor: $0.actor, action: $0.action, details: $0.decodedDetails) }
        // Refusal reasons are stored as codes; the API gives their sentences, as it did when the
        // sentences were stored, now in the reader's language.
        outcome = dossier.decodedOutcome().map { stored in
            var shown = stored
            shown.refusalReasons = stored.storedRefusalReasons.map { $0.label(language.catalog) }
            return shown
        }
        implicitRefusalChanges = ImplicitRefusalChanges.of(events, in: dossier.competentDepartement ?? .paris).map {
            ImplicitRefusalChangeJSON(reason: $0.reason.rawValue, on: $0.on.iso, implicitRefusalOn: $0.implicitRefusalOn?.iso, replyBy: $0.replyBy?.iso)
        }
    }

    static func summary(_ dossier: DossierListing) -> Summary {
        Summary(id: dossier.id.uuidString.lowercased(), state: dossier.state, version: dossier.version, reference: dossier.reference,
                childName: dossier.childName, filedOn: dossier.filedOn, createdAt: dossier.createdAt)
    }

    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return Array((try? encoder.encode(value)) ?? Data("{}".utf8))
    }
}
