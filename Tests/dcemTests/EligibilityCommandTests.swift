import Foundation
import Testing

/// Runs the real `dcem` executable, as a script would: the contract's exit statuses and streams.
@Suite struct EligibilityCommandTests {
    /// `swift build` puts the executable beside the test bundle.
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("dcem")
            if FileManager.default.isExecutableFile(atPath: candidate.path), !candidate.hasDirectoryPath { return candidate }
            directory.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dcem")
    }

    func run(_ arguments: [String], stdin: String) throws -> (status: Int32, out: String, err: String) {
        try DCEMProcess.run(arguments, stdin: stdin)
    }

    static let request = """
    {"date":"2026-11-25","residence":{"departement":"976"},
     "child":{"birthDate":"2015-06-10","nationalities":["KM"],"bornInFrance":true},
     "parents":[{"nationalities":["KM"],"residencePermit":{"kind":"temporary","mention":"Étudiant","expires":"2027-03-01"}}]}
    """

    @Test func aValidRequestPrintsTheResponseAndExitsZero() throws {
        // when
        let result = try run(["eligibility"], stdin: Self.request)
        // then
        #expect(result.status == 0)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(body["outcome"] as? String == "eligible")
        #expect(body["territory"] as? String == "mayotte-only")
        // a short permit ending within a year: the one-year floor
        #expect((body["validity"] as? [String: Any])?["expiresOn"] as? String == "2027-11-25")
    }

    @Test func aReadableFileIsReadLikeStandardInput() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-request-\(UUID().uuidString).json")
        try Self.request.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try run(["eligibility", file.path], stdin: "")
        let fromStdin = try run(["eligibility"], stdin: Self.request)
        #expect(fromFile.status == 0)
        #expect(fromFile.out == fromStdin.out)
    }

    @Test(arguments: [
        ("2015-06-10", "2016-02-30", "child.birthDate"),
        ("\"976\"", "\"977\"", "residence.departement"),
        ("\"temporary\"", "\"permanent\"", "parents[0].residencePermit.kind"),
    ])
    func aMalformedRequestNamesTheFieldAndExitsTwo(original: String, replacement: String, field: String) throws {
        let result = try run(["eligibility"], stdin: Self.request.replacingOccurrences(of: original, with: replacement))
        #expect(result.status == 2)
        #expect(result.err.contains(field))
        #expect(result.out.isEmpty)
    }

    @Test func unparsableJSONAndAMissingFileExitTwo() throws {
        #expect(try run(["eligibility"], stdin: "{").status == 2)
        let missing = try run(["eligibility", "/nonexistent/request.json"], stdin: "")
        #expect(missing.status == 2)
        #expect(missing.err.contains("PATH"))
    }
}
