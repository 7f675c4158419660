import DCEMDossier
import DCEMRules
import Foundation

/// The page after filing, still right when bookmarked: the dates are the filing's (`receipt`),
/// with what changed since (`since`), never a blank one.
struct FilingConfirmationModel: Sendable {
    let id: UUID
    let reference: String
    let prefecture: String
    let silence: String
    let since: String?
    /// Filed by an agent at the counter: print the records, then leave counter mode.
    let atCounter: Bool

    init(_ page: PageContext, dossier: Dossier, receipt: FiledReceipt, since: ImplicitRefusalChange?) {
        id = dossier.id!
        atCounter = page.assisted != nil
        reference = dossier.reference ?? ""
        prefecture = page.text.dossier.prefectureLine((dossier.competentDepartement ?? .paris).serviceName, dossier.departement ?? "")
        silence = page.text.dossier.silenceExplained(DossierFormat.day(receipt.implicitRefusalOn, page))
        self.since = since.map { ImplicitRefusalChangesView.line(page, $0) }
    }
}

/// The acknowledgement of receipt (CRPA L. 112-3 and R. 112-5: filing date, service, silence
/// date, appeal routes), the answers' summary and every document with its SHA-256, as filed.
struct FiledReceiptModel: Sendable {
    struct Document: Sendable {
        let line: String
        let sha256: String
    }

    let reference: String
    let facts: [SummaryRow]
    let silence: String
    /// The last change of the implicit-refusal date after filing, told under the date.
    let since: String?
    let identity: [SummaryRow]
    let documents: [Document]

    init(_ page: PageContext, receipt: FiledReceipt, since: ImplicitRefusalChange?) {
        let t = page.text.dossier
        let silenceDay = DossierFormat.day(receipt.implicitRefusalOn, page)
        let departement = receipt.competentDepartement
        reference = receipt.reference
        facts = [
            SummaryRow(t.referenceLabel, receipt.reference, page: page),
            SummaryRow(t.filedOnLabel, DossierFormat.day(receipt.filedOn, page), page: page),
            SummaryRow(t.serviceLabel, "\(departement.serviceName) (\(departement.code))", page: page),
            SummaryRow(t.implicitRefusalLabel, silenceDay, page: page),
        ]
        silence = t.silenceExplained(silenceDay)
        self.since = since.map { ImplicitRefusalChangesView.line(page, $0) }
        var rows: [SummaryRow] = []
        if let child = receipt.child {
            rows.append(SummaryRow(t.sectionTitle(.child), "\(child.givenNames) \(child.surname), \(child.nationality)", page: page))
        }
        if let birth = receipt.childBirthDate {
            rows.append(SummaryRow(page.text.simulator.childBirth.title, DossierFormat.day(birth, page), page: page))
        }
        for (index, parent) in receipt.parents.enumerated() {
            rows.append(SummaryRow(t.parentHeading(index + 1), "\(parent.givenNames) \(parent.surname), \(parent.nationality)", page: page))
        }
        if let address = receipt.address {
            rows.append(SummaryRow(t.sectionTitle(.address), [address.line1, address.line2, "\(address.postalCode) \(address.city)"]
                .filter { !$0.isEmpty }.joined(separator: ", "), page: page))
        }
        if let phone = receipt.phone {
            rows.append(SummaryRow(t.phone, phone, page: page))
        }
        identity = rows
        documents = receipt.documents.map { document in
            let slot = UploadSlot(id: document.slot).map { DossierFormat.slotLabel(page, $0) } ?? t.sectionTitle(.photos)
            return Document(line: "\(slot) — \(document.originalName) (\(DossierFormat.size(document.size, page.language)))", sha256: document.sha256)
        }
    }
}

/// The CERFA 11203, filled from the answers: the paper form's parts in its order (the minor, the
/// applicant, the parentage, the address), each box labelled as on paper and holding one value
/// (a surname under "Nom", the given names under "Prénom(s)").
struct CERFAModel: Sendable {
    enum Field: Sendable {
        case surname, givenNames, sex, birthDate, birthPlace, birthCountry, nationality, passport
        case capacity, organisation, phone, email, street, postalCode, city
    }

    struct Parent: Sendable {
        let title: String
        let rows: [SummaryRow]
    }

    let reference: String
    let child: [SummaryRow]
    let applicant: [SummaryRow]
    let parents: [Parent]
    let address: [SummaryRow]

    init(_ page: PageContext, dossier: Dossier, email: String) {
        let t = page.text.dossier
        func row(_ field: Field, _ value: String?) -> SummaryRow { SummaryRow(t.cerfaLabel(field), value, page: page) }
        let answers = dossier.decodedAnswers()
        let child = answers.child
        let role = (answers.situation.applicant ?? .parent).role
        reference = dossier.reference ?? ""
        self.child = [
            row(.surname, child?.surname),
            row(.givenNames, child?.givenNames),
            row(.sex, child.map { $0.sex == "F" ? t.female : t.male }),
            row(.birthDate, answers.situation.childBirth?.civil.map { DossierFormat.day($0, page) }),
            row(.birthPlace, child?.birthPlace),
            row(.birthCountry, child?.birthCountry),
            row(.nationality, child?.nationality),
            row(.passport, child?.passportNumber),
        ]
        var applicantRows = [row(.capacity, role.label(in: page.language))]
        if role == .parent, let parent = answers.parents[safe: answers.situation.applicantParent ?? 0] {
            applicantRows += [row(.surname, parent.surname), row(.givenNames, parent.givenNames)]
        } else if let applicant = answers.applicant {
            applicantRows += [row(.surname, applicant.surname), row(.givenNames, applicant.givenNames)]
            if !applicant.organisation.isEmpty { applicantRows.append(row(.organisation, applicant.organisation)) }
        }
        // A counter filing's placeholder address is no one's: the box stays empty.
        applicantRows += [row(.phone, answers.applicant?.phone), row(.email, AssistedFiling.isPlaceholder(email) ? nil : email)]
        applicant = applicantRows
        parents = answers.parents.enumerated().map { index, parent in
            Parent(title: t.cerfaParent(index + 1), rows: [
                row(.surname, parent.surname), row(.givenNames, parent.givenNames), row(.nationality, parent.nationality),
                row(.birthDate, parent.birthDate?.civil.map { DossierFormat.day($0, page) }),
            ])
        }
        let place = answers.address
        address = [
            row(.street, place.map { [$0.line1, $0.line2].filter { !$0.isEmpty }.joined(separator: ", ") }),
            row(.postalCode, place?.postalCode),
            row(.city, place?.city),
        ]
    }
}
