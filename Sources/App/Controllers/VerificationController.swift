import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import Hummingbird

/// The public verification of a DCEM (docs/pages.md#verification): a page and `POST
/// /api/v1/verification`, both without sign-in, both limited per client address in the shared
/// database, both giving the same answer for an unknown number and a wrong birth date.
struct VerificationController {
    let verification: DocumentVerification
    let rateLimiter: any RateLimiter
    let trustedProxies: TrustedProxies
    let today: @Sendable () -> CivilDate
    let now: @Sendable () -> Date

    func register(on router: Router<AppRequestContext>) {
        router.get(SiteURL.verification.route) { request, context in
            HTMLPage(html: VerificationView.form(Self.page(context), VerificationFormModel(), csrf: context.csrfToken))
        }
        router.post(SiteURL.verification.route, use: checkPage)
        router.post(SiteURL.apiVerification.route) { request, context in
            do {
                return try await checkAPI(request, context: context)
            } catch let problem as APIProblem {
                return problem.response
            }
        }
    }

    static func page(_ context: AppRequestContext) -> PageContext {
        PageContext(language: context.language, path: SiteURL.verification.path)
    }

    @Sendable func checkPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: context.maxUploadSize)
        let page = Self.page(context)
        let birth = VerificationFormModel.birthField
        let parts = DateAnswer(day: form[birth + "-day"] ?? "", month: form[birth + "-month"] ?? "", year: form[birth + "-year"] ?? "")
        let typedBirth: CivilDate?? = [parts.day, parts.month, parts.year].allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty })
            ? nil : .some(parts.civil)
        let question = DocumentVerification.question(number: form[VerificationFormModel.numberField] ?? "", birthDate: typedBirth,
                                                     code: form[VerificationFormModel.codeField] ?? "")
        switch question {
        case .problems(let problems):
            var values: [String: String] = [:]
            for name in [VerificationFormModel.numberField, birth + "-day", birth + "-month", birth + "-year", VerificationFormModel.codeField] {
                values[name] = form[name] ?? ""
            }
            let model = VerificationFormModel(values: values, errors: VerificationFormModel.errors(problems, page))
            return try HTMLPage(status: .unprocessableContent, html: VerificationView.form(page, model, csrf: context.csrfToken))
                .response(from: request, context: context)
        case .question(let question):
            let client = ClientAddress.of(request, peer: context.remoteAddress, trustedProxies: trustedProxies)
            if let wait = try await rateLimiter.hit(.verificationPerClient, key: client, now: now()) {
                return try AccountController.tooMany(page, seconds: wait, request: request, context: context)
            }
            let answer = try await verification.verify(question, today: today())
            return try HTMLPage(html: VerificationView.result(page, VerificationResultModel(answer, page))).response(from: request, context: context)
        }
    }

    func checkAPI(_ request: Request, context: AppRequestContext) async throws -> Response {
        let language = LanguageMiddleware.preferred(from: request.headers[.acceptLanguage])
        let t = language.catalog.verification
        let members = try await APIBody.object(request, language: language)
        let body = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        let number = try APIBody.text(body["number"], field: "number", language: language) ?? ""
        let birthText = try APIBody.text(body["birthDate"], field: "birthDate", language: language) ?? ""
        let code = try APIBody.text(body["code"], field: "code", language: language) ?? ""
        let birth: CivilDate?? = birthText.isEmpty ? nil : .some(CivilDate(iso: birthText))
        switch DocumentVerification.question(number: number, birthDate: birth, code: code) {
        case .problems(let problems):
            throw APIProblem.invalid(problems.map { problem in
                switch problem {
                case .missing(.number): (name: "number", message: t.numberMissing)
                case .invalid(.number): (name: "number", message: t.numberInvalid)
                case .missing(.birthDate): (name: "birthDate", message: t.birthDateMissing)
                case .invalid(.birthDate): (name: "birthDate", message: t.apiBirthDateInvalid)
                case .missing(.code), .invalid(.code): (name: "code", message: t.codeInvalid)
                }
            }, language)
        case .question(let question):
            let client = ClientAddress.of(request, peer: context.remoteAddress, trustedProxies: trustedProxies)
            if let wait = try await rateLimiter.hit(.verificationPerClient, key: client, now: now()) {
                throw APIProblem.tooMany(wait, language)
            }
            let answer = try await verification.verify(question, today: today())
            return APIError.json(bytes: VerificationJSON(answer).bytes)
        }
    }
}

/// The API's answer: every member always present, `null` when not told, keys in a fixed order —
/// so "no document matches" is the same bytes whatever was asked.
struct VerificationJSON: Encodable {
    let valid: Bool
    let reason: String
    let validFrom: String?
    let validUntil: String?
    let territory: String?
    let codeCheck: String?
    /// `dcem`, or `dvc` for a document de voyage collectif; null for `no-match`.
    let document: String?
    /// A DVC's number of pupils (never who); null otherwise.
    let pupils: Int?

    init(_ answer: DocumentVerification.Answer) {
        valid = answer.reason.isValid
        reason = answer.reason.rawValue
        validFrom = answer.validFrom?.iso
        validUntil = answer.validUntil?.iso
        territory = answer.territory?.rawValue
        codeCheck = answer.code?.rawValue
        pupils = answer.pupils
        document = answer.number == nil ? nil : (answer.pupils == nil ? "dcem" : "dvc")
    }

    enum CodingKeys: String, CodingKey {
        case valid, reason, validFrom, validUntil, territory, codeCheck, document, pupils
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(valid, forKey: .valid)
        try container.encode(reason, forKey: .reason)
        try container.encode(validFrom, forKey: .validFrom)
        try container.encode(validUntil, forKey: .validUntil)
        try container.encode(territory, forKey: .territory)
        try container.encode(codeCheck, forKey: .codeCheck)
        try container.encode(document, forKey: .document)
        try container.encode(pupils, forKey: .pupils)
    }

    var bytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8))
    }
}

/// The printable DCEM of the family's own documents (docs/pages.md#verification): another
/// family's document answers 404, as everywhere.
struct DocumentPrintController {
    let database: @Sendable () -> any Database
    let codes: VerificationCodes
    let publicURL: String

    func register(on family: RouterGroup<FamilyRequestContext>) {
        family.get(SiteURL.myDocumentPrint(.key).route) { request, context -> Response in
            guard let raw = context.parameters.get("document"), let id = UUID(uuidString: raw),
                  let document = try await IssuedDocument.query(on: database()).filter(\.$id == id).filter(\.$userID == context.userID).first()
            else { throw HTTPError(.notFound) }
            let page = AccountController.page(context, .myDocumentPrint(id))
            let model = DocumentPrintModel(document, code: try await codes.code(for: document), publicURL: publicURL, page)
            return try HTMLPage(html: VerificationView.print(page, model, backLink: SiteURL.myDocument(id).path)).response(from: request, context: context)
        }
    }
}
