import App
import DCEMRules
import FluentKit
import Foundation
import Logging
import SQLKit

/// The queue's benchmark: fills a fresh database with filed cases over the 101
/// départements, then times `QueueReader.page` — what the queue route runs — for the main
/// filters, on the largest préfecture. It lives outside the service (`scripts/bench-queue` runs it)
/// and reaches the queue's reader through `package` access; it writes rows with SQL, as a load
/// generator would, by the stored table and column names.
enum QueueBenchmark {
    /// The stored tables it fills besides the search words.
    static let users = "users", dossiers = "dossiers", referenceCounters = "reference_counters"

    struct Options: Sendable {
        var cases = 300_000
        var runs = 200
        var seed: UInt64 = 42
        init() {}
    }

    /// Cases by département: population-like weights, Paris the largest (about 9 %).
    static let weights: [String: Int] = [
        "75": 20, "93": 12, "13": 10, "69": 8, "92": 8, "94": 8, "59": 8, "95": 6, "91": 6, "77": 6, "78": 6,
        "06": 5, "33": 5, "31": 5, "34": 4, "67": 4, "44": 4, "38": 4,
    ]
    /// States of a year's cases: most delivered, a fifth under examination.
    static let states: [(DossierState, Int)] = [
        (.filed, 15), (.underInstruction, 20), (.awaitingDocuments, 8), (.granted, 5), (.refused, 3), (.implicitlyRefused, 2),
        (.documentAvailable, 7), (.postponementRequested, 1), (.delivered, 35), (.uncollected, 1), (.withdrawn, 3),
    ]
    static let givenNames = ["Yasmine", "Karim", "Amina", "Mamadou", "Fatou", "Ibrahim", "Leïla", "Mohamed", "Sofia", "Ayoub", "Inès", "Moussa",
                             "Aïcha", "Youssef", "Mariam", "Adama", "Nour", "Hamza", "Zeynep", "Oumar", "Chloé", "Wei", "Ana", "Dmitri"]
    static let surnames = ["Benali", "Diallo", "Traoré", "Nguyen", "Haddad", "Kone", "Mansour", "Cissé", "Bouzid", "Diop", "Rahmani", "Sow",
                           "Yilmaz", "Camara", "Fofana", "Chen", "Silva", "Popescu", "Ivanova", "Kaya", "Meziane", "Sylla", "Amrani", "Kante",
                           "Ouattara", "Baldé", "Touré", "Belkacem", "Zhang", "Pereira"]

    /// Fills the database and prints p50/p99 per filter through `print`.
    static func run(_ config: AppConfig, options: Options, print: @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "dcem.bench")
        logger.logLevel = .error
        try await DatabaseService.using(config, logger: logger) { database in
            try await database.migrate()
            let today = CivilDate(year: 2026, month: 11, day: 25)!
            let started = Date()
            try await fill(database, cases: options.cases, today: today, seed: options.seed)
            print("filled \(options.cases) cases in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            try await measure(database, today: today, runs: options.runs, print: print)
        }
    }

    static func measure(_ database: DatabaseService, today: CivilDate, runs: Int, print: @Sendable (String) -> Void) async throws {
        let reader = QueueReader(database: { database.db })
        let base = QueueQuery(prefecture: "75")
        var byState = base; byState.state = .underInstruction
        var byName = base; byName.search = "benali yasmine"
        // The worst search: a name no case has, so the whole préfecture is read.
        var byRareName = base; byRareName.search = "zoltan"
        var byReference = base; byReference.search = "DCEM-75-2026-000123"
        var due = base; due.dueWithinDays = 15
        var waiting = base; waiting.waitingForFamily = true
        var page10 = base; page10.page = 10
        var byGround = base; byGround.ground = .eeaParent
        var byChild = base; byChild.sort = .child
        var byDue = base; byDue.sort = .due
        var examine = base; examine.tab = .examine
        var answers = base; answers.tab = .answers
        var convene = base; convene.tab = .convoke
        var mine = base; mine.tab = .mine; mine.agent = UUID()
        var every = base; every.tab = .all
        var todays = base; todays.tab = .today
        let filters: [(String, QueueQuery)] = [
            ("default", base), ("to examine", examine), ("answers received", answers), ("to convene", convene), ("my cases", mine),
            ("all, closed too", every), ("today's pick-ups", todays), ("sort by due", byDue), ("state", byState), ("search name", byName), ("search rare name", byRareName),
            ("search reference", byReference), ("due in 15 days", due),
            ("waiting for family", waiting), ("page 10", page10), ("ground", byGround), ("sort by child", byChild),
        ]
        let counts = try await reader.page(base, today: today).counts
        print("Paris (75): \(counts[.all] ?? 0) cases; \(runs) runs per filter, after 5 warm-up runs")
        print("filter".padding(toLength: 20, withPad: " ", startingAt: 0) + "rows     p50 ms   p99 ms")
        for (name, query) in filters {
            var timings: [Double] = []
            var rows = 0
            for run in 0..<(runs + 5) {
                let start = ContinuousClock.now
                let page = try await reader.page(query, today: today)
                let elapsed = ContinuousClock.now - start
                rows = page.rows.count
                if run >= 5 { timings.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000) }
            }
            timings.sort()
            let p50 = timings[timings.count / 2]
            let p99 = timings[min(timings.count - 1, Int((Double(timings.count) * 0.99).rounded(.up)) - 1)]
            print(name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%4d %9.2f %8.2f", rows, p50, p99))
        }
    }

