import Foundation
import Logging

/// One outbox row on its way out: a value, so a transport never holds a database model.
struct OutboxMessage: Sendable, Equatable {
    let id: UUID
    let mail: OutgoingMail
    /// When the change it reports was saved: the message's `Date`, the same on every attempt.
    let createdAt: Date
}

/// Hands a message to whatever delivers it. Throwing means "not delivered": the worker retries later.
protocol MailTransport: Sendable {
    func send(_ message: OutboxMessage) async throws
}

enum MailTransports {
    /// The transport the configuration names.
    static func make(_ config: AppConfig, logger: Logger) -> any MailTransport {
        switch config.mailTransport {
        case .log: LogMailTransport(logger: logger)
        case .sendmail: SendmailTransport(path: config.sendmailPath, from: config.mailFrom)
        }
    }
}

/// The default transport: the outbox row itself is the record (shown at `/dev/mail` in development),
/// so delivering only notes the id. Never the content: the process log carries no personal data.
struct LogMailTransport: MailTransport {
    let logger: Logger

    func send(_ message: OutboxMessage) async throws {
        logger.info("mail \(message.id) delivered (log transport)")
    }
}

/// An in-memory transport for tests: records what it sent, fails the first `failures` attempts,
/// and can take its time so that concurrent workers overlap.
actor RecordingMailTransport: MailTransport {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "recording transport told to fail" }
    }

    private(set) var sent: [OutboxMessage] = []
    private(set) var attempts = 0
    private var failures: Int
    private let delay: Duration

    init(failures: Int = 0, delay: Duration = .zero) {
        self.failures = failures
        self.delay = delay
    }

    /// Makes the next `count` attempts fail.
    func fail(next count: Int) {
        failures = count
    }

    func send(_ message: OutboxMessage) async throws {
        attempts += 1
        if delay > .zero {
            try await Task.sleep(for: delay)
        }
        if failures > 0 {
            failures -= 1
            throw Failure()
        }
        sent.append(message)
    }
}
