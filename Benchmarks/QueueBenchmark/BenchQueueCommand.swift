import App
import ArgumentParser
import Foundation

/// The back office queue's benchmark on a fresh database (a new SQLite file, or a new schema of the
/// PostgreSQL database of DATABASE_URL, dropped afterwards).
@main
struct BenchQueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "QueueBenchmark",
        abstract: "Fill a fresh database with filed cases and print the queue's p50/p99 per filter."
    )

    @Option(name: .long, help: "Number of filed cases.") var cases: Int = 300_000
    @Option(name: .long, help: "Timed runs per filter.") var runs: Int = 200
    @Option(name: .long, help: "Keep the SQLite database at this path instead of a temporary file (to inspect query plans).") var keep: String?

    func run() async throws {
        // A configuration error ends the run with its message (ArgumentParser prints it, exit status 1).
        var config = try AppConfig(environment: ProcessInfo.processInfo.environment)
        var options = QueueBenchmark.Options()
        options.cases = cases
        options.runs = runs
        let output: @Sendable (String) -> Void = { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        switch config.database {
        case .sqlite:
            if let keep {
                try? FileManager.default.removeItem(atPath: keep)
                config.database = .sqlite(path: keep)
                output("SQLite, fresh file at \(keep) (kept)")
                try await QueueBenchmark.run(config, options: options, print: output)
                return
            }
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-bench-\(UUID().uuidString)")
            config.database = .sqlite(path: directory.appendingPathComponent("bench.sqlite").path)
            output("SQLite, fresh file in \(directory.path)")
            defer { try? FileManager.default.removeItem(at: directory) }
            try await QueueBenchmark.run(config, options: options, print: output)
        case .postgres(let url):
            let schema = "bench_queue_" + String(UUID().uuidString.prefix(8)).lowercased()
            try await DatabaseService.execute("CREATE SCHEMA \(schema)", onPostgres: url)
            config.postgresSchema = schema
            output("PostgreSQL, fresh schema \(schema)")
            do {
                try await QueueBenchmark.run(config, options: options, print: output)
                try await DatabaseService.execute("DROP SCHEMA \(schema) CASCADE", onPostgres: url)
            } catch {
                try? await DatabaseService.execute("DROP SCHEMA \(schema) CASCADE", onPostgres: url)
                throw error
            }
        }
    }
}
