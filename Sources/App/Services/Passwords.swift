import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Bcrypt, run on the thread pool: a hash takes tens of milliseconds at production cost and must
/// never hold an event loop.
struct PasswordHasher: Sendable {
    let cost: UInt8

    /// A personal password is at least this long (issue 3).
    static let minimumLength = 12

    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Spends the time of one verification when there is no account, so that the answer's timing
    /// does not tell whether an address has an account.
    func verifyNothing(_ password: String) async throws {
        _ = try await verify(password, against: Self.decoy)
    }

    private static let decoy = Bcrypt.hash("decoy-password-never-used", cost: 4)

    /// A temporary password: 12 letters and digits that can not be confused with each other
    /// (no 0/O, 1/l/I), grouped by four to be copied from a mail without mistakes.
    static func temporaryPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<12).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] }
        return stride(from: 0, to: 12, by: 4).map { String(letters[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
