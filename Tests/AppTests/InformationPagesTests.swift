import Testing

@testable import App

/// Help, accessibility, legal notice and personal data (docs/pages.md#information): linked from
/// every page's footer in both languages, each saying what a public service must.
@Suite struct InformationPagesTests {
    @Test func everyPagesFooterLinksTheFourPagesInItsLanguage() async throws {
        try await withTestSite { site in
            let browser = site.browser()
            for (path, language) in [("/", "fr"), ("/simulateur?lang=en", "en"), ("/compte/connexion?lang=fr", "fr")] {
                let page = try await browser.get(path)
                for information in InformationPage.allCases {
                    let title = (language == "fr" ? Catalog.french : Catalog.english).information.title(information)
                    #expect(page.body.contains(#"<a href="/\#(information.rawValue)">\#(title)</a>"#), "\(path): \(title)")
                }
            }
        }
    }

    @Test func eachPageSaysWhatItOwes() async throws {
        try await withTestSite { site in
            let browser = site.browser()
            let help = try await browser.get("/aide?lang=fr")
            #expect(help.status == .ok)
            // the seeds' ways to get help, and filing at the counter (docs/law.md#rule-19)
            #expect(help.body.contains("0\u{00A0}806\u{00A0}001\u{00A0}620") && help.body.contains("point d’accueil numérique") && help.body.contains("R. 431-2"))
            let accessibility = try await browser.get("/accessibilite")
            #expect(accessibility.body.contains("RGAA 4.1") && accessibility.body.contains("non conforme"))
            #expect(accessibility.body.contains("Défenseur des droits"))
            let data = try await browser.get("/donnees-personnelles")
            // what, why, the basis, how long (rule 24), who sees it, the rights
            for phrase in ["Ce qui est recueilli", "article 6, paragraphe 1, e", "six mois", "cinq ans", "Qui les voit", "CNIL"] {
                #expect(data.body.contains(phrase), "\(phrase)")
            }
            let legal = try await browser.get("/mentions-legales?lang=en")
            #expect(legal.status == .ok && legal.body.contains("<h1>Legal notice</h1>"))
        }
    }
}
