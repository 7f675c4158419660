import Testing

@testable import App

@Suite struct ConfigurationTests {
    @Test func defaultsServeSQLiteOnLoopback8080() throws {
        let config = try AppConfig(environment: [:])
        #expect(config.host == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.database == .sqlite(path: "./var/dcem.sqlite"))
        #expect(config.environment == .development)
        #expect(config.secureCookies == false)
    }

    @Test func databaseURLSelectsPostgreSQL() throws {
        let config = try AppConfig(environment: ["DATABASE_URL": "postgres://u:p@127.0.0.1:5432/dcem"])
        #expect(config.database == .postgres(url: "postgres://u:p@127.0.0.1:5432/dcem"))
    }

    @Test func everyBadKeyIsNamedAtOnce() {
        // when
        let error = #expect(throws: ConfigurationError.self) {
            try AppConfig(environment: ["PORT": "eighty", "DCEM_ENV": "staging", "DATABASE_URL": "mysql://x", "DCEM_BCRYPT_COST": "2"])
        }
        // then
        let problems = error?.problems.joined(separator: "\n") ?? ""
        for key in ["PORT", "DCEM_ENV", "DATABASE_URL", "DCEM_BCRYPT_COST"] {
            #expect(problems.contains(key), "\(key) named")
        }
    }

    @Test func productionHasSecureCookiesAndRefusesAWeakBcryptCost() throws {
        #expect(try AppConfig(environment: ["DCEM_ENV": "production", "DCEM_PUBLIC_URL": "https://dcem.example.fr"]).secureCookies)
        #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_ENV": "production", "DCEM_BCRYPT_COST": "4"]) }
    }

    @Test func everyKeyReadIsDocumented() {
        let documented = Set(AppConfig.keys.map(\.name))
        for key in ["DCEM_ENV", "HOST", "PORT", "DATABASE_URL", "DCEM_SQLITE_PATH", "DCEM_DATA_DIR", "LOG_LEVEL", "DCEM_BCRYPT_COST", "DCEM_TRUSTED_PROXIES", "DCEM_MIGRATE_ON_START",
                    "DCEM_PUBLIC_URL", "DCEM_RATE_LIMITS",
                    "DCEM_MAIL_TRANSPORT", "DCEM_MAIL_FROM", "DCEM_SENDMAIL_PATH", "DCEM_MAIL_INTERVAL_SECONDS",
                    "DCEM_SCHEDULER_INTERVAL_SECONDS", "DCEM_POSTGRES_CONNECTIONS_PER_LOOP",
                    "DCEM_IDLE_TIMEOUT_SECONDS", "DCEM_HEADER_TIMEOUT_SECONDS", "DCEM_BODY_TIMEOUT_SECONDS", "DCEM_MAX_CONNECTIONS"] {
            #expect(documented.contains(key), "\(key)")
        }
    }

    @Test func theFileStoreFollowsTheDatabaseUnlessSet() throws {
        // the defaults: a folder with SQLite, the database with PostgreSQL
        #expect(try AppConfig(environment: [:]).fileStore == .folder)
        let postgres = ["DATABASE_URL": "postgres://dcem:secret@127.0.0.1:5432/dcem"]
        #expect(try AppConfig(environment: postgres).fileStore == .database)
        // the setting wins either way
        #expect(try AppConfig(environment: postgres.merging(["DCEM_FILE_STORE": "folder"]) { $1 }).fileStore == .folder)
        #expect(try AppConfig(environment: ["DCEM_FILE_STORE": "Database"]).fileStore == .database)
        // anything else is named
        let error = #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_FILE_STORE": "s3"]) }
        #expect(error?.problems == [#"DCEM_FILE_STORE must be database or folder (got "s3")"#])
        #expect(AppConfig.keys.contains { $0.name == "DCEM_FILE_STORE" })
    }

    @Test func onlyProductionListensBeyondLoopback() throws {
        // given: the default (development), and each environment on each kind of address
        let byDefault = try AppConfig(environment: [:])
        let production = ["DCEM_ENV": "production", "DCEM_PUBLIC_URL": "https://dcem.example.fr"]

        // then: loopback is fine everywhere; any other address only in production
        #expect(byDefault.listeningProblem == nil)
        for host in ["127.0.0.1", "127.8.9.10", "localhost", "::1", "[::1]", "::ffff:127.0.0.1"] {
            #expect(AppConfig.isLoopback(host), "\(host)")
            for environment in ["development", "test"] {
                #expect(try AppConfig(environment: ["DCEM_ENV": environment, "HOST": host]).listeningProblem == nil, "\(environment) \(host)")
            }
        }
        for host in ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "2001:db8::1", "dcem.example.fr", "128.0.0.1", "localhost.evil.example"] {
            #expect(!AppConfig.isLoopback(host), "\(host)")
            for environment in ["development", "test"] {
                let problem = try AppConfig(environment: ["DCEM_ENV": environment, "HOST": host]).listeningProblem
                #expect(problem?.contains(host) == true && problem?.contains("DCEM_ENV=production") == true, "\(environment) \(host)")
            }
            var config = try AppConfig(environment: production)
            config.host = host
            #expect(config.listeningProblem == nil, "production \(host)")
        }
    }

    @Test func timeoutsAreReadAndBoundedNamingTheKey() throws {
        // when
        let defaults = try AppConfig(environment: [:])
        let set = try AppConfig(environment: ["DCEM_IDLE_TIMEOUT_SECONDS": "5", "DCEM_HEADER_TIMEOUT_SECONDS": "2.5", "DCEM_BODY_TIMEOUT_SECONDS": "120"])
        let error = #expect(throws: ConfigurationError.self) {
            try AppConfig(environment: ["DCEM_IDLE_TIMEOUT_SECONDS": "0", "DCEM_HEADER_TIMEOUT_SECONDS": "forever", "DCEM_BODY_TIMEOUT_SECONDS": "3601"])
        }
        // then
        #expect(defaults.idleTimeout == .seconds(60) && defaults.headerTimeout == .seconds(10) && defaults.bodyTimeout == .seconds(30))
        #expect(set.idleTimeout == .seconds(5) && set.headerTimeout == .milliseconds(2500) && set.bodyTimeout == .seconds(120))
        for key in ["DCEM_IDLE_TIMEOUT_SECONDS", "DCEM_HEADER_TIMEOUT_SECONDS", "DCEM_BODY_TIMEOUT_SECONDS"] {
            #expect(error?.problems.contains { $0.hasPrefix(key) } == true, "\(key)")
        }
    }

    @Test func connectionsAreCappedWithinTheOpenFileLimit() throws {
        // given: a process that may open 256 files (the rest is kept for the database and files)
        let small = try AppConfig(environment: [:], openFiles: 256)
        let large = try AppConfig(environment: [:], openFiles: 1_000_000)
        let set = try AppConfig(environment: ["DCEM_MAX_CONNECTIONS": "20"], openFiles: 256)
        let error = #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_MAX_CONNECTIONS": "200"], openFiles: 256) }
        let zero = #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_MAX_CONNECTIONS": "0"], openFiles: 256) }

        // then: served plus answered-503 connections fit in what is left
        #expect(small.maxConnections == 96)
        #expect(large.maxConnections == 1024)
        #expect(set.maxConnections == 20)
        #expect(error?.problems.contains { $0.hasPrefix("DCEM_MAX_CONNECTIONS") && $0.contains("96") && $0.contains("256") } == true)
        #expect(zero?.problems.contains { $0.hasPrefix("DCEM_MAX_CONNECTIONS") } == true)
    }

    @Test func schedulerIntervalIsReadAndBoundedNamingTheKey() throws {
        // when
        let config = try AppConfig(environment: ["DCEM_SCHEDULER_INTERVAL_SECONDS": "300"])
        let error = #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_SCHEDULER_INTERVAL_SECONDS": "0"]) }
        // then
        #expect(config.schedulerInterval == .seconds(300))
        #expect(error?.problems.contains { $0.hasPrefix("DCEM_SCHEDULER_INTERVAL_SECONDS") } == true)
    }

    @Test func productionRefusesRateLimitsOffAndAMissingPublicAddress() {
        // when
        let error = #expect(throws: ConfigurationError.self) {
            try AppConfig(environment: ["DCEM_ENV": "production", "DCEM_RATE_LIMITS": "off"])
        }
        // then
        let problems = error?.problems.joined(separator: "\n") ?? ""
        #expect(problems.contains("DCEM_RATE_LIMITS"))
        #expect(problems.contains("DCEM_PUBLIC_URL"))
    }

    @Test func rateLimitsCanBeTurnedOffOutsideProduction() throws {
        #expect(try AppConfig(environment: ["DCEM_RATE_LIMITS": "off"]).rateLimits == false)
        #expect(try AppConfig(environment: [:]).rateLimits)
        #expect(try AppConfig(environment: ["PORT": "9000"]).publicURL == "http://127.0.0.1:9000")
    }

    @Test func mailIsKeptInTheOutboxByDefault() throws {
        let config = try AppConfig(environment: [:])
        #expect(config.mailTransport == .log)
        #expect(config.mailFrom == "dcem@localhost")
        #expect(config.sendmailPath == "/usr/sbin/sendmail")
        #expect(config.mailInterval == .seconds(2))
    }

    @Test func mailSettingsAreRead() throws {
        // when
        let config = try AppConfig(environment: [
            "DCEM_MAIL_TRANSPORT": "sendmail", "DCEM_MAIL_FROM": "DCEM <noreply@prefecture.example>",
            "DCEM_SENDMAIL_PATH": "/usr/lib/sendmail", "DCEM_MAIL_INTERVAL_SECONDS": "0.5",
        ])
        // then
        #expect(config.mailTransport == .sendmail)
        #expect(config.mailFrom == "DCEM <noreply@prefecture.example>")
        #expect(config.sendmailPath == "/usr/lib/sendmail")
        #expect(config.mailInterval == .milliseconds(500))
    }

    @Test func everyBadMailSettingIsNamed() {
        // when
        let error = #expect(throws: ConfigurationError.self) {
            try AppConfig(environment: ["DCEM_MAIL_TRANSPORT": "smtp", "DCEM_MAIL_FROM": "nobody", "DCEM_SENDMAIL_PATH": "sendmail",
                                        "DCEM_MAIL_INTERVAL_SECONDS": "0"])
        }
        // then
        let problems = error?.problems.joined(separator: "\n") ?? ""
        for key in ["DCEM_MAIL_TRANSPORT", "DCEM_MAIL_FROM", "DCEM_SENDMAIL_PATH", "DCEM_MAIL_INTERVAL_SECONDS"] {
            #expect(problems.contains(key), "\(key) named")
        }
        #expect(error?.problems.count == 4)
    }

    @Test func aFromAddressCanNotCarryAnotherHeader() {
        #expect(throws: ConfigurationError.self) { try AppConfig(environment: ["DCEM_MAIL_FROM": "a@b.example\nBcc: x@y.example"]) }
    }

    @Test func productionSendmailNeedsAnExplicitFromAddress() throws {
        // when
        let error = #expect(throws: ConfigurationError.self) {
            try AppConfig(environment: ["DCEM_ENV": "production", "DCEM_PUBLIC_URL": "https://dcem.example.fr", "DCEM_MAIL_TRANSPORT": "sendmail"])
        }
        // then
        #expect(error?.problems.contains { $0.contains("DCEM_MAIL_FROM") } == true)
        #expect(try AppConfig(environment: ["DCEM_ENV": "production", "DCEM_PUBLIC_URL": "https://dcem.example.fr", "DCEM_MAIL_TRANSPORT": "sendmail", "DCEM_MAIL_FROM": "dcem@prefecture.example"])
            .mailTransport == .sendmail)
        #expect(try AppConfig(environment: ["DCEM_ENV": "production", "DCEM_PUBLIC_URL": "https://dcem.example.fr"]).mailTransport == .log, "the log transport needs no address")
    }
}
