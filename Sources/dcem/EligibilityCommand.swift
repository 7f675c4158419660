import ArgumentParser
import DCEMRules
import Foundation

/// `dcem eligibility [PATH]`: the eligibility contract (docs/eligibility.md) on the command line.
/// Exit 0 with the response for any valid request; exit 2 with a message naming the field otherwise.
struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility",
        abstract: "Evaluate an eligibility request (JSON) and print the response (JSON)."
    )

    @Argument(help: "The request file; standard input when absent.") var path: String?
    @Option(name: .long, help: "Language of the labels: fr or en.") var lang: String = "fr"

    func run() throws {
        guard let language = Language(rawValue: lang) else {
            fail(field: "--lang", message: "Use fr or en.")
        }
        let bytes: [UInt8]
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else {
                fail(field: "PATH", message: "Cannot read \(path): check that the file exists and is readable.")
            }
            bytes = [UInt8](data)
        } else {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        let today = CivilDate.on(Date(), timeZone: TimeZone(identifier: "Europe/Paris")!)
        do {
            let request = try EligibilityContract.decodeRequest(bytes, today: today)
            let result = Eligibility.evaluate(request, on: request.date ?? today)
            print(EligibilityContract.encode(result, language: language, pretty: true))
        } catch {
            fail(field: error.field, message: error.message)
        }
    }

    private func fail(field: String, message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(field.isEmpty ? "request" : field): \(message)\n".utf8))
        Foundation.exit(2)
    }
}
