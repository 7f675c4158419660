import Crypto
import FluentKit
import Foundation
import Hummingbird

/// Hummingbird's key/value persistence, kept in the `sessions` table.
///
/// Keys are stored hashed (SHA-256): the cookie value is the only copy of the secret.
/// Expired rows read as absent and are removed when met.
struct DatabasePersistDriver: PersistDriver {
    let database: @Sendable () -> any Database

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let id = Self.hash(key)
        let db = database()
        if let existing = try await SessionRecord.find(id, on: db), !Self.isExpired(existing) {
            throw PersistError.duplicate
        }
        try await SessionRecord.query(on: db).filter(\.$id == id).delete()
        let record = SessionRecord(id: id, data: try JSONEncoder().encode(value), expiresAt: expires.map(Self.date(after:)))
        try await record.create(on: db)
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let id = Self.hash(key)
        let db = database()
        let data = try JSONEncoder().encode(value)
        if let existing = try await SessionRecord.find(id, on: db) {
            existing.data = data
            if let expires { existing.expiresAt = Self.date(after: expires) }
            try await existing.update(on: db)
        } else {
            try await SessionRecord(id: id, data: data, expiresAt: expires.map(Self.date(after:))).create(on: db)
        }
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    /// A failure is also recorded for `DatabaseSessionMiddleware`: the session middleware would
    /// otherwise take it for "no session" and run the request signed out.
    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        do {
            return try await read(key: key, as: type)
        } catch {
            SessionLoad.failures?.record(error)
            throw error
        }
    }

    private func read<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let db = database()
        guard let record = try await SessionRecord.find(Self.hash(key), on: db) else { return nil }
        if Self.isExpired(record) {
            try await record.delete(on: db)
            return nil
        }
        guard let object = try? JSONDecoder().decode(type, from: record.data) else { return nil }
        let ttl = record.expiresAt.map { Duration.seconds(max(0, Int64($0.timeIntervalSinceNow))) }
        return (object, ttl)
    }

    func remove(key: String) async throws {
        try await SessionRecord.query(on: database()).filter(\.$id == Self.hash(key)).delete()
    }

    /// Deletes expired sessions, at most `batchSize` rows per statement and `batches` statements
    /// per call, so that a backlog is worked through in short steps; answers how many went.
    static func purgeExpired(now: Date, batchSize: Int = 500, batches: Int = 20, on db: any Database) async throws -> Int {
        var purged = 0
        for _ in 0..<batches {
            let ids = try await SessionRecord.query(on: db).filter(\.$expiresAt <= now).limit(batchSize).all(\.$id)
            guard !ids.isEmpty else { break }
            try await SessionRecord.query(on: db).filter(\.$id ~~ ids).delete()
            purged += ids.count
            if ids.count < batchSize { break }
        }
        return purged
    }

    static func hash(_ key: String) -> String {
        Hex.encode(SHA256.hash(data: Data(key.utf8)))
    }

    private static func isExpired(_ record: SessionRecord) -> Bool {
        guard let expiresAt = record.expiresAt else { return false }
        return expiresAt <= Date()
    }

    private static func date(after duration: Duration) -> Date {
        Date().addingTimeInterval(TimeInterval(duration.components.seconds))
    }
}
