import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// A préfecture's figures for its supervisors (docs/pages.md#supervision): cases per state, filed
/// and decided per month, the time from filing to decision (median and 90th percentile, in days),
/// implicit refusals and documents never collected. Drafts are the family's, not counted.
struct PrefectureStatistics: Equatable, Sendable {
    struct Month: Equatable, Sendable {
        /// "YYYY-MM".
        var month: String
        var filed: Int
        var decided: Int
    }

    var perState: [DossierState: Int]
    var months: [Month]
    var decisionDaysMedian: Int?
    var decisionDaysP90: Int?
    var implicitRefusals: Int
    var uncollected: Int

    /// The nearest-rank percentile of sorted values (`p` in 0…100): no interpolation, so the
    /// figure is always one of the cases' own.
    static func percentile(_ sorted: [Int], _ p: Int) -> Int? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((Double(p) / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    static func load(prefecture: String, on db: any Database) async throws -> PrefectureStatistics {
        guard let sql = db as? any SQLDatabase else { throw DossierError.conflict }
        var perState: [DossierState: Int] = [:]
        let states = try await sql.select().column("state").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Dossier.schema).where("departement", .equal, prefecture).where("state", .notEqual, DossierState.draft.rawValue)
            .groupBy("state").all()
        for row in states {
            if let state = DossierState(rawValue: try row.decode(column: "state", as: String.self)) {
                perState[state] = try row.decode(column: "n", as: Int.self)
            }
        }
        // The days are ISO text: the month is their first seven characters, on both databases.
        let rows = try await sql.select().column("filed_on").column("decided_on").from(Dossier.schema)
            .where("departement", .equal, prefecture).where("filed_on", .isNot, SQLLiteral.null).all()
        var filed: [String: Int] = [:], decided: [String: Int] = [:]
        var delays: [Int] = []
        for row in rows {
            let filedOn = try row.decode(column: "filed_on", as: String?.self)
            let decidedOn = try row.decode(column: "decided_on", as: String?.self)
            if let filedOn { filed[String(filedOn.prefix(7)), default: 0] += 1 }
            if let decidedOn { decided[String(decidedOn.prefix(7)), default: 0] += 1 }
            if let from = filedOn.flatMap(CivilDate.init(iso:)), let to = decidedOn.flatMap(CivilDate.init(iso:)) {
                delays.append(from.daysUntil(to))
            }
        }
        delays.sort()
        // Counted from the history: an implicit refusal later replaced by a decision still happened.
        let implicit = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(DossierEvent.schema)
            .join(Dossier.schema, on: SQLColumn("dossier_id", table: DossierEvent.schema), .equal, SQLColumn("id", table: Dossier.schema))
            .where(SQLColumn("departement", table: Dossier.schema), .equal, SQLBind(prefecture))
            .where(SQLColumn("action", table: DossierEvent.schema), .equal, SQLBind(DossierAction.implicitRefusal.rawValue))
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let months = Set(filed.keys).union(decided.keys).sorted().map { Month(month: $0, filed: filed[$0] ?? 0, decided: decided[$0] ?? 0) }
        return PrefectureStatistics(perState: perState, months: months, decisionDaysMedian: percentile(delays, 50),
                                    decisionDaysP90: percentile(delays, 90), implicitRefusals: implicit,
                                    uncollected: perState[.uncollected] ?? 0)
    }
}
