import Testing
@testable import DCEMRules

/// Countries read from their French names or codes (a pupils' file, docs/states.md#the-pupils-file).
@Suite struct CountryNamesTests {
    @Test func everyCountryHasAFrenchNameAndNoTwoNamesCollide() {
        #expect(CountryNames.table.count == Country.all.count)
        for country in Country.all {
            #expect(country.frenchName != country.code, "\(country)")
            #expect(Country(frenchNameOrCode: country.frenchName) == country, "\(country.frenchName)")
        }
        // no key names two countries
        var seen: [String: String] = [:]
        for (code, name, others) in CountryNames.table {
            for text in [name] + others {
                let key = CountryNames.key(text)
                #expect(seen[key] == nil || seen[key] == code, "\(text): \(seen[key] ?? "") and \(code)")
                seen[key] = code
            }
        }
    }

    @Test(arguments: [
        ("Maroc", "MA"), ("maroc", "MA"), ("MA", "MA"), ("ma", "MA"), ("Algérie", "DZ"), ("algerie", "DZ"),
        ("Côte d'Ivoire", "CI"), ("cote d ivoire", "CI"), ("Côte d’Ivoire", "CI"), ("Sénégal", "SN"), ("senegal", "SN"),
        ("Tunisie", "TN"), ("République démocratique du Congo", "CD"), ("RDC", "CD"), ("Congo-Brazzaville", "CG"),
        ("Royaume-Uni", "GB"), ("UK", "GB"), ("Grande-Bretagne", "GB"), ("États-Unis", "US"), ("Etats Unis", "US"),
        ("Turquie", "TR"), ("Syrie", "SY"), ("Russie", "RU"), ("Chine", "CN"), ("Kosovo", "XK"), ("Viêt Nam", "VN"),
        ("Vietnam", "VN"), ("Corée du Sud", "KR"), ("  Mali ", "ML"), ("Guinée", "GN"), ("Guinée équatoriale", "GQ"),
    ])
    func read(text: String, code: String) {
        #expect(Country(frenchNameOrCode: text) == c(code))
    }

    @Test(arguments: ["Congo", "Marocaine", "XX", "", "Atlantide"])
    func notRead(text: String) {
        #expect(Country(frenchNameOrCode: text) == nil)
    }

    @Test func namesShown() {
        #expect(c("MA").frenchName == "Maroc")
        #expect(c("TR").frenchName == "Turquie")
        #expect(c("IE").frenchName == "Irlande")
    }
}
