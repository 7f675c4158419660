import ArgumentParser

@main
struct DCEMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dcem",
        abstract: "The DCEM service: web server, migrations the eligibility rules and API tokens from the command line.",
        subcommands: [Serve.self, Migrate.self, EligibilityCommand.self, TokenCommand.self],
        defaultSubcommand: Serve.self
    )
}
