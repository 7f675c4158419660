import DCEMDossier
import DCEMRules
import Foundation


/// A demo family's answers, entered through the very forms and questions of the family's pages.
enum DemoAnswers {
    /// A child of a parent holding a resident card, at home in the demo préfecture.
    /// The demo's boys (Adam, Rayan…): the others are girls, so a printed CERFA reads right.
    static let boys: Set<String> = ["Sami", "Adam", "Ilyes", "Rayan", "Zakaria"]

    static func make(childGivenNames: String, prefecture: String, today: CivilDate) throws -> DossierAnswers {
        let text = Catalog.of(.fr)
        var answers = DossierAnswers()
        answers.situation.applicant = .parent
        let (postalCode, city) = prefecture == "69" ? ("69003", "Lyon") : ("75011", "Paris")
        let sections: [(DossierSection, [String: String])] = [
            (.child, ["surname": "Benali", "givenNames": childGivenNames, "sex": boys.contains(childGivenNames) ? "M" : "F", "birthPlace": "Casablanca", "birthCountry": "Maroc",
                      "nationality": "marocaine", "passportNumber": "AB123456", "passportExpires-day": "1", "passportExpires-month": "6",
                      "passportExpires-year": String(today.year + 5)]),
            (.parents, ["parent1-surname": "Benali", "parent1-givenNames": "Karim", "parent1-nationality": "marocaine", "second": "no"]),
            (.applicant, ["phone": "06 00 00 00 00"]),
            (.address, ["line1": "12 rue de l’Exemple", "line2": "", "postalCode": postalCode, "city": city]),
        ]
        for (section, fields) in sections {
            let errors = DossierSectionForms.apply(section, form: FormFields(values: fields), to: &answers, text: text.dossier, today: today)
            guard errors.isEmpty else { throw DemoError.form(section.rawValue, errors.map(\.fieldID)) }
        }
        for code in UploadSlot.civilStatus { answers.foreignLanguage[code.rawValue] = false }
        var steps = 0
        while case .question(let question) = DossierChecklist(answers: answers, files: [], today: today).path.next, steps < 30 {
            steps += 1
            guard let fields = situation(today)[question.id] else { throw DemoError.question(question.id) }
            switch SimulatorQuestions.submit(question, form: FormFields(values: fields), answers: answers.situation, text: text.simulator, today: today) {
            case .saved(let updated): answers.situation = updated
            case .invalid: throw DemoError.question(question.id)
            }
        }
        return answers
    }

    /// The answers of the situation questions, by question address.
    static func situation(_ today: CivilDate) -> [String: [String: String]] {
        [
            "nationalite-enfant": ["nationalite-enfant": "other"],
            "titre-de-sejour-enfant": ["titre-de-sejour-enfant": "no"],
            "naissance": ["naissance-day": "12", "naissance-month": "5", "naissance-year": String(today.year - 11)],
            "vit-en-france": ["vit-en-france": "yes"],
            "parent-1-nationalite": ["parent-1-nationalite": "other"],
            "parent-1-titre": ["parent-1-titre": "resident"],
            "parent-1-expiration": ["parent-1-expiration-day": "1", "parent-1-expiration-month": "1", "parent-1-expiration-year": String(today.year + 4)],
            "beau-parent": ["beau-parent": "no"],
            "protection": ["protection": "none"],
            "ase": ["ase": "no"],
            "arrivee": ["arrivee": "other"],
        ]
    }

    enum DemoError: Error, CustomStringConvertible {
        case form(String, [String])
        case question(String)

        var description: String {
            switch self {
            case .form(let section, let fields): "demo answers refused in \(section): \(fields.joined(separator: ", "))"
            case .question(let id): "no demo answer for the question \(id)"
            }
        }
    }

    /// A small valid PDF: header, one object, trailer.
    static let pdf: [UInt8] = Array("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".utf8)

    /// A 1×1 baseline JPEG's structure.
    static let jpeg: [UInt8] = [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00,
        0x00,
        0xFF, 0xD9,
    ]
}
