import ArgumentParser

@main
struct DCEMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dcem",
        abstract: "The DCEM service: web server, migrations, the eligibility rules, API tokens, the demo seed and the audit of case histories.",
        subcommands: [Serve.self, Migrate.self, EligibilityCommand.self, TokenCommand.self, Demo.self, Audit.self],
        defaultSubcommand: Serve.self
    )
}
