import Testing
@testable import DCEMRules

@Suite struct CountriesTests {
    @Test func allCodes() {
        #expect(Country.all.count == 250)                       // 249 ISO 3166-1 codes + XK
        #expect(Set(Country.all).count == 250)
        #expect(Country.all == Country.all.sorted())
        #expect(Country.all.allSatisfy { Country(code: $0.code) == $0 })
    }

    @Test(arguments: ["GB", "gb", "Gb", "XK", "xk", "FR", "MA", "KM", "AQ", "SS", "BQ"])
    func accepted(code: String) throws {
        let country = try #require(Country(code: code))
        #expect(country.code == code.uppercased())
    }

    @Test(arguments: ["UK", "EL", "ZZ", "FRA", "", "F", "F1", "É", "AA", "EU", "XX"])
    func rejected(code: String) {
        #expect(Country(code: code) == nil)
    }

    @Test(arguments: [("UK", "GB"), ("uk", "GB"), ("EL", "GR"), ("el", "GR")])
    func aliasesSuggestTheISOCode(alias: String, suggestion: String) {
        #expect(Country.suggestion(for: alias)?.code == suggestion)
    }

    @Test func noSuggestionForOtherCodes() {
        #expect(Country.suggestion(for: "ZZ") == nil)
        #expect(Country.suggestion(for: "FR") == nil)
    }

    // Ruling 5: EU + IS, LI, NO + CH; France included.
    @Test(arguments: ["FR", "DE", "IE", "HR", "CY", "IS", "LI", "NO", "CH", "RO", "BG", "AT", "SE"])
    func eeaOrSwiss(code: String) {
        #expect(c(code).isEEAOrSwiss(on: evalDay))
    }

    @Test(arguments: ["US", "MA", "TR", "DZ", "RS", "XK", "UA", "AD", "MC", "SM", "VA", "GL", "RE"])
    func notEEA(code: String) {
        #expect(!c(code).isEEAOrSwiss(on: evalDay))
    }

    @Test func eeaListSize() {
        #expect(Country.all.filter { $0.isEEAOrSwiss(on: evalDay) }.count == 31)
        #expect(Country.all.filter { $0.isEEAOrSwiss(on: d("2020-12-31")) }.count == 32)
        #expect(Country.all.filter { $0.isEUMember(on: evalDay) }.count == 27)
    }

    // Ruling 5: the United Kingdom counts until 2020-12-31.
    @Test(arguments: [("2018-12-10", true), ("2020-12-31", true), ("2021-01-01", false), ("2026-11-25", false)])
    func unitedKingdomIsDated(day: String, eea: Bool) {
        #expect(c("GB").isEEAOrSwiss(on: d(day)) == eea)
    }

    @Test(arguments: [("2020-01-31", true), ("2020-02-01", false)])
    func unitedKingdomLeftTheEU(day: String, eu: Bool) {
        #expect(c("GB").isEUMember(on: d(day)) == eu)
    }

    @Test func euIsNotEEA() {
        for code in ["CH", "NO", "IS", "LI"] { #expect(!c(code).isEUMember(on: evalDay)) }
        #expect(c("IE").isEUMember(on: evalDay))
    }
}

@Suite struct DepartementsTests {
    static let expectedCodes: [String] =
        (1...19).map { String(format: "%02d", $0) } + ["2A", "2B"] + (21...95).map { String($0) }
        + ["971", "972", "973", "974", "976"]

    @Test func theHundredAndOneCodes() {
        #expect(Departement.all.count == 101)
        #expect(Departement.all.map(\.code) == DepartementsTests.expectedCodes)
    }

    @Test(arguments: ["20", "975", "977", "1", "00", "96", "99", "2C", "", "750", "7 5"])
    func rejected(code: String) {
        #expect(Departement(code: code) == nil)
    }

    @Test func corsicaIsCaseInsensitive() {
        #expect(Departement(code: "2a")?.code == "2A")
        #expect(Departement(code: "2b")?.code == "2B")
    }

    @Test func directory() {
        #expect(dep("75").serviceName == "Préfecture de police")
        #expect(dep("01").chefLieu == "Bourg-en-Bresse")
        #expect(dep("2A").chefLieu == "Ajaccio")
        #expect(dep("976").chefLieu == "Mamoudzou")
        #expect(dep("88").chefLieu == "Épinal")
        #expect(dep("13").name == "Bouches-du-Rhône")
        for d in Departement.all {
            #expect(!d.name.isEmpty && !d.chefLieu.isEmpty)
            #expect(d.serviceName.hasPrefix("Préfecture"))
        }
        #expect(Set(Departement.all.map(\.name)).count == 101)
    }

    @Test func mayotte() {
        #expect(dep("976").isMayotte)
        #expect(Departement.all.filter(\.isMayotte).map(\.code) == ["976"])
    }

    // docs/law.md#time-zones: time zones per département.
    @Test(arguments: [("971", "America/Guadeloupe"), ("972", "America/Martinique"), ("973", "America/Cayenne"),
                      ("974", "Indian/Reunion"), ("976", "Indian/Mayotte"), ("75", "Europe/Paris"), ("2B", "Europe/Paris")])
    func timeZones(code: String, zone: String) {
        #expect(dep(code).timeZoneIdentifier == zone)
        #expect(dep(code).timeZone.identifier == zone)
    }

    @Test func todayInTheDepartementsZone() {
        let instant = Date(timeIntervalSince1970: Double(d("2026-11-24").dayNumber) * 86_400 + 22 * 3600)  // 22:00 UTC
        #expect(dep("75").today(at: instant) == d("2026-11-24"))    // 23:00 in Paris
        #expect(dep("976").today(at: instant) == d("2026-11-25"))   // 01:00 in Mayotte
        #expect(dep("974").today(at: instant) == d("2026-11-25"))   // 02:00 in Réunion
        #expect(dep("971").today(at: instant) == d("2026-11-24"))   // 18:00 in Guadeloupe
    }
}

import Foundation
