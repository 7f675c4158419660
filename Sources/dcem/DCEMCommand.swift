import ArgumentParser

@main
struct DCEMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dcem",
        abstract: "The DCEM service: web server, migrations and the eligibility rules from the command line.",
        subcommands: [Serve.self, Migrate.self, EligibilityCommand.self, AgentCommand.self, BenchQueueCommand.self],
        defaultSubcommand: Serve.self
    )
}
