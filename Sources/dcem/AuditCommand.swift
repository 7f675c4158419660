import App
import ArgumentParser
import Foundation

/// `dcem audit verify`: walks every case's hash chain and names any broken link (exit status 1).
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the tamper-evident history of the cases.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Walk every case's event chain and name any broken link.")

        func run() async throws {
            let (checked, broken) = try await verifyAuditTrail(try AppConfig.fromProcessEnvironment())
            guard broken.isEmpty else {
                for line in broken { print("broken: \(line)") }
                print("\(broken.count) broken link(s) in \(checked) events.")
                throw ExitCode.failure
            }
            print("\(checked) events checked: every case's history is whole.")
        }
    }
}
