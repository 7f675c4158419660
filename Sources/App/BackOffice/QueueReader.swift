import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// Runs a `QueueQuery`: one SELECT for the page (one row more than shown, to know whether a next
/// page exists, instead of counting every match) and one GROUP BY for the counts per state.
/// Written with SQLKit so SQLite and PostgreSQL read the same statement and the same indexes (M010).
package struct QueueReader: Sendable {
    let database: @Sendable () -> any Database

    package init(database: @escaping @Sendable () -> any Database) {
        self.database = database
    }

    package func page(_ query: QueueQuery, today: CivilDate) async throws -> QueuePage {
        guard let sql = database() as? any SQLDatabase else { throw DossierError.notFound }
        async let counts = counts(prefecture: query.prefecture, on: sql)
        let rows = try await self.rows(query, today: today, on: sql)
        return QueuePage(rows: Array(rows.prefix(QueueQuery.pageSize)), hasNextPage: rows.count > QueueQuery.pageSize, counts: try await counts)
    }

    func rows(_ query: QueueQuery, today: CivilDate, on sql: any SQLDatabase) async throws -> [QueueRow] {
        var select = sql.select()
            .columns("id", "reference", "child_name", "state", "profile", "filed_on", "implicit_refusal_on")
            .from(Dossier.schema)
            .where("departement", .equal, query.prefecture)
        if let state = query.state {
            select = select.where("state", .equal, state.rawValue)
        } else {
            select = select.where("state", .notEqual, DossierState.draft.rawValue)
        }
        if query.waitingForFamily {
            select = select.where("state", .equal, DossierState.awaitingDocuments.rawValue)
        }
        if let days = query.dueWithinDays {
            // Only where the clock runs (rule 16 stops it while documents are awaited); past dates
            // the scheduler has not reached yet are the most urgent of all, so they are kept.
            let running = DossierState.allCases.filter(\.clockRuns).map { SQLBind($0.rawValue) as any SQLExpression }
            select = select
                .where(SQLIdentifier("state"), .in, SQLGroupExpression(running))
                .where(SQLRaw(QueueQuery.dueKey), .lessThanOrEqual, SQLBind(today.adding(days: days).iso))
        }
        if let profile = query.profile { select = select.where("profile", .equal, profile.rawValue) }
        if let ground = query.ground { select = select.where("grounds", .like, "%,\(ground.rawValue),%") }
        if let from = query.filedFrom { select = select.where("filed_on", .greaterThanOrEqual, from.iso) }
        if let to = query.filedTo { select = select.where("filed_on", .lessThanOrEqual, to.iso) }
        if let reference = query.searchedReference {
            // A whole reference, as printed on the receipt: one index lookup.
            select = select.where("reference", .equal, reference.description)
        } else if !query.searchWords.isEmpty {
            // Each word begins a word of the case: one index range per word (`SearchWords`).
            select = select.where(SQLIdentifier("id"), .in, SearchWords.matching(query.searchWords, prefecture: query.prefecture))
        }
        let direction: SQLDirection = query.descending ? .descending : .ascending
        switch query.sort {
        case .due: select = select.orderBy(SQLRaw(QueueQuery.dueKey), direction)
        case .reference: break
        case .child: select = select.orderBy(SQLIdentifier("child_name"), direction)
        case .filed: select = select.orderBy(SQLIdentifier("filed_on"), direction)
        case .state: select = select.orderBy(SQLIdentifier("state"), direction).orderBy(SQLRaw(QueueQuery.dueKey), direction)
        }
        // The reference (unique) last: pages never overlap nor skip a case among equal keys.
        select = select.orderBy(SQLIdentifier("reference"), direction)
            .limit(QueueQuery.pageSize + 1)
            .offset((query.page - 1) * QueueQuery.pageSize)
        return try await select.all().map { row in
            QueueRow(
                id: try row.decode(column: "id", as: UUID.self),
                reference: try row.decode(column: "reference", as: String?.self) ?? "",
                childName: try row.decode(column: "child_name", as: String?.self),
                state: DossierState(rawValue: try row.decode(column: "state", as: String.self)) ?? .filed,
                profile: SituationProfile(rawValue: try row.decode(column: "profile", as: String.self)),
                filedOn: try row.decode(column: "filed_on", as: String?.self).flatMap(CivilDate.init(iso:)),
                implicitRefusalOn: try row.decode(column: "implicit_refusal_on", as: String?.self).flatMap(CivilDate.init(iso:))
            )
        }
    }

    /// Cases per state in the préfecture, drafts left out (they are the family's, not yet a case).
    func counts(prefecture: String, on sql: any SQLDatabase) async throws -> [(state: DossierState, count: Int)] {
        let rows = try await sql.select()
            .column("state")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Dossier.schema)
            .where("departement", .equal, prefecture)
            .groupBy("state")
            .all()
        var byState: [DossierState: Int] = [:]
        for row in rows {
            if let state = DossierState(rawValue: try row.decode(column: "state", as: String.self)) {
                byState[state] = try row.decode(column: "n", as: Int.self)
            }
        }
        return DossierState.allCases.filter { $0 != .draft }.map { ($0, byState[$0] ?? 0) }
    }
}
