import Foundation
import Testing

@testable import App

/// The agents' one-time codes: HummingbirdOTP's TOTP with our window and replay rule.
@Suite struct AgentTOTPTests {
    static let secret = "12345678901234567890"

    @Test func codesMatchRFC6238() {
        // RFC 6238 appendix B, SHA-1, at 59 s and 1111111109 s: the last 6 of 94287082 and 07081804.
        #expect(AgentTOTP.code(secret: Self.secret, step: AgentTOTP.step(at: Date(timeIntervalSince1970: 59))) == 287082)
        #expect(AgentTOTP.code(secret: Self.secret, step: AgentTOTP.step(at: Date(timeIntervalSince1970: 1_111_111_109))) == 81804)
    }

    @Test func acceptsTheCurrentAndPreviousStepOnlyAndNeverTwice() {
        // given
        let now = Date(timeIntervalSince1970: 1_795_597_200)
        let step = AgentTOTP.step(at: now)
        func typed(_ s: Int64) -> String { String(format: "%06d", AgentTOTP.code(secret: Self.secret, step: s)) }

        // then
        #expect(AgentTOTP.acceptedStep(typed(step), secret: Self.secret, at: now, lastUsed: nil) == step)
        #expect(AgentTOTP.acceptedStep(typed(step - 1), secret: Self.secret, at: now, lastUsed: nil) == step - 1)
        #expect(AgentTOTP.acceptedStep(typed(step - 2), secret: Self.secret, at: now, lastUsed: nil) == nil)
        #expect(AgentTOTP.acceptedStep(typed(step + 1), secret: Self.secret, at: now, lastUsed: nil) == nil)
        #expect(AgentTOTP.acceptedStep(typed(step), secret: Self.secret, at: now, lastUsed: step) == nil)
        #expect(AgentTOTP.acceptedStep(typed(step - 1), secret: Self.secret, at: now, lastUsed: step - 1) == nil)
        #expect(AgentTOTP.acceptedStep(typed(step), secret: Self.secret, at: now, lastUsed: step - 1) == step)
        #expect(AgentTOTP.acceptedStep("12345", secret: Self.secret, at: now, lastUsed: nil) == nil)
        #expect(AgentTOTP.acceptedStep("abcdef", secret: Self.secret, at: now, lastUsed: nil) == nil)
    }

    @Test func theKeyIsShownInBase32AsRFC4648WritesIt() {
        // RFC 4648 section 10 test vectors, without padding.
        #expect(AgentTOTP.base32(Array("foobar".utf8)) == "MZXW6YTBOI")
        #expect(AgentTOTP.base32(Array("fo".utf8)) == "MZXQ")
        #expect(AgentTOTP.groupedBase32("foobar") == "MZXW 6YTB OI")
        #expect(AgentTOTP.authenticatorURL(secret: "foobar", account: "a@b.fr").contains("secret=MZXW6YTBOI"))
    }
}
