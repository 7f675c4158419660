import FluentKit
import Foundation
import Hummingbird
import NIOCore

/// The family's archive (docs/pages.md#the-familys-archive): `GET /compte/archive` answers a ZIP
/// of everything the signed-in account holds, built in a temporary file and sent from it in
/// chunks; the file is unlinked as soon as it is open, so nothing is left behind.
struct FamilyArchiveController {
    let archive: FamilyArchive
    let rateLimiter: any RateLimiter
    let now: @Sendable () -> Date

    func register(on family: RouterGroup<FamilyRequestContext>) {
        family.get(SiteURL.accountArchive.route) { request, context in try await download(only: nil, request: request, context: context) }
        // One case: the member's own, any other id answers 404.
        family.get(SiteURL.dossierArchive(.key).route) { request, context -> Response in
            guard let raw = context.parameters.get("dossier"), let id = UUID(uuidString: raw),
                  try await Dossier.query(on: archive.database()).filter(\.$id == id).filter(\.$userID == context.userID).count() == 1
            else { throw HTTPError(.notFound) }
            return try await download(only: id, request: request, context: context)
        }
    }

    func download(only: UUID?, request: Request, context: FamilyRequestContext) async throws -> Response {
        if let wait = try await rateLimiter.hit(.archivesPerUser, key: context.userID.uuidString, now: now()) {
            return try AccountController.tooMany(AccountController.page(context, .account), seconds: wait, request: request, context: context)
        }
        let user = try context.user()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dcem-archive-\(UUID().uuidString).zip")
        let file: OpenArchive
        do {
            try await archive.write(for: user, only: only, to: url)
            file = try OpenArchive(url)
        } catch FamilyArchive.Problem.tooLarge {
            try? FileManager.default.removeItem(at: url)
            throw HTTPError(.contentTooLarge)
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        let day = context.language == .fr ? "donnees" : "data"
        return Response(status: .ok, headers: [
            .contentType: "application/zip",
            .contentDisposition: "attachment; filename=\"dcem-\(day).zip\"",
            .cacheControl: "private, no-store",
            .xContentTypeOptions: "nosniff",
        ], body: ResponseBody(contentLength: file.size) { writer in
            defer { file.close() }
            while let chunk = try file.next() {
                try await writer.write(chunk)
            }
            try await writer.finish(nil)
        })
    }
}

/// A written archive, open for reading and already unlinked: its bytes go away with the handle.
final class OpenArchive: @unchecked Sendable {
    private let handle: FileHandle
    let size: Int

    init(_ url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        try? FileManager.default.removeItem(at: url)
    }

    /// The next 64 KiB at most; nil at the end.
    func next() throws -> ByteBuffer? {
        guard let data = try handle.read(upToCount: 64 * 1024), !data.isEmpty else { return nil }
        return ByteBuffer(bytes: data)
    }

    func close() { try? handle.close() }
}
