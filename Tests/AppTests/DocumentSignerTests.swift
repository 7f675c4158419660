import Crypto
import DCEMRules
import Foundation
import Testing

@testable import App

/// A DCEM's verification code (docs/states.md#verification): made by the current key, checked by
/// every key still in circulation, and failed by any change of what it signs.
@Suite struct DocumentSignerTests {
    static let payload = VerificationPayload(
        number: "D07526000001", initials: VerificationPayload.initials(givenNames: "Adam", surname: "Benali"),
        birthDate: CivilDate(iso: "2015-05-12")!, validFrom: CivilDate(iso: "2026-12-04")!, validUntil: CivilDate(iso: "2031-12-04")!,
        territory: .all, stateVersion: 1)

    @Test func initialsNameNoOne() {
        #expect(Self.payload.initials == "A.B.")
        #expect(VerificationPayload.initials(givenNames: "Fatima-Zahra", surname: "El Idrissi") == "F.Z.E.I.")
        #expect(VerificationPayload.initials(givenNames: "ilyes", surname: "d’Alembert") == "I.D.A.")
    }

    @Test func aCodeChecksOnlyForWhatItSigned() throws {
        let signer = DocumentSigner(keyID: "k1", signingKey: Curve25519.Signing.PrivateKey())
        let code = try signer.code(for: Self.payload)
        #expect(code.hasPrefix("k1."))
        #expect(signer.verifies(code, for: Self.payload))
        // any field changed: the state moved on, another birth date, another territory
        let changed = [
            VerificationPayload(number: "D07526000001", initials: "A.B.", birthDate: Self.payload.birthDate, validFrom: Self.payload.validFrom,
                                validUntil: Self.payload.validUntil, territory: .all, stateVersion: 2),
            VerificationPayload(number: "D07526000001", initials: "A.B.", birthDate: CivilDate(iso: "2015-05-13")!, validFrom: Self.payload.validFrom,
                                validUntil: Self.payload.validUntil, territory: .all, stateVersion: 1),
            VerificationPayload(number: "D07526000001", initials: "A.B.", birthDate: Self.payload.birthDate, validFrom: Self.payload.validFrom,
                                validUntil: Self.payload.validUntil, territory: .mayotteOnly, stateVersion: 1),
        ]
        for payload in changed { #expect(!signer.verifies(code, for: payload)) }
        // a tampered signature, an unknown key, nonsense
        var tampered = Array(code)
        tampered[tampered.count - 3] = tampered[tampered.count - 3] == "A" ? "B" : "A"
        #expect(!signer.verifies(String(tampered), for: Self.payload))
        #expect(!signer.verifies("k9" + code.dropFirst(2), for: Self.payload))
        for nonsense in ["", "k1", "k1.", "k1.%%%", "k1." + String(repeating: "A", count: 500)] {
            #expect(!signer.verifies(nonsense, for: Self.payload), "\(nonsense.prefix(10))")
        }
    }

    @Test func aRotatedKeyStillChecksTheDocumentsItSigned() throws {
        let old = Curve25519.Signing.PrivateKey()
        let before = try DocumentSigner(keyID: "2026-1", signingKey: old).code(for: Self.payload)
        let rotated = DocumentSigner(keyID: "2027-1", signingKey: Curve25519.Signing.PrivateKey(), olderKeys: ["2026-1": old.publicKey])
        #expect(rotated.verifies(before, for: Self.payload))
        #expect(try rotated.code(for: Self.payload).hasPrefix("2027-1."))
        // once the old key is dropped, its documents no longer check
        #expect(!DocumentSigner(keyID: "2027-1", signingKey: Curve25519.Signing.PrivateKey()).verifies(before, for: Self.payload))
    }
}
