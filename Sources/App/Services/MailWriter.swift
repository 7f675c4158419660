import DCEMDossier
import DCEMRules
import FluentKit
import Foundation

/// The one place a `DossierNotification` becomes a mail: its text from the catalog in the recipient's
/// language, the links to this site, queued in the caller's transaction (`Outbox`).
struct MailWriter: Sendable {
    let publicURL: String

    /// Queues `notification` on `db`, the transaction of the change it reports. An account that is
    /// gone is written to no more.
    func send(_ notification: DossierNotification, on db: any Database, now: Date) async throws {
        let recipient: String, language: Language
        switch notification.recipient {
        case .account(let id, let fallback):
            guard let user = try await User.find(id, on: db) else { return }
            recipient = user.email
            language = Language(rawValue: user.language) ?? fallback
        case .address(let address, let requestLanguage):
            recipient = address
            language = requestLanguage
        }
        try await Outbox.enqueue(mail(notification.mail, to: recipient, in: language), on: db, now: now)
    }

    /// The mail's text, as the recipient reads it.
    func mail(_ mail: DossierNotification.Mail, to recipient: String, in language: Language) -> OutgoingMail {
        let catalog = Catalog.of(language)
        let t = catalog.dossier, a = catalog.account
        let subject: String, body: String
        switch mail {
        case .filed(let dossier, let reference, let filedOn, let departement, let silence):
            subject = t.mailFiledSubject(reference)
            body = t.mailFiledBody(reference, catalog.simulator.format(filedOn), departement.serviceName, catalog.simulator.format(silence),
                                   publicURL + SiteURL.dossier(dossier).path) + "\n\n" + t.mailSignature
        case .dossierUpdate(let dossier, let reference, let action):
            subject = t.mailActionSubject(action, reference)
            // A refusal, explicit or implicit, always carries the appeal routes and their delays.
            let appeal = action == .refuse || action == .implicitRefusal ? "\n\n" + t.appealTitle + "\n" + t.appealRoutes : ""
            body = t.mailUpdateBody(reference, t.actionMail(action), publicURL + SiteURL.dossier(dossier).path) + appeal + "\n\n" + t.mailSignature
        case .messageFromPrefecture(let dossier, let reference):
            subject = t.mailMessageSubject(reference)
            body = t.mailUpdateBody(reference, t.messageMail, publicURL + SiteURL.dossierMessages(dossier).path) + "\n\n" + t.mailSignature
        case .childAccount(let dossier, let name, let number):
            subject = t.mailChildAccountSubject(name)
            body = t.mailChildAccountBody(name, number, publicURL + SiteURL.dossier(dossier).path) + "\n\n" + t.mailSignature
        case .draftDeletionNotice(let dossier, let child, let day):
            subject = t.mailDraftDeletionSubject(catalog.simulator.format(day))
            body = t.mailDraftDeletionBody(child, catalog.simulator.format(day), publicURL + SiteURL.dossier(dossier).path) + "\n\n" + t.mailSignature
        case .accountCreated(let password, let hours):
            subject = a.mailAccountCreatedSubject
            body = a.mailAccountCreatedBody(password, publicURL + SiteURL.login(next: nil).path, hours) + "\n\n" + a.mailSignature
        case .accountExists:
            subject = a.mailAccountExistsSubject
            body = a.mailAccountExistsBody(publicURL + SiteURL.forgotPassword.path) + "\n\n" + a.mailSignature
        case .passwordReset(let password, let hours):
            subject = a.mailResetSubject
            body = a.mailResetBody(password, publicURL + SiteURL.login(next: nil).path, hours) + "\n\n" + a.mailSignature
        case .documentChange(let document, let number, let action, let until):
            let d = catalog.issuedDocument
            subject = d.mailChangeSubject(action, number)
            let appeal = action == .withdraw ? "\n\n" + t.appealTitle + "\n" + d.withdrawalAppeal : ""
            body = d.mailChange(action, number, until.map(catalog.simulator.format)) + appeal + "\n\n"
                + d.mailLinkLine(publicURL + SiteURL.myDocument(document).path) + "\n\n" + t.mailSignature
        case .documentReminder(let document, let number, let reminder, let date):
            let d = catalog.issuedDocument
            subject = d.mailReminderSubject(reminder, number)
            body = d.mailReminder(reminder, number, catalog.simulator.format(date)) + "\n\n"
                + d.mailLinkLine(publicURL + SiteURL.myDocument(document).path) + "\n\n" + t.mailSignature
        case .tripUpdate(let trip, let reference, let action):
            let k = catalog.trip
            subject = k.mailSubject(action, reference)
            body = k.mailBody(action, reference, publicURL + SiteURL.schoolTrip(trip).path) + "\n\n" + t.mailSignature
        case .tripMessage(let trip, let reference):
            subject = t.mailMessageSubject(reference)
            body = t.mailUpdateBody(reference, t.messageMail, publicURL + SiteURL.schoolTripMessages(trip).path) + "\n\n" + t.mailSignature
        case .schoolHeadDecision(let school, let approved):
            let k = catalog.school
            subject = k.mailDecisionSubject(approved)
            body = k.mailDecision(school, approved, publicURL + SiteURL.schoolArea.path) + "\n\n" + t.mailSignature
        case .renewalDraftReminder(let dossier):
            let d = catalog.issuedDocument
            subject = d.mailRenewalDraftSubject
            body = d.mailRenewalDraft(publicURL + SiteURL.dossier(dossier).path) + "\n\n" + t.mailSignature
        }
        return OutgoingMail(recipient: recipient, subject: subject, body: body, kind: mail.kind, language: language.rawValue)
    }
}
