import FluentKit
import Foundation

/// The last serial given in one département and year: references are `DCEM-DD-YYYY-NNNNNN`.
final class ReferenceCounter: Model, @unchecked Sendable {
    static let schema = "reference_counters"

    /// `<département>-<year>`.
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "last_serial") var lastSerial: Int

    init() {}

    init(id: String, lastSerial: Int) {
        self.id = id
        self.lastSerial = lastSerial
    }
}
