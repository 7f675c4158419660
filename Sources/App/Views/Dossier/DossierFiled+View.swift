import DCEMDossier
import DCEMRules
import Plot

/// What a family keeps after filing: the confirmation page, the printable acknowledgement of
/// receipt (rule 17) and the CERFA 11203 filled from the answers.
enum DossierFiledView {
    static func service(_ dossier: Dossier) -> String {
        (dossier.competentDepartement ?? .paris).serviceName
    }

    /// The page after filing, still right when bookmarked: the dates are the filing's (`receipt`),
    /// with what changed since (`since`), never a blank one.
    static func confirmation(_ page: PageContext, dossier: Dossier, receipt: FiledReceipt, since: ImplicitRefusalChange?) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        let silence = DossierFormat.day(receipt.implicitRefusalOn, page)
        return Layout(page: page, title: t.confirmationTitle).render([
            element("div", [("class", "panel panel--ok confirmation")], [
                element("h1", [], [.plainText(t.confirmationTitle)]),
                element("p", [], [.plainText(t.confirmationReference)]),
                element("p", [("class", "reference")], [element("strong", [], [.plainText(dossier.reference ?? "")])]),
            ]),
            element("p", [], [.plainText(t.prefectureLine(service(dossier), dossier.departement ?? ""))]),
            element("h2", [], [.plainText(t.nextTitle)]),
            element("ol", [("class", "list list--number")], t.nextSteps.map { element("li", [], [.plainText($0)]) }),
            element("p", [], [.plainText(t.silenceExplained(silence))]),
            sinceFiling(page, since),
            element("p", [], [.plainText(t.appealRoutes)]),
            element("p", [], [.plainText(t.helpLine)]),
            element("ul", [("class", "list")], [
                element("li", [], [element("a", [("href", SiteURL.dossierReceipt(id).path)], [.plainText(t.receiptLink)])]),
                element("li", [], [element("a", [("href", SiteURL.dossierCERFA(id).path)], [.plainText(t.cerfaLink)])]),
                element("li", [], [element("a", [("href", SiteURL.dossier(id).path)], [.plainText(t.followLink)])]),
            ]),
        ])
    }

    /// The acknowledgement of receipt (CRPA L. 112-3 and R. 112-5: filing date, service, silence
    /// date, appeal routes), the answers' summary and every document with its SHA-256, as filed.
    /// `since`: the last change of the implicit-refusal date after filing, told under the date.
    static func receipt(_ page: PageContext, receipt: FiledReceipt, since: ImplicitRefusalChange?) -> String {
        let t = page.text.dossier
        let silence = DossierFormat.day(receipt.implicitRefusalOn, page)
        let departement = receipt.competentDepartement
        return Layout(page: page, title: t.receiptTitle, printable: true).render([
            element("p", [("class", "print-reference")], [.plainText(receipt.reference)]),
            element("h1", [], [.plainText(t.receiptTitle)]),
            DossierFormat.summary([
                DossierFormat.row(t.referenceLabel, receipt.reference, page: page),
                DossierFormat.row(t.filedOnLabel, DossierFormat.day(receipt.filedOn, page), page: page),
                DossierFormat.row(t.serviceLabel, "\(departement.serviceName) (\(departement.code))", page: page),
                DossierFormat.row(t.implicitRefusalLabel, silence, page: page),
            ]),
            element("p", [], [.plainText(t.silenceExplained(silence))]),
            sinceFiling(page, since),
            element("p", [], [.plainText(t.appealRoutes)]),
            element("h2", [], [.plainText(t.answersHeading)]),
            identitySummary(page, receipt),
            element("h2", [], [.plainText(t.documentsHeading)]),
            element("table", [("class", "table")], [
                element("thead", [], [element("tr", [], [
                    element("th", [("scope", "col")], [.plainText(t.documentsHeading)]),
                    element("th", [("scope", "col")], [.plainText(t.hashLabel)]),
                ])]),
                element("tbody", [], receipt.documents.map { document in
                    let slot = UploadSlot(id: document.slot).map { CheckAnswersView.slotLabel(page, $0) } ?? t.sectionTitle(.photos)
                    return element("tr", [], [
                        element("td", [], [.plainText("\(slot) — \(document.originalName) (\(DossierFormat.size(document.size, page.language)))")]),
                        element("td", [("class", "hash")], [.plainText(document.sha256)]),
                    ])
                }),
            ]),
        ])
    }

    /// The last change of the implicit-refusal date since filing, under the date of the filing.
    static func sinceFiling(_ page: PageContext, _ since: ImplicitRefusalChange?) -> BodyNode {
        guard let since else { return .empty }
        let dates = ImplicitRefusalText.of(page.language)
        return element("div", [("class", "panel")], [
            element("p", [], [element("strong", [], [.plainText(dates.sinceFilingTitle)])]),
            element("p", [], [.plainText(dates.dateAtFiling)]),
            element("p", [], [.plainText(ImplicitRefusalChangesView.line(page, since))]),
        ])
    }

    /// The answers' summary the receipt shows, as filed.
    static func identitySummary(_ page: PageContext, _ receipt: FiledReceipt) -> BodyNode {
        let t = page.text.dossier
        var rows: [BodyNode] = []
        if let child = receipt.child {
            rows.append(DossierFormat.row(t.sectionTitle(.child), "\(child.givenNames) \(child.surname), \(child.nationality)", page: page))
        }
        if let birth = receipt.childBirthDate {
            rows.append(DossierFormat.row(page.text.simulator.childBirth.title, DossierFormat.day(birth, page), page: page))
        }
        for (index, parent) in receipt.parents.enumerated() {
            rows.append(DossierFormat.row(t.parentHeading(index + 1), "\(parent.givenNames) \(parent.surname), \(parent.nationality)", page: page))
        }
        if let address = receipt.address {
            rows.append(DossierFormat.row(t.sectionTitle(.address), [address.line1, address.line2, "\(address.postalCode) \(address.city)"]
                .filter { !$0.isEmpty }.joined(separator: ", "), page: page))
        }
        if let phone = receipt.phone {
            rows.append(DossierFormat.row(t.phone, phone, page: page))
        }
        return DossierFormat.summary(rows)
    }

    /// The CERFA 11203, filled from the answers: the boxes of the paper form as a printable page.
    static func cerfa(_ page: PageContext, dossier: Dossier, today: CivilDate, email: String) -> String {
        let t = page.text.dossier
        let answers = dossier.decodedAnswers()
        let child = answers.child
        let role = (answers.situation.applicant ?? .parent).role
        var applicantRows = [DossierFormat.row(t.roleQuestion, role.label(in: page.language), page: page)]
        if role == .parent, let parent = answers.parents[safe: answers.situation.applicantParent ?? 0] {
            applicantRows.append(DossierFormat.row(t.surname, "\(parent.givenNames) \(parent.surname)", page: page))
        } else if let applicant = answers.applicant {
            applicantRows.append(DossierFormat.row(t.surname, "\(applicant.givenNames) \(applicant.surname)", page: page))
            if !applicant.organisation.isEmpty { applicantRows.append(DossierFormat.row(t.organisation, applicant.organisation, page: page)) }
        }
        applicantRows.append(DossierFormat.row(t.phone, answers.applicant?.phone, page: page))
        applicantRows.append(DossierFormat.row(page.text.account.emailLabel, email, page: page))
        if let address = answers.address {
            applicantRows.append(DossierFormat.row(t.sectionTitle(.address), "\(address.line1) \(address.line2), \(address.postalCode) \(address.city)", page: page))
        }
        return Layout(page: page, title: t.cerfaTitle, printable: true).render([
            element("p", [("class", "print-reference")], [.plainText(dossier.reference ?? "")]),
            element("h1", [], [.plainText(t.cerfaTitle)]),
            element("p", [("class", "hint")], [.plainText(t.cerfaNote)]),
            element("h2", [], [.plainText(t.cerfaChild)]),
            DossierFormat.summary([
                DossierFormat.row(t.surname, child?.surname, page: page),
                DossierFormat.row(t.givenNames, child?.givenNames, page: page),
                DossierFormat.row(t.sex, child.map { $0.sex == "F" ? t.female : t.male }, page: page),
                DossierFormat.row(page.text.simulator.childBirth.title, answers.situation.childBirth?.civil.map { DossierFormat.day($0, page) }, page: page),
                DossierFormat.row(t.birthPlace, child.map { "\($0.birthPlace) (\($0.birthCountry))" }, page: page),
                DossierFormat.row(t.nationality, child?.nationality, page: page),
                DossierFormat.row(t.passportNumber, child?.passportNumber, page: page),
            ]),
            element("h2", [], [.plainText(t.cerfaParents)]),
            DossierFormat.summary(answers.parents.enumerated().map { index, parent in
                DossierFormat.row(t.parentHeading(index + 1), "\(parent.givenNames) \(parent.surname), \(parent.nationality)"
                                  + (parent.birthDate?.civil.map { ", " + DossierFormat.day($0, page) } ?? ""), page: page)
            }),
            element("h2", [], [.plainText(t.cerfaApplicant)]),
            DossierFormat.summary(applicantRows),
            element("p", [("class", "signature")], [.plainText(t.cerfaSignature)]),
        ])
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
