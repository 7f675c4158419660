import Foundation
import Synchronization
import Testing

/// Golden HTML of the pages, kept in `Tests/AppTests/Snapshots/` and compared on every run: any
/// change to what a family or an agent is shown must be made on purpose.
///
/// A page that changed on purpose is re-recorded by running the suite with
/// `DCEM_RECORD_SNAPSHOTS=1` (only the snapshots that differ are rewritten) and reviewing
/// `git diff Tests/AppTests/Snapshots` before committing it. A page without a snapshot is recorded
/// and reported as a failure, so a new page is never compared against nothing.
struct Snapshots: Sendable {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static var recording: Bool { ProcessInfo.processInfo.environment["DCEM_RECORD_SNAPSHOTS"] == "1" }

    /// Where a differing page is written for comparison (outside the repository).
    static let actualDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-snapshots-actual")

    let suffix: String

    /// Compares `html` with the snapshot `name` (one file per name and language).
    func check(_ name: String, _ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = Self.directory.appendingPathComponent("\(name).\(suffix).html")
        let actual = Self.normalized(html)
        let expected = try? String(contentsOf: file, encoding: .utf8)
        guard expected != actual else { return }
        if expected == nil || Self.recording {
            try? FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if expected == nil { Issue.record("snapshot \(file.lastPathComponent) was missing: recorded, review and commit it", sourceLocation: sourceLocation) }
            return
        }
        try? FileManager.default.createDirectory(at: Self.actualDirectory, withIntermediateDirectories: true)
        let written = Self.actualDirectory.appendingPathComponent(file.lastPathComponent)
        try? actual.write(to: written, atomically: true, encoding: .utf8)
        Issue.record("""
            snapshot \(file.lastPathComponent) differs \(Self.firstDifference(expected!, actual));
            the page as rendered: \(written.path); re-record on purpose with DCEM_RECORD_SNAPSHOTS=1
            """, sourceLocation: sourceLocation)
    }

    /// The page with what changes from run to run replaced by stable names: identifiers (numbered
    /// in order of appearance, so links between parts of a page stay visible), CSRF tokens,
    /// one-time secrets and the audit chain's hashes.
    static func normalized(_ html: String) -> String {
        var text = html
        var names: [String: String] = [:]
        text = replacing(#"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"#, in: text) { match in
            let key = match.lowercased()
            if let name = names[key] { return name }
            let name = "{id-\(names.count + 1)}"
            names[key] = name
            return name
        }
        text = replacing(#"name="_csrf" value="[^"]*""#, in: text) { _ in #"name="_csrf" value="{csrf}""# }
        text = replacing(#"class="totp-secret">[A-Z2-7 ]+<"#, in: text) { _ in #"class="totp-secret">{totp-secret}<"# }
        text = replacing(#"secret=[A-Z2-7]+"#, in: text) { _ in "secret={totp-secret}" }
        text = replacing(#"\b[0-9a-f]{64}\b"#, in: text) { _ in "{sha256}" }
        // A verification code is signed by a key made for the test run.
        text = replacing(#"class="reference hash">[^<]*<"#, in: text) { _ in #"class="reference hash">{verification-code}<"# }
        // One tag a line where tags meet, so a difference reads as a line in a diff.
        text = text.replacingOccurrences(of: "><", with: ">\n<")
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    static func replacing(_ pattern: String, in text: String, with replacement: (String) -> String) -> String {
        let expression = try! NSRegularExpression(pattern: pattern)
        let source = text as NSString
        var result = ""
        var last = 0
        for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            result += replacement(source.substring(with: match.range))
            last = match.range.location + match.range.length
        }
        return result + source.substring(from: last)
    }

    /// The first line that differs, both ways, to read in the test's output.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : "(end)", b = index < new.count ? new[index] : "(end)"
            if a != b { return "at line \(index + 1):\n  expected: \(a.prefix(400))\n  actual:   \(b.prefix(400))" }
        }
        return "(no line differs)"
    }
}

/// A clock the test moves on by hand, so events that follow each other are a minute apart (their
/// order on a page is then the order they happened in, on SQLite and PostgreSQL alike).
final class SteppedClock: Sendable {
    private let instant: Mutex<Date>

    init(_ start: Date) { instant = Mutex(start) }

    var now: Date { instant.withLock { $0 } }

    func advance(minutes: Double = 1) { instant.withLock { $0 = $0.addingTimeInterval(minutes * 60) } }
}
