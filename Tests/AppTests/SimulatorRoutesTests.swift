import DCEMRules
import HummingbirdTesting
import Testing

@testable import App

/// The simulator through the real application (sessions in the database, CSRF, languages).
@Suite struct SimulatorRoutesTests {
    /// Text is escaped as it is written (docs/architecture.md#html); compare against the escaped form.
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Starts a visit: the start page, then the first question, whose form carries the session's CSRF token.
    static func start(_ browser: Browser, query: String = "") async throws -> String {
        let start = try await browser.get("/simulateur" + query)
        #expect(start.status == .ok)
        #expect(start.body.contains(#"href="/simulateur/question/nationalite-enfant""#))
        let first = try await browser.get("/simulateur/question/nationalite-enfant")
        #expect(first.status == .ok)
        return try #require(first.csrfToken)
    }

    /// Answers one question and checks where the browser is sent next.
    @discardableResult
    static func answer(_ browser: Browser, _ id: String, _ fields: [(String, String)], csrf: String, next: String,
                       sourceLocation: SourceLocation = #_sourceLocation) async throws -> Browser.Page {
        let page = try await browser.post("/simulateur/question/\(id)", form: fields, csrf: csrf)
        #expect(page.status == .seeOther, "answering \(id)", sourceLocation: sourceLocation)
        #expect(page.location == next, "after \(id)", sourceLocation: sourceLocation)
        return page
    }

    /// The child's four questions for a foreign child born on 2 April 2016 who lives in France,
    /// ending on the département question.
    static func answerChildQuestions(_ browser: Browser, csrf: String) async throws {
        let q = "/simulateur/question/"
        try await Self.answer(browser, "nationalite-enfant", [("nationalite-enfant", "other")], csrf: csrf, next: q + "titre-de-sejour-enfant")
        try await Self.answer(browser, "titre-de-sejour-enfant", [("titre-de-sejour-enfant", "no")], csrf: csrf, next: q + "naissance")
        try await Self.answer(browser, "naissance", Self.date("naissance", "2", "4", "2016"), csrf: csrf, next: q + "vit-en-france")
        try await Self.answer(browser, "vit-en-france", [("vit-en-france", "yes")], csrf: csrf, next: q + "departement")
    }

    /// A foreign child without a permit: the next question is the birth date. Returns the CSRF token.
    static func startAtBirthDate(_ browser: Browser) async throws -> String {
        let csrf = try await start(browser)
        try await answer(browser, "nationalite-enfant", [("nationalite-enfant", "other")], csrf: csrf, next: "/simulateur/question/titre-de-sejour-enfant")
        try await answer(browser, "titre-de-sejour-enfant", [("titre-de-sejour-enfant", "no")], csrf: csrf, next: "/simulateur/question/naissance")
        return csrf
    }

    static func date(_ id: String, _ day: String, _ month: String, _ year: String) -> [(String, String)] {
        [("\(id)-day", day), ("\(id)-month", month), ("\(id)-year", year)]
    }

