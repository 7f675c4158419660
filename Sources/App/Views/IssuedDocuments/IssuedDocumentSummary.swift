import DCEMDossier
import DCEMRules
import Foundation
import TypedHTML

/// An issued DCEM as both its pages show it: the number, the holder, its dates and territory, its
/// state (docs/pages.md#issued-documents).
struct IssuedDocumentSummary: Sendable {
    struct Row: Sendable {
        let label: String
        let value: String
    }

    let title: String
    let stateLabel: String
    let state: String
    let rows: [Row]

    init(_ page: PageContext, _ document: IssuedDocument) {
        let d = page.text.issuedDocument
        let state = document.currentState
        title = d.documentTitle(document.dcemNumber)
        self.state = state.rawValue
        var label = d.state(state)
        if let cause = document.lapseCause.flatMap(LapseCause.init(rawValue:)) { label += " — " + d.lapseCause(cause) }
        stateLabel = label
        var rows = [Row(label: d.numberLabel, value: document.dcemNumber), Row(label: d.holderLabel, value: document.holderName),
                    Row(label: d.validFromLabel, value: DossierFormat.day(document.validFrom, page))]
        if let until = document.validUntil { rows.append(Row(label: d.validUntilLabel, value: DossierFormat.day(until, page))) }
        if let void = document.voidAfter { rows.append(Row(label: d.voidAfterLabel, value: DossierFormat.day(void, page))) }
        if let territory = document.territory.flatMap(Territory.init(rawValue:)) {
            rows.append(Row(label: d.territoryLabel, value: territory.label(in: page.language)))
        }
        rows.append(Row(label: d.stateLabel, value: label))
        self.rows = rows
    }

    /// The history lines of the document: its hand-over and its moves, from its case's history.
    static func history(_ page: PageContext, _ events: [DossierEvent], number: String, agentNames: [UUID: String],
                        reader: DossierHistoryLine.Reader, in zone: Departement) -> [String] {
        events.filter { event in
            switch event.kind {
            case .issuedDocument, .withdrawalObservations: event.detail(.dcemNumber) == number
            case .action(.handOver): true
            default: false
            }
        }.reversed().map { event in
            DossierFormat.moment(event.at, in: zone, page) + " — " + DossierHistoryLine.text(page, event, agentNames: agentNames, reader: reader)
        }
    }
}

/// A file given with a move, as a link (the family's address or the back office's).
struct IssuedDocumentFileLink: Sendable {
    let label: String
    let href: String

    static func links(_ page: PageContext, _ files: [IssuedDocumentFile], href: (IssuedDocumentFile) -> String) -> [IssuedDocumentFileLink] {
        let d = page.text.issuedDocument
        return files.map { IssuedDocumentFileLink(label: d.filePurpose($0.purpose) + " — " + $0.originalName, href: href($0)) }
    }
}

extension HTMLWriter {
    /// The end of both document pages: the files sent with its moves, then its history.
    mutating func issuedDocumentRecord(_ page: PageContext, files: [IssuedDocumentFileLink], history: [String]) {
        let d = page.text.issuedDocument
        if !files.isEmpty {
            element(.h2, text: d.filesTitle)
            element(.ul) { list in
                for file in files { list.element(.li) { $0.element(.a, .href(file.href), text: file.label) } }
            }
        }
        element(.h2, text: d.historyTitle)
        timeline(history)
    }
}

/// "Mes documents": each DCEM handed over to the family's children, its state and the one thing to do.
struct MyDocumentsModel: Sendable {
    struct Card: Sendable {
        let title: String
        let holder: String
        let href: String
        let openLabel: String
        let stateLabel: String
        let state: String
        let validUntil: String?
        let next: String
    }

    let cards: [Card]

    init(_ page: PageContext, documents: [(IssuedDocument, IssuedDocumentNextStep)]) {
        let d = page.text.issuedDocument
        let format: @Sendable (CivilDate) -> String = { [text = page.text.simulator] in text.format($0) }
        cards = documents.map { document, step in
            Card(title: d.documentTitle(document.dcemNumber), holder: document.holderName, href: SiteURL.myDocument(document.id!).path,
                 openLabel: d.openDocument(document.dcemNumber), stateLabel: d.state(document.currentState), state: document.currentState.rawValue,
                 validUntil: document.validUntil.map { page.language.labelled(d.validUntilLabel, DossierFormat.day($0, page)) },
                 next: d.next(step, format))
        }
    }
}
