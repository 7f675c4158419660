import DCEMRules
import Plot

/// The conversation of a filed dossier: every message oldest first, then the form to write one
/// (a text and an optional file, multipart, so the CSRF token travels in the address).
enum DossierMessagesView {
    static func render(_ page: PageContext, dossier: Dossier, messages: [DossierMessage], values: [String: String], errors: [FieldError],
                       notice: String?, csrf: String) -> String {
        let t = page.text.dossier
        let id = dossier.id!
        let zone = dossier.competentDepartement ?? .paris
        let list: BodyNode = messages.isEmpty
            ? element("p", [("class", "hint")], [.plainText(t.messagesEmpty)])
            : element("ol", [("class", "messages")], messages.map { message in
                let fromFamily = message.author == DossierActor.family.rawValue
                return element("li", [("class", fromFamily ? "message message--family" : "message message--prefecture")], [
                    element("p", [("class", "message__meta")], [
                        .plainText(t.messageByLine(fromFamily ? t.fromYou : t.fromPrefecture, DossierFormat.moment(message.at, in: zone, page))),
                    ]),
                    element("div", [("class", "message__body")], paragraphs(message.body)),
                    message.hasAttachment
                        ? element("p", [], [element("a", [("href", SiteURL.dossierMessageAttachment(id, message.id!).path)], [
                            .plainText(t.fileLine(message.attachmentName ?? "", DossierFormat.size(message.attachmentSize ?? 0, page.language))),
                        ])])
                        : .empty,
                ])
            })
        let fileError = errors.first { $0.fieldID == "file" }
        let form = element("form", [("method", "post"), ("action", DossierDocumentsView.uploadAction(.dossierMessages(id), csrf: csrf)),
                                    ("enctype", "multipart/form-data"), ("novalidate", "")], [
            Forms.textarea(name: "body", label: t.messageLabel, value: values["body"] ?? "", rows: 6, error: errors.first { $0.fieldID == "body" }),
            element("div", [("class", fileError == nil ? "field" : "field field--error")], [
                element("label", [("for", "file"), ("class", "label")], [.plainText(t.messageAttachment)]),
                element("p", [("class", "hint"), ("id", "file-hint")], [.plainText(t.messageAttachmentHint)]),
                fileError.map { element("p", [("class", "field-error"), ("id", "file-error")], [.plainText($0.message)]) } ?? .empty,
                voidElement("input", [("type", "file"), ("id", "file"), ("name", "file"), ("class", "file-input"),
                                      ("accept", "application/pdf,image/jpeg,image/png"),
                                      ("aria-describedby", fileError == nil ? "file-hint" : "file-hint file-error")]),
            ]),
            Forms.submit(t.messageSend),
        ])
        return Layout(page: page, title: t.messagesTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.dossier(id).path).render([
            Forms.errorSummary(errors, title: page.text.layout.errorSummaryTitle),
            Forms.notice(notice),
            element("h1", [], [.plainText(t.messagesTitle)]),
            element("p", [("class", "lead")], [.plainText(page.language.labelled(t.referenceLabel, "\(dossier.reference ?? "") — \(DossierFormat.childName(dossier, page))"))]),
            list,
            element("h2", [], [.plainText(t.messageLabel)]),
            element("p", [], [.plainText(t.messageLead)]),
            form,
        ])
    }

    /// The text as typed, one paragraph per line; never interpreted as markup.
    static func paragraphs(_ text: String) -> [BodyNode] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { element("p", [], [.plainText(String($0))]) }
    }
}
