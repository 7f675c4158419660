import Foundation
import Logging
import Synchronization

/// Every record a logger wrote, kept for a test to read.
final class LogRecords: Sendable {
    struct Record: Sendable {
        let level: Logger.Level
        let label: String
        let message: String
        let metadata: [String: String]
        let source: String

        /// Everything the record would put in a log line.
        var text: String {
            ([label, message, source] + metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        }
    }

    private let storage = Mutex<[Record]>([])

    var all: [Record] { storage.withLock { $0 } }

    func append(_ record: Record) { storage.withLock { $0.append(record) } }

    /// A logger writing here at `level`; its children (request loggers, the database's) too.
    func logger(label: String = "dcem", level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: label) { label in RecordingLogHandler(label: label, records: self) }
        logger.logLevel = level
        return logger
    }
}

/// A swift-log handler that keeps each record, metadata included, in `LogRecords`.
struct RecordingLogHandler: LogHandler {
    let label: String
    let records: LogRecords
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { _, new in new } }
        if let explicit { all.merge(explicit) { _, new in new } }
        records.append(.init(level: level, label: label, message: message.description, metadata: all.mapValues { "\($0)" }, source: source))
    }
}
