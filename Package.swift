// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "vanban",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "VanBan", targets: ["VanBanModel", "VanBanSyntax", "VanBanMarkup", "VanBanReader", "VanBanValidate", "VanBanEmit"]),
        .executable(name: "vanban", targets: ["vanban"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev); only the HTML adapter may import it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // zlib from the system (Debian: zlib1g-dev), for the deflated parts of a Word file.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // GNU Nettle from the system (Debian: nettle-dev), for a source's SHA-256: its SHA extensions
        // path, and about 0.1 ms to load where swift-crypto's BoringSSL cost each run 0.2–0.9 ms to start.
        .systemLibrary(name: "CNettle", pkgConfig: "nettle", providers: [.apt(["nettle-dev"]), .brew(["nettle"])]),
        // The C library's allocator settings (glibc's mallopt), for the command layer.
        .systemLibrary(name: "CMalloc"),
        // SSE2's byte mask (pmovmskb) for the passes over a whole text; a header of inline functions.
        .systemLibrary(name: "CByteMasks"),
        // The typed document model: plain Sendable values.
        .target(name: "VanBanModel"),
        // Input forms → blocks → section parser → model.
        .target(name: "VanBanSyntax", dependencies: ["VanBanModel", "CByteMasks"]),
        // The markup input forms, HTML pages and Word (.docx) files: the only module that imports libxml2.
        .target(name: "VanBanMarkup", dependencies: ["CLibXML2", "CZlib", "VanBanModel", "VanBanSyntax"]),
        // The front door: input form detection and dispatch to the form's tokenizer.
        .target(
            name: "VanBanReader",
            dependencies: ["VanBanModel", "VanBanSyntax", "VanBanMarkup", "CNettle"]
        ),
        // Validators: the rule catalogue of shared/spec/validation.md.
        .target(name: "VanBanValidate", dependencies: ["VanBanModel", "VanBanSyntax"]),
        // Emitters: JSON, outline.
        .target(name: "VanBanEmit", dependencies: ["VanBanModel", "VanBanValidate", "CByteMasks"]),
        // Command layer: the only module that sees ArgumentParser.
        .target(
            name: "VanBanCommands",
            dependencies: [
                "VanBanModel", "VanBanSyntax", "VanBanReader", "VanBanEmit", "VanBanValidate", "VanBanMarkup", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "vanban", dependencies: ["VanBanCommands"]),
        // Paths to fixtures and the shared corpus, for the test targets only.
        .target(name: "VanBanTestSupport", dependencies: ["VanBanModel", "VanBanSyntax", "VanBanReader"]),
        .testTarget(name: "VanBanSyntaxTests", dependencies: ["VanBanSyntax", "VanBanReader", "VanBanModel", "VanBanTestSupport"]),
        .testTarget(name: "VanBanEmitTests", dependencies: ["VanBanSyntax", "VanBanReader", "VanBanModel", "VanBanEmit", "VanBanMarkup", "VanBanValidate", "VanBanTestSupport"]),
        .testTarget(name: "VanBanMarkupTests", dependencies: ["VanBanMarkup", "VanBanReader", "VanBanSyntax", "VanBanModel", "VanBanTestSupport"]),
        .testTarget(name: "VanBanValidateTests", dependencies: ["VanBanSyntax", "VanBanReader", "VanBanModel", "VanBanValidate", "VanBanCommands", "VanBanMarkup", "VanBanEmit", "VanBanTestSupport"]),
        .testTarget(name: "VanBanCommandsTests", dependencies: ["VanBanCommands", "VanBanEmit", "VanBanMarkup", "VanBanModel", "VanBanReader", "VanBanSyntax", "VanBanValidate", "VanBanTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Extension members come only from modules a file imports itself (no Foundation overloads
// leaking into byte-level code through a dependency). Generic types' metadata is asked of their
// accessors, not instantiated from mangled names: the runtime looked each one's conformances up
// by scanning every conformance record of the executable, about 8 % of a one-document run.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("MemberImportVisibility"),
        .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
    ]
}
