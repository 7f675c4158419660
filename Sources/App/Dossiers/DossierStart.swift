import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// Starting an application: which document, which situation profile, who applies. The
/// start page and the API read the same fields through `check`, and create the draft through `start`.
enum DossierStart {
    struct Choice: Sendable, Equatable {
        let profile: SituationProfile
        let role: ApplicantAnswer
    }

    /// The start's first page sends this step with the profile alone (docs/pages.md#start).
    static let stepField = "etape"
    static let situationStep = "situation"

    /// The first page's answer: the profile, or the error to show.
    static func checkSituation(_ form: FormFields, text t: DossierText) -> Result<SituationProfile, DossierFieldErrors> {
        guard let profile = form["profile"].flatMap(SituationProfile.init(rawValue:)) else {
            return .failure(DossierFieldErrors(errors: [FieldError(fieldID: "profile", message: t.profileMissing)]))
        }
        return .success(profile)
    }

    /// The choice, or the errors in the order of the fields (`document`, `profile`, `role`).
    static func check(_ form: FormFields, text t: DossierText) -> Result<Choice, DossierFieldErrors> {
        var errors: [FieldError] = []
        let profile = form["profile"].flatMap(SituationProfile.init(rawValue:))
        let role = form["role"].flatMap(ApplicantAnswer.init(rawValue:))
        if form["document"] != "dcem" { errors.append(FieldError(fieldID: "document", message: t.documentQuestion)) }
        if profile == nil { errors.append(FieldError(fieldID: "profile", message: t.profileMissing)) }
        if role == nil { errors.append(FieldError(fieldID: "role", message: t.roleMissing)) }
        // A legal person's representative applies as such, and only as such: the two answers agree.
        if let profile, let role, (profile == .legalPersonRepresentative) != (role == .legalPersonRepresentative) {
            errors.append(FieldError(fieldID: "role", message: t.roleContradicts))
        }
        guard let profile, let role, errors.isEmpty else { return .failure(DossierFieldErrors(errors: errors)) }
        return .success(Choice(profile: profile, role: role))
    }

    /// Creates the member's draft and its first event in one transaction; `situation`: the
    /// simulator's answers, carried over when the family starts from its result.
    static func start(_ choice: Choice, userID: UUID, situation: SituationAnswers? = nil, store: DossierStore, now: Date) async throws -> Dossier {
        try await store.database().transaction { db in
            try await create(choice, userID: userID, actor: .family, actorID: userID, assisted: false, situation: situation, now: now, on: db)
        }
    }

    /// Creates a draft and its first event in the caller's transaction: by the family, or by an
    /// agent at the counter (`assisted`, rule 19).
    static func create(_ choice: Choice, userID: UUID, actor: DossierActor, actorID: UUID, assisted: Bool, situation: SituationAnswers? = nil,
                       now: Date, on db: any Database) async throws -> Dossier {
        var answers = DossierAnswers()
        if let situation { answers.situation = situation }
        // The role chosen on the start page wins over the simulator's.
        answers.situation.applicant = choice.role
        let dossier = try Dossier(userID: userID, profile: choice.profile, answers: answers, now: now)
        dossier.assisted = assisted
        var details: [DossierEventDetail: String] = [.profile: choice.profile.rawValue]
        if assisted { details[.assisted] = "true" }
        try await dossier.create(on: db)
        try await DossierEvent(dossierID: dossier.id!, at: now, actor: actor, actorID: actorID,
                               kind: .created, details: details).create(on: db)
        return dossier
    }
}

/// Field errors as a value a `Result` can carry.
struct DossierFieldErrors: Error, Sendable, Equatable {
    let errors: [FieldError]
}
