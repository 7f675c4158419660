import Foundation
import HummingbirdOTP

/// The agents' one-time codes (docs/architecture.md#who-signs-in): HummingbirdOTP's TOTP, 6 digits,
/// 30 s steps, SHA-1 — what every authenticator app reads from an `otpauth://` address.
enum AgentTOTP {
    static let timeStep = 30
    static let issuer = "DCEM"

    /// A new secret: 20 random letters and digits. HummingbirdOTP keys the HMAC with the secret's
    /// UTF-8 bytes, and the authenticator app receives those bytes in base32.
    static func newSecret() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] })
    }

    /// The step a moment falls in.
    static func step(at instant: Date) -> Int64 {
        Int64(instant.timeIntervalSince1970) / Int64(timeStep)
    }

    static func code(secret: String, step: Int64) -> Int {
        TOTP(secret: secret, timeStep: timeStep).compute(date: Date(timeIntervalSince1970: TimeInterval(step * Int64(timeStep))))
    }

    /// The step whose code was typed: the current one or the one before (a code typed just as the
    /// app changed it), never one at or before `lastUsed` — a code works once. Nil when refused.
    static func acceptedStep(_ typed: String, secret: String, at instant: Date, lastUsed: Int64?) -> Int64? {
        let digits = typed.filter { !$0.isWhitespace }
        guard digits.count == 6, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
        let current = step(at: instant)
        for candidate in [current, current - 1] where candidate > (lastUsed ?? Int64.min) {
            if code(secret: secret, step: candidate) == value { return candidate }
        }
        return nil
    }

    /// The address an authenticator app reads (usually from a QR code; shown here as text).
    static func authenticatorURL(secret: String, account: String) -> String {
        TOTP(secret: secret, timeStep: timeStep).createAuthenticatorURL(label: "\(issuer):\(account)", issuer: issuer)
    }

    /// The secret as people type it into an app: base32 (RFC 4648) in groups of four.
    static func groupedBase32(_ secret: String) -> String {
        let encoded = base32(Array(secret.utf8))
        return stride(from: 0, to: encoded.count, by: 4).map { start in
            let from = encoded.index(encoded.startIndex, offsetBy: start)
            let to = encoded.index(from, offsetBy: min(4, encoded.count - start))
            return String(encoded[from..<to])
        }.joined(separator: " ")
    }

    /// RFC 4648 base32 without padding.
    static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var result = ""
        var buffer = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                result.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { result.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return result
    }
}
