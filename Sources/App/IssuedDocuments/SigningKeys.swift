import Crypto
import DCEMRules
import FluentKit
import Foundation
import Logging
import SQLKit

/// The verification codes' keys, in the shared database (docs/states.md#verification): the active
/// key signs, the retired ones still check the codes they made until the last document that existed
/// when they were retired has expired. Read at every use, so that a rotation by `dcem keys rotate`
/// or by another instance is seen at once; no copy is kept in memory.
struct SigningKeys: Sendable {
    let database: @Sendable () -> any Database
    let now: @Sendable () -> Date
    /// Seals the private keys it stores, from `DCEM_SIGNING_KEY_SECRET`; nil: stored as is.
    let seal: SymmetricKey?

    init(database: @escaping @Sendable () -> any Database, now: @escaping @Sendable () -> Date, secret: String? = nil) {
        self.database = database
        self.now = now
        self.seal = secret.map(Self.sealingKey)
    }

    /// The AES-256 key derived from the operator's secret (HKDF-SHA256).
    static func sealingKey(_ secret: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: Data(secret.utf8)), info: Data("dcem signing key seal v1".utf8),
                               outputByteCount: 32)
    }

    /// How a sealed private key is stored: this prefix, then AES-GCM's nonce, ciphertext and tag in base64.
    static let sealedPrefix = "sealed:v1:"

    enum Problem: Error, CustomStringConvertible {
        /// Another rotation (or first creation) committed at the same moment: nothing was changed.
        case raced
        /// The active row's private key can not be read (edited by hand, or sealed with another secret).
        case unreadable(String)
        /// The active key is sealed and `DCEM_SIGNING_KEY_SECRET` is not set.
        case sealed(String)

        var description: String {
            switch self {
            case .raced: "Another key was made active at the same moment; nothing was changed. Run `dcem keys list`."
            case .unreadable(let id): "The active key \(id) has no readable private key (another DCEM_SIGNING_KEY_SECRET?)."
            case .sealed(let id): "The active key \(id) is sealed: set DCEM_SIGNING_KEY_SECRET."
            }
        }
    }

    /// The signer: the active key (created if there is none yet) and the retired keys that still
    /// check on `today`.
    func signer(today: CivilDate) async throws -> DocumentSigner {
        var keys = try await SigningKey.query(on: database()).all()
        if !keys.contains(where: \.active) {
            try await createFirst()
            keys = try await SigningKey.query(on: database()).all()
        }
        guard let active = keys.first(where: \.active), let id = active.id else { throw Problem.raced }
        let signingKey = try privateKey(of: active, id: id)
        var older: [String: Curve25519.Signing.PublicKey] = [:]
        for key in keys where !key.active {
            guard let id = key.id, let until = key.verifiesUntil.flatMap(CivilDate.init(iso:)), until >= today,
                  let raw = Data(base64Encoded: key.publicKey), let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { continue }
            older[id] = publicKey
        }
        return DocumentSigner(keyID: id, signingKey: signingKey, olderKeys: older)
    }

    /// The private half of a key, unsealed when it was sealed.
    func privateKey(of key: SigningKey, id: String) throws -> Curve25519.Signing.PrivateKey {
        guard let stored = key.privateKey else { throw Problem.unreadable(id) }
        var raw: Data?
        if stored.hasPrefix(Self.sealedPrefix) {
            guard let seal else { throw Problem.sealed(id) }
            raw = Data(base64Encoded: String(stored.dropFirst(Self.sealedPrefix.count)))
                .flatMap { try? AES.GCM.SealedBox(combined: $0) }
                .flatMap { try? AES.GCM.open($0, using: seal, authenticating: Data(id.utf8)) }
        } else {
            raw = Data(base64Encoded: stored)
        }
        guard let raw, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else { throw Problem.unreadable(id) }
        return key
    }

    /// Makes a key active when none is: one insert, which the partial unique index refuses when
    /// another instance's got there first — then that one is the key, and nothing is thrown.
    func createFirst() async throws {
        let db = database()
        do {
            try await newKey(now: now()).create(on: db)
        } catch {
            guard try await SigningKey.query(on: database()).filter(\.$active == true).first() != nil else { throw error }
        }
    }

    /// A new active key; the one it replaces is retired in the same transaction, loses its private
    /// half and keeps checking its codes until the last document existing now has expired.
    @discardableResult
    func rotate() async throws -> SigningKey {
        let instant = now()
        let fresh = newKey(now: instant)
        do {
            try await database().transaction { db in
                if let current = try await SigningKey.query(on: db).filter(\.$active == true).first() {
                    let lastValidity = try await Self.lastValidityEnd(on: db)
                    let today = CivilDate.on(instant, timeZone: TimeZone(identifier: "Europe/Paris")!)
                    current.active = false
                    current.retiredAt = instant
                    current.privateKey = nil
                    current.verifiesUntil = max(lastValidity ?? today, today).iso
                    try await current.update(on: db)
                }
                try await fresh.create(on: db)
            }
        } catch {
            // The partial unique index refused a second active key: another rotation won.
            if try await SigningKey.query(on: database()).filter(\.$active == true).first().map({ $0.id != fresh.id }) == true {
                throw Problem.raced
            }
            throw error
        }
        return fresh
    }

    /// Every key, newest first, without its private half.
    func list() async throws -> [SigningKeyInfo] {
        try await SigningKey.query(on: database()).sort(\.$createdAt, .descending).all().map(SigningKeyInfo.init)
    }

    /// The latest validity end of all documents issued so far (ISO strings sort as days).
    static func lastValidityEnd(on db: any Database) async throws -> CivilDate? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let row = try await sql.raw("SELECT MAX(valid_until) AS last FROM issued_documents").first()
        return try row?.decode(column: "last", as: String?.self).flatMap(CivilDate.init(iso:))
    }

    /// A new active key; its private half sealed when a secret is set (its id bound in as authenticated data).
    func newKey(now: Date) -> SigningKey {
        let key = Curve25519.Signing.PrivateKey()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd"
        let id = "k\(formatter.string(from: now))-\(Hex.encode((0..<3).map { _ in UInt8.random(in: 0...255) }))"
        var stored = key.rawRepresentation.base64EncodedString()
        if let seal, let sealed = try? AES.GCM.seal(key.rawRepresentation, using: seal, authenticating: Data(id.utf8)).combined {
            stored = Self.sealedPrefix + sealed.base64EncodedString()
        }
        return SigningKey(id: id, publicKey: key.publicKey.rawRepresentation.base64EncodedString(), privateKey: stored, createdAt: now)
    }
}

