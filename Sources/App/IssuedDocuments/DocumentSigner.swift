import Crypto
import DCEMRules
import Foundation

/// Signs and checks a DCEM's verification code with Ed25519 (swift-crypto), over
/// `VerificationPayload.canonicalBytes` (docs/states.md#verification). The code names its key:
/// after a rotation the new key signs, and the older ones still check the documents they signed.
struct DocumentSigner: Sendable {
    /// The key that signs now, by its id.
    let keyID: String
    private let signingKey: Curve25519.Signing.PrivateKey
    /// Every key that may have signed a document still in circulation, the current one included.
    private let verifyingKeys: [String: Curve25519.Signing.PublicKey]

    init(keyID: String, signingKey: Curve25519.Signing.PrivateKey, olderKeys: [String: Curve25519.Signing.PublicKey] = [:]) {
        self.keyID = keyID
        self.signingKey = signingKey
        var keys = olderKeys
        keys[keyID] = signingKey.publicKey
        self.verifyingKeys = keys
    }

    /// `<key id>.<signature in base64url>`: what the printed document carries.
    func code(for payload: VerificationPayload) throws -> String {
        let signature = try signingKey.signature(for: payload.canonicalBytes)
        return keyID + "." + Self.base64url(Data(signature))
    }

    /// Whether `code` was made by one of the known keys for exactly this payload. A code that does
    /// not parse, names an unknown key or fails the signature is simply not valid.
    func verifies(_ code: String, for payload: VerificationPayload) -> Bool {
        let parts = code.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let key = verifyingKeys[String(parts[0])], let signature = Self.data(base64url: String(parts[1])) else { return false }
        return key.isValidSignature(signature, for: payload.canonicalBytes)
    }

    static func base64url(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64url text: String) -> Data? {
        guard text.count <= 128, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
