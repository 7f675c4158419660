import DCEMDossier
import DCEMRules
import Foundation

/// A filed school trip in the back office (docs/pages.md#the-prefectures-side-of-a-school-trip):
/// the school, the trip, each pupil with the rules' verdict, their documents and the agent's
/// verdict form, the actions the policy offers, the request, the decision, messages and history.
struct BackOfficeTripModel: Sendable {
    struct Document: Sendable {
        let href: String
        let label: String
    }

    struct VerdictForm: Sendable {
        let action: String
        let name: String
        let noteName: String
        let seenName: String
        let seen: String
        let legend: String
        let choices: [Choice]
        let selected: String?
        let note: String
        let error: FieldError?
        let noteError: FieldError?
        let open: Bool
    }

    struct Pupil: Sendable {
        let anchor: String
        let name: String
        let line: String
        let rules: String
        let verdict: String
        let documents: [Document]
        let form: VerdictForm?
    }

    let id: UUID
    let title: String
    let stateLabel: String
    let state: String
    let schoolLine: String
    let filedLine: String
    let departureLine: String
    let summary: [SummaryRow]
    let pupilsCount: String
    let pupils: [Pupil]
    let version: (name: String, value: String)
    let actions: [BackOfficeDossierModel.ActionForm]
    let facts: TripFacts
    let printHref: String?
    let messageAction: String
    let messageBody: String
    let messageError: FieldError?
    let errors: [FieldError]
    let notice: String?

    static let versionField = "version"

