import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// Numbers and records the grant and the hand-over create.
enum Issuance {
    /// `D` + the département (3 characters) + the year's last two digits + a 6-digit serial:
    /// readable, unique, and telling which préfecture issued it.
    static func nextDCEMNumber(_ departement: Departement, year: Int, on db: any Database) async throws -> String {
        let serial = try await DossierStore.nextValue("dcem-\(departement.code)-\(year)", on: db)
        let code = departement.code.count < 3 ? String(repeating: "0", count: 3 - departement.code.count) + departement.code : departement.code
        return "D\(code)\(String(format: "%02d", year % 100))\(String(format: "%06d", serial))"
    }

    /// A 10-digit foreigner number, from one counter for the whole service.
    static func nextForeignerNumber(on db: any Database) async throws -> String {
        let serial = try await DossierStore.nextValue("foreigner-number", on: db)
        return String(7_000_000_000 + serial)  // 10 digits up to the 2,999,999,999th child
    }

    /// The child's foreigner number: the one a renewal's earlier case gave, or a new account
    /// (with a mail to the family) when the child has none.
    static func childAccount(for dossier: Dossier, publicURL: String, now: Date, on db: any Database) async throws -> String {
        if let existing = dossier.decodedOutcome()?.childForeignerNumber { return existing }
        if let sourceID = dossier.sourceID, let source = try await Dossier.find(sourceID, on: db), source.childName == dossier.childName,
           let number = source.decodedOutcome()?.childForeignerNumber {
            return number
        }
        let number = try await nextForeignerNumber(on: db)
        let name = dossier.childName ?? ""
        try await ForeignerAccount(foreignerNumber: number, holderName: name,
                                   birthDate: dossier.decodedAnswers().situation.childBirth?.civil?.iso,
                                   guardianUserID: dossier.userID, now: now).create(on: db)
        try await MailWriter(publicURL: publicURL).send(
            DossierNotification(to: .account(dossier.userID), .childAccount(dossier: dossier.id!, childName: name, foreignerNumber: number)), on: db, now: now)
        return number
    }
}
