import App
import ArgumentParser
import Foundation

/// `dcem agent …`: préfecture agents, managed from the command line.
struct AgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "Manage préfecture agents.",
        subcommands: [Create.self, Disable.self, Enable.self, Code.self]
    )

    /// `dcem agent create --prefecture 75 --email … --role agent|supervisor [--name …]`
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an agent and print their temporary password (they choose their own and set up a one-time code at first login)."
        )

        @Option(name: .long, help: "The département code of the agent's préfecture (01…95, 2A, 2B, 971…976).") var prefecture: String
        @Option(name: .long, help: "The agent's e-mail address: their login.") var email: String
        @Option(name: .long, help: "agent or supervisor.") var role: String = "agent"
        @Option(name: .long, help: "The name shown in the back office (default: the address's local part).") var name: String?

        func run() async throws {
            let config = try AppConfig.fromProcessEnvironment()
            do {
                let agent = try await createAgent(config, prefecture: prefecture, email: email, name: name, role: role)
                print("Created \(agent.role) \(agent.email) for \(agent.serviceName) (\(agent.prefecture)).")
                print("Temporary password: \(agent.temporaryPassword)")
                print("Sign in at /backoffice: the agent chooses a password and sets up a one-time code at first login.")
            } catch let error as AgentCreationError {
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                throw ExitCode(2)
            }
        }
    }

    /// `dcem agent disable --email …`: the agent can no longer sign in; their open sessions end.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an agent: they can no longer sign in, and their open sessions end at their next request."
        )

        @Option(name: .long, help: "The agent's e-mail address.") var email: String

        func run() async throws {
            try await AgentCommand.switchAgent(email: email, disabled: true)
        }
    }

    /// `dcem agent enable --email …`: the agent may sign in again (sessions ended stay ended).
    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled agent again: they sign in anew.")

        @Option(name: .long, help: "The agent's e-mail address.") var email: String

        func run() async throws {
            try await AgentCommand.switchAgent(email: email, disabled: false)
        }
    }

    static func switchAgent(email typed: String, disabled: Bool) async throws {
        let email = typed.trimmingCharacters(in: .whitespaces).lowercased()
        switch try await App.switchAgent(try AppConfig.fromProcessEnvironment(), email: email, disabled: disabled) {
        case .done: print(disabled ? "Disabled \(email): their open sessions end at their next request." : "Enabled \(email): they can sign in again.")
        case .already: print(disabled ? "\(email) was already disabled." : "\(email) was not disabled.")
        case .notFound:
            FileHandle.standardError.write(Data("error: no agent has the address \(email)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// `dcem agent code --email …` (development only): the current one-time code of a demo agent.
    struct Code: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the current one-time code of an agent (development only, for the demo).")

        @Option(name: .long, help: "The agent's e-mail address.") var email: String

        func run() async throws {
            do {
                guard let code = try await currentAgentCode(try AppConfig.fromProcessEnvironment(), email: email) else {
                    FileHandle.standardError.write(Data("error: no agent with a one-time code at \(email)\n".utf8))
                    throw ExitCode(2)
                }
                print(code)
            } catch let refused as DemoRefused {
                FileHandle.standardError.write(Data((refused.description + "\n").utf8))
                throw ExitCode.failure
            }
        }
    }
}
