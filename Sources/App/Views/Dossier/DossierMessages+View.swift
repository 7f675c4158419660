import DCEMDossier
import DCEMRules
import Foundation
import TypedHTML

/// The conversation, then the form to write a message (a text and an optional file, multipart,
/// so the CSRF token travels in the address).
enum DossierMessagesView {
    static func render(_ page: PageContext, _ model: DossierMessagesModel, values: [String: String], errors: [FieldError],
                       notice: String?, csrf: String) -> RenderedHTML {
        let t = page.text.dossier
        let id = model.id
        let fileError = errors.first { $0.fieldID == "file" }
        return Layout(page: page, title: t.messagesTitle, hasErrors: !errors.isEmpty, backLink: SiteURL.dossier(id).path).render { main in
            main.errorSummary(errors, title: page.text.layout.errorSummaryTitle)
            main.notice(notice)
            main.element(.h1, text: t.messagesTitle)
            main.element(.p, .class("lead"), text: model.lead)
            if model.messages.isEmpty {
                main.element(.p, .class("hint"), text: t.messagesEmpty)
            } else {
                main.element(.ol, .class("messages")) { list in
                    for message in model.messages {
                        list.element(.li, .class(message.fromFamily ? "message message--family" : "message message--prefecture")) { item in
                            item.element(.p, .class("message__meta"), text: message.meta)
                            item.element(.div, .class("message__body")) { $0.paragraphs(message.body) }
                            if let attachment = message.attachment {
                                item.element(.p) { $0.element(.a, .href(attachment.href), text: attachment.label) }
                            }
                        }
                    }
                }
            }
            main.element(.h2, text: t.messageLabel)
            main.element(.p, text: t.messageLead)
            main.element(.form, .method(.post), .action(DossierDocumentsView.uploadAction(.dossierMessages(id), csrf: csrf)),
                         .enctype("multipart/form-data"), .novalidate()) { form in
                form.textarea(name: "body", label: t.messageLabel, value: values["body"] ?? "", rows: 6, error: errors.first { $0.fieldID == "body" })
                form.element(.div, .class(fileError == nil ? "field" : "field field--error")) { field in
                    field.element(.label, .for("file"), .class("label"), text: t.messageAttachment)
                    field.hint(t.messageAttachmentHint, id: "file")
                    field.fieldError(fileError, id: "file")
                    field.void(.input, .type(.file), .id("file"), .name("file"), .class("file-input"), .accept("application/pdf,image/jpeg,image/png"),
                               .aria(.describedby, fileError == nil ? "file-hint" : "file-hint file-error"))
                }
                form.submit(t.messageSend)
            }
        }
    }
}

extension HTMLWriter {
    /// The text as typed, one paragraph per line; never interpreted as markup.
    mutating func paragraphs(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            element(.p, text: String(line))
        }
    }
}
