import App
import ArgumentParser
import Foundation

/// `dcem backup PATH`: a consistent copy of the SQLite base and of the stored files, taken while
/// the service runs. With PostgreSQL, the stored files only: the base is pg_dump's (README).
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the SQLite database (a consistent snapshot, while the service runs) and the stored files into PATH."
    )

    @Argument(help: "A new or empty directory: PATH/dcem.sqlite and PATH/files/ are written there.") var path: String

    func run() async throws {
        let config = try AppConfig.fromProcessEnvironment()
        do {
            let summary = try await Backups.backup(config, to: path)
            if summary.filesInDatabase {
                if let database = summary.database {
                    print("Database snapshot, with the stored files inside it: \(database)")
                    print("\(summary.files) stored file(s) referenced, each checked present.")
                } else {
                    print("PostgreSQL with the files in the database (DCEM_FILE_STORE=database): nothing was written to \(path).")
                    print("pg_dump holds the rows and the files; save the database with")
                    print("  pg_dump -Fc --dbname=\"$DATABASE_URL\" -f dcem.dump")
                    print("\(summary.files) stored file(s) referenced, each checked present in the database.")
                }
                return
            }
            if let database = summary.database {
                print("Database snapshot: \(database)")
            } else {
                print("PostgreSQL: this backup holds the stored files only. Save the database first with")
                print("  pg_dump -Fc --dbname=\"$DATABASE_URL\" -f dcem.dump")
                print("then run this command, so that every file the dump refers to is copied.")
            }
            print("\(summary.files) stored file(s), \(summary.bytes) bytes, each checked against its SHA-256, in \(path)/\(Backups.filesName).")
        } catch let error as BackupError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}

/// `dcem restore PATH [--force]`: puts a backup back, with the service stopped.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup made by `dcem backup` back in place (stop the service first); every file is checked against its SHA-256."
    )

    @Argument(help: "The directory written by `dcem backup`.") var path: String
    @Flag(name: .long, help: "Replace an existing SQLite database.") var force = false

    func run() async throws {
        let config = try AppConfig.fromProcessEnvironment()
        do {
            let summary = try await Backups.restore(config, from: path, force: force)
            if summary.filesInDatabase, summary.database == nil, summary.files == 0 {
                print("PostgreSQL with the files in the database: restore the database, which holds them, with")
                print("  pg_restore --clean --if-exists --no-owner --dbname=\"$DATABASE_URL\" dcem.dump")
                return
            }
            if let database = summary.database {
                print("Database restored at \(database) (\(summary.events ?? 0) case events).")
            } else {
                print("PostgreSQL: restore the database with  pg_restore --clean --if-exists --no-owner --dbname=\"$DATABASE_URL\" dcem.dump")
            }
            print("\(summary.files) stored file(s), \(summary.bytes) bytes, checked and in place \(summary.filesInDatabase ? "in the database" : "in the files folder"). Check the histories with: dcem audit verify")
        } catch let error as BackupError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}
