// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "vanban",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "VanBan", targets: ["VanBanModel", "VanBanSyntax", "VanBanEmit"]),
        .executable(name: "vanban", targets: ["vanban"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev); only the HTML adapter may import it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The typed document model: plain Sendable values.
        .target(name: "VanBanModel"),
        // Input forms → blocks → section parser → model.
        .target(name: "VanBanSyntax", dependencies: ["VanBanModel"]),
        // Emitters: JSON, outline.
        .target(name: "VanBanEmit", dependencies: ["VanBanModel"]),
        // Command layer: the only module that sees ArgumentParser.
        .target(
            name: "VanBanCommands",
            dependencies: [
                "VanBanModel", "VanBanSyntax", "VanBanEmit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(name: "vanban", dependencies: ["VanBanCommands"]),
        .testTarget(name: "VanBanSyntaxTests", dependencies: ["VanBanSyntax", "VanBanModel"]),
        .testTarget(name: "VanBanEmitTests", dependencies: ["VanBanSyntax", "VanBanModel", "VanBanEmit"]),
        .testTarget(name: "VanBanCommandsTests", dependencies: ["VanBanCommands", "VanBanEmit"]),
    ],
    swiftLanguageModes: [.v6]
)
