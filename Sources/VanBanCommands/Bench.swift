import ArgumentParser

extension VanBanCommand {
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure parsing throughput (build with -c release).")
        func run() throws {}
    }
}
