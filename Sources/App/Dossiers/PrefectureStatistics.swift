import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// A préfecture's figures for its supervisors (docs/pages.md#supervision). Drafts are the family's,
/// not counted. Every figure comes from one reading of the préfecture's cases, so a figure shown
/// twice is the same number:
/// - cases per state, now; their sum is the cases filed, which is also the sum of the months' filings;
/// - explicit decisions: the cases whose state follows a grant or a refusal (granted, refused, and
///   the states after a grant); the implicit refusals are the cases still `implicitly-refused`,
///   the state table's own row;
/// - the time to decide is measured on explicit decisions only: an implicit refusal is the absence
///   of a decision, not a decision time (docs/law.md#rule-2);
/// - per month, filings, explicit decisions and implicit refusals; each column adds up to its figure.
struct PrefectureStatistics: Equatable, Sendable {
    struct Month: Equatable, Sendable {
        /// "YYYY-MM".
        var month: String
        var filed: Int
        var decided: Int
        var implicit: Int = 0
    }

    var perState: [DossierState: Int]
    var months: [Month]
    var decisionDaysMedian: Int?
    var decisionDaysP90: Int?
    /// Cases still implicitly refused: `perState[.implicitlyRefused]`.
    var implicitRefusals: Int
    var uncollected: Int
    var filed: Int = 0
    var granted: Int = 0
    var refused: Int = 0
    /// Explicit decisions taken on a case that had been implicitly refused first (its history says so).
    var decidedAfterImplicit: Int = 0
    /// Cases missing their filing day, or decided ones their decision day: outside the delays and the months.
    var undated: Int = 0

    var explicitDecisions: Int { granted + refused }

    /// The states that follow an explicit grant.
    static let afterGrant: Set<DossierState> = [.granted, .documentAvailable, .postponementRequested, .delivered, .uncollected]

    /// The nearest-rank percentile of sorted values (`p` in 0…100): no interpolation, so the
    /// figure is always one of the cases' own.
    static func percentile(_ sorted: [Int], _ p: Int) -> Int? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((Double(p) / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// One case as the figures read it.
    struct Case: Sendable {
        var id: UUID
        var state: DossierState
        var filedOn: CivilDate?
        /// The explicit decision's day, or the implicit refusal's.
        var decidedOn: CivilDate?
    }

    /// The figures of `cases`; `implicitlyRefusedBefore` the ids whose history holds an implicit refusal.
    static func figures(_ cases: [Case], implicitlyRefusedBefore: Set<UUID>) -> PrefectureStatistics {
        var result = PrefectureStatistics(perState: [:], months: [], implicitRefusals: 0, uncollected: 0)
        var months: [String: Month] = [:]
        func month(_ day: CivilDate) -> String { String(day.iso.prefix(7)) }
        func bump(_ day: CivilDate, _ change: (inout Month) -> Void) {
            let key = month(day)
            var entry = months[key] ?? Month(month: key, filed: 0, decided: 0)
            change(&entry)
            months[key] = entry
        }
        var delays: [Int] = []
        for dossier in cases where dossier.state != .draft {
            result.perState[dossier.state, default: 0] += 1
            result.filed += 1
            let explicit = afterGrant.contains(dossier.state) || dossier.state == .refused
            if afterGrant.contains(dossier.state) { result.granted += 1 }
            if dossier.state == .refused { result.refused += 1 }
            if dossier.state == .implicitlyRefused { result.implicitRefusals += 1 }
            if explicit, implicitlyRefusedBefore.contains(dossier.id) { result.decidedAfterImplicit += 1 }
            let decided = explicit || dossier.state == .implicitlyRefused
            // A case without its days (written by hand, or by a load test) is counted once, as
            // undated, and left out of the months and the delays rather than half counted.
            guard let filedOn = dossier.filedOn, !decided || dossier.decidedOn != nil else {
                result.undated += 1
                continue
            }
            bump(filedOn) { $0.filed += 1 }
            guard decided, let decidedOn = dossier.decidedOn else { continue }
            if explicit {
                bump(decidedOn) { $0.decided += 1 }
                delays.append(filedOn.daysUntil(decidedOn))
            } else {
                bump(decidedOn) { $0.implicit += 1 }
            }
        }
        delays.sort()
        result.months = months.values.sorted { $0.month < $1.month }
        result.decisionDaysMedian = percentile(delays, 50)
        result.decisionDaysP90 = percentile(delays, 90)
        result.uncollected = result.perState[.uncollected] ?? 0
        return result
    }

    static func load(prefecture: String, on db: any Database) async throws -> PrefectureStatistics {
        guard let sql = db as? any SQLDatabase else { throw DossierError.conflict }
        let rows = try await sql.select().column("id").column("state").column("filed_on").column("decided_on").column("implicit_refusal_on")
            .from(Dossier.schema).where("departement", .equal, prefecture).where("state", .notEqual, DossierState.draft.rawValue).all()
        let cases = try rows.compactMap { row -> Case? in
            guard let state = DossierState(rawValue: try row.decode(column: "state", as: String.self)) else { return nil }
            let decided = try row.decode(column: "decided_on", as: String?.self)
            // An implicit refusal recorded before its day was kept falls back on the day it arose.
            let implicitDay = state == .implicitlyRefused ? try row.decode(column: "implicit_refusal_on", as: String?.self) : nil
            return Case(id: try row.decode(column: "id", as: UUID.self), state: state,
                        filedOn: try row.decode(column: "filed_on", as: String?.self).flatMap(CivilDate.init(iso:)),
                        decidedOn: (decided ?? implicitDay).flatMap(CivilDate.init(iso:)))
        }
        // From the history: which explicitly decided cases had been implicitly refused first.
        let refusedBefore = try await sql.select().distinct().column(SQLColumn("dossier_id", table: DossierEvent.schema))
            .from(DossierEvent.schema)
            .join(Dossier.schema, on: SQLColumn("dossier_id", table: DossierEvent.schema), .equal, SQLColumn("id", table: Dossier.schema))
            .where(SQLColumn("departement", table: Dossier.schema), .equal, SQLBind(prefecture))
            .where(SQLColumn("action", table: DossierEvent.schema), .equal, SQLBind(DossierAction.implicitRefusal.rawValue))
            .all().map { try $0.decode(column: "dossier_id", as: UUID.self) }
        return figures(cases, implicitlyRefusedBefore: Set(refusedBefore))
    }
}
