import Foundation

/// The production transport: pipes each message to the system's `sendmail -t -i`, which takes the
/// recipient from the `To` header and queues the mail with the local mail server.
struct SendmailTransport: MailTransport {
    let path: String
    let from: String
    /// A sendmail that hangs is stopped after this long; the attempt counts as failed.
    var timeout: TimeInterval = 60

    enum Failure: Error, CustomStringConvertible {
        /// An address that would break the header or name several recipients: never handed to sendmail.
        case invalidRecipient
        case couldNotStart(String)
        case exitStatus(Int32, errorOutput: String)
        case stopped(signal: Int32)

        /// Kept in the outbox row's `last_error`, never in the process log.
        var description: String {
            switch self {
            case .invalidRecipient: "the recipient is not a single mail address"
            case .couldNotStart(let reason): "sendmail could not be started: \(reason)"
            case .exitStatus(let status, let errorOutput): "sendmail exited with status \(status)" + (errorOutput.isEmpty ? "" : ": \(errorOutput)")
            case .stopped(let signal): "sendmail was stopped by signal \(signal)"
            }
        }
    }

    init(path: String, from: String, timeout: TimeInterval = 60) {
        _ = Self.ignoreBrokenPipes
        self.path = path
        self.from = from
        self.timeout = timeout
    }

    func send(_ message: OutboxMessage) async throws {
        let text = try Self.render(message, from: from)
        let (path, timeout) = (self.path, self.timeout)
        // Starting a process, writing to it and waiting for it all block: done on a thread of its
        // own, off the event loops, the cooperative pool and the thread pool SQLite uses.
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(with: Result { try Self.run(path, input: Data(text.utf8), timeout: timeout) })
            }
        }
    }

    /// A sendmail that exits before reading its input must fail this attempt, not kill the server
    /// with SIGPIPE: the signal is ignored once, and the write error is then handled.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    private static func run(_ path: String, input: Data, timeout: TimeInterval) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-t", "-i"]
        let stdin = Pipe()
        let stderr = Pipe()
        // Foundation's Pipe gives descriptors of -1 when the process has no file left (EMFILE under
        // a flood of connections), and reading one of those traps: fail this attempt instead.
        guard [stdin.fileHandleForReading, stdin.fileHandleForWriting, stderr.fileHandleForReading, stderr.fileHandleForWriting]
            .allSatisfy({ $0.fileDescriptor >= 0 }) else {
            throw Failure.couldNotStart("no file descriptor left for a pipe")
        }
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw Failure.couldNotStart(String(describing: error).prefix(200).description)
        }
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // A write error means sendmail stopped reading: its exit status says why.
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        let errorOutput = (try? stderr.fileHandleForReading.readToEnd()) ?? Data()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            throw Failure.stopped(signal: process.terminationStatus)
        }
        guard process.terminationStatus == 0 else {
            let excerpt = String(decoding: errorOutput.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure.exitStatus(process.terminationStatus, errorOutput: excerpt)
        }
    }

    /// The RFC 5322 message, with the local line ending (`\n`) sendmail expects on its input.
    static func render(_ message: OutboxMessage, from: String) throws -> String {
        let recipient = message.mail.recipient
        guard recipient.contains("@"), !recipient.contains(where: { $0.isWhitespace || $0.isNewline || ",;<>\"".contains($0) }) else {
            throw Failure.invalidRecipient
        }
        let domain = from.split(separator: "@").last.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "> ")) } ?? "localhost"
        var body = message.mail.body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if !body.hasSuffix("\n") { body += "\n" }
        let headers = [
            "From: \(from)",
            "To: \(recipient)",
            "Subject: \(encodedHeader(message.mail.subject))",
            "Date: \(rfc5322Date(message.createdAt))",
            "Message-ID: <\(message.id.uuidString.lowercased())@\(domain)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            // RFC 3834: a notification, so auto-responders do not answer it.
            "Auto-Submitted: auto-generated",
        ]
        return headers.joined(separator: "\n") + "\n\n" + body
    }

    /// A header value as it is when plain ASCII, else as RFC 2047 encoded words (`=?UTF-8?B?…?=`),
    /// each at most 75 characters and never splitting a character, folded onto continuation lines.
    static func encodedHeader(_ value: String) -> String {
        let oneLine = value.split(whereSeparator: \.isNewline).joined(separator: " ")
        if oneLine.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }) {
            return oneLine
        }
        // 45 bytes make 60 base64 characters: with `=?UTF-8?B?` and `?=`, 72 of the 75 allowed.
        var chunks: [[UInt8]] = [[]]
        for character in oneLine {
            let bytes = Array(String(character).utf8)
            if chunks[chunks.count - 1].count + bytes.count > 45, !chunks[chunks.count - 1].isEmpty {
                chunks.append([])
            }
            chunks[chunks.count - 1] += bytes
        }
        return chunks.map { "=?UTF-8?B?\(Data($0).base64EncodedString())?=" }.joined(separator: "\n ")
    }

    /// `Wed, 25 Nov 2026 09:00:00 +0000`: English names whatever the machine's locale.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
