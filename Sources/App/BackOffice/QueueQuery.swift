import DCEMDossier
import DCEMRules
import Foundation

/// What an agent asks of the queue: the préfecture's filed cases, filtered, searched, sorted and
/// paginated. Read from and written back to the page's query string, so filters live in the URL.
/// `package`: the queue benchmark (`Benchmarks/QueueBenchmark`) builds queries too.
package struct QueueQuery: Sendable, Equatable {
    /// The queue's tabs (docs/pages.md#the-queue): which part of the préfecture's cases is listed.
    /// Each but `today` and `all` is a range of urgency ranks, so it is one range of an index.
    package enum Tab: String, Sendable, CaseIterable {
        /// Every case not closed, the most urgent first: the default.
        case open = "ouverts"
        /// The cases whose clock runs: filed or under examination (answers received included).
        case examine = "a-instruire"
        /// The family answered the request for documents; no agent has asked again since.
        case answers = "reponses-recues"
        /// Granted: the document is to be made available, with a convocation.
        case convoke = "a-convoquer"
        /// The family asked for another appointment.
        case postponements = "reports-demandes"
        /// Today's pick-ups, as a list of appointments.
        case today = "rendez-vous-du-jour"
        /// The open cases assigned to the signed-in agent.
        case mine = "mes-dossiers"
        /// Every filed case, closed ones included.
        case all = "tous"

        /// The urgency ranks the tab lists; nil: no restriction (`all`) or not a table (`today`).
        var ranks: ClosedRange<Int>? {
            switch self {
            case .open, .mine: QueueQuery.Urgency.postponement.rawValue...QueueQuery.Urgency.collection.rawValue
            case .examine: QueueQuery.Urgency.answerReceived.rawValue...QueueQuery.Urgency.clockRuns.rawValue
            case .answers: QueueQuery.Urgency.answerReceived.rawValue...QueueQuery.Urgency.answerReceived.rawValue
            case .convoke: QueueQuery.Urgency.convoke.rawValue...QueueQuery.Urgency.convoke.rawValue
            case .postponements: QueueQuery.Urgency.postponement.rawValue...QueueQuery.Urgency.postponement.rawValue
            case .today, .all: nil
            }
        }
    }

    /// The order of the open cases, most urgent first (docs/pages.md#the-queue): what waits for an
    /// answer from the agent before what runs against a clock, before what waits for the family.
    /// Which states each rank holds is asked of the workflow and the policy (`ranks`), not decided here.
    package enum Urgency: Int, Sendable, CaseIterable {
        /// The family asked for another appointment: the agent accepts or declines it.
        case postponement = 0
        /// The family answered a request for documents: the case is the agent's again.
        case answerReceived = 1
        /// The implicit-refusal clock runs (rule 2): nearest date first.
        case clockRuns = 2
        /// Granted, the convocation still to send.
        case convoke = 3
        /// Implicitly refused: an agent may still grant or refuse explicitly.
        case implicitRefusal = 4
        /// Documents asked of the family, who has not answered yet.
        case awaitingFamily = 5
        /// Convened: the family is to come and collect the document.
        case collection = 6
        /// Closed: nothing more can be done.
        case closed = 9

        /// The states of the rank; `answerReceived` narrows its states to those with an answer.
        var states: [DossierState] {
            let filed = DossierState.allCases.filter(\.isFiled)
            func agentMay(_ action: DossierAction) -> [DossierState] { filed.filter { Workflow.allowedActions(from: $0, for: .agent).contains(action) } }
            switch self {
            case .postponement: return agentMay(.acceptPostponement)
            case .answerReceived: return Workflow.target(of: .answerRequest, from: .awaitingDocuments).map { [$0] } ?? []
            case .clockRuns: return DossierPolicy.implicitRefusalStates
            case .convoke: return agentMay(.makeAvailable)
            case .implicitRefusal: return filed.filter { $0.isRefusal && !$0.isClosed }
            case .awaitingFamily: return filed.filter { DossierPolicy.familyTurn(in: $0) == .answerRequest }
            case .collection: return filed.filter { DossierPolicy.familyTurn(in: $0) == .collect }
            case .closed: return filed.filter(\.isClosed)
            }
        }
    }

    package enum Sort: String, Sendable, CaseIterable {
        /// The urgency ranks, then the implicit-refusal date: the default.
        case urgency
        /// The implicit-refusal date, nearest first, cases without one last.
        case due
        case reference
        case child
        case filed
        case state
    }

    static let pageSize = 50
    /// The sort key of the implicit-refusal date: indexed as this very expression (M010), so it
    /// must be written the same way in every query. ISO days compare as text.
    static let dueKey = "COALESCE(implicit_refusal_on, '9999-12-31')"
    /// The urgency rank of a case (`Urgency`) as SQL, written from the ranks' states. Indexed as
    /// this very expression (M026), which a test compares with the migration's copy.
    static let urgencyKey: String = {
        func list(_ states: [DossierState]) -> String {
            states.count == 1 ? "state = '\(states[0].rawValue)'" : "state IN (" + states.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
        }
        let whens = Urgency.allCases.filter { $0 != .closed }.map { rank in
            "WHEN " + list(rank.states) + (rank == .answerReceived ? " AND answer_received_on IS NOT NULL" : "") + " THEN \(rank.rawValue)"
        }
        return "CASE " + whens.joined(separator: " ") + " ELSE \(Urgency.closed.rawValue) END"
    }()

    /// The département code of the agent's préfecture: never from the URL.
    let prefecture: String
    /// The signed-in agent, for "mes dossiers": never from the URL.
    package var agent: UUID?
    package var tab: Tab = .open
    package var state: DossierState?
    var profile: SituationProfile?
    package var ground: Ground?
    var filedFrom: CivilDate?
    var filedTo: CivilDate?
    /// Cases whose clock runs and whose implicit refusal falls within this many days (or is past).
    package var dueWithinDays: Int?
    /// Cases waiting for the family's documents.
    package var waitingForFamily = false
    /// Words to find in the reference and the names, as typed.
    package var search: String?
    package var sort: Sort = .urgency
    var descending = false
    /// 1-based.
    package var page = 1

    package init(prefecture: String) {
        self.prefecture = prefecture
    }

    /// The filters of a query string; anything unreadable is ignored rather than refused, so a
    /// hand-edited address still shows a queue.
    init(prefecture: String, agent: UUID? = nil, parameters: [String: String]) {
        self.prefecture = prefecture
        self.agent = agent
        func value(_ name: String) -> String? {
            guard let raw = parameters[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        state = value("etat").flatMap(DossierState.init(rawValue:)).flatMap { $0 == .draft ? nil : $0 }
        profile = value("profil").flatMap(SituationProfile.init(rawValue:))
        ground = value("motif").flatMap(Ground.init(rawValue:))
        filedFrom = value("depose-du").flatMap(CivilDate.init(iso:))
        filedTo = value("depose-au").flatMap(CivilDate.init(iso:))
        dueWithinDays = value("echeance").flatMap(Int.init).flatMap { (0...366).contains($0) ? $0 : nil }
        waitingForFamily = value("attente-famille") == "1"
        search = value("q").map { String($0.prefix(100)) }
        // A state chosen in the filters is looked for among every case, unless a tab is named.
        tab = value("vue").flatMap(Tab.init(rawValue:)) ?? (state == nil ? .open : .all)
        sort = value("tri").flatMap(Sort.init(rawValue:)) ?? .urgency
        descending = value("ordre") == "desc"
        page = value("page").flatMap(Int.init).map { min(max($0, 1), 10_000) } ?? 1
    }

    /// The query string's pairs, defaults left out, in a stable order.
    var parameters: [(String, String)] {
        var pairs: [(String, String)] = []
        if tab != (state == nil ? .open : .all) { pairs.append(("vue", tab.rawValue)) }
        if let state { pairs.append(("etat", state.rawValue)) }
        if let profile { pairs.append(("profil", profile.rawValue)) }
        if let ground { pairs.append(("motif", ground.rawValue)) }
        if let filedFrom { pairs.append(("depose-du", filedFrom.iso)) }
        if let filedTo { pairs.append(("depose-au", filedTo.iso)) }
        if let dueWithinDays { pairs.append(("echeance", String(dueWithinDays))) }
        if waitingForFamily { pairs.append(("attente-famille", "1")) }
        if let search { pairs.append(("q", search)) }
        if sort != .urgency { pairs.append(("tri", sort.rawValue)) }
        if descending { pairs.append(("ordre", "desc")) }
        if page != 1 { pairs.append(("page", String(page))) }
        return pairs
    }

    /// Filters besides the tab, the sort and the page: the count of results is then counted.
    var narrowed: Bool {
        state != nil || profile != nil || ground != nil || filedFrom != nil || filedTo != nil || dueWithinDays != nil || waitingForFamily
            || search != nil
    }

    /// The search when it is a whole case reference (`DCEM-75-2026-000123`, any case).
    var searchedReference: DossierReference? {
        search.flatMap { DossierReference($0.trimmingCharacters(in: .whitespaces).uppercased()) }
    }

    /// The search as words in `QueueColumns.searchKey`'s form; each must be found.
    var searchWords: [String] {
        QueueColumns.searchKey(search ?? "").split(separator: " ").map(String.init).prefix(6).map { $0 }
    }
}

/// One line of the queue.
package struct QueueRow: Sendable, Equatable {
    let id: UUID
    let reference: String
    let childName: String?
    let state: DossierState
    let profile: SituationProfile?
    let filedOn: CivilDate?
    let implicitRefusalOn: CivilDate?
    /// The family answered the request for documents (the "réponses reçues" tab).
    let answerReceived: Bool
    /// The family's last message is later than the préfecture's last one.
    var familyWrote = false
    let assignedAgent: UUID?
    var assignedName: String?
}

/// One of the day's pick-ups (`QueueQuery.Tab.today`).
package struct QueuePickup: Sendable, Equatable {
    let time: String
    let id: UUID
    let reference: String
    let childName: String?
    let state: DossierState
}

/// One page of the queue, its tab's count of results and every tab's count.
package struct QueuePage: Sendable {
    package let rows: [QueueRow]
    let hasNextPage: Bool
    /// Every tab's count for the préfecture as a whole (filters aside), zero included.
    package let counts: [QueueQuery.Tab: Int]
    /// The cases the tab and the filters match, every page together.
    package let results: Int
    /// The day's pick-ups, on the `today` tab.
    package let pickups: [QueuePickup]

    var total: Int { counts[.all] ?? 0 }
}
