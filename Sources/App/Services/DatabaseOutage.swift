import FluentKit
import Foundation
import Hummingbird
import HummingbirdAuth
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import FluentPostgresDriver
import Synchronization

/// The database can not be reached (PostgreSQL stopped, restarting, the network to it cut): the
/// service answers 503 with `Retry-After` and keeps every session as it is
/// (docs/deployment.md#when-postgresql-is-down).
struct DatabaseUnavailable: Error {}

enum DatabaseOutage {
    /// Errors that say the database is out of reach, not that a statement was wrong.
    static func isUnavailable(_ error: any Error) -> Bool {
        switch error {
        case is DatabaseUnavailable, is NIOConnectionError, is IOError:
            return true
        case let error as ChannelError:
            return [.ioOnClosedChannel, .alreadyClosed, .eof, .outputClosed, .connectPending].contains(error)
        case let error as PSQLError:
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed,
                 .sslUnsupported, .failedToAddSSLHandler:
                return true
            case .server:
                // Class 08: connection exceptions; 57P01–57P03: the server shutting down or starting up.
                guard let state = error.serverInfo?[.sqlState] else { return false }
                return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
            default:
                return false
            }
        default:
            return false
        }
    }
}

/// Session reads that failed for this request, so that a database fault is not read as "no
/// session" (Hummingbird's `SessionMiddleware` treats any error loading a session as its absence).
enum SessionLoad {
    /// The first failure, under a lock (the session is read within the request's own task).
    final class Failures: @unchecked Sendable {
        private let lock = NIOLock()
        private var first: (any Error)?
        func record(_ error: any Error) { lock.withLock { if first == nil { first = error } } }
        var error: (any Error)? { lock.withLock { first } }
    }

    @TaskLocal static var failures: Failures?
}

/// `SessionMiddleware`, except that a session that could not be read because the database failed
/// ends the request with that error (a 503 through `ErrorPageMiddleware`) instead of running it
/// signed out: the cookie is neither cleared nor replaced, and the visitor is still signed in
/// once the database answers again.
struct DatabaseSessionMiddleware<Context: SessionRequestContext>: RouterMiddleware {
    let sessions: SessionMiddleware<Context>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let failures = SessionLoad.Failures()
        return try await SessionLoad.$failures.withValue(failures) {
            try await sessions.handle(request, context: context) { request, context in
                if let error = failures.error { throw error }
                return try await next(request, context)
            }
        }
    }
}

/// Tests' stand-in for a database that stops answering: while `isDown`, every handle the app
/// takes fails with `DatabaseUnavailable`.
final class DatabaseOutageSwitch: Sendable {
    private let down = Mutex(false)

    init() {}

    var isDown: Bool {
        get { down.withLock { $0 } }
        set { down.withLock { $0 = newValue } }
    }

    func wrap(_ database: any Database) -> any Database {
        isDown ? UnreachableDatabase(context: database.context) : database
    }
}

/// A database handle whose every statement fails as if the server were gone.
struct UnreachableDatabase: Database {
    let context: DatabaseContext

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> ()) -> EventLoopFuture<Void> {
        eventLoop.makeFailedFuture(DatabaseUnavailable())
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> {
        eventLoop.makeFailedFuture(DatabaseUnavailable())
    }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> {
        eventLoop.makeFailedFuture(DatabaseUnavailable())
    }

    var inTransaction: Bool { false }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        eventLoop.makeFailedFuture(DatabaseUnavailable())
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        eventLoop.makeFailedFuture(DatabaseUnavailable())
    }
}
