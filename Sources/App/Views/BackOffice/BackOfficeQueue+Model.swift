import DCEMDossier
import DCEMRules
import Foundation

/// The queue page's values, computed by the controller: the view only writes them out.
struct BackOfficeQueueModel: Sendable {
    /// A tab: a link keeping the filters, with its count.
    struct Tab: Sendable {
        let label: String
        let tab: String
        let count: Int
        let href: String
        let current: Bool
    }

    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Column: Sendable {
        let label: String
        let href: String
        /// `ascending` or `descending` on the column the table is sorted by.
        let sort: String?
    }

    /// A mark on a row: `answer` (the family answered the request) or `message` (the family wrote last).
    struct Mark: Sendable {
        let kind: String
        let label: String
    }

    struct Row: Sendable {
        let reference: String
        let href: String
        let child: String
        let filedOn: String
        /// The implicit-refusal day while the clock runs, "clock stopped" while documents are awaited.
        let due: String
        let stateLabel: String
        let state: String
        let marks: [Mark]
        /// "Me", a colleague's name, or "—".
        let assigned: String
    }

    /// One of the day's pick-ups.
    struct Pickup: Sendable {
        let time: String
        let reference: String
        let href: String
        let child: String
        let stateLabel: String
        let state: String
    }

    let tabs: [Tab]
    /// The day's pick-ups are listed instead of the table.
    let showsPickups: Bool
    let pickupsTitle: String
    let pickups: [Pickup]
    /// The tab's count of results, filters applied, and where the page stands in them.
    let results: String
    let pageOf: String?
    /// Filters set: the filter panel opens.
    let filtered: Bool
    let search: String
    let states: [Option]
    let profiles: [Option]
    let grounds: [Option]
    let filedFrom: String
    let filedTo: String
    let dueWithinDays: String
    let waitingForFamily: Bool
    /// The tab, the sort kept through a filter change, when they are not the default.
    let hiddenTab: String?
    let hiddenSort: String?
    let descending: Bool
    let caption: String
    let columns: [Column]
    let rows: [Row]
    let previousPage: String?
    let nextPage: String?

