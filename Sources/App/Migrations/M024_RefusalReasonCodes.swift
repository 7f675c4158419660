import DCEMDossier
import FluentKit
import Foundation

/// Refusal reasons were stored as the French sentence of the decision letter, so an English page
/// showed French. They are codes now (`RefusalReason`): each sentence this service ever stored is
/// replaced by its code. A sentence it does not know is left as it is (the page shows it as stored).
struct M024_RefusalReasonCodes: AsyncMigration {
    /// The sentences stored before, each with its code.
    static let sentences: [String: RefusalReason] = [
        "Aucun des cas de délivrance du DCEM ne s’applique à l’enfant.": .noGround,
        "La résidence habituelle de l’enfant en France n’est pas établie.": .residence,
        // Written by the demo's refused case.
        "La résidence habituelle en France n’est pas établie.": .residence,
        "Le lien entre l’enfant et le parent titulaire du droit au séjour n’est pas établi.": .filiation,
        "Les pièces fournies ne permettent pas de vérifier la situation.": .documents,
        "Le demandeur n’a pas qualité pour présenter la demande.": .standing,
    ]

    /// The two columns this migration reads, apart from `Dossier`, whose later fields it must not depend on.
    final class Row: Model, @unchecked Sendable {
        static let schema = "dossiers"
        @ID(key: .id) var id: UUID?
        @OptionalField(key: "outcome") var outcome: Data?
        init() {}
    }

    func prepare(on database: any Database) async throws {
        for row in try await Row.query(on: database).filter(\.$outcome != nil).all() {
            guard let data = row.outcome, let changed = Self.recoded(data) else { continue }
            row.outcome = changed
            try await row.update(on: database)
        }
    }

    /// The outcome with its known sentences replaced by codes; nil when nothing changes. The blob
    /// is read as plain JSON, so a field this migration does not know is kept as it was.
    static func recoded(_ data: Data) -> Data? {
        guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let reasons = object["refusalReasons"] as? [String], reasons.contains(where: { sentences[$0] != nil }) else { return nil }
        object["refusalReasons"] = reasons.map { sentences[$0]?.rawValue ?? $0 }
        return try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// The codes stay: a version before this one shows them as they are stored, as it showed sentences.
    func revert(on database: any Database) async throws {}
}
