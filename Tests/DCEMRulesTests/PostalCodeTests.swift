import Testing
@testable import DCEMRules

/// The département a postal code points to (a suggestion the family confirms).
@Suite struct PostalCodeTests {
    @Test(arguments: [
        ("75001", "75"),
        ("75116", "75"),
        ("13001", "13"),
        ("01000", "01"),
        ("01990", "01"),
        ("06000", "06"),
        ("95000", "95"),
        ("69007", "69"),
        // Corsica
        ("20000", "2A"),
        ("20090", "2A"),
        ("20199", "2A"),
        ("20200", "2B"),
        ("20600", "2B"),
        ("20699", "2B"),
        // overseas départements: three digits
        ("97100", "971"),
        ("97110", "971"),
        ("97200", "972"),
        ("97300", "973"),
        ("97400", "974"),
        ("97600", "976"),
        ("97699", "976"),
        // surrounding spaces are trimmed
        (" 75001 ", "75"),
        ("\t13001\n", "13"),
    ])
    func known(code: String, departement: String) {
        #expect(PostalCode.departement(for: code) == dep(departement))
    }

    @Test(arguments: [
        "97500",    // Saint-Pierre-et-Miquelon: not a département
        "97133",    // Saint-Barthélemy: collectivity, not Guadeloupe
        "97150",    // Saint-Martin: collectivity, not Guadeloupe
        "97000",
        "97700",
        "98000",    // Monaco
        "98800",    // New Caledonia
        "99999",
        "00000",
        "00999",
        "20700",    // no such Corsican code
        "20999",
        "96000",
        "7500",     // 4 digits
        "750011",   // 6 digits
        "75 001",   // a space inside: refused, the form asks again
        "75-001",
        "7500A",
        "2A000",
        "+7500",
        "７５００１", // full-width digits
        "",
        "     ",
    ])
    func unknown(code: String) {
        #expect(PostalCode.departement(for: code) == nil)
    }

    @Test func everyMetropolitanDepartementHasItsCodes() {
        // given every two-digit département code but Corsica's
        for departement in Departement.all where departement.code.count == 2 && !departement.code.hasPrefix("2A")
            && !departement.code.hasPrefix("2B") {
            // then its first and last postal codes point to it
            #expect(PostalCode.departement(for: departement.code + "000") == departement)
            #expect(PostalCode.departement(for: departement.code + "999") == departement)
        }
    }
}

/// Postal codes serving several départements: the family chooses among them.
@Suite struct SharedPostalCodeTests {
    @Test(arguments: [
        ("05110", ["04", "05"]),
        ("05130", ["04", "05"]),
        ("05160", ["04", "05"]),
        ("33220", ["24", "33"]),
        (" 33220 ", ["24", "33"]),
        ("75011", ["75"]),
        ("05000", ["05"]),
        ("97110", ["971"]),
        ("98000", []),
        ("7501", []),
    ])
    func candidates(_ code: String, _ expected: [String]) {
        #expect(PostalCode.departements(for: code).map(\.code) == expected)
    }

    @Test func everySharedCodeListsItsOwnPrefixAndRealDepartements() {
        for (code, departements) in PostalCode.sharedCodes {
            #expect(departements.count > 1)
            #expect(departements.allSatisfy { Departement(code: $0) != nil })
            #expect(departements.contains(PostalCode.departement(for: code)!.code), "\(code)")
            #expect(departements == departements.sorted())
        }
    }
}
