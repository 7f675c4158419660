import Foundation
import Testing

@testable import App

/// The sendmail transport against a fake `sendmail`: a shell script that keeps what it is given.
@Suite struct SendmailTransportTests {
    static let message = OutboxMessage(
        id: UUID(uuidString: "0F0E0D0C-0B0A-4908-8706-050403020100")!,
        mail: OutgoingMail(recipient: "parent@example.org", subject: "Votre demande de DCEM est enregistrée",
                           body: "Bonjour,\n\nVotre demande est enregistrée.\n.\nÀ bientôt", kind: "case-filed", language: "fr"),
        createdAt: testNow
    )

    /// A directory holding `sendmail`, a script that writes its arguments and input next to itself.
    static func fakeSendmail(exitStatus: Int32 = 0, readsInput: Bool = true) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-sendmail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            echo "$@" > '\(directory.path)/arguments'
            \(readsInput ? "cat > '\(directory.path)/message'" : "echo 'no such user' >&2")
            exit \(exitStatus)
            """
        let path = directory.appendingPathComponent("sendmail")
        try writeExecutable(script, to: path.path)
        return directory
    }

    /// Written through a close-on-exec descriptor: a process that other tests start meanwhile must
    /// not inherit it open for writing, or running the script fails with "Text file busy".
    static func writeExecutable(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Sends, trying again while the kernel still sees the script as open for writing by a
    /// process another test is starting (between its fork and its exec).
    static func send(_ transport: SendmailTransport) async throws {
        for _ in 0..<20 {
            do { return try await transport.send(message) } catch SendmailTransport.Failure.couldNotStart(let reason) where reason.contains("busy") {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        try await transport.send(message)
    }

    @Test func pipesAnRFC5322MessageToSendmail() async throws {
        // given
        let directory = try Self.fakeSendmail()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transport = SendmailTransport(path: directory.appendingPathComponent("sendmail").path, from: "DCEM <dcem@prefecture.example>")
        // when
        try await Self.send(transport)
        // then
        let arguments = try String(contentsOf: directory.appendingPathComponent("arguments"), encoding: .utf8)
        let written = try String(contentsOf: directory.appendingPathComponent("message"), encoding: .utf8)
        let parts = written.components(separatedBy: "\n\n")
        let headers = parts[0].components(separatedBy: "\n")
        #expect(arguments == "-t -i\n")
        #expect(headers.contains("From: DCEM <dcem@prefecture.example>"))
        #expect(headers.contains("To: parent@example.org"))
        #expect(headers.contains("Date: Wed, 25 Nov 2026 09:00:00 +0000"))
        #expect(headers.contains("Message-ID: <0f0e0d0c-0b0a-4908-8706-050403020100@prefecture.example>"))
        #expect(headers.contains("MIME-Version: 1.0"))
        #expect(headers.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(headers.contains("Content-Transfer-Encoding: 8bit"))
        let subject = try #require(headers.first { $0.hasPrefix("Subject: ") })
        #expect(subject.hasPrefix("Subject: =?UTF-8?B?"))
        #expect(Self.decode(parts[0]) == Self.message.mail.subject)
        #expect(parts.dropFirst().joined(separator: "\n\n") == "Bonjour,\n\nVotre demande est enregistrée.\n.\nÀ bientôt\n")
    }

    @Test func aNonZeroExitStatusFailsTheAttempt() async throws {
        for readsInput in [true, false] {
            // given a sendmail that refuses, having read its input or not
            let directory = try Self.fakeSendmail(exitStatus: 67, readsInput: readsInput)
            defer { try? FileManager.default.removeItem(at: directory) }
            let transport = SendmailTransport(path: directory.appendingPathComponent("sendmail").path, from: "dcem@localhost")
            // when
            let error = await #expect(throws: SendmailTransport.Failure.self) { try await Self.send(transport) }
            // then
            #expect(error?.description.hasPrefix("sendmail exited with status 67") == true, "\(String(describing: error))")
        }
    }

    @Test func aMissingProgramFailsTheAttempt() async throws {
        let transport = SendmailTransport(path: "/nonexistent/sendmail", from: "dcem@localhost")
        await #expect(throws: SendmailTransport.Failure.self) { try await transport.send(Self.message) }
    }

    @Test func aRecipientThatWouldAddHeadersOrRecipientsIsRefused() {
        for recipient in ["a@b.example\nBcc: c@d.example", "a@b.example, c@d.example", "nobody"] {
            var message = Self.message.mail
            message.recipient = recipient
            #expect(throws: SendmailTransport.Failure.self) {
                try SendmailTransport.render(OutboxMessage(id: UUID(), mail: message, createdAt: testNow), from: "dcem@localhost")
            }
        }
    }

    @Test func asciiSubjectsStayReadableAndLongOnesAreSplitIntoShortWords() {
        // given
        let long = String(repeating: "Votre enfant a droit à un DCEM — ", count: 6)
        // when
        let ascii = SendmailTransport.encodedHeader("Your application is filed")
        let encoded = SendmailTransport.encodedHeader(long)
        // then
        #expect(ascii == "Your application is filed")
        #expect(SendmailTransport.encodedHeader("A\r\nBcc: x@y.example") == "A Bcc: x@y.example", "no line break reaches a header")
        let words = encoded.components(separatedBy: "\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        #expect(Self.decode("Subject: " + encoded) == long)
    }

    /// The subject as a mail reader shows it: the encoded words decoded and joined.
    static func decode(_ headers: String) -> String? {
        guard let start = headers.range(of: "Subject: ") else { return nil }
        var bytes: [UInt8] = []
        for word in headers[start.upperBound...].components(separatedBy: "\n ") {
            guard word.hasPrefix("=?UTF-8?B?") else { break }
            let payload = word.dropFirst("=?UTF-8?B?".count).prefix { $0 != "?" }
            guard let data = Data(base64Encoded: String(payload)) else { return nil }
            bytes += data
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
