import DCEMRules
import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// The home page states the law as the rules read it: the fee exemption only with the European
/// parent's grounds, and every figure from the dated parameters of the day.
@Suite struct HomePageFiguresTests {
    @Test func theExemptionNeedsTheEuropeanParentsThreeMonthsInFrance() async throws {
        try await withTestApp { client in
            let browser = Browser(client)
            let french = try await browser.get("/?lang=fr")
            let english = try await browser.get("/?lang=en")
            // The `eea-parent` and `eea-step-parent` grounds both need a parent settled for more than 3 months.
            #expect(french.body.contains("C’est gratuit quand un parent de l’enfant est Français ou citoyen d’un pays européen ou suisse et vit en France depuis plus de 3 mois"))
            #expect(french.body.contains("Un parent européen arrivé en France depuis moins de 3 mois ne rend pas le DCEM gratuit."))
            #expect(!french.body.contains("C’est gratuit quand un parent ou le beau-parent de l’enfant est Français ou citoyen d’un pays européen ou suisse."))
            #expect(english.body.contains("It is free when a parent of the child is French or a citizen of a European country or Switzerland and has lived in France for more than 3 months"))
            #expect(english.body.contains("A European parent who arrived in France less than 3 months ago does not make the DCEM free."))
        }
    }

    @Test func theFiguresAreTheParametersInForceThatDay() async throws {
        // 2018 figures (45 €, 4 months) before decree n° 2019-151, 2022 figures after.
        let before = HomeModel(on: CivilDate(year: 2019, month: 2, day: 28)!)
        let after = HomeModel(on: CivilDate(year: 2019, month: 3, day: 1)!)
        #expect((before.feeEUR, before.implicitRefusalMonths) == (45, 4))
        #expect((after.feeEUR, after.implicitRefusalMonths) == (50, 2))
        #expect(after.validityYears == Parameters.validityYears.value)
        #expect(after.majorityAge == Parameters.majorityAge.value)
        #expect(after.voidMonthsAfterMajority == Parameters.voidMonthsAfterMajority.value)
        #expect(after.establishedMonths == Parameters.establishedMonths.value)
        #expect(after.shortPermitFloorYears == Parameters.shortPermitFloorYears.value)
        #expect(after.aseAge == Parameters.aseAge.value)
        #expect(after.visitorVisaAge == Parameters.visitorVisaAge.value)
    }

    @Test func noFigureIsTypedInThePagesText() {
        // given figures no parameter has ever had: each must show up where the page states it
        let odd = HomeModel(feeEUR: 61, implicitRefusalMonths: 7, majorityAge: 19, establishedMonths: 5, aseAge: 17, visitorVisaAge: 14,
                            validityYears: 6, shortPermitFloorYears: 2, voidMonthsAfterMajority: 9)
        for language in [Language.fr, .en] {
            let html = HomeView.render(PageContext(language: language, path: "/"), model: odd).description
            let text = html.replacingOccurrences(of: "&nbsp;", with: " ")
            if language == .fr {
                for phrase in ["moins de 19 ans", "depuis plus de 5 mois", "au plus tard à ses 17 ans", "avant ses 14 ans", "61 € en timbres fiscaux",
                               "En général 6 ans, sans dépasser les 19 ans", "au moins 2 ans.", "9 mois après les 19 ans", "a 7 mois pour répondre"] {
                    #expect(text.contains(phrase), "\(phrase)")
                }
                for typed in ["18 ans", "3 mois", "16 ans", "13 ans", "5 ans", "1 an.", "2 mois", "50 €"] {
                    #expect(!text.contains(typed), "typed figure \(typed)")
                }
            } else {
                for phrase in ["under 19 living", "for more than 5 months", "by the age of 17", "before turning 14", "€61 in tax stamps",
                               "Usually 6 years, but never beyond the day the child turns 19", "at least 2 years.", "9 months after the child turns 19",
                               "has 7 months to answer"] {
                    #expect(text.contains(phrase), "\(phrase)")
                }
                for typed in ["turns 18", "under 18", "3 months", "age of 16", "turning 13", "5 years", "1 year", "2 months", "€50"] {
                    #expect(!text.contains(typed), "typed figure \(typed)")
                }
            }
        }
    }
}
