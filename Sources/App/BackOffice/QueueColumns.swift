import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// What the back office's queue filters and searches on, copied at filing into a `dossiers` column
/// and the `SearchWords` table: the answers are one JSON document the database can not search quickly.
package enum QueueColumns {
    /// Grounds as `,code,code,`: a filter on one ground is `LIKE '%,code,%'` on both databases.
    package static func grounds(_ grounds: [Ground]) -> String {
        "," + grounds.map(\.rawValue).joined(separator: ",") + ","
    }

    /// The reference and every name of the case (child, parents, applicant), as `searchKey` reads them.
    static func searchText(reference: String?, answers: DossierAnswers) -> String {
        var parts: [String] = [reference ?? ""]
        if let child = answers.child { parts += [child.givenNames, child.surname] }
        for parent in answers.parents { parts += [parent.givenNames, parent.surname] }
        if let applicant = answers.applicant { parts += [applicant.givenNames, applicant.surname, applicant.organisation] }
        return searchKey(parts.joined(separator: " "))
    }

    /// Lower-cased, accents removed, anything but letters and digits turned into one space: the
    /// stored text and the agent's search read the same way ("Héloïse N'Diaye" → "heloise n diaye",
    /// "DCEM-75-2026-000001" → "dcem 75 2026 000001"). No `%` or `_` survives, so no LIKE escaping.
    package static func searchKey(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
        var result = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// Sets the grounds and the search words of a dossier being filed (`DossierFiling`).
    static func fill(_ dossier: Dossier, grounds: [Ground], on db: any Database) async throws {
        dossier.grounds = Self.grounds(grounds)
        try await SearchWords.replace(for: dossier, on: db)
    }
}
