import FluentKit
import Hummingbird

/// Authenticates every route of the family's API with a personal token: the SHA-256 of the
/// `Authorization: Bearer` value is looked up, a revoked token or a missing account is refused.
/// The session cookie is never read here, so it can not stand in for a token.
struct BearerAuthMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext
    let tokens: APITokens

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.language = LanguageMiddleware.preferred(from: request.headers[.acceptLanguage])
        guard let header = request.headers[.authorization] else { return APIProblem.unauthorized(context.language).response }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
              let token = try await tokens.authenticate(parts[1].trimmingCharacters(in: .whitespaces)),
              token.ownerKind == APIToken.OwnerKind.family.rawValue,
              let user = try await User.find(token.ownerID, on: tokens.database()) else {
            return APIProblem.unauthorized(context.language, invalid: true).response
        }
        context.userID = token.ownerID
        context.account = user
        return try await next(request, context)
    }
}
