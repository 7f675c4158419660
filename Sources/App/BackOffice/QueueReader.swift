import DCEMDossier
import DCEMRules
import FluentKit
import Foundation
import SQLKit

/// Runs a `QueueQuery`: one SELECT for the page (one row more than shown, to know whether a next
/// page exists), one GROUP BY on the urgency rank for the tabs' counts, and a COUNT of the results
/// only when filters narrow the tab. Written with SQLKit so SQLite and PostgreSQL read the same
/// statement and the same indexes (M010, M026).
package struct QueueReader: Sendable {
    let database: @Sendable () -> any Database

    package init(database: @escaping @Sendable () -> any Database) {
        self.database = database
    }

    package func page(_ query: QueueQuery, today: CivilDate) async throws -> QueuePage {
        guard let sql = database() as? any SQLDatabase else { throw DossierError.notFound }
        let counts = try await counts(prefecture: query.prefecture, agent: query.agent, today: today, on: sql)
        if query.tab == .today {
            let pickups = try await pickups(prefecture: query.prefecture, day: today, on: sql)
            return QueuePage(rows: [], hasNextPage: false, counts: counts, results: pickups.count, pickups: pickups)
        }
        var rows = try await self.rows(query, today: today, on: sql)
        let hasNextPage = rows.count > QueueQuery.pageSize
        rows = Array(rows.prefix(QueueQuery.pageSize))
        try await mark(&rows, on: sql)
        let results = query.narrowed ? try await count(query, today: today, on: sql) : counts[query.tab] ?? 0
        return QueuePage(rows: rows, hasNextPage: hasNextPage, counts: counts, results: results, pickups: [])
    }

    /// The WHERE of the tab and the filters.
    private func filter(_ select: SQLSelectBuilder, _ query: QueueQuery, today: CivilDate) -> SQLSelectBuilder {
        select.where("departement", .equal, query.prefecture)
        if let ranks = query.tab.ranks {
            // A range of the urgency index (M026), which holds the drafts nowhere: they rank as closed.
            select.where(SQLRaw(QueueQuery.urgencyKey), .greaterThanOrEqual, SQLBind(ranks.lowerBound))
                .where(SQLRaw(QueueQuery.urgencyKey), .lessThanOrEqual, SQLBind(ranks.upperBound))
        }
        if query.tab == .mine {
            // No agent: no case is anyone's "mine".
            select.where("assigned_agent_id", .equal, SQLBind(query.agent ?? UUID()))
        }
        if let state = query.state {
            select.where("state", .equal, state.rawValue)
        } else {
            select.where("state", .notEqual, DossierState.draft.rawValue)
        }
        if query.waitingForFamily {
            select.where("state", .equal, DossierState.awaitingDocuments.rawValue)
        }
        if let days = query.dueWithinDays {
            // Only where the clock runs (rule 16 stops it while documents are awaited); past dates
            // the scheduler has not reached yet are the most urgent of all, so they are kept.
            let running = DossierState.allCases.filter(\.clockRuns).map { SQLBind($0.rawValue) as any SQLExpression }
            select
                .where(SQLIdentifier("state"), .in, SQLGroupExpression(running))
                .where(SQLRaw(QueueQuery.dueKey), .lessThanOrEqual, SQLBind(today.adding(days: days).iso))
        }
        if let profile = query.profile { select.where("profile", .equal, profile.rawValue) }
        if let ground = query.ground { select.where("grounds", .like, "%,\(ground.rawValue),%") }
        if let from = query.filedFrom { select.where("filed_on", .greaterThanOrEqual, from.iso) }
        if let to = query.filedTo { select.where("filed_on", .lessThanOrEqual, to.iso) }
        if let reference = query.searchedReference {
            // A whole reference, as printed on the receipt: one index lookup.
            select.where("reference", .equal, reference.description)
        } else if !query.searchWords.isEmpty {
            // Each word begins a word of the case: one index range per word (`SearchWords`).
            select.where(SQLIdentifier("id"), .in, SearchWords.matching(query.searchWords, prefecture: query.prefecture))
        }
        return select
    }

    func rows(_ query: QueueQuery, today: CivilDate, on sql: any SQLDatabase) async throws -> [QueueRow] {
        let select = filter(sql.select()
            .columns("id", "reference", "child_name", "state", "profile", "filed_on", "implicit_refusal_on", "answer_received_on", "assigned_agent_id")
            .from(Dossier.schema), query, today: today)
        let direction: SQLDirection = query.descending ? .descending : .ascending
        switch query.sort {
        case .urgency: select.orderBy(SQLRaw(QueueQuery.urgencyKey), direction).orderBy(SQLRaw(QueueQuery.dueKey), direction)
        case .due: select.orderBy(SQLRaw(QueueQuery.dueKey), direction)
        case .reference: break
        case .child: select.orderBy(SQLIdentifier("child_name"), direction)
        case .filed: select.orderBy(SQLIdentifier("filed_on"), direction)
        case .state: select.orderBy(SQLIdentifier("state"), direction).orderBy(SQLRaw(QueueQuery.dueKey), direction)
        }
        // The reference (unique) last: pages never overlap nor skip a case among equal keys.
        select.orderBy(SQLIdentifier("reference"), direction)
            .limit(QueueQuery.pageSize + 1)
            .offset((query.page - 1) * QueueQuery.pageSize)
        return try await select.all().map { row in
            let state = DossierState(rawValue: try row.decode(column: "state", as: String.self)) ?? .filed
            let answered = try row.decode(column: "answer_received_on", as: String?.self) != nil
            return QueueRow(
                id: try row.decode(column: "id", as: UUID.self),
                reference: try row.decode(column: "reference", as: String?.self) ?? "",
                childName: try row.decode(column: "child_name", as: String?.self),
                state: state,
                profile: SituationProfile(rawValue: try row.decode(column: "profile", as: String.self)),
                filedOn: try row.decode(column: "filed_on", as: String?.self).flatMap(CivilDate.init(iso:)),
                implicitRefusalOn: try row.decode(column: "implicit_refusal_on", as: String?.self).flatMap(CivilDate.init(iso:)),
                answerReceived: answered && QueueQuery.Urgency.answerReceived.states.contains(state),
                assignedAgent: try row.decode(column: "assigned_agent_id", as: UUID?.self)
            )
        }
    }

    /// The cases the tab and filters match: the index range the page reads, counted.
    func count(_ query: QueueQuery, today: CivilDate, on sql: any SQLDatabase) async throws -> Int {
        let select = filter(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(Dossier.schema), query, today: today)
        return try await select.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The marks of a page's rows: a family message later than the préfecture's last one (one
    /// lookup per case of the page, by the messages' `dossier_id` index), and the assigned agent's name.
    func mark(_ rows: inout [QueueRow], on sql: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        let ids = rows.map { SQLBind($0.id) as any SQLExpression }
        let wrote = try await sql.select().distinct().column(SQLColumn("dossier_id", table: "m"))
            .from(SQLAlias(SQLIdentifier(DossierMessage.schema), as: SQLIdentifier("m")))
            .where(SQLColumn("dossier_id", table: "m"), .in, SQLGroupExpression(ids))
            .where(SQLColumn("author", table: "m"), .equal, SQLBind(DossierActor.family.rawValue))
            .where(SQLRaw("NOT EXISTS (SELECT 1 FROM \(DossierMessage.schema) r WHERE r.dossier_id = m.dossier_id AND r.author = '\(DossierActor.agent.rawValue)' AND r.at >= m.at)"))
            .all().map { try $0.decode(column: "dossier_id", as: UUID.self) }
        let agents = Array(Set(rows.compactMap(\.assignedAgent)))
        var names: [UUID: String] = [:]
        if !agents.isEmpty {
            for agent in try await Agent.query(on: database()).filter(\.$id ~~ agents).all() {
                if let id = agent.id { names[id] = agent.name }
            }
        }
        let family = Set(wrote)
        for index in rows.indices {
            rows[index].familyWrote = family.contains(rows[index].id)
            rows[index].assignedName = rows[index].assignedAgent.flatMap { names[$0] }
        }
    }

    /// Every tab's count: the préfecture's cases per urgency rank (one read of the urgency index),
    /// the agent's open cases and the day's appointments.
    func counts(prefecture: String, agent: UUID?, today: CivilDate, on sql: any SQLDatabase) async throws -> [QueueQuery.Tab: Int] {
        let rows = try await sql.select()
            .column(SQLRaw(QueueQuery.urgencyKey), as: "rank")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Dossier.schema)
            .where("departement", .equal, prefecture)
            .where("state", .notEqual, DossierState.draft.rawValue)
            .groupBy(SQLRaw(QueueQuery.urgencyKey))
            .all()
        var byRank: [Int: Int] = [:]
        for row in rows { byRank[try row.decode(column: "rank", as: Int.self)] = try row.decode(column: "n", as: Int.self) }
        var counts: [QueueQuery.Tab: Int] = [:]
        for tab in QueueQuery.Tab.allCases {
            if let ranks = tab.ranks { counts[tab] = ranks.reduce(0) { $0 + (byRank[$1] ?? 0) } }
        }
        counts[.all] = byRank.values.reduce(0, +)
        var mine = QueueQuery(prefecture: prefecture)
        mine.agent = agent
        mine.tab = .mine
        counts[.mine] = agent == nil ? 0 : try await count(mine, today: today, on: sql)
        counts[.today] = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(Appointment.schema)
            .where("prefecture", .equal, prefecture).where("day", .equal, today.iso)
            .first()?.decode(column: "n", as: Int.self) ?? 0
        return counts
    }

    /// The day's appointments, by time (the appointments' unique index on préfecture, day, time, seat).
    func pickups(prefecture: String, day: CivilDate, on sql: any SQLDatabase) async throws -> [QueuePickup] {
        let rows = try await sql.select()
            .column(SQLColumn("time", table: "a"), as: "time")
            .column(SQLColumn("id", table: "d"), as: "id")
            .column(SQLColumn("reference", table: "d"), as: "reference")
            .column(SQLColumn("child_name", table: "d"), as: "child_name")
            .column(SQLColumn("state", table: "d"), as: "state")
            .from(SQLAlias(SQLIdentifier(Appointment.schema), as: SQLIdentifier("a")))
            .join(SQLAlias(SQLIdentifier(Dossier.schema), as: SQLIdentifier("d")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "d"), .equal, SQLColumn("dossier_id", table: "a"))
            .where(SQLColumn("prefecture", table: "a"), .equal, SQLBind(prefecture))
            .where(SQLColumn("day", table: "a"), .equal, SQLBind(day.iso))
            .orderBy(SQLColumn("time", table: "a")).orderBy(SQLColumn("seat", table: "a"))
            .limit(1_000)
            .all()
        return try rows.map { row in
            QueuePickup(time: try row.decode(column: "time", as: String.self), id: try row.decode(column: "id", as: UUID.self),
                        reference: try row.decode(column: "reference", as: String?.self) ?? "",
                        childName: try row.decode(column: "child_name", as: String?.self),
                        state: DossierState(rawValue: try row.decode(column: "state", as: String.self)) ?? .documentAvailable)
        }
    }
}