    init(_ page: PageContext, trip: CollectiveTrip, school: School, headName: String, pupils: [TripPupil], documents: [TripPupilDocument],
         events: [TripEvent], messages: [TripMessage], agentNames: [UUID: String], today: CivilDate, actions: [CollectiveTravelAction],
         judging: Bool, errors: [FieldError], values: [String: String], notice: String?) {
        let t = page.text.tripDesk, k = page.text.trip
        let id = trip.id!
        self.id = id
        title = t.pageTitle(trip.reference ?? "")
        stateLabel = trip.currentState.label(in: page.language)
        state = trip.currentState.rawValue
        schoolLine = t.schoolLine(school.name, school.uai, headName)
        filedLine = t.filedLine(DossierFormat.day(trip.filedOn, page))
        departureLine = trip.departureDay.map {
            page.language.labelled(k.departureLegend, DossierFormat.day($0, page) + " (" + t.daysLeft(CollectiveTravelPolicy.daysUntilDeparture($0, today: today)) + ")")
        } ?? ""
        summary = [
            SummaryRow(k.destinationsLegend, trip.destinationCountries.map { page.language == .fr ? $0.frenchName : $0.code + " — " + $0.frenchName }
                .joined(separator: ", "), page: page),
            SummaryRow(k.departureLegend, DossierFormat.day(trip.departure, page), page: page),
            SummaryRow(k.returnLegend, DossierFormat.day(trip.returnOn, page), page: page),
            SummaryRow(k.placeLabel, trip.placeOfStay, page: page),
            SummaryRow(k.teacherLabel, trip.teacherName, page: page),
            SummaryRow(k.adultsLabel, trip.adults, page: page),
        ]
        // The rules' list, as of the filing day (docs/law.md#rule-12).
        let minors = pupils.compactMap { pupil in pupil.minor.map { (pupil, $0) } }
        var excluded: [UUID: String] = [:]
        if let departure = trip.departureDay, let returnOn = trip.returnDay {
            for entry in CollectiveTravel.list(minors.map(\.1), departure: departure, returnOn: returnOn).excluded {
                if let pupil = minors.first(where: { $0.1 == entry.minor })?.0 { excluded[pupil.id!] = entry.reason.label(in: page.language) }
            }
        }
        let ordered = CollectiveTravel.alphabetical(minors.map(\.1)).compactMap { minor in minors.first { $0.1 == minor } }
        var kept = 0, struck = 0, pending = 0
        self.pupils = ordered.map { pupil, minor in
            let pid = pupil.id!
            let key = pid.uuidString.lowercased()
            let verdict = pupil.pupilVerdict
            // A pupil the rules leave off the document needs no verdict.
            let onDocument = excluded[pid] == nil
            let verdictLine: String
            switch verdict {
            case .pending: verdictLine = onDocument ? t.verdictPending : ""; if onDocument { pending += 1 }
            case .kept: verdictLine = t.verdictKept; kept += 1
            case .struckOff(let reason, let note): verdictLine = t.verdictStruck(reason.label(in: page.language), note); struck += 1
            }
            let name = "verdict-\(key)", noteName = "note-\(key)"
            let error = errors.first { $0.fieldID == name }, noteError = errors.first { $0.fieldID == noteName }
            let form: VerdictForm? = judging && onDocument ? VerdictForm(
                action: SiteURL.backOfficeTripVerdict(id, pid).path, name: name, noteName: noteName, seenName: "seen-\(key)",
                seen: TripDesk.verdictCode(verdict), legend: t.verdictLegend(minor.displayName),
                choices: [Choice(value: "kept", label: t.keepLabel)] + PupilStrikeReason.allCases.map {
                    Choice(value: "struck-off:" + $0.rawValue, label: t.strikeLabel + " — " + $0.label(in: page.language))
                },
                selected: values[name] ?? (verdict == .pending ? nil : TripDesk.verdictCode(verdict)),
                note: values[noteName] ?? { if case let .struckOff(_, note) = verdict { return note } else { return "" } }(),
                error: error, noteError: noteError, open: verdict == .pending || error != nil || noteError != nil) : nil
            let born = page.text.trip.bornLine(DossierFormat.day(minor.birthDate, page), minor.birthPlace)
            return Pupil(
                anchor: "eleve-\(key)", name: minor.displayName,
                line: born + " — " + minor.nationalities.map(\.frenchName).joined(separator: ", "),
                rules: excluded[pid].map(t.rulesExclude) ?? t.rulesKeep, verdict: verdictLine,
                documents: documents.filter { $0.pupilID == pid }.map { document in
                    Document(href: SiteURL.backOfficeTripPiece(id, document.id!).path,
                             label: t.documentLink(document.document?.label(in: page.language) ?? document.kind, document.originalName))
                },
                form: form)
        }
        pupilsCount = t.grantLead(kept, struck, pending)
        version = (Self.versionField, String(trip.version))
        let dates = { (name: String) in (values["\(name)-day"] ?? "", values["\(name)-month"] ?? "", values["\(name)-year"] ?? "") }
        func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
        self.actions = actions.map { action in
            var fields: [BackOfficeDossierModel.ActionForm.Field] = []
            switch action {
            case .requestDocuments:
                fields = [.textarea(name: "request-text", label: t.requestTextLabel, value: values["request-text"] ?? "", error: error("request-text")),
                          .date(name: "reply-by", legend: t.replyByLegend, hint: t.replyByHint, value: dates("reply-by"), error: error("reply-by-day"))]
            case .refuse:
                let choices = CollectiveTravelRefusal.allCases.map { Choice(value: $0.rawValue, label: $0.label(in: page.language)) }
                fields = [.checkboxes(prefix: "refusal", legend: t.refuseReasonsLegend, choices: choices,
                                      checked: Set(choices.map(\.value).filter { values["refusal-\($0)"] == "on" }),
                                      error: error("refusal-\(choices.first?.value ?? "")")),
                          .textarea(name: "refusal-text", label: t.refuseTextLabel, value: values["refusal-text"] ?? "", error: error("refusal-text"))]
            case .grant:
                fields = [.paragraph(t.grantLead(kept, struck, pending))]
            default: break
            }
            return BackOfficeDossierModel.ActionForm(action: SiteURL.backOfficeTripAction(id, action).path, fields: fields,
                                                     button: action.label(in: page.language))
        }
        facts = TripFacts(page, trip: trip, pupils: pupils, events: events, messages: messages, agentNames: agentNames)
        printHref = CollectiveTravelPolicy.schoolHead(.printDocument, in: trip.currentState) ? SiteURL.backOfficeTripDocument(id).path : nil
        messageAction = SiteURL.backOfficeTripMessages(id).path
        messageBody = values["body"] ?? ""
        messageError = errors.first { $0.fieldID == "body" }
        self.errors = errors
        self.notice = notice
    }
}
