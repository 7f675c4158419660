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
        for key in ["DCEM_ENV", "HOST", "PORT", "DATABASE_URL", "DCEM_SQLITE_PATH", "DCEM_DATA_DIR", "LOG_LEVEL", "DCEM_BCRYPT_COST", "DCEM_TRUSTED_PROXIES", "DCEM_MIGRATE_ON_START", "DCEM_PUBLIC_URL", "DCEM_RATE_LIMITS"] {
            #expect(documented.contains(key), "\(key)")
        }
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
}
