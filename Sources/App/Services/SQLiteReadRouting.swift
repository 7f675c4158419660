import FluentKit
import Logging
import NIOCore
import SQLKit

extension DatabaseID {
    /// Read-only connections to the same SQLite file as `.sqlite`, one per event loop.
    static let sqliteReader = DatabaseID(string: "sqlite-reader")
}

/// SQLite's one writer and its read-only connections behind one `Database`.
///
/// Writes go through one connection so that concurrent transactions queue instead of failing with
/// SQLITE_BUSY (docs/architecture.md#sqlite-writes). Plain reads need not wait behind them: in WAL
/// mode a reader sees every commit made before its statement starts, so a read outside a
/// transaction answers the same on a reader as on the writer — without queueing behind a filing's
/// fsync. Everything that is not a plain read (writes, schema, raw statements) and everything
/// inside a transaction goes to the writer: the transaction's closure is handed the writer's own
/// transactional handle.
struct SQLiteReadRouting: Database, SQLDatabase {
    let writer: any Database & SQLDatabase
    let reader: any Database & SQLDatabase

    init?(writer: any Database, reader: any Database) {
        guard let writer = writer as? any Database & SQLDatabase, let reader = reader as? any Database & SQLDatabase else { return nil }
        self.writer = writer
        self.reader = reader
    }

    // MARK: Database

    var context: DatabaseContext { writer.context }
    var inTransaction: Bool { writer.inTransaction }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> ()) -> EventLoopFuture<Void> {
        switch query.action {
        case .read, .aggregate: reader.execute(query: query, onOutput: onOutput)
        case .create, .update, .delete, .custom: writer.execute(query: query, onOutput: onOutput)
        }
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { writer.execute(schema: schema) }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { writer.execute(enum: `enum`) }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        writer.transaction(closure)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        writer.withConnection(closure)
    }

    // MARK: SQLDatabase

    var logger: Logger { writer.logger }
    var eventLoop: any EventLoop { writer.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { writer.version }
    var dialect: any SQLDialect { writer.dialect }
    var queryLogLevel: Logger.Level? { writer.queryLogLevel }

    /// SQLKit's SELECT and compound SELECT (UNION, INTERSECT…) read; raw statements may write.
    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> ()) -> EventLoopFuture<Void> {
        (query is SQLSelect || query is SQLUnion ? reader : writer).execute(sql: query, onRow)
    }
}
