// swift-tools-version:6.0
import PackageDescription

// The fuzz target of the content parser, a package of its own so that the main package's
// `swift build` and `swift test` neither build it nor change. `scripts/fuzz` builds it into
// its own scratch folder (`.build-fuzz`), every module instrumented for coverage and
// AddressSanitizer, and links libFuzzer into this executable alone (see the script for why).
let package = Package(
    name: "dossier-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "dossier", path: "..")],
    targets: [
        // libFuzzer's driver, which the target's main calls.
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(
            name: "DossierFuzz",
            dependencies: ["CLibFuzzer", .product(name: "Dossier", package: "dossier")],
            // libFuzzer is C++; its archive comes from `scripts/fuzz`.
            linkerSettings: [.linkedLibrary("stdc++")]
        ),
    ]
)