    @Test func aFullJourneyEndsWithAnEligibleResult() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let csrf = try await Self.start(browser)
            let q = "/simulateur/question/"
            // when
            try await Self.answerChildQuestions(browser, csrf: csrf)
            try await Self.answer(browser, "departement", [("departement", "75")], csrf: csrf, next: q + "nombre-de-parents")
            try await Self.answer(browser, "nombre-de-parents", [("nombre-de-parents", "1")], csrf: csrf, next: q + "parent-1-nationalite")
            try await Self.answer(browser, "parent-1-nationalite", [("parent-1-nationalite", "other")], csrf: csrf, next: q + "parent-1-titre")
            try await Self.answer(browser, "parent-1-titre", [("parent-1-titre", "resident")], csrf: csrf, next: q + "parent-1-expiration")
            try await Self.answer(browser, "parent-1-expiration", Self.date("parent-1-expiration", "1", "5", "2031"), csrf: csrf, next: q + "beau-parent")
            try await Self.answer(browser, "beau-parent", [("beau-parent", "no")], csrf: csrf, next: q + "demandeur")
            try await Self.answer(browser, "demandeur", [("demandeur", "parent")], csrf: csrf, next: q + "protection")
            try await Self.answer(browser, "protection", [("protection", "none")], csrf: csrf, next: q + "ase")
            try await Self.answer(browser, "ase", [("ase", "no")], csrf: csrf, next: q + "arrivee")
            try await Self.answer(browser, "arrivee", [("arrivee", "other")], csrf: csrf, next: "/simulateur/resultat")
            let result = try await browser.get("/simulateur/resultat")
            // then
            let body = result.body
            #expect(result.status == .ok)
            #expect(body.contains("<title>Votre enfant peut obtenir un DCEM – dcem</title>"))
            #expect(body.contains("<h1 class=\"simulator-outcome simulator-outcome--eligible\">Votre enfant peut obtenir un DCEM</h1>"))
            #expect(body.contains(Self.html(Ground.parentResidencePermit.label(in: .fr))))
            #expect(body.contains("Texte : CESEDA L. 414-4"))
            #expect(body.contains("50 €, en timbres fiscaux"))
            for code in [DocumentCode.childPhotos, .parentResidencePermit, .parentalAuthorityProof, .cerfa11203] {
                #expect(body.contains(Self.html(code.label(in: .fr))), "document \(code.rawValue)")
            }
            #expect(!body.contains(Self.html(DocumentCode.mandate.label(in: .fr))), "only the documents this case needs")
            #expect(body.contains("S’il était délivré aujourd’hui, le 25 novembre 2026"))
            #expect(body.contains("il serait valable jusqu’au 25 novembre 2031 inclus"))
            #expect(body.contains("après le 2 juin 2034"), "void two months after the 18th birthday")
            #expect(body.contains(Self.html(ValidityBranch.fiveYears.label(in: .fr))))
            #expect(body.contains("ne répond pas avant le 25 janvier 2027"))
            #expect(body.contains("Préfecture de police"), "where to apply in Paris")
            #expect(body.contains(#"href="/simulateur/question/parent-1-expiration""#), "every answer can be changed")
            #expect(body.contains(#"action="/simulateur/recommencer""#))
            #expect(body.contains(#"<a href="/simulateur/question/arrivee" class="back-link">"#), "back to the last question")
            #expect(body.contains(#"class="print-hint no-print""#), "the result says how to keep it")
        }
    }

    @Test func aFrenchChildIsNotConcerned() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let csrf = try await Self.start(browser)
            // when
            try await Self.answer(browser, "nationalite-enfant", [("nationalite-enfant", "french")], csrf: csrf, next: "/simulateur/resultat")
            let result = try await browser.get("/simulateur/resultat")
            // then
            #expect(result.status == .ok)
            #expect(result.body.contains("Votre enfant n’a pas besoin de DCEM</h1>"))
            #expect(result.body.contains(Self.html(ReasonCode.frenchNational.label(in: .fr))))
            #expect(result.body.contains(Self.html(Alternative.frenchIdentityDocument.label(in: .fr))), "what to use instead")
            #expect(!result.body.contains("timbres fiscaux"))
        }
    }

    @Test func anAdultIsNotEligibleAndTheRestIsNotAsked() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let csrf = try await Self.start(browser)
            // when
            try await Self.answer(browser, "nationalite-enfant", [("nationalite-enfant", "stateless")], csrf: csrf, next: "/simulateur/question/titre-de-sejour-enfant")
            try await Self.answer(browser, "titre-de-sejour-enfant", [("titre-de-sejour-enfant", "no")], csrf: csrf, next: "/simulateur/question/naissance")
            try await Self.answer(browser, "naissance", Self.date("naissance", "24", "11", "2008"), csrf: csrf, next: "/simulateur/resultat")
            let result = try await browser.get("/simulateur/resultat")
            let skipped = try await browser.get("/simulateur/question/departement")
            // then
            #expect(result.body.contains("D’après vos réponses, votre enfant ne peut pas obtenir de DCEM</h1>"))
            #expect(result.body.contains(Self.html(ReasonCode.adult.label(in: .fr))))
            #expect(skipped.status == .seeOther, "a question the answers make irrelevant is not shown")
            #expect(skipped.location == "/simulateur/resultat")
        }
    }

    @Test func anImpossibleDateIsShownAgainWithTheErrorSummary() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let csrf = try await Self.startAtBirthDate(browser)
            // when
            let page = try await browser.post("/simulateur/question/naissance", form: Self.date("naissance", "30", "2", "2016"), csrf: csrf)
            // then
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("<title>Erreur : Quelle est la date de naissance de l’enfant ? – dcem</title>"))
            #expect(page.body.contains(#"class="error-summary""#))
            #expect(page.body.contains(##"<a href="#naissance">Entrez un jour qui existe pour la date de naissance de l’enfant"##))
            #expect(page.body.contains(#"id="naissance-error""#))
            #expect(page.body.contains(#"name="naissance-day" value="30""#), "the input is kept as typed")
            #expect(page.body.contains(#"name="naissance-month" value="2""#))
            let again = try await browser.get("/simulateur/question/naissance")
            #expect(again.status == .ok, "nothing was saved: the question is still the next one")
            #expect(!again.body.contains(#"value="30""#))
        }
    }

    @Test func anAnswerShownAgainCanNotCloseItsAttributeNorAddMarkup() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let csrf = try await Self.startAtBirthDate(browser)
            // when: a day that tries to close the value attribute and open an element
            let page = try await browser.post("/simulateur/question/naissance",
                                              form: Self.date("naissance", #"1" autofocus data-x="<b>&amp;"#, "2", "2016"), csrf: csrf)
            // then: kept as typed, inside its attribute
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains(#"name="naissance-day" value="1&quot; autofocus data-x=&quot;&lt;b&gt;&amp;amp;""#))
            #expect(!page.body.contains(#"1" autofocus"#))
            #expect(!page.body.contains("<b>"))
        }
    }

    @Test func aMissingChoiceSaysWhatToChoose() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let csrf = try await Self.start(browser)
            // when
            let page = try await browser.post("/simulateur/question/nationalite-enfant", form: [], csrf: csrf)
            // then
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains(##"<a href="#nationalite-enfant">Choisissez la nationalité de l’enfant</a>"##))
        }
    }

    @Test func aFormWithoutTheCSRFTokenIsRefused() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            _ = try await Self.start(browser)
            // when
            let page = try await browser.post("/simulateur/question/nationalite-enfant", form: [("nationalite-enfant", "french")])
            let wrong = try await browser.post("/simulateur/recommencer", form: [], csrf: "0000")
            // then
            #expect(page.status == .forbidden)
            #expect(wrong.status == .forbidden)
        }
    }

    @Test func anUnknownQuestionIsNotFound() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let page = try await browser.get("/simulateur/question/couleur-preferee")
            #expect(page.status == .notFound)
        }
    }

    @Test func aQuestionNotYetReachableRedirectsToTheNextOne() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let page = try await browser.get("/simulateur/question/protection")
            let result = try await browser.get("/simulateur/resultat")
            #expect(page.status == .seeOther)
            #expect(page.location == "/simulateur/question/nationalite-enfant")
            #expect(result.location == "/simulateur/question/nationalite-enfant", "no result before the answers")
        }
    }

    @Test func theBackLinkPointsToThePreviousRelevantQuestion() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let csrf = try await Self.start(browser)
            let q = "/simulateur/question/"
            try await Self.answerChildQuestions(browser, csrf: csrf)
            try await Self.answer(browser, "departement", [("departement", "13")], csrf: csrf, next: q + "nombre-de-parents")
            try await Self.answer(browser, "nombre-de-parents", [("nombre-de-parents", "1")], csrf: csrf, next: q + "parent-1-nationalite")
            try await Self.answer(browser, "parent-1-nationalite", [("parent-1-nationalite", "naturalised")], csrf: csrf, next: q + "parent-1-en-france")
            try await Self.answer(browser, "parent-1-en-france", [("parent-1-en-france", "yes")], csrf: csrf, next: q + "parent-1-arrivee")
            // the established French parent gives the European ground: no step-parent question
            try await Self.answer(browser, "parent-1-arrivee", Self.date("parent-1-arrivee", "1", "3", "2012"), csrf: csrf, next: q + "demandeur")
            // when
            let applicant = try await browser.get(q + "demandeur")
            let first = try await browser.get(q + "nationalite-enfant")
            let departement = try await browser.get(q + "departement")
            // then
            #expect(applicant.body.contains(#"<a href="/simulateur/question/parent-1-arrivee" class="back-link">"#))
            #expect(applicant.body.contains(#"<legend><h1>Qui fait la demande ?</h1></legend>"#))
            #expect(first.body.contains(#"<a href="/simulateur" class="back-link">"#))
            #expect(first.body.contains(#"value="other" checked"#), "the answer given is shown when coming back")
            #expect(departement.body.contains(#"<option value="13" selected>13 – Bouches-du-Rhône</option>"#))
        }
    }

    @Test func theSimulatorSpeaksEnglish() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            // when
            let start = try await browser.get("/simulateur?lang=en")
            let question = try await browser.get("/simulateur/question/nationalite-enfant")
            let csrf = try #require(question.csrfToken)
            try await Self.answer(browser, "nationalite-enfant", [("nationalite-enfant", "european")], csrf: csrf, next: "/simulateur/resultat")
            let result = try await browser.get("/simulateur/resultat")
            let invalid = try await browser.post("/simulateur/question/nationalite-enfant", form: [], csrf: csrf)
            // then
            #expect(start.body.contains(#"<html lang="en""#))
            #expect(start.body.contains("Check whether your child can get a DCEM"))
            #expect(question.body.contains("What is the child’s nationality?"))
            #expect(result.body.contains("Your child does not need a DCEM</h1>"))
            #expect(result.body.contains(Self.html(Alternative.nationalIdentityDocument.label(in: .en))))
            #expect(result.body.contains("Your answers"))
            #expect(invalid.body.contains("<title>Error: What is the child’s nationality? – dcem</title>"))
        }
    }

    @Test func startingAgainClearsTheAnswers() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let csrf = try await Self.start(browser)
            try await Self.answer(browser, "nationalite-enfant", [("nationalite-enfant", "french")], csrf: csrf, next: "/simulateur/resultat")
            // when
            let restart = try await browser.post("/simulateur/recommencer", form: [], csrf: csrf)
            let result = try await browser.get("/simulateur/resultat")
            // then
            #expect(restart.status == .seeOther)
            #expect(restart.location == "/simulateur")
            #expect(result.location == "/simulateur/question/nationalite-enfant")
        }
    }
}
