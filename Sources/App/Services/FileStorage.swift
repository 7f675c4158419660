// placeholder until the storage service lands
struct StoredFile: Sendable, Equatable { let sha256: String; let size: Int }
