// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "hocvuso",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hocvuso", targets: ["hocvuso"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        .target(name: "HocVuSoCore", swiftSettings: strict),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(
            name: "HocVuSoStore",
            dependencies: [
                "HocVuSoCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "HocVuSoOffice",
            dependencies: [
                "HocVuSoCore", "CQREncode",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "HocVuSoReading",
            dependencies: ["HocVuSoCore", "HocVuSoOffice"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "HocVuSoWeb",
            dependencies: [
                "HocVuSoCore", "HocVuSoStore", "HocVuSoOffice", "HocVuSoReading",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "hocvuso",
            dependencies: [
                "HocVuSoCore", "HocVuSoStore", "HocVuSoOffice", "HocVuSoWeb", "HocVuSoReading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(name: "HocVuSoTestSupport", path: "Tests/Support", swiftSettings: strict),
        .testTarget(name: "HocVuSoCoreTests", dependencies: ["HocVuSoCore"], swiftSettings: strict),
        .testTarget(
            name: "HocVuSoOfficeTests", dependencies: ["HocVuSoOffice", "HocVuSoCore", "HocVuSoTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "HocVuSoReadingTests", dependencies: ["HocVuSoReading", "HocVuSoCore", "HocVuSoOffice", "HocVuSoTestSupport"],
            exclude: ["HeldOut", "BlindSet", "Fixtures"], swiftSettings: strict),
        .testTarget(name: "HocVuSoStoreTests", dependencies: ["HocVuSoStore", "HocVuSoCore", "HocVuSoOffice", "HocVuSoTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "HocVuSoWebTests",
            dependencies: [
                "HocVuSoWeb", "HocVuSoStore", "HocVuSoCore", "HocVuSoOffice", "HocVuSoTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
    ]
)
