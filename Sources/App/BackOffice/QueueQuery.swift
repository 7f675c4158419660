import DCEMDossier
import DCEMRules
import Foundation

/// What an agent asks of the queue: the préfecture's filed cases, filtered, searched, sorted and
/// paginated. Read from and written back to the page's query string, so filters live in the URL.
/// `package`: the queue benchmark (`Benchmarks/QueueBenchmark`) builds queries too.
package struct QueueQuery: Sendable, Equatable {
    package enum Sort: String, Sendable, CaseIterable {
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

    /// The département code of the agent's préfecture: never from the URL.
    let prefecture: String
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
    package var sort: Sort = .due
    var descending = false
    /// 1-based.
    package var page = 1

    package init(prefecture: String) {
        self.prefecture = prefecture
    }

    /// The filters of a query string; anything unreadable is ignored rather than refused, so a
    /// hand-edited address still shows a queue.
    init(prefecture: String, parameters: [String: String]) {
        self.prefecture = prefecture
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
        sort = value("tri").flatMap(Sort.init(rawValue:)) ?? .due
        descending = value("ordre") == "desc"
        page = value("page").flatMap(Int.init).map { min(max($0, 1), 10_000) } ?? 1
    }

    /// The query string's pairs, defaults left out, in a stable order.
    var parameters: [(String, String)] {
        var pairs: [(String, String)] = []
        if let state { pairs.append(("etat", state.rawValue)) }
        if let profile { pairs.append(("profil", profile.rawValue)) }
        if let ground { pairs.append(("motif", ground.rawValue)) }
        if let filedFrom { pairs.append(("depose-du", filedFrom.iso)) }
        if let filedTo { pairs.append(("depose-au", filedTo.iso)) }
        if let dueWithinDays { pairs.append(("echeance", String(dueWithinDays))) }
        if waitingForFamily { pairs.append(("attente-famille", "1")) }
        if let search { pairs.append(("q", search)) }
        if sort != .due { pairs.append(("tri", sort.rawValue)) }
        if descending { pairs.append(("ordre", "desc")) }
        if page != 1 { pairs.append(("page", String(page))) }
        return pairs
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
}

/// One page of the queue and the préfecture's counts per state.
package struct QueuePage: Sendable {
    package let rows: [QueueRow]
    let hasNextPage: Bool
    /// Every state but `draft`, zero included, for the préfecture as a whole (filters aside).
    package let counts: [(state: DossierState, count: Int)]

    var total: Int { counts.reduce(0) { $0 + $1.count } }
}
