import DCEMDossier
import DCEMRules
import Foundation
import Hummingbird

/// Reads the API's JSON bodies with the contract's own parser, so a malformed body is a 400
/// that says where, and a member of the wrong type is a 400 that names it.
enum APIBody {
    static let maxSize = 64 * 1024
    /// Room for a multipart message's part headers and boundaries beside its text and file.
    static let multipartOverhead = 16 * 1024

    /// The most a request of this type may carry, for a reader that must hold the whole body
    /// (the idempotency check): JSON is small; only an upload, raw or with a message, is large.
    static func limit(_ request: Request) -> Int {
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        switch mediaType {
        case "multipart/form-data"?: return APIUpload.maxFileSize + DossierMessages.maxBytes + multipartOverhead
        case let type? where UploadKind.allCases.contains(where: { $0.mediaType == type }): return APIUpload.maxFileSize
        default: return maxSize
        }
    }

    /// The body's top-level object: its members in order, the last one winning for a repeated name.
    static func object(_ request: Request, language: Language) async throws(APIProblem) -> [(key: String, value: JSONValue)] {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxSize)
        } catch {
            throw APIProblem(status: .contentTooLarge, field: nil, message: language.catalog.api.bodyTooLarge(maxSize))
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(body.readableBytesView)
        } catch {
            throw APIProblem.badRequest("body", error.message(in: language))
        }
        guard case .object(let members) = value else {
            throw APIProblem.badRequest("body", language.catalog.api.expected(language == .fr ? "un objet JSON" : "a JSON object"))
        }
        return members.map { (key: $0.key, value: $0.value) }
    }

    /// A text member: a string, or an integer written as a number; nil when absent or null.
    static func text(_ value: JSONValue?, field: String, language: Language) throws(APIProblem) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case .number(let digits)? where digits.allSatisfy({ $0.isASCIIDigit || $0 == "-" }): return digits
        default: throw APIProblem.badRequest(field, language.catalog.api.expected(language == .fr ? "une chaîne de caractères" : "a string"))
        }
    }

    /// A required integer member.
    static func integer(_ value: JSONValue?, field: String, language: Language) throws(APIProblem) -> Int {
        guard case .number(let digits)? = value, let number = Int(digits) else {
            throw APIProblem.badRequest(field, language.catalog.api.expected(language == .fr ? "un nombre entier" : "an integer"))
        }
        return number
    }

    /// An ISO day `YYYY-MM-DD` as the three inputs of a date form; anything else lands in the day
    /// input so that the form's own check refuses it with its own words.
    static func dateInputs(_ text: String) -> (day: String, month: String, year: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4 else { return (text, text.isEmpty ? "" : "?", text.isEmpty ? "" : "?") }
        return (String(parts[2]), String(parts[1]), String(parts[0]))
    }

    /// A stored date answer as an ISO day, when it names one.
    static func iso(_ answer: DateAnswer?) -> String? { answer?.civil?.iso }
}
