// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dcem",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dcem", targets: ["dcem"]),
        .library(name: "DCEMRules", targets: ["DCEMRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        // FluentKit's connection pools: their timeout error is answered 503, not 500.
        .package(url: "https://github.com/vapor/async-kit.git", from: "1.22.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        // The family's archive (docs/pages.md#the-familys-archive): ZIP files written to disk entry by entry.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // The law as code: pure, Foundation only, no I/O.
        .target(name: "DCEMRules"),
        // The case: answers, checklist, assessment, policy, actions and notifications as data.
        // Pure like the law (no I/O, the date passed in); the web layer loads, calls it, saves, renders.
        .target(name: "DCEMDossier", dependencies: ["DCEMRules"]),
        // The pages' HTML writer: typed elements and attributes, escaping as it writes, one buffer per page.
        .target(name: "TypedHTML"),
        .target(
            name: "App",
            dependencies: [
                "DCEMRules", "DCEMDossier", "TypedHTML",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "AsyncKit", package: "async-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "dcem",
            dependencies: [
                "App", "DCEMRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "RulesBenchmark", dependencies: ["DCEMRules"], path: "Benchmarks/RulesBenchmark"),
        // The back office queue's benchmark: outside the service, it sees the queue through `package` access.
        .executableTarget(
            name: "QueueBenchmark",
            dependencies: [
                "App", "DCEMRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/QueueBenchmark"
        ),
        // Old (Plot) and new (TypedHTML) writers side by side on the same pages.
        .executableTarget(
            name: "PageBenchmark",
            dependencies: ["TypedHTML", .product(name: "Plot", package: "Plot")],
            path: "Benchmarks/PageBenchmark"
        ),
        .testTarget(name: "DCEMRulesTests", dependencies: ["DCEMRules"]),
        .testTarget(name: "DCEMDossierTests", dependencies: ["DCEMDossier", "DCEMRules"]),
        .testTarget(name: "TypedHTMLTests", dependencies: ["TypedHTML"]),
        // Runs the built `dcem` executable; depending on it makes `swift test` build it first.
        .testTarget(name: "dcemTests", dependencies: ["dcem"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "DCEMRules", "DCEMDossier",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The pages' golden HTML and a database of an earlier version, read from the source tree.
            exclude: ["Snapshots", "Fixtures"]
        ),
    ]
)
