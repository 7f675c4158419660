import Foundation
import Hummingbird

/// The account page's personal API tokens: listed with the profile, created with a name (the
/// token shown once, in the answer), revoked with a form.
extension AccountController {
    /// The profile page with its tokens section.
    func profilePage(_ status: HTTPResponse.Status, foreignerNumber: String, error: FieldError?, notice: String?, tokenName: String = "",
                     request: Request, context: FamilyRequestContext) async throws -> Response {
        let user = try context.user()
        let rows = try await tokens.list(owner: .family, ownerID: context.userID).map(TokenRow.init)
        let html = AccountView.profile(Self.page(context, .account), email: user.email, foreignerNumber: foreignerNumber, error: error,
                                       notice: notice, csrf: context.session.csrfToken, tokens: rows, tokenName: tokenName)
        return try HTMLPage(status: status, html: html).response(from: request, context: context)
    }

    @Sendable func createToken(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let typed = form["tokenName"] ?? ""
        let t = context.language.catalog.api
        let created: APITokens.Created
        do {
            created = try await tokens.create(owner: .family, ownerID: context.userID, name: typed)
        } catch let problem as APITokens.Problem {
            let message = problem == .nameMissing ? t.tokenNameMissing : t.tokenNameTooLong(APITokens.maxNameLength)
            return try await profilePage(.unprocessableContent, foreignerNumber: try context.user().foreignerNumber ?? "",
                                         error: FieldError(fieldID: "tokenName", message: message), notice: nil, tokenName: typed,
                                         request: request, context: context)
        }
        // The only copy of the secret; pages are `no-store`, so no cache keeps it either.
        return try HTMLPage(html: AccountTokensView.created(Self.page(context, .accountTokens), name: created.record.name,
                                                            token: created.token))
            .response(from: request, context: context)
    }

    @Sendable func revokeToken(_ request: Request, context: FamilyRequestContext) async throws -> Response {
        guard let raw = context.parameters.get("token"), let id = UUID(uuidString: raw),
              try await tokens.revoke(id, owner: .family, ownerID: context.userID) else { throw HTTPError(.notFound) }
        return Self.redirect(to: SiteURL.account.path + "?jeton=revoque#jetons")
    }
}
