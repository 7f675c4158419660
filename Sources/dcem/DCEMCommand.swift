import ArgumentParser

@main
struct DCEMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dcem",
        abstract: "The DCEM service: web server, migrations, the eligibility rules, agents, API tokens, the verification codes' signing keys, the demo seed, the audit of case histories, backups, the stored files and the queue benchmark.",
        subcommands: [Serve.self, Migrate.self, EligibilityCommand.self, AgentCommand.self, TokenCommand.self, KeysCommand.self, Demo.self, Audit.self, BackupCommand.self, RestoreCommand.self, FilesCommand.self],
        defaultSubcommand: Serve.self
    )
}
