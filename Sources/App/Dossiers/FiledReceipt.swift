import DCEMDossier
import DCEMRules
import Foundation

/// What the acknowledgement of receipt states (CRPA L. 112-3 and R. 112-5: the filing date, the
/// service, the day silence becomes a refusal; `docs/law.md#receipt`), with the answers' summary and the documents it
/// lists, as they were at filing. Kept apart from the answers' own types: it is a record, and
/// stays readable whatever they become.
struct FiledReceipt: Codable, Sendable, Equatable {
    struct Person: Codable, Sendable, Equatable {
        var givenNames: String
        var surname: String
        var nationality: String
    }
    struct Address: Codable, Sendable, Equatable {
        var line1: String
        var line2: String
        var postalCode: String
        var city: String
    }
    struct Document: Codable, Sendable, Equatable {
        /// An upload slot's id (`UploadSlot.id`) or the photo slot.
        var slot: String
        var originalName: String
        var size: Int
        var sha256: String
    }

    var reference: String
    /// ISO days.
    var filedOn: String
    var implicitRefusalOn: String
    /// The département whose préfecture is in charge.
    var departement: String
    var child: Person?
    var childBirthDate: String?
    var parents: [Person]
    var address: Address?
    var phone: String?
    var documents: [Document]

    /// The receipt of a case being filed: its answers and the documents it holds now.
    init(reference: String, filedOn: CivilDate, implicitRefusalOn: CivilDate, departement: Departement, answers: DossierAnswers,
         documents: [DossierDocument]) {
        self.reference = reference
        self.filedOn = filedOn.iso
        self.implicitRefusalOn = implicitRefusalOn.iso
        self.departement = departement.code
        child = answers.child.map { Person(givenNames: $0.givenNames, surname: $0.surname, nationality: $0.nationality) }
        childBirthDate = answers.situation.childBirth?.civil?.iso
        parents = answers.parents.map { Person(givenNames: $0.givenNames, surname: $0.surname, nationality: $0.nationality) }
        address = answers.address.map { Address(line1: $0.line1, line2: $0.line2, postalCode: $0.postalCode, city: $0.city) }
        phone = answers.applicant?.phone
        self.documents = documents.map { Document(slot: $0.slot, originalName: $0.originalName, size: $0.size, sha256: $0.sha256) }
    }

    /// The receipt of a case filed before receipts were kept: rebuilt from the case. The dates
    /// are those of filing (the filing event's, else computed from the filing day), never the
    /// live ones; the documents are those held at filing (`allDocuments`: removed ones included);
    /// only the answers can have changed since, which nothing recorded.
    static func reconstructed(_ dossier: Dossier, allDocuments: [DossierDocument], events: [DossierEvent]) -> FiledReceipt {
        let departement = dossier.competentDepartement ?? .paris
        let filedAt = dossier.filedAt
        let filing = events.first { $0.action == DossierAction.file.rawValue }
        let filedOn = dossier.filedDay ?? filedAt.map(departement.today(at:)) ?? departement.today(at: dossier.updatedAt)
        let silence = filing?.decodedDetails["implicitRefusalOn"].flatMap(CivilDate.init(iso:))
            ?? Deadlines.implicitRefusalDate(filedOn: filedOn)
        let filed = allDocuments.filter { document in
            guard !document.afterFiling else { return false }
            guard let filedAt else { return document.removedAt == nil }
            return document.uploadedAt <= filedAt && (document.removedAt.map { $0 > filedAt } ?? true)
        }
        return FiledReceipt(reference: dossier.reference ?? "", filedOn: filedOn, implicitRefusalOn: silence, departement: departement,
                            answers: dossier.decodedAnswers(), documents: filed)
    }

    var filedDay: CivilDate? { CivilDate(iso: filedOn) }
    var implicitRefusalDay: CivilDate? { CivilDate(iso: implicitRefusalOn) }
    var competentDepartement: Departement { Departement(code: departement) ?? .paris }
}
