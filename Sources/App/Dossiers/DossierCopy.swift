import DCEMCase
import DCEMRules
import FluentKit
import Foundation

/// Starts a new draft from an existing dossier (issue 3): a renewal of an issued DCEM, or the
/// application of a brother or sister. Each child keeps its own case; files are shared by hash,
/// never copied byte for byte.
struct DossierCopy: Sendable {
    enum Kind: String, Sendable {
        /// The same child, from a DCEM handed over: every answer carries over.
        case renewal
        /// Another child of the same family: the parents', the applicant's and the home's answers.
        case sibling
    }

    let store: DossierStore
    let now: @Sendable () -> Date

    /// Documents about the adults or the home, not the child: valid for a brother or sister too.
    static let familyDocuments: Set<DocumentCode> = [
        .applicantBirthCertificate, .applicantIdentity, .applicantResidencePermit, .addressProof, .mandataryIdentity,
        .parentResidencePermit, .eeaParentResidenceProof, .frenchNationalityProof,
    ]
    /// Civil-status records do not expire: a renewal keeps them. Everything else (proof of
    /// address under 3 months, photos under 6 months, permits) must be current, so is asked again.
    static let lastingDocuments: Set<DocumentCode> = [.filiation, .applicantBirthCertificate]

    /// What a renewal may start from: a DCEM that was handed over.
    static func mayRenew(_ dossier: Dossier) -> Bool { dossier.caseState == .delivered }

    /// What carries over to the new draft's answers.
    static func answers(from source: DossierAnswers, kind: Kind) -> DossierAnswers {
        switch kind {
        case .renewal:
            return source
        case .sibling:
            var answers = DossierAnswers()
            answers.parents = source.parents
            answers.applicant = source.applicant
            answers.address = source.address
            answers.foreignLanguage = source.foreignLanguage.filter { code, _ in
                DocumentCode(rawValue: code).map(familyDocuments.contains) ?? false
            }
            let from = source.situation
            var situation = SimulatorAnswers()
            situation.departement = from.departement
            situation.parentCount = from.parentCount
            situation.parent1 = from.parent1
            situation.parent2 = from.parent2
            situation.applicant = from.applicant
            situation.applicantParent = from.applicantParent
            situation.applicantEuropean = from.applicantEuropean
            answers.situation = situation
            return answers
        }
    }

    /// Whether a file of the source, in `slot` (a code, or a code's translation), goes to the new draft.
    static func keeps(slot: String, kind: Kind) -> Bool {
        let code = slot.split(separator: ".").first.flatMap { DocumentCode(rawValue: String($0)) }
        guard let code else { return false }
        return (kind == .renewal ? lastingDocuments : familyDocuments).contains(code)
    }

    /// The new draft, with its answers and files; or the untouched draft already started from the
    /// same source the same way (a double submit starts one draft, not two).
    func start(_ kind: Kind, from source: Dossier, by userID: UUID) async throws -> Dossier {
        try await begin(kind, from: source, by: userID).draft
    }

    /// `start`, telling whether the draft is new (`created`) or the one a first request started.
    func begin(_ kind: Kind, from source: Dossier, by userID: UUID) async throws -> (draft: Dossier, created: Bool) {
        guard source.caseState != .draft, kind == .sibling || Self.mayRenew(source) else { throw DossierError.cannotCopy }
        let now = self.now()
        let profile = SituationProfile(rawValue: source.profile) ?? .nonEuropeanParentWithPermit
        return try await store.database().transaction { db in
            let earlier = try await Dossier.query(on: db).filter(\.$userID == userID).filter(\.$sourceID == source.id!)
                .filter(\.$state == CaseState.draft.rawValue).filter(\.$version == 1).all()
            if let same = earlier.first(where: { ($0.childName == nil) == (kind == .sibling) }) { return (same, false) }
            let draft = try Dossier(userID: userID, profile: profile, answers: DossierAnswers(), now: now)
            try draft.setAnswers(Self.answers(from: source.decodedAnswers(), kind: kind))
            draft.sourceID = source.id
            try await draft.create(on: db)
            let files = try await store.documents(of: source.id!, on: db).filter { Self.keeps(slot: $0.slot, kind: kind) }
            for file in files {
                try await DossierDocument(dossierID: draft.id!, slot: file.slot, stored: StoredFile(sha256: file.sha256, size: file.size),
                                          mediaType: file.mediaType, originalName: file.originalName, takenOn: file.takenOn,
                                          afterFiling: false, now: now).create(on: db)
            }
            try await DossierEvent(dossierID: draft.id!, at: now, actor: .family, actorID: userID, kind: .created,
                                   details: [.profile: profile.rawValue, .from: source.reference ?? "", .kind: kind.rawValue,
                                             .documents: String(files.count)]).create(on: db)
            return (draft, true)
        }
    }
}
