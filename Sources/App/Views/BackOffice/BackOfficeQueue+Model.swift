import DCEMDossier
import DCEMRules
import Foundation

/// The queue page's values, computed by the controller: the view only writes them out.
struct BackOfficeQueueModel: Sendable {
    struct Count: Sendable {
        let label: String
        let state: String
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

    struct Row: Sendable {
        let reference: String
        let href: String
        let child: String
        let filedOn: String
        /// The implicit-refusal day while the clock runs, "clock stopped" while documents are awaited.
        let due: String
        let stateLabel: String
        let state: String
    }

    let total: Int
    let counts: [Count]
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
    /// The sort kept through a filter change, when it is not the default.
    let hiddenSort: String?
    let descending: Bool
    let caption: String
    let columns: [Column]
    let rows: [Row]
    let previousPage: String?
    let nextPage: String?

    init(_ page: PageContext, agent: SignedInAgent, query: QueueQuery, result: QueuePage) {
        let t = page.text.backOffice
        total = result.total
        counts = result.counts.map { entry in
            var filtered = QueueQuery(prefecture: query.prefecture)
            filtered.state = entry.state
            return Count(label: entry.state.label(in: page.language), state: entry.state.rawValue, count: entry.count,
                         href: Self.link(filtered), current: query.state == entry.state)
        }
        filtered = query != QueueQuery(prefecture: query.prefecture)
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
        hiddenSort = query.sort != .due ? query.sort.rawValue : nil
        descending = query.descending
        caption = t.caption(agent.prefecture.serviceName, query.page)
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
            Row(reference: row.reference, href: SiteURL.backOfficeDossier(row.id).path, child: row.childName ?? page.text.dossier.unnamedChild,
                filedOn: row.filedOn.map { DossierFormat.day($0, page) } ?? "—",
                due: row.state == .awaitingDocuments ? t.clockStopped
                    : (row.state.clockRuns ? row.implicitRefusalOn.map { DossierFormat.day($0, page) } ?? "—" : "—"),
                stateLabel: row.state.label(in: page.language), state: row.state.rawValue)
        }
        var previous = query
        previous.page = query.page - 1
        var next = query
        next.page = query.page + 1
        previousPage = query.page > 1 ? Self.link(previous) : nil
        nextPage = result.hasNextPage ? Self.link(next) : nil
    }

    /// The queue's address with the query's filters, sort and page.
    static func link(_ query: QueueQuery) -> String {
        let pairs = query.parameters
        guard !pairs.isEmpty else { return SiteURL.backOfficeQueue.path }
        return SiteURL.backOfficeQueue.path + "?" + pairs.map { "\($0.0)=\(SiteURL.queryValue($0.1))" }.joined(separator: "&")
    }
}
