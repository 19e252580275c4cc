// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["DossierCLI"]),
        .library(name: "Dossier", targets: ["Dossier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // The preview server of `dossier serve`: small and without SwiftNIO, so a clean build stays short.
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev); the only Markdown parser.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libvips from the system (Debian: libvips-dev): every published picture is decoded and
        // encoded again through it, so that no metadata leaves (see Sources/Dossier/Images/).
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        // glibc's malloc.h, to hand freed memory back (see FreedMemory.swift).
        .systemLibrary(name: "CMalloc"),
        // Turns templates/ into Swift source, so the default theme travels inside the binary.
        .executableTarget(name: "ThemeEmbedder", path: "Plugins/ThemeEmbedder"),
        .plugin(
            name: "EmbedDefaultTheme",
            capability: .buildTool(),
            dependencies: ["ThemeEmbedder"],
            path: "Plugins/EmbedDefaultTheme"
        ),
        .target(
            name: "Dossier",
            dependencies: [
                "CCmark",
                "CMalloc",
                "CVips",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedDefaultTheme"]
        ),
        // `dossier serve`: the site in memory, a preview server, a folder watcher.
        .target(
            name: "DossierServe",
            dependencies: [
                "Dossier",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "DossierCLI",
            dependencies: [
                "Dossier",
                "DossierServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DossierTests",
            dependencies: [
                "Dossier",
                "DossierServe",
                // To hold the theme's escaper to the library's own.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
