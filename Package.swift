// swift-tools-version:6.0
import PackageDescription

/// The rooms of `Sources/Dossier`, in the order the build walks them (see docs/architecture.md).
let dossierRooms = [
    "Diagnostics", "Model", "Support", "Load", "YAML", "Theme", "Parse", "Images", "Resolve", "Render", "Write",
    "Preview", "Pipeline", "Scaffold",
]

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dossier", targets: ["DossierCLI"]),
        .executable(name: "template-benchmark", targets: ["TemplateBenchmark"]),
        .library(name: "Dossier", targets: ["Dossier"]),
    ],
    dependencies: [
        // Only the tests use Yams: the reference the YAML read through libyaml is held to.
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        // Only the tests use swift-mustache: the reference dossier's own template engine is held to.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // Only the tests use ZIPFoundation: to read back and unpack the offline copy, which
        // libzip writes.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
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
        // libzip from the system (Debian: libzip-dev): the offline copy's ZIP, written once at
        // the end rather than rewritten at each entry (see Sources/Dossier/Write/OfflineCopy.swift).
        .systemLibrary(
            name: "CZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        // libyaml from the system (Debian: libyaml-dev): every front matter, site.yaml and
        // strings file is read from its events (see Sources/Dossier/YAML/).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // libqrencode from the system (Debian: libqrencode-dev): the QR code of a case page's
        // address on the sheet it prints as (see Sources/Dossier/Render/QRCode.swift).
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
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
        // The Mustache engine the theme is rendered with. It knows nothing of cases or
        // statements, so it is tested and measured on its own.
        .target(name: "TemplateEngine"),
        // What one tag costs, measured on the engine alone: `swift run -c release template-benchmark`.
        .executableTarget(name: "TemplateBenchmark", dependencies: ["TemplateEngine"]),
        .target(
            name: "Dossier",
            dependencies: [
                "CCmark",
                "CLibYAML",
                "CMalloc",
                "CQRencode",
                "CVips",
                "CZip",
                "TemplateEngine",
            ],
            // Each room of the engine says its rule in a README beside its files.
            exclude: dossierRooms.map { "\($0)/README.md" },
            plugins: ["EmbedDefaultTheme"]
        ),
        // `dossier serve`: the site in memory, a preview server of its own (poll(2), HTTP/1.1,
        // limits no one client can pass), a folder watcher.
        .target(
            name: "DossierServe",
            dependencies: [
                "Dossier",
                "TemplateEngine",
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
                "TemplateEngine",
                // The reference the template engine is compared with, byte for byte.
                .product(name: "Mustache", package: "swift-mustache"),
                // To unpack the offline copy.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // The reference the YAML read from libyaml's events is compared with.
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TemplateEngineTests",
            dependencies: [
                "TemplateEngine",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
    ]
)
