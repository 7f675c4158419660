import CompressNIO
import Foundation
import HummingbirdTesting
import Testing

@testable import App

@Suite struct PublicPagesTests {
    @Test func homeSaysWhatTheDocumentIsInFrenchByDefault() async throws {
        try await withTestApp { client in
            // when
            let response = try await client.execute(uri: "/", method: .get)
            let html = String(buffer: response.body)
            // then
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.contains(#"<html lang="fr""#))
            #expect(html.contains(##"href="#content""##), "skip link")
            #expect(html.contains(#"<main id="content""#))
            #expect(html.contains("50 € en timbres fiscaux"), "the fee in force on 2026-11-25")
            #expect(html.contains("2 mois"), "the implicit-refusal delay in force")
            #expect(html.contains(#"href="/simulateur""#))
            #expect(html.contains(#"href="/?lang=en""#), "the language switch keeps the visitor on the page")
        }
    }

    @Test func languageSwitchRendersEnglishAndIsRemembered() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            // when
            let switched = try await browser.get("/?lang=en")
            let next = try await browser.get("/")
            // then
            #expect(switched.body.contains(#"<html lang="en""#))
            #expect(switched.body.contains("€50 in tax stamps"))
            #expect(switched.headers[values: .setCookie].contains { $0.hasPrefix("dcem_lang=en") && $0.contains("HttpOnly") && $0.contains("SameSite=Lax") })
            #expect(next.body.contains(#"<html lang="en""#), "the cookie keeps the choice")
        }
    }

    @Test func acceptLanguagePicksEnglishWhenNothingElseSaysOtherwise() async throws {
        try await withTestApp { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "en-GB,en;q=0.9,fr;q=0.5"])
            #expect(String(buffer: response.body).contains(#"<html lang="en""#))
        }
    }

    @Test func unknownPageAnswersAClearNotFoundPage() async throws {
        try await withTestApp { client in
            let response = try await client.execute(uri: "/nulle-part", method: .get)
            let html = String(buffer: response.body)
            #expect(response.status == .notFound)
            #expect(html.contains("Page introuvable"))
            #expect(html.contains(#"<html lang="fr""#))
        }
    }

    @Test func formPostWithoutTheSessionTokenIsRefused() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            // given a visitor with a session but a forged token
            let question = try await browser.get(SiteURL.simulatorQuestion(.childNationality).path)
            #expect(question.csrfToken != nil, "the question page's form carries the session's token")
            // when
            let forged = try await browser.post(SiteURL.simulatorRestart.path, form: [], csrf: "0000")
            let missing = try await browser.post(SiteURL.simulatorRestart.path, form: [])
            // then
            #expect(forged.status == .forbidden)
            #expect(missing.status == .forbidden)
            #expect(forged.body.contains("Ce formulaire a expiré"))
        }
    }

    @Test func theStylesheetIsMinifiedWithoutChangingWhatItSays() throws {
        #expect(StaticAssets.minified("a:hover { color: red; }\n/* why */ .x > .y::before { content: \"‹ \"; margin: 0 auto; }")
            == #"a:hover{color:red}.x > .y::before{content:"‹ ";margin:0 auto}"#)
        // The colon's space goes everywhere: no quoted string of the file may hold one.
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/App/Resources/site.css")
        let css = try String(contentsOf: file, encoding: .utf8)
        #expect(css.range(of: #""[^"\n]*: [^"\n]*""#, options: .regularExpression) == nil)
    }

    @Test func stylesheetIsServedAndSmall() async throws {
        try await withTestApp { client in
            let response = try await client.execute(uri: SiteURL.stylesheet.path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            // One stylesheet for every page; the queue's wide layout, tabs and marks take about 1.4 kB.
            #expect(response.body.readableBytes < 14_000)
            #expect(!String(buffer: response.body).contains("/*"), "served without its comments")
            // A browser that accepts gzip gets the same stylesheet compressed.
            let compressed = try await client.execute(uri: SiteURL.stylesheet.path, method: .get, headers: [.acceptEncoding: "gzip, deflate, br"])
            #expect(compressed.headers[.contentEncoding] == "gzip")
            #expect(compressed.body.readableBytes < response.body.readableBytes / 3)
            var body = compressed.body
            #expect(try body.decompress(with: .gzip()) == response.body)
            let refused = try await client.execute(uri: SiteURL.stylesheet.path, method: .get, headers: [.acceptEncoding: "gzip;q=0, identity"])
            #expect(refused.headers[.contentEncoding] == nil)
        }
    }
}