    init(_ page: PageContext, agent: SignedInAgent, query: QueueQuery, result: QueuePage, today: CivilDate, tripCount: Int) {
        let t = page.text.backOffice
        let q = page.text.queue
        tabs = QueueQuery.Tab.allCases.map { tab in
            // A tab keeps the filters but the state, which would contradict it.
            var target = query
            target.tab = tab
            target.state = nil
            target.page = 1
            return Tab(label: q.tab(tab), tab: tab.rawValue, count: result.counts[tab] ?? 0, href: Self.link(target), current: query.tab == tab)
        } + [Self.tripsTab(page, count: tripCount, current: false)]
        showsPickups = query.tab == .today
        pickupsTitle = q.pickupsTitle(DossierFormat.day(today, page))
        pickups = result.pickups.map { pickup in
            Pickup(time: pickup.time, reference: pickup.reference, href: SiteURL.backOfficeDossier(pickup.id).path,
                   child: pickup.childName ?? page.text.dossier.unnamedChild, stateLabel: pickup.state.label(in: page.language), state: pickup.state.rawValue)
        }
        results = query.tab == .today ? q.appointments(result.results) : q.results(result.results)
        let pages = max(1, (result.results + QueueQuery.pageSize - 1) / QueueQuery.pageSize)
        pageOf = query.tab != .today && pages > 1 ? q.pageOf(query.page, pages) : nil
        filtered = query.narrowed
        search = query.search ?? ""
        states = DossierState.allCases.filter { $0 != .draft }.map {
            Option(value: $0.rawValue, label: $0.label(in: page.language), selected: $0 == query.state)
        }
        profiles = SituationProfile.allCases.map {
            Option(value: $0.rawValue, label: page.text.dossier.profileLabel($0), selected: $0 == query.profile)
        }
        grounds = Ground.allCases.map { Option(value: $0.rawValue, label: t.groundShort($0), selected: $0 == query.ground) }
        filedFrom = query.filedFrom?.iso ?? ""
        filedTo = query.filedTo?.iso ?? ""
        dueWithinDays = query.dueWithinDays.map(String.init) ?? ""
        waitingForFamily = query.waitingForFamily
        // The tab is kept through a change of the filters.
        hiddenTab = query.tab != .open ? query.tab.rawValue : nil
        hiddenSort = query.sort != .urgency ? query.sort.rawValue : nil
        descending = query.descending
        caption = q.caption(q.tab(query.tab) + (query.sort == .urgency ? ", " + q.urgencyOrder : ""), agent.prefecture.serviceName, query.page)
        columns = [
            (t.columnReference, QueueQuery.Sort.reference), (t.columnChild, .child), (t.columnFiled, .filed), (t.columnDue, .due), (t.columnState, .state),
        ].map { label, sort in
            var target = query
            target.sort = sort
            target.descending = query.sort == sort ? !query.descending : false
            target.page = 1
            return Column(label: label, href: Self.link(target), sort: query.sort == sort ? (query.descending ? "descending" : "ascending") : nil)
        }
        rows = result.rows.map { row in
            var marks: [Mark] = []
            if row.answerReceived { marks.append(Mark(kind: "answer", label: q.markAnswer)) }
            if row.familyWrote { marks.append(Mark(kind: "message", label: q.markMessage)) }
            let assigned = row.assignedAgent.map { $0 == agent.id ? q.assignedToMe : row.assignedName ?? "—" } ?? "—"
            return Row(reference: row.reference, href: SiteURL.backOfficeDossier(row.id).path, child: row.childName ?? page.text.dossier.unnamedChild,
                filedOn: row.filedOn.map { DossierFormat.day($0, page) } ?? "—",
                due: row.state == .awaitingDocuments ? t.clockStopped
                    : (row.state.clockRuns ? row.implicitRefusalOn.map { Self.lastDay(refusal: $0, today: today, page) } ?? "—" : "—"),
                stateLabel: row.state.label(in: page.language), state: row.state.rawValue, marks: marks, assigned: assigned)
        }
        var previous = query
        previous.page = query.page - 1
        var next = query
        next.page = query.page + 1
        previousPage = query.page > 1 ? Self.link(previous) : nil
        nextPage = result.hasNextPage ? Self.link(next) : nil
    }

    /// The school trips' tab (docs/pages.md#the-prefectures-side-of-a-school-trip): its own page, the same bar.
    static func tripsTab(_ page: PageContext, count: Int, current: Bool) -> Tab {
        Tab(label: page.text.tripDesk.tabLabel, tab: "voyages", count: count, href: SiteURL.backOfficeTrips.path, current: current)
    }

    /// The dossiers' tabs as the trips' page shows them: the default filters, with their counts.
    static func caseTabs(_ page: PageContext, counts: [QueueQuery.Tab: Int], prefecture: String) -> [Tab] {
        QueueQuery.Tab.allCases.map { tab in
            var target = QueueQuery(prefecture: prefecture)
            target.tab = tab
            return Tab(label: page.text.queue.tab(tab), tab: tab.rawValue, count: counts[tab] ?? 0, href: link(target), current: false)
        }
    }

    /// The last day to decide: the implicit refusal arises at 00:00 on its day (docs/states.md#transitions).
    static func lastDay(refusal: CivilDate, today: CivilDate, _ page: PageContext) -> String {
        let t = page.text.backOffice
        let last = refusal.adding(days: -1)
        if last < today { return t.dueLapsed }
        return last == today ? t.dueToday(DossierFormat.day(last, page)) : DossierFormat.day(last, page)
    }

    /// The queue's address with the query's filters, sort and page.
    static func link(_ query: QueueQuery) -> String {
        let pairs = query.parameters
        guard !pairs.isEmpty else { return SiteURL.backOfficeQueue.path }
        return SiteURL.backOfficeQueue.path + "?" + pairs.map { "\($0.0)=\(SiteURL.queryValue($0.1))" }.joined(separator: "&")
    }
}
