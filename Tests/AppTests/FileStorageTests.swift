import Foundation
import Hummingbird
import Testing

@testable import App

@Suite struct FileStorageTests {
    /// The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    private static let abcHash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    private static let badNames = [
        "../../etc/passwd",
        "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",  // upper case
        String(abcHash.dropLast()),
        abcHash + "0",
        "ba/816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "",
    ]

    /// A fresh folder, removed afterwards.
    private func withRoot(_ body: (URL) async throws -> Void) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-files-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try await body(root)
    }

    @Test func storesUnderTheContentHash() async throws {
        try await withRoot { (root) async throws in
            // given
            let storage = DiskFileStorage(root: root)

            // when
            let stored = try await storage.store(ByteBuffer(string: "abc"))

            // then
            #expect(stored == StoredFile(sha256: Self.abcHash, size: 3))
            let path = root.path + "/ba/78/" + Self.abcHash
            #expect(FileManager.default.contents(atPath: path) == Data("abc".utf8))
            #expect(try await storage.load(sha256: Self.abcHash) == ByteBuffer(string: "abc"))
            #expect(try await storage.exists(sha256: Self.abcHash))
        }
    }

    @Test func storingTheSameContentTwiceKeepsOneCopy() async throws {
        try await withRoot { (root) async throws in
            // given
            let storage = DiskFileStorage(root: root)
            let bytes = ByteBuffer(bytes: (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7) })

            // when
            let first = try await storage.store(bytes)
            let second = try await storage.store(bytes)

            // then
            #expect(first == second)
            #expect(first.size == 100_000)
            let folder = "\(root.path)/\(first.sha256.prefix(2))/\(first.sha256.dropFirst(2).prefix(2))"
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [first.sha256])
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/tmp").isEmpty)
            #expect(try await storage.load(sha256: first.sha256) == bytes)
        }
    }

    @Test func concurrentStoresOfTheSameContentAllSucceed() async throws {
        try await withRoot { (root) async throws in
            // given
            let storage = DiskFileStorage(root: root)
            let bytes = ByteBuffer(repeating: 0x42, count: 256 * 1024)

            // when
            let results = try await withThrowingTaskGroup(of: StoredFile.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await storage.store(bytes) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            // then
            #expect(Set(results.map(\.sha256)).count == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/tmp").isEmpty)
            #expect(try await storage.load(sha256: results[0].sha256) == bytes)
        }
    }

    @Test func storesEmptyContent() async throws {
        try await withRoot { (root) async throws in
            let storage = DiskFileStorage(root: root)
            let stored = try await storage.store(ByteBuffer())
            #expect(stored.size == 0)
            #expect(try await storage.load(sha256: stored.sha256) == ByteBuffer())
        }
    }

    @Test func missingFilesReadAsAbsent() async throws {
        try await withRoot { (root) async throws in
            let storage = DiskFileStorage(root: root)
            #expect(try await storage.load(sha256: Self.abcHash) == nil)
            #expect(try await !storage.exists(sha256: Self.abcHash))
        }
    }

    @Test func refusesNamesThatAreNotAHash() async throws {
        try await withRoot { (root) async throws in
            let storage = DiskFileStorage(root: root)
            for name in Self.badNames {
                await #expect(throws: FileStorageError.invalidHash) { try await storage.load(sha256: name) }
                await #expect(throws: FileStorageError.invalidHash) { try await storage.exists(sha256: name) }
            }
            #expect(!FileManager.default.fileExists(atPath: root.path))
        }
    }

    @Test func inMemoryStorageBehavesTheSame() async throws {
        // given
        let storage = InMemoryFileStorage()

        // when
        let first = try await storage.store(ByteBuffer(string: "abc"))
        let second = try await storage.store(ByteBuffer(string: "abc"))

        // then
        #expect(first == StoredFile(sha256: Self.abcHash, size: 3))
        #expect(first == second)
        #expect(await storage.count == 1)
        #expect(try await storage.load(sha256: Self.abcHash) == ByteBuffer(string: "abc"))
        #expect(try await storage.exists(sha256: Self.abcHash))
        #expect(try await storage.load(sha256: String(repeating: "0", count: 64)) == nil)
        for name in Self.badNames {
            await #expect(throws: FileStorageError.invalidHash) { try await storage.load(sha256: name) }
        }
    }
}
