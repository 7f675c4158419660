import Testing
@testable import DCEMRules

/// The UAI code of a school (docs/law.md#rule-12): seven digits and a check letter, the seven
/// digits modulo 23 in the alphabet without I, O and Q. The codes below are real schools' codes as
/// published in the national directory of schools; each one's letter is the one the algorithm gives.
@Suite struct SchoolCodeTests {
    @Test(arguments: [
        ("0750654D", "75"), // lycée Henri-IV, Paris
        ("0750655E", "75"), // lycée Louis-le-Grand, Paris
        ("0750657G", "75"), // lycée Montaigne, Paris
        ("0752526N", "75"), // collège Henri-IV, Paris
        ("0750685M", "75"), // lycée Pierre-Gilles-de-Gennes, Paris
        ("0750714U", "75"), // lycée Hélène-Boucher, Paris
        ("0750711R", "75"), // lycée Henri-Bergson, Paris
        ("0750705J", "75"), // lycée Honoré-de-Balzac, Paris
        ("0690026D", "69"), // a lycée of the Rhône with preparatory classes
        ("0590119J", "59"), // a lycée of the Nord with preparatory classes
        ("0040533H", "04"), // lycée Les Iscles, Manosque
        ("0442953W", "44"), // Nantes Université
        ("9740983A", "974"), // an establishment in La Réunion
        ("9760127J", "976"), // lycée Younoussa-Bamana, Mayotte
    ])
    func realCodesCheck(code: String, departement: String) throws {
        let parsed = try SchoolCode.parse(code).get()
        #expect(parsed.value == code)
        #expect(parsed.departement == dep(departement))
        #expect(SchoolCode.key(for: String(code.prefix(7))) == code.last)
    }

    @Test func typedAsAPersonTypesIt() throws {
        #expect(try SchoolCode.parse(" 0750654d ").get().value == "0750654D")
    }

    @Test(arguments: [
        ("0750654E", SchoolCode.Problem.checkKey), // wrong letter
        ("0750645D", .checkKey),                    // two digits swapped
        ("0760654D", .checkKey),                    // one digit mistyped
        ("075065D", .shape), ("07506540D", .shape), ("0750654", .shape), ("075O654D", .shape), ("0750654-", .shape),
        ("", .shape), ("0750654DD", .shape),
    ])
    func wrongCodes(code: String, problem: SchoolCode.Problem) {
        #expect(SchoolCode.parse(code) == .failure(problem))
    }

    @Test func corsicaAndUnknownDepartements() throws {
        // Corse-du-Sud is 620, Haute-Corse 720 in the directory
        let ajaccio = "6200001" + String(SchoolCode.key(for: "6200001")!)
        let bastia = "7200001" + String(SchoolCode.key(for: "7200001")!)
        #expect(try SchoolCode.parse(ajaccio).get().departement == dep("2A"))
        #expect(try SchoolCode.parse(bastia).get().departement == dep("2B"))
        // 000 and 975 (Saint-Pierre-et-Miquelon, no département of the service) name none
        for digits in ["0000001", "9750001", "0990001"] {
            #expect(SchoolCode.parse(digits + String(SchoolCode.key(for: digits)!)) == .failure(.unknownDepartement))
        }
    }

    @Test func theKeyAlphabetHasNoIOrQ() {
        #expect(SchoolCode.keyAlphabet.count == 23)
        #expect(!SchoolCode.keyAlphabet.contains("I") && !SchoolCode.keyAlphabet.contains("O") && !SchoolCode.keyAlphabet.contains("Q"))
    }
}
