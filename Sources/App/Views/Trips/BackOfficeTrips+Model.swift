import DCEMDossier
import DCEMRules
import Foundation

/// The school trips' tab (docs/pages.md#the-prefectures-side-of-a-school-trip): the préfecture's
/// trips undecided or granted, the nearest departure first, with the days left.
struct BackOfficeTripsModel: Sendable {
    struct Row: Sendable {
        let reference: String
        let href: String
        let school: String
        let departure: String
        let daysLeft: String
        let pupils: String
        let stateLabel: String
        let state: String
    }

    let tabs: [BackOfficeQueueModel.Tab]
    let caption: String
    let rows: [Row]

    init(_ page: PageContext, agent: SignedInAgent, caseCounts: [QueueQuery.Tab: Int], trips: [(trip: CollectiveTrip, school: School?, pupils: Int)],
         today: CivilDate) {
        let t = page.text.tripDesk
        tabs = BackOfficeQueueModel.caseTabs(page, counts: caseCounts, prefecture: agent.prefecture.code)
            + [BackOfficeQueueModel.tripsTab(page, count: trips.count, current: true)]
        caption = t.queueCaption(agent.prefecture.serviceName)
        rows = trips.map { row in
            let departure = row.trip.departureDay
            return Row(reference: row.trip.reference ?? "—", href: SiteURL.backOfficeTrip(row.trip.id!).path, school: row.school?.name ?? "—",
                       departure: departure.map { DossierFormat.day($0, page) } ?? "—",
                       daysLeft: departure.map { t.daysLeft(CollectiveTravelPolicy.daysUntilDeparture($0, today: today)) } ?? "",
                       pupils: String(row.pupils), stateLabel: row.trip.currentState.label(in: page.language), state: row.trip.currentState.rawValue)
        }
    }
}
