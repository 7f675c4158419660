import FluentKit
import Foundation
import NIOCore

/// Stored files that no row refers to. Files are named by their content, so one file may serve
/// several rows (the same scan in two dossiers, a document sent again as a message's attachment):
/// a file goes only when no row of any table refers to its hash.
///
/// An upload goes to the store as it arrives, before the transaction that writes its row. A file
/// whose row was never written (the form had another error, the write was refused or lost, the
/// instance died) is removed by the scheduler's sweep, only once it is older than `minimumAge`,
/// so an upload in flight is never swept. Nothing removes a file sooner: an identical upload may
/// be about to refer to it, and it is no longer in memory to be put back.
struct OrphanFiles: Sendable {
    let files: any FileStorage
    let database: @Sendable () -> any Database
    /// Files' times are the system clock's, whatever instant the application is told it is.
    var clock: @Sendable () -> Date = { Date() }
    /// An upload takes seconds between its store and its row; an hour leaves a wide margin.
    var minimumAge: TimeInterval = 3600
    /// Files examined per sweep: a pass stays short however many files are kept.
    var batchSize = 500

    /// Whether any row refers to the file.
    static func isReferenced(_ sha256: String, on db: any Database) async throws -> Bool {
        if try await DossierDocument.query(on: db).filter(\.$sha256 == sha256).count() > 0 { return true }
        if try await IssuedDocumentFile.query(on: db).filter(\.$sha256 == sha256).count() > 0 { return true }
        if try await TripPupilDocument.query(on: db).filter(\.$sha256 == sha256).count() > 0 { return true }
        return try await DossierMessage.query(on: db).filter(\.$attachmentSHA256 == sha256).count() > 0
    }

    /// After rows were deleted (a draft, a purged case): removes the file unless a row still refers
    /// to it, with the sweep's care — a file written within `minimumAge` may be an upload in flight.
    func release(_ sha256: String) async throws -> Bool {
        if try await Self.isReferenced(sha256, on: database()) { return false }
        return try await files.remove(sha256: sha256, ifWrittenBefore: clock().addingTimeInterval(-minimumAge))
    }

    struct Sweep: Equatable, Sendable {
        var removed = 0
        /// Where the next pass goes on from; nil when this one reached the last file.
        var resumeAfter: String?
    }

    /// Removes the unreferenced files older than `minimumAge`, examining at most `batchSize` of
    /// them after `name`: pass after pass, every file is looked at, however many there are.
    func sweep(after name: String? = nil) async throws -> Sweep {
        let cutoff = clock().addingTimeInterval(-minimumAge)
        var sweep = Sweep()
        let hashes = try await files.stored(before: cutoff, after: name, limit: batchSize)
        for hash in hashes {
            if try await Self.isReferenced(hash, on: database()) { continue }
            // Checked again: a store of the same content since the listing made it young.
            if try await files.remove(sha256: hash, ifWrittenBefore: cutoff) { sweep.removed += 1 }
        }
        sweep.resumeAfter = hashes.count == batchSize ? hashes.last : nil
        return sweep
    }
}
