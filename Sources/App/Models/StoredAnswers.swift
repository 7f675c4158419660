import DCEMDossier
import Foundation

/// The answers blob as stored: the answers' JSON with the version of their schema beside them
/// (`schemaVersion`). A blob written before versions has none and is version 1. A change to the
/// answers' types that old blobs would not decode under bumps the version and adds its step here.
enum StoredAnswers {
    static let schemaVersion = 1
    static let versionKey = "schemaVersion"

    static func encode(_ answers: DossierAnswers) throws -> Data {
        try JSONEncoder().encode(Versioned(schemaVersion: schemaVersion, answers: answers))
    }

    /// `dossier` names the case in the error (never the answers: they hold personal data).
    static func decode(_ data: Data, dossier: UUID?) throws -> DossierAnswers {
        let version: Int
        do {
            version = try JSONDecoder().decode(Version.self, from: data).schemaVersion ?? 1
        } catch {
            throw UnreadableAnswers(dossier: dossier, schemaVersion: nil, reason: "not a JSON object")
        }
        guard version == schemaVersion else {
            // Written by a newer version of the service: reading it here would lose what it added.
            throw UnreadableAnswers(dossier: dossier, schemaVersion: version, reason: "unknown schema version")
        }
        do {
            return try JSONDecoder().decode(DossierAnswers.self, from: data)
        } catch let error as DecodingError {
            throw UnreadableAnswers(dossier: dossier, schemaVersion: version, reason: Self.path(of: error))
        }
    }

    private struct Version: Decodable { let schemaVersion: Int? }

    /// The answers' own keys with the version beside them, in one JSON object.
    private struct Versioned: Encodable {
        let schemaVersion: Int
        let answers: DossierAnswers

        func encode(to encoder: any Encoder) throws {
            try answers.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(schemaVersion, forKey: .schemaVersion)
        }
        enum Key: String, CodingKey { case schemaVersion }
    }

    /// Where decoding failed, as a path of keys (no value: the answers hold personal data).
    private static func path(of error: DecodingError) -> String {
        let (kind, context): (String, DecodingError.Context) = switch error {
        case .typeMismatch(_, let c): ("type mismatch", c)
        case .valueNotFound(_, let c): ("value not found", c)
        case .keyNotFound(let key, let c): ("key not found: \(key.stringValue)", c)
        case .dataCorrupted(let c): ("data corrupted", c)
        @unknown default: ("decoding error", DecodingError.Context(codingPath: [], debugDescription: ""))
        }
        return kind + " at " + context.codingPath.map(\.stringValue).joined(separator: ".")
    }
}

/// A case whose stored answers do not decode: it is not opened (the page says so) and nothing is
/// saved over its answers. Logged with the case's id and where decoding failed, never the answers.
struct UnreadableAnswers: Error, Equatable {
    let dossier: UUID?
    let schemaVersion: Int?
    let reason: String
}
