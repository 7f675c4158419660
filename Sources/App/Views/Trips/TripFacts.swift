import DCEMDossier
import DCEMRules
import Foundation

/// What both sides read of a filed trip (docs/pages.md#the-prefectures-side-of-a-school-trip): the
/// pending request for documents, the decision with the pupils struck off, the messages and the
/// history, each already in words.
struct TripFacts: Sendable {
    struct Request: Sendable {
        let paragraphs: [String]
        let replyBy: String
    }

    struct Decision: Sendable {
        let title: String
        let line: String
        let reasons: [String]
        let paragraphs: [String]
        let struckOff: [String]
    }

    struct Message: Sendable {
        let byLine: String
        let paragraphs: [String]
        let fromSchool: Bool
    }

    let request: Request?
    let decision: Decision?
    let messages: [Message]
    let history: [String]

    init(_ page: PageContext, trip: CollectiveTrip, pupils: [TripPupil], events: [TripEvent], messages: [TripMessage], agentNames: [UUID: String] = [:]) {
        let t = page.text.tripDesk
        let zone = Departement(code: trip.departement) ?? .paris
        if trip.currentState == .awaitingDocuments, let text = trip.requestText {
            request = Request(paragraphs: Self.paragraphs(text), replyBy: t.replyByLine(DossierFormat.day(trip.replyBy, page)))
        } else {
            request = nil
        }
        if let record = trip.decisionRecord {
            if record.granted {
                let struck = pupils.compactMap { pupil -> String? in
                    guard case let .struckOff(reason, note) = pupil.pupilVerdict, let minor = pupil.minor else { return nil }
                    return minor.displayName + " — " + reason.label(in: page.language) + (note.isEmpty ? "" : " (\(note))")
                }
                decision = Decision(title: t.grantedTitle,
                                    line: t.grantedLine(DossierFormat.day(trip.decidedOn, page), trip.documentNumber ?? "",
                                                        DossierFormat.day(trip.departure, page), DossierFormat.day(trip.returnOn, page)),
                                    reasons: [], paragraphs: [], struckOff: struck)
            } else {
                decision = Decision(title: t.refusedTitle, line: t.refusedLine(DossierFormat.day(trip.decidedOn, page)),
                                    reasons: record.refusals.map { $0.label(in: page.language) }, paragraphs: Self.paragraphs(record.text), struckOff: [])
            }
        } else {
            decision = nil
        }
        self.messages = messages.map { message in
            let fromSchool = message.author == CollectiveTravelActor.schoolHead.rawValue
            let when = DossierFormat.moment(message.at, in: zone, page)
            return Message(byLine: fromSchool ? t.messageFromSchool(when) : t.messageFromAgent(when), paragraphs: Self.paragraphs(message.body),
                           fromSchool: fromSchool)
        }
        history = events.map { event in
            let actor = CollectiveTravelActor(rawValue: event.actor)
            var who = actor?.label(in: page.language) ?? event.actor
            if actor == .agent, let id = event.actorID, let name = agentNames[id] { who += " (\(name))" }
            let what: String
            if let action = CollectiveTravelAction(rawValue: event.action) {
                what = action.label(in: page.language)
            } else {
                what = t.verdictEvent + (event.details.isEmpty ? "" : " — " + Self.verdictDetails(event.details, page))
            }
            return t.historyLine(DossierFormat.moment(event.at, in: zone, page), who, what)
        }
    }

    /// A verdict's event as recorded ("NAME Given: struck-off:photo-missing"), in words.
    static func verdictDetails(_ details: String, _ page: PageContext) -> String {
        guard let colon = details.range(of: ": ", options: .backwards) else { return details }
        let name = String(details[..<colon.lowerBound]), code = String(details[colon.upperBound...])
        let t = page.text.tripDesk
        let words: String
        if code == "kept" {
            words = t.keepLabel
        } else if code.hasPrefix("struck-off:"), let reason = PupilStrikeReason(rawValue: String(code.dropFirst("struck-off:".count))) {
            words = t.strikeLabel + " — " + reason.label(in: page.language)
        } else {
            words = code
        }
        return page.language.labelled(name, words)
    }

    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
