import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import NIOCore

/// A development seed (docs/architecture.md#environments): families with cases in every state,
/// pick-up hours for the demo préfectures, so a newcomer can try both sides at once. Everything
/// goes through the services the pages use — the same forms, rules, filing and workflow — so the
/// cases are real ones. Addresses are marked as examples (docs/law.md#prefecture-directory).
struct DemoSeed {
    let database: @Sendable () -> any Database
    let files: any FileStorage
    let hasher: PasswordHasher
    let publicURL: String
    let now: @Sendable () -> Date

    struct Login: Equatable, Sendable {
        var role: String
        var email: String
        var password: String
        var prefecture: String?
        /// An agent's one-time code key (base32), for an authenticator app.
        var codeKey: String? = nil
    }

    static let familyPassword = "demo-famille-2026"
    static let agentPassword = "demo-agent-2026"
    static let prefectures = ["75", "69"]

    var store: DossierStore { DossierStore(database: database) }
    var workflow: DossierWorkflow { DossierWorkflow(store: store, publicURL: publicURL, now: now) }

    /// Seeds once: a second run finds the families and only prints the logins again.
    func run() async throws -> [Login] {
        var logins: [Login] = []
        for (index, prefecture) in Self.prefectures.enumerated() {
            let email = "famille\(index + 1)@demo.dcem.example"
            logins.append(Login(role: "family", email: email, password: Self.familyPassword, prefecture: prefecture))
            for role in AgentRole.allCases {
                logins.append(try await agent(role, prefecture: prefecture))
            }
            guard try await User.query(on: database()).filter(\.$email == email).first() == nil else { continue }
            try await seedCalendar(prefecture)
            let user = try await family(email)
            try await seedDossiers(for: user, prefecture: prefecture, all: index == 0)
        }
        return logins
    }

    /// A demo agent with a known password and a one-time code already set up (its key printed).
    func agent(_ role: AgentRole, prefecture: String) async throws -> Login {
        let email = "\(role.rawValue).\(prefecture.lowercased())@demo.dcem.example"
        if let existing = try await Agent.query(on: database()).filter(\.$email == email).first() {
            return Login(role: role.rawValue, email: email, password: Self.agentPassword, prefecture: prefecture, codeKey: existing.totpSecret)
        }
        let created = try await AgentAccounts.create(prefecture: prefecture, email: email, name: role == .supervisor ? "Superviseur démo" : "Agent démo",
                                                     role: role.rawValue, hasher: hasher, now: now(), on: database())
        guard let agent = try await Agent.find(created.id, on: database()) else { throw DossierError.notFound }
        agent.passwordHash = try await hasher.hash(Self.agentPassword)
        agent.mustChangePassword = false
        agent.totpSecret = AgentTOTP.newSecret()
        agent.totpConfirmedAt = now()
        try await agent.update(on: database())
        return Login(role: role.rawValue, email: email, password: Self.agentPassword, prefecture: prefecture, codeKey: agent.totpSecret)
    }

    func family(_ email: String) async throws -> User {
        let user = User(email: email, language: "fr", now: now())
        user.passwordHash = try await hasher.hash(Self.familyPassword)
        try await user.create(on: database())
        return user
    }

    func seedCalendar(_ prefecture: String) async throws {
        guard try await PickupSlots.calendar(for: prefecture, on: database()) == nil, let departement = Departement(code: prefecture) else { return }
        let hours = PickupHours(weekdays: [1, 2, 4], opens: 9 * 60, closes: 12 * 60, slotMinutes: 30, capacity: 4)
        try await PickupCalendar(prefecture: prefecture, hours: hours,
                                 place: "\(departement.serviceName), guichet des titres, \(departement.chefLieu) (adresse d’exemple)",
                                 now: now()).create(on: database())
    }

    /// One case per state for the first family; one filed case for the others.
    func seedDossiers(for user: User, prefecture: String, all: Bool) async throws {
        let children = ["Yasmine", "Sami", "Nour", "Adam", "Lina", "Ilyes", "Maya", "Rayan", "Inès", "Zakaria", "Sara"]
        let targets: [DossierState] = all
            ? [.draft, .filed, .underInstruction, .awaitingDocuments, .granted, .refused, .implicitlyRefused, .documentAvailable,
               .postponementRequested, .delivered, .withdrawn]
            : [.filed]
        for (target, child) in zip(targets, children) {
            try await seedDossier(target, child: child, for: user, prefecture: prefecture)
        }
    }

