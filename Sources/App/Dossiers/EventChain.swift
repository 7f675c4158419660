import Crypto
import DCEMRules
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

    /// Walks every case's chain, and checks every purged case's tombstone; an empty answer means
    /// every history is whole.
    static func verify(on db: any Database) async throws -> [BrokenLink] {
        var broken: [BrokenLink] = []
        let events = try await DossierEvent.query(on: db).sort(\.$dossierID).sort(\.$seq).all()
        let chains = Dictionary(grouping: events, by: \.dossierID)
        for (dossierID, chain) in chains {
            broken += check(chain, of: dossierID).broken
        }
        for tombstone in try await DossierTombstone.query(on: db).all() {
            if tombstone.hash != hash(of: tombstone) {
                broken.append(BrokenLink(dossierID: tombstone.dossierID, seq: 0, why: "its tombstone was changed"))
            }
            if let after = chains[tombstone.dossierID]?.first {
                broken.append(BrokenLink(dossierID: tombstone.dossierID, seq: after.seq ?? 0, why: "an event follows its purge"))
            }
        }
        return broken.sorted { ($0.dossierID.uuidString, $0.seq) < ($1.dossierID.uuidString, $1.seq) }
    }

    /// One case's chain: its broken links, and its last hash and length when it holds.
    static func check(_ events: [DossierEvent], of dossierID: UUID) -> (broken: [BrokenLink], last: String, count: Int) {
        var broken: [BrokenLink] = []
        var previous = genesis
        var expectedSeq = 1
        for event in events.sorted(by: { ($0.seq ?? 0) < ($1.seq ?? 0) }) {
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
        return (broken, previous, events.count)
    }

    /// The seal of a tombstone: its four fields, in the chain's layout.
    static func hash(of tombstone: DossierTombstone) -> String {
        let content = ["tombstone", tombstone.dossierID.uuidString.lowercased(), tombstone.purgedOn, String(tombstone.eventCount), tombstone.lastHash]
            .joined(separator: "\u{1F}")
        return Hex.encode(SHA256.hash(data: Data(content.utf8)))
    }

    /// Purging a case (docs/law.md#retention): its history is replaced by a tombstone holding the
    /// case's id, the day, the number of events and the last hash, in the purge's transaction. The
    /// events are deleted by the caller, around the middleware that keeps them append-only: this
    /// is the one path that may. False, and nothing written, when the chain does not hold.
    static func retire(_ dossierID: UUID, purgedOn: DCEMRules.CivilDate, on db: any Database) async throws -> Bool {
        let events = try await DossierEvent.query(on: db).filter(\.$dossierID == dossierID).sort(\.$seq).all()
        let chain = check(events, of: dossierID)
        guard chain.broken.isEmpty else { return false }
        let tombstone = DossierTombstone()
        tombstone.id = UUID()
        tombstone.dossierID = dossierID
        tombstone.purgedOn = purgedOn.iso
        tombstone.eventCount = chain.count
        tombstone.lastHash = chain.last
        tombstone.hash = hash(of: tombstone)
        try await tombstone.create(on: db)
        return true
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
