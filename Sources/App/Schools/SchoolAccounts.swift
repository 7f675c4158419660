import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// Why a school registration or a decision on it was not recorded.
enum SchoolAccountError: Error, Equatable {
    case notFound
    /// Decided already (another supervisor, another tab).
    case alreadyDecided
}

/// A member registers as the head of a school; the préfecture of the school's département approves
/// or refuses (docs/pages.md#schools). One transaction each, with its mail.
struct SchoolAccounts: Sendable {
    let database: @Sendable () -> any Database
    let publicURL: String
    let now: @Sendable () -> Date

    /// The member's claims, each with its school, newest first.
    func claims(of userID: UUID) async throws -> [(SchoolHead, School)] {
        let heads = try await SchoolHead.query(on: database()).filter(\.$userID == userID).sort(\.$createdAt, .descending).all()
        let schools = try await School.query(on: database()).filter(\.$id ~~ heads.map(\.schoolID)).all()
        return heads.compactMap { head in schools.first { $0.id == head.schoolID }.map { (head, $0) } }
    }

    /// Records the claim; the school is created on its first claim. Claiming the same school again
    /// (a double submit, another tab) answers the claim already there.
    func register(_ code: SchoolCode, schoolName: String, headName: String, by userID: UUID) async throws -> SchoolHead {
        let now = self.now()
        return try await database().transaction { db in
            let school: School
            if let existing = try await School.query(on: db).filter(\.$uai == code.value).first() {
                school = existing
            } else {
                school = School(code: code, name: schoolName, now: now)
                try await school.create(on: db)
            }
            if let claim = try await SchoolHead.query(on: db).filter(\.$schoolID == school.id!).filter(\.$userID == userID).first() {
                return claim
            }
            let claim = SchoolHead(schoolID: school.id!, userID: userID, headName: headName, now: now)
            try await claim.create(on: db)
            return claim
        }
    }

    /// The claims of a département's schools: waiting first, then the decided ones.
    func claims(in departement: String) async throws -> [(SchoolHead, School, User?)] {
        let schools = try await School.query(on: database()).filter(\.$departement == departement).all()
        let heads = try await SchoolHead.query(on: database()).filter(\.$schoolID ~~ schools.map { $0.id! }).sort(\.$createdAt).limit(500).all()
        let users = try await User.query(on: database()).filter(\.$id ~~ heads.map(\.userID)).all()
        return heads.compactMap { head in
            schools.first { $0.id == head.schoolID }.map { (head, $0, users.first { $0.id == head.userID }) }
        }.sorted { ($0.0.currentState == .pending ? 0 : 1) < ($1.0.currentState == .pending ? 0 : 1) }
    }

    /// A supervisor of the school's département decides; the member is told by mail.
    func decide(_ claimID: UUID, approve: Bool, reason: String?, by agent: UUID, departement: String) async throws {
        let now = self.now()
        let publicURL = self.publicURL
        try await database().transaction { db in
            guard let claim = try await SchoolHead.find(claimID, on: db), let school = try await School.find(claim.schoolID, on: db),
                  school.departement == departement else { throw SchoolAccountError.notFound }
            guard claim.currentState == .pending else { throw SchoolAccountError.alreadyDecided }
            claim.state = (approve ? SchoolHead.State.approved : .refused).rawValue
            claim.refusalReason = approve ? nil : reason
            claim.decidedAt = now
            claim.decidedBy = agent
            try await claim.update(on: db)
            try await MailWriter(publicURL: publicURL).send(
                DossierNotification(to: .account(claim.userID), .schoolHeadDecision(school: school.name, approved: approve)), on: db, now: now)
        }
    }
}