    func seedDossier(_ target: DossierState, child: String, for user: User, prefecture: String) async throws {
        let zone = Departement(code: prefecture) ?? .paris
        let today = zone.today(at: now())
        // The implicitly refused case is filed as long ago as the silence lasts, so that its dates
        // read as a real one's: filed, then refused today, on the implicit-refusal date. Noon of
        // that day in the préfecture's zone: the day is the same whatever the summer time.
        let started: Date = target == .implicitlyRefused
            ? today.adding(months: -Parameters.implicitRefusalMonths.value(on: today)).noon(in: zone.timeZone)
            : now()
        let startedOn = zone.today(at: started)
        let answers = try DemoAnswers.make(childGivenNames: child, prefecture: prefecture, today: startedOn)
        let dossier = try Dossier(userID: user.id!, profile: .nonEuropeanParentWithPermit, answers: answers, now: started)
        try dossier.setAnswers(answers)
        try await dossier.create(on: database())
        try await DossierEvent(dossierID: dossier.id!, at: started, actor: .family, actorID: user.id, kind: .created,
                               details: [.demo: "true"]).create(on: database())
        let checklist = DossierChecklist(answers: answers, files: [], today: startedOn)
        for slot in checklist.slots {
            try await attach(DemoAnswers.pdf, slot: slot.id, takenOn: nil, to: dossier, name: "\(slot.id).pdf", at: started)
        }
        for _ in 0..<DossierChecklist.photoCount {
            try await attach(DemoAnswers.jpeg, slot: photoSlot, takenOn: startedOn.adding(days: -20).iso, to: dossier, name: "photo.jpg", at: started)
        }
        guard target != .draft else { return }
        guard case .filed = try await DossierFiling(store: store, files: files, publicURL: publicURL, now: { started }).file(dossier.id!, by: user, language: .fr) else {
            throw DossierError.notFiled
        }
        try await advance(dossier.id!, to: target, user: user, today: today)
    }

    func attach(_ bytes: [UInt8], slot: String, takenOn: String?, to dossier: Dossier, name: String, at instant: Date) async throws {
        let stored = try await files.store(ByteBuffer(bytes: bytes))
        let kind = FileSniffer.kind(of: ByteBuffer(bytes: bytes)) ?? .pdf
        try await DossierDocument(dossierID: dossier.id!, slot: slot, stored: stored, mediaType: kind.mediaType, originalName: name,
                                  takenOn: takenOn, afterFiling: false, now: instant).create(on: database())
    }

    /// Takes a filed case to `target` through the workflow, as the préfecture and the family would.
    func advance(_ id: UUID, to target: DossierState, user: User, today: CivilDate) async throws {
        let w = workflow
        switch target {
        case .draft, .filed, .uncollected:
            return
        case .withdrawn:
            try await w.withdraw(id, by: user.id!)
        case .implicitlyRefused:
            // Filed two months ago (seedDossier): the scheduler's own action applies on its date.
            try await w.implicitRefusal(id)
        default:
            try await w.startInstruction(id, by: nil)
            switch target {
            case .underInstruction:
                return
            case .awaitingDocuments:
                try await w.requestDocuments(id, by: nil, codes: [.addressProof, .childPhotos],
                                             why: "Le justificatif de domicile a plus de trois mois et les photos sont floues.",
                                             replyBy: today.adding(days: 21))
            case .refused:
                try await w.refuse(id, by: nil, reasons: [.residence], text: "Exemple de refus.")
            default:
                try await w.grant(id, by: nil)
                guard target != .granted else { return }
                try await w.makeAvailable(id, by: nil)
                switch target {
                case .postponementRequested:
                    try await w.requestPostponement(id, by: user.id!, PostponementRequestCommand(
                        reason: "Voyage scolaire de l’enfant", availableFrom: today.adding(days: 14), details: "Le matin de préférence"))
                case .delivered:
                    let fee = DossierWorkflow.feeDue(try await store.owned(id, by: user.id!), on: today)
                    try await w.handOver(id, by: nil, applicantPresent: true, childPresent: true, timbreNumber: "0000000000000000",
                                         timbreAmountEUR: fee.amountEUR)
                default:
                    return
                }
            }
        }
    }
}