/// A key as `dcem keys list` shows it: never its private half.
public struct SigningKeyInfo: Sendable, Equatable {
    public let id: String
    public let createdAt: Date
    public let retiredAt: Date?
    public let active: Bool
    /// For a retired key, the last day it checks codes (ISO).
    public let verifiesUntil: String?

    init(_ key: SigningKey) {
        id = key.id ?? ""
        createdAt = key.createdAt
        retiredAt = key.retiredAt
        active = key.active
        verifiesUntil = key.verifiesUntil
    }
}

/// `dcem keys list`.
public func listSigningKeys(_ config: AppConfig) async throws -> [SigningKeyInfo] {
    try await withSigningKeys(config) { try await $0.list() }
}

/// `dcem keys rotate`: the new active key (created as the first one when there was none).
public func rotateSigningKey(_ config: AppConfig) async throws -> SigningKeyInfo {
    do {
        return try await withSigningKeys(config) { SigningKeyInfo(try await $0.rotate()) }
    } catch let problem as SigningKeys.Problem {
        throw SigningKeyRefused(description: problem.description)
    }
}

/// Why `dcem keys rotate` changed nothing.
public struct SigningKeyRefused: Error, CustomStringConvertible {
    public let description: String
}

private func withSigningKeys<Value>(_ config: AppConfig, _ body: (SigningKeys) async throws -> Value) async throws -> Value {
    var logger = Logger(label: "dcem.keys")
    logger.logLevel = config.logLevel
    return try await DatabaseService.using(config, logger: logger) { database in
        try await database.migrate()
        return try await body(SigningKeys(database: { database.db }, now: { Date() }, secret: config.signingKeySecret))
    }
}