    // MARK: Filling

    /// Bulk inserts in transactions of 5,000 rows (multi-row INSERTs of 250), then ANALYZE so
    /// the planners know the tables as a running service's would.
    static func fill(_ database: DatabaseService, cases: Int, today: CivilDate, seed: UInt64) async throws {
        guard let sql = database.db as? any SQLDatabase else { return }
        var random = SplitMix(seed: seed)
        let now = Date(timeIntervalSince1970: 1_795_597_200)
        let accounts = (0..<500).map { _ in UUID() }
        try await database.db.transaction { db in
            let sql = db as! any SQLDatabase
            for chunk in stride(from: 0, to: accounts.count, by: 250) {
                var insert = sql.insert(into: users).columns("id", "email", "language", "created_at")
                for (offset, id) in accounts[chunk..<min(chunk + 250, accounts.count)].enumerated() {
                    insert = insert.values(SQLBind(id), SQLBind("bench\(chunk + offset)@example.fr"), SQLBind("fr"), SQLBind(now))
                }
                try await insert.run()
            }
        }
        let codes = Departement.all.map(\.code)
        let weighted = codes.flatMap { code in Array(repeating: code, count: weights[code] ?? 1) }
        let stateBag = states.flatMap { state, weight in Array(repeating: state, count: weight) }
        var serials: [String: Int] = [:]
        let answers = Data("{}".utf8)
        let columns = ["id", "user_id", "state", "version", "profile", "answers", "departement", "child_name", "reference", "filed_at",
                       "filed_on", "implicit_refusal_on", "assisted", "created_at", "updated_at", "grounds", "answer_received_on"]
        var inserted = 0
        while inserted < cases {
            let batch = min(5_000, cases - inserted)
            var rows: [[any SQLExpression]] = []
            var words: [(dossierID: UUID, departement: String, word: String)] = []
            for _ in 0..<batch {
                let code = weighted[Int(random.next() % UInt64(weighted.count))]
                let state = stateBag[Int(random.next() % UInt64(stateBag.count))]
                // Open cases were filed in the last two months; closed ones over the last two years.
                let age = state.clockRuns || state == .awaitingDocuments ? Int(random.next() % 62) : 60 + Int(random.next() % 670)
                let filed = today.adding(days: -age)
                let serial = (serials["\(code)-\(filed.year)"] ?? 0) + 1
                serials["\(code)-\(filed.year)"] = serial
                let reference = "DCEM-\(code)-\(filed.year)-\(String(format: "%06d", serial))"
                let silence: String? = switch state {
                case .filed, .underInstruction, .awaitingDocuments: Deadlines.implicitRefusalDate(filedOn: filed).iso
                default: nil
                }
                let child = (givenNames[Int(random.next() % UInt64(givenNames.count))], surnames[Int(random.next() % UInt64(surnames.count))])
                let parent = (givenNames[Int(random.next() % UInt64(givenNames.count))], random.next() % 3 == 0
                              ? surnames[Int(random.next() % UInt64(surnames.count))] : child.1)
                // The two situation profiles' stored codes: most parents hold a permit, the others are European.
                let european = random.next() % 10 >= 7
                let profile = european ? "eu-parent-permit" : "non-eu-parent-permit"
                let ground: Ground = european ? .eeaParent : .parentResidencePermit
                let id = UUID()
                let searchText = QueueColumns.searchKey("\(reference) \(child.0) \(child.1) \(parent.0) \(parent.1)")
                words += SearchWords.words(searchText).map { (id, code, $0) }
                let values: [any Encodable & Sendable] = [
                    id, accounts[Int(random.next() % UInt64(accounts.count))], state.rawValue, 2, profile, answers, code,
                    "\(child.0) \(child.1)", reference, now, filed.iso, silence, false, now, now, QueueColumns.grounds([ground]),
                    // A quarter of the cases under examination are back from the family with the documents asked.
                    state == .underInstruction && random.next() % 4 == 0 ? filed.adding(days: 20).iso : nil,
                ]
                rows.append(values.map { SQLBind($0) })
            }
            let (batchRows, batchWords) = (rows, words)
            try await database.db.transaction { db in
                let sql = db as! any SQLDatabase
                let rows = batchRows
                for chunk in stride(from: 0, to: rows.count, by: 250) {
                    var insert = sql.insert(into: dossiers).columns(columns)
                    for row in rows[chunk..<min(chunk + 250, rows.count)] { insert = insert.values(row) }
                    try await insert.run()
                }
                try await SearchWords.insert(batchWords, on: sql)
            }
            inserted += batch
        }
        // The counters the filings would have left: a case filed on this database continues the series.
        let counters = serials
        try await database.db.transaction { db in
            let sql = db as! any SQLDatabase
            for (key, last) in counters {
                try await sql.insert(into: referenceCounters).columns("id", "last_serial").values(SQLBind(key), SQLBind(last)).run()
            }
        }
        if sql.dialect.name == "postgresql" {
            // What autovacuum does to a table that has been there a while: statistics, and the
            // visibility map that lets the counts read the index alone.
            try await sql.raw("VACUUM ANALYZE \(unsafeRaw: dossiers)").run()
            try await sql.raw("VACUUM ANALYZE \(unsafeRaw: SearchWords.schema)").run()
        } else {
            try await sql.raw("ANALYZE").run()
        }
    }

    /// A small deterministic generator: the same seed fills the same database.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
