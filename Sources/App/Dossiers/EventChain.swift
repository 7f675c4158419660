import Crypto
import FluentKit
import Foundation
import SQLKit

/// The hash chain of a case's history (docs/states.md#history): each event stores the
/// SHA-256 of the event before it and of its own content, so an edited or deleted row breaks
/// the chain where it happened.
enum EventChain {
    /// The `previous_hash` of a case's first event.
    static let genesis = String(repeating: "0", count: 64)

    /// The hash of an event: its place, its content and the hash before it, in a fixed layout.
    static func hash(of event: DossierEvent, previous: String) -> String {
        let content = [
            previous, event.dossierID.uuidString.lowercased(), String(event.seq ?? 0), String(milliseconds(event.at)), event.actor,
            event.actorID?.uuidString.lowercased() ?? "", event.action, event.details,
        ].joined(separator: "\u{1F}")
        return Hex.encode(SHA256.hash(data: Data(content.utf8)))
    }

    /// Instants are hashed to the millisecond, the precision both databases give back.
    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// A place in a chain that does not hold.
    struct BrokenLink: Equatable, Sendable, CustomStringConvertible {
        var dossierID: UUID
        var seq: Int
        var why: String

        var description: String { "case \(dossierID.uuidString.lowercased()), event \(seq): \(why)" }
    }

    /// Walks every case's chain; an empty answer means every history is whole.
    static func verify(on db: any Database) async throws -> [BrokenLink] {
        var broken: [BrokenLink] = []
        let events = try await DossierEvent.query(on: db).sort(\.$dossierID).sort(\.$seq).all()
        for (dossierID, chain) in Dictionary(grouping: events, by: \.dossierID) {
            var previous = genesis
            var expectedSeq = 1
            for event in chain.sorted(by: { ($0.seq ?? 0) < ($1.seq ?? 0) }) {
                let seq = event.seq ?? 0
                if seq != expectedSeq {
                    broken.append(BrokenLink(dossierID: dossierID, seq: seq, why: "event \(expectedSeq) is missing"))
                } else if event.previousHash != previous {
                    broken.append(BrokenLink(dossierID: dossierID, seq: seq, why: "does not follow the event before it"))
                } else if event.hash != hash(of: event, previous: previous) {
                    broken.append(BrokenLink(dossierID: dossierID, seq: seq, why: "its content was changed"))
                }
                previous = event.hash ?? ""
                expectedSeq = seq + 1
            }
        }
        return broken.sorted { ($0.dossierID.uuidString, $0.seq) < ($1.dossierID.uuidString, $1.seq) }
    }
}

/// Chains every event as it is written, in the writer's transaction: the case row is locked
/// first (PostgreSQL holds the lock to the commit; SQLite writes through one connection), so
/// two writers never take the same place. Events are never updated.
struct EventChainMiddleware: AsyncModelMiddleware {
    func create(model: DossierEvent, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        if let sql = db as? any SQLDatabase {
            try await sql.update(Dossier.schema).set("updated_at", to: SQLColumn("updated_at")).where("id", .equal, model.dossierID).run()
        }
        let last = try await DossierEvent.query(on: db).filter(\.$dossierID == model.dossierID).sort(\.$seq, .descending).first()
        model.at = Date(timeIntervalSince1970: Double(EventChain.milliseconds(model.at)) / 1000)
        model.seq = (last?.seq ?? 0) + 1
        model.previousHash = last?.hash ?? EventChain.genesis
        model.hash = EventChain.hash(of: model, previous: model.previousHash!)
        try await next.create(model, on: db)
    }

    func update(model: DossierEvent, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        throw EventChainError.appendOnly
    }

    func delete(model: DossierEvent, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        throw EventChainError.appendOnly
    }
}

enum EventChainError: Error {
    /// A case's history is written once.
    case appendOnly
}
